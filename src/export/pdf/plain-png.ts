/**
 * PNGs as pdfkit embeds them right. pdfkit draws palette, grey and RGB
 * pictures with a transparency chunk garbled or not at all, and narrow
 * interlaced pictures with transparency make it throw where nothing can
 * catch it; 8-bit RGB or RGBA, not interlaced, it embeds as it should. So
 * every PNG the sheet draws, a file or one inside an SVG, is decoded first
 * (picture-check.ts) and written again in that form by pngjs.
 */
import { PNG } from 'pngjs';
import type { DecodedPng } from '../picture-check.js';

/** The picture as 8-bit RGB, or RGBA when any pixel is not opaque, not interlaced. */
export function plainPng({ width, height, rgba }: DecodedPng): Buffer {
  let opaque = true;
  for (let k = 3; k < rgba.length && opaque; k += 4) opaque = rgba[k] === 255;
  const colorType = opaque ? 2 : 6;
  const png = new PNG({ width, height, colorType, inputColorType: 6, inputHasAlpha: true });
  png.data = rgba;
  return PNG.sync.write(png, { colorType, inputColorType: 6, inputHasAlpha: true });
}
