/** Real PNGs of any size, made in memory (one solid colour, RGB or RGBA), and damaged ones, for tests that embed pictures. */
import { crc32, deflateSync } from 'node:zlib';

export function solidPng(width: number, height: number, rgb: [number, number, number] = [40, 90, 200], alpha?: number): Buffer {
  const channels = alpha === undefined ? 3 : 4;
  const row = Buffer.alloc(1 + width * channels);
  for (let x = 0; x < width; x++) row.set(alpha === undefined ? rgb : [...rgb, alpha], 1 + x * channels);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return pngOf(width, height, channels === 3 ? 2 : 6, deflateSync(pixels));
}

/** A PNG of `width` x `height` whose pixel data (`compressed`, deflated) may say anything. */
export function pngOf(width: number, height: number, colourType: 2 | 6, compressed: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colourType, 0, 0, 0], 8); // 8 bits per channel, RGB or RGBA, deflate, no filter method, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', compressed), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A JPEG's structure as a camera writes it: an EXIF `orientation`, the stored size, a scan and
 * its end, enough for a reader of the structure (pdfkit reads no more to embed one); the scan
 * holds no real picture data.
 */
export function jpegHeader(width: number, height: number, orientation: number): Buffer {
  const exif = Buffer.concat([
    Buffer.from('Exif\0\0', 'latin1'),
    Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]), // big-endian TIFF, first IFD at 8
    Buffer.from([0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0]), // one entry: Orientation (SHORT)
  ]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1]), u16(exif.length + 2), exif]);
  const sof = Buffer.concat([Buffer.from([0xff, 0xc0]), u16(17), Buffer.from([8]), u16(height), u16(width), Buffer.from([3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1])]);
  const sos = Buffer.concat([Buffer.from([0xff, 0xda]), u16(12), Buffer.from([3, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3f, 0])]);
  // A few bytes standing for the image data, then the end marker.
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app1, sof, sos, Buffer.from([0x12, 0x34, 0x56]), Buffer.from([0xff, 0xd9])]);
}

function u16(value: number): Buffer {
  const bytes = Buffer.alloc(2);
  bytes.writeUInt16BE(value);
  return bytes;
}
