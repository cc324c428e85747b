/**
 * Whether a picture file is what it says, before an export embeds it: the
 * deck packs the bytes as they are, and the sheet hands them to pdfkit,
 * which reads a PNG's pixels only when the page is written (in a callback,
 * where damaged data throws past every handler and ends the build) and
 * copies a JPEG undecoded (a cut one prints half blank).
 *
 * A PNG is decoded whole by pngjs (the maintained pure-JS codec: every bit
 * depth, palette, transparency chunk and interlacing), after its header has
 * shown it is not too large to decode and its pixel data has been found to
 * be the size the header promises. A JPEG's structure is walked: a frame
 * header of a kind PDF shows, and an end after its image data.
 */
import { inflateSync } from 'node:zlib';
import { PNG } from 'pngjs';

/** 25 megapixels a PNG decodes to (100 MB of pixels): a 5000 x 5000 figure, far past what a card or a column shows. */
const MAX_PIXELS = 25_000_000;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG's pixels, 8-bit RGBA, row by row. */
export interface DecodedPng {
  width: number;
  height: number;
  rgba: Buffer;
}

export function isPng(data: Uint8Array): boolean {
  return data.length >= 8 && PNG_SIGNATURE.every((byte, k) => data[k] === byte);
}

export function isJpeg(data: Uint8Array): boolean {
  return data.length >= 2 && data[0] === 0xff && data[1] === 0xd8;
}

/** Why a PNG or JPEG cannot be shown whole, or undefined (for any other kind of file too: it is not looked into). */
export function damagedPicture(data: Uint8Array): string | undefined {
  if (isJpeg(data)) return jpegProblem(data);
  if (!isPng(data)) return undefined;
  const decoded = decodePng(data);
  return 'problem' in decoded ? decoded.problem : undefined;
}

/** The PNG decoded, or why it cannot be. */
export function decodePng(data: Uint8Array): DecodedPng | { problem: string } {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return { problem: 'a damaged PNG (its header is not one)' };
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const tooLarge = pixelLimit(width, height);
  if (tooLarge) return { problem: tooLarge };
  // pngjs reads pixel data shorter than the header promises from uninitialised memory: it fails
  // or not, by chance. The length is checked first, so that the outcome is always the same.
  const channels = CHANNELS[bytes[25]!];
  if (channels === undefined || bytes.length < 29) return { problem: 'a damaged PNG (its header is not one)' };
  if (!hasPixelBytes(bytes, pixelBytes(width, height, channels * bytes[24]!, bytes[28] === 1))) {
    return { problem: 'a damaged PNG (its pixel data is not the size its header says)' };
  }
  try {
    const png = PNG.sync.read(bytes);
    return { width: png.width, height: png.height, rgba: png.data };
  } catch (error) {
    return { problem: `a damaged PNG (${error instanceof Error ? error.message : String(error)})` };
  }
}

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

/** Whether the PNG's IDAT data inflates to exactly `expected` bytes (and no further: a bomb stops there). */
function hasPixelBytes(bytes: Buffer, expected: number): boolean {
  const compressed: Buffer[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') compressed.push(bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + length)));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  try {
    return inflateSync(Buffer.concat(compressed), { maxOutputLength: expected + 1 }).length === expected;
  } catch {
    return false;
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

/**
 * Why a JPEG cannot be shown whole, or undefined when it can. It is not decoded (pdfkit copies it
 * into the sheet, the deck packs it), so no size is too large; but PDF and browsers show only
 * 8-bit baseline and progressive frames of 1, 3 or 4 channels.
 */
export function jpegProblem(data: Uint8Array): string | undefined {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let frame: { marker: number; precision: number; channels: number } | undefined;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return 'a damaged JPEG (its header is not one)';
    const marker = bytes[at + 1]!;
    // Fill bytes before a marker.
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0xda) {
      if (!frame) return 'a damaged JPEG (no frame header before its image data)';
      if (!SHOWN_FRAMES.has(frame.marker) || frame.precision !== 8) return 'a JPEG of a kind PDF cannot show (lossless, arithmetic-coded or 12-bit)';
      if (![1, 3, 4].includes(frame.channels)) return `a JPEG of ${frame.channels} colour channels, which PDF has no colour space for`;
      // Entropy-coded data holds no 0xFF 0xD9: the first after the scan starts is the image's end.
      // What follows it (a phone's motion video) is not the picture's concern.
      return bytes.indexOf(END, at) < 0 ? 'a damaged JPEG (it ends before its image does)' : undefined;
    }
    const length = bytes.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) return 'a damaged JPEG (a segment runs past its end)';
    if (SOF.has(marker)) {
      if (length < 8) return 'a damaged JPEG (its frame header is cut short)';
      frame = { marker, precision: bytes[at + 4]!, channels: bytes[at + 9]! };
    }
    at += 2 + length;
  }
  return 'a damaged JPEG (it ends before its image data)';
}

const END = Buffer.from([0xff, 0xd9]);
/** Start-of-frame markers (not DHT 0xC4, JPG 0xC8, DAC 0xCC). */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
/** Baseline, extended and progressive Huffman-coded frames: what PDF's DCTDecode and browsers show. */
const SHOWN_FRAMES = new Set([0xc0, 0xc1, 0xc2]);

function pixelLimit(width: number, height: number): string | undefined {
  if (width === 0 || height === 0) return 'a picture of no size';
  return width * height > MAX_PIXELS ? `too large to show (${width} x ${height} pixels; at most ${MAX_PIXELS / 1_000_000} megapixels)` : undefined;
}
