/**
 * Whether a PNG can be drawn, found before pdfkit embeds it. pdfkit opens a
 * PNG by its header alone and inflates its pixels only when the page is
 * written, in a callback: damaged data then throws where nothing can catch
 * it and ends the whole build, or (without transparency) is copied into the
 * sheet as it is and drawn broken. So the pixel data is inflated here once,
 * with the size its header promises as the limit, and a picture too large
 * to draw on a sheet is refused before it is decoded at all.
 */
import { inflateSync } from 'node:zlib';

/** 25 megapixels: a 5000 x 5000 figure, far past what a column of a printed page shows. */
export const MAX_PIXELS = 25_000_000;

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Channels per colour type (greyscale, RGB, palette, grey + alpha, RGBA). */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Adam7's passes: first column and row, and the steps between them. */
const PASSES = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** Why the PNG cannot be drawn, or undefined when it can. */
export function pngProblem(data: Uint8Array): string | undefined {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length < 33 || SIGNATURE.some((byte, k) => bytes[k] !== byte) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const channels = CHANNELS[bytes[25]!];
  if (width === 0 || height === 0 || channels === undefined) return 'a damaged PNG (its header is not one)';
  if (width * height > MAX_PIXELS) return `too large to draw (${width} x ${height} pixels; at most ${MAX_PIXELS / 1_000_000} megapixels)`;
  const expected = pixelBytes(width, height, channels * bytes[24]!, bytes[28] === 1);
  const compressed: Buffer[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') compressed.push(bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + length)));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  try {
    // More than the header promises is as damaged as less, and must not be inflated without end.
    const pixels = inflateSync(Buffer.concat(compressed), { maxOutputLength: expected + 1 });
    return pixels.length === expected ? undefined : 'a damaged PNG (its pixel data is not the size its header says)';
  } catch {
    return 'a damaged PNG (its pixel data cannot be read)';
  }
}

/** The size of a PNG's filtered pixel data: each row (of each pass, when interlaced) with its filter byte. */
function pixelBytes(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  const rows = (w: number, h: number) => (w > 0 && h > 0 ? h * (1 + Math.ceil((w * bitsPerPixel) / 8)) : 0);
  if (!interlaced) return rows(width, height);
  let total = 0;
  for (const [x, y, dx, dy] of PASSES) total += rows(Math.ceil((width - x) / dx), Math.ceil((height - y) / dy));
  return total;
}
