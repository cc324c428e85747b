/**
 * The .apkg container: a zip holding `collection.anki2`, the `media` map (JSON `{"0": "name.png"}`)
 * and one member per media file, named by its number (rslib import_export/package/media.rs).
 *
 * Zip entries carry a modification time; a fixed one (the DOS epoch) keeps the bytes identical
 * between builds. fflate reads the date with local-time getters, so it is built from local fields.
 */
import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import type { MediaFile } from './media.js';

const FIXED_ZIP_TIME = new Date(1980, 0, 1, 12, 0, 0);

/** Formats that are compressed already: storing them again deflated only costs time. */
const STORED = /\.(png|jpe?g|gif|webp|avif)$/i;

export function zipPackage(collection: Uint8Array, media: readonly MediaFile[]): Uint8Array {
  const map: Record<string, string> = {};
  const entries: Zippable = {
    'collection.anki2': [collection, { level: 3 }],
  };
  media.forEach((file, index) => {
    map[String(index)] = file.name;
  });
  entries['media'] = [strToU8(JSON.stringify(map)), { level: 6 }];
  media.forEach((file, index) => {
    entries[String(index)] = [file.data, { level: STORED.test(file.name) ? 0 : 6 }];
  });
  return zipSync(entries, { mtime: FIXED_ZIP_TIME });
}
