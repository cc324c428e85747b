/**
 * What the deck and the sheet check of a picture file before they embed it: a PNG decoded whole
 * (and only when its data is the size its header says), a JPEG walked to its end.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePng, jpegProblem } from '../../src/export/picture-check.js';
import { jpegHeader, pngOf, solidPng } from '../helpers/png.js';

describe('decodePng', () => {
  it('gives the pixels of a whole PNG as RGBA', () => {
    const decoded = decodePng(solidPng(3, 2, [10, 20, 30]));
    expect(decoded).toMatchObject({ width: 3, height: 2 });
    expect([...('rgba' in decoded ? decoded.rgba.subarray(0, 4) : [])]).toEqual([10, 20, 30, 255]);
  });

  it('refuses, always the same way, pixel data shorter or longer than the header says', () => {
    const short = pngOf(40, 30, 6, deflateSync(Buffer.alloc(100)));
    const long = pngOf(4, 4, 2, deflateSync(Buffer.alloc(1000)));
    // pngjs alone read short data from uninitialised memory: refused or not by chance.
    const outcomes = new Set(Array.from({ length: 50 }, () => JSON.stringify(decodePng(short))));
    expect([...outcomes]).toEqual([JSON.stringify({ problem: 'a damaged PNG (its pixel data is not the size its header says)' })]);
    expect(decodePng(long)).toEqual({ problem: 'a damaged PNG (its pixel data is not the size its header says)' });
  });

  it('refuses a picture too large to decode before decoding it', () => {
    expect(decodePng(pngOf(60000, 60000, 6, deflateSync(Buffer.alloc(10))))).toEqual({
      problem: 'too large to show (60000 x 60000 pixels; at most 25 megapixels)',
    });
  });
});

describe('jpegProblem', () => {
  const withFrame = (jpeg: Buffer, change: (frame: Buffer) => void) => {
    const copy = Buffer.from(jpeg);
    change(copy.subarray(copy.indexOf(Buffer.from([0xff, 0xc0]))));
    return copy;
  };

  it('passes a whole JPEG of any size: it is embedded undecoded', () => {
    expect(jpegProblem(jpegHeader(400, 300, 1))).toBeUndefined();
    // A 48-megapixel phone photo.
    expect(jpegProblem(jpegHeader(8000, 6000, 1))).toBeUndefined();
    // A motion photo: a video after the picture's end.
    expect(jpegProblem(Buffer.concat([jpegHeader(400, 300, 1), Buffer.alloc(100_000, 7)]))).toBeUndefined();
  });

  it('refuses a JPEG cut before its end, and a frame PDF cannot show', () => {
    const jpeg = jpegHeader(400, 300, 1);
    expect(jpegProblem(jpeg.subarray(0, jpeg.length - 2))).toContain('it ends before its image does');
    expect(jpegProblem(withFrame(jpeg, (frame) => (frame[1] = 0xc3)))).toContain('a JPEG of a kind PDF cannot show');
    expect(jpegProblem(withFrame(jpeg, (frame) => (frame[4] = 12)))).toContain('a JPEG of a kind PDF cannot show');
    expect(jpegProblem(withFrame(jpeg, (frame) => (frame[9] = 2)))).toContain('2 colour channels');
  });

  it('reads a frame header only within its own segment', () => {
    // A frame header that says it is 5 bytes long: its fields would be read from the next segment.
    const jpeg = withFrame(jpegHeader(400, 300, 1), (frame) => frame.writeUInt16BE(5, 2));
    expect(jpegProblem(jpeg)).toBe('a damaged JPEG (its frame header is cut short)');
  });
});
