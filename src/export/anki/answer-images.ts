/**
 * What becomes of an answer's `<img src>`: a remote image stays a link, a local one is packed as
 * media under a new name, one that cannot be packed is replaced by a visible placeholder.
 */

export type ImageOutcome =
  | { kind: 'remote' }
  | { kind: 'packed'; name: string }
  | { kind: 'missing'; problem: string };

export type ResolveImage = (src: string) => ImageOutcome;

export interface MissingImage {
  src: string;
  problem: string;
}

/** The placeholder's text: the image's alt text, else its src. */
export function placeholderText(alt: string, src: string): string {
  return `[image: ${alt || src || 'missing'}]`;
}

export const PLACEHOLDER_CLASS = 'missing-image';
