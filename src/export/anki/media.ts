/**
 * Media packed into the deck: local images that answers reference.
 *
 * Each file gets a name derived from its own name and a hash of its bytes
 * (`diagram-1a2b3c4d.png`): stable across builds, different whenever the picture changes (so the
 * note's field changes and Anki updates the note), never clashing between two folders' `a.png`,
 * and always a single safe file name as Anki's importer demands (rslib import_export/package/media.rs).
 */
import { createHash } from 'node:crypto';
import { extname, basename } from 'node:path';
import { notAPicture, UNREADABLE_PICTURE, type ReadFile } from '../answer-images.js';
import { damagedPicture } from '../picture-check.js';

export type { ReadFile } from '../answer-images.js';

export interface MediaFile {
  name: string;
  data: Uint8Array;
}

export type MediaResult = { name: string } | { problem: string };

export class MediaStore {
  private readonly byPath = new Map<string, MediaResult>();
  private readonly byName = new Map<string, Uint8Array>();

  constructor(private readonly read: ReadFile) {}

  /** Add a local image by absolute path; gives its media name, or why it cannot be packed. */
  addImage(absolutePath: string): MediaResult {
    const known = this.byPath.get(absolutePath);
    if (known) return known;
    const result = this.load(absolutePath);
    this.byPath.set(absolutePath, result);
    return result;
  }

  private load(absolutePath: string): MediaResult {
    const notOne = notAPicture(absolutePath);
    if (notOne) return { problem: notOne };
    const extension = extname(absolutePath).toLowerCase();
    const data = this.read(absolutePath);
    if (data === undefined) return { problem: UNREADABLE_PICTURE };
    // A card would show a broken picture: say so now instead.
    const damaged = damagedPicture(data);
    if (damaged) return { problem: damaged };
    const hash = createHash('sha1').update(data).digest('hex').slice(0, 8);
    const name = `${mediaStem(basename(absolutePath, extname(absolutePath)))}-${hash}${extension}`;
    this.byName.set(name, data);
    return { name };
  }

  /** Every local picture file an answer asked for (packed or not), sorted: what the deck depends on besides the bank (a file not named as a picture is never read). */
  requested(): string[] {
    return [...this.byPath.keys()].filter((file) => !notAPicture(file)).sort();
  }

  /** Every packed file, sorted by name (the order of the zip members and the media map). */
  files(): MediaFile[] {
    return [...this.byName.keys()].sort().map((name) => ({ name, data: this.byName.get(name)! }));
  }
}

/**
 * A file-name stem Anki keeps as it is: letters, digits, `-` and `_` only (Hangul included), NFC,
 * not starting with `_` (Anki treats `_name` files as shared static files) or `latex-`, at most 30 characters
 * (90 bytes of Hangul: with hash and extension the name stays under Anki's 120-byte limit).
 */
function mediaStem(stem: string): string {
  const safe = stem
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^[-_]+|-+$/g, '');
  const kept = Array.from(safe).slice(0, 30).join('').replace(/-+$/, '') || 'image';
  // Anki takes `latex-…` files for images it rendered itself from LaTeX, which Check Media may delete as unused.
  return /^latex-/i.test(kept) ? `image-${kept}` : kept;
}
