/**
 * Edits that keep a text's length and its line breaks: what a pass before
 * parsing may do without moving a single line, column or offset, so that the
 * tree parsed from the result points at the original file.
 */
export class SameLengthText {
  private readonly chars: string[];

  constructor(text: string) {
    // One slot per UTF-16 unit, as offsets count them (an emoji is two).
    this.chars = text.split('');
  }

  /** The characters from `start` to `end`, with the edits made so far. */
  slice(start: number, end: number): string {
    return this.chars.slice(start, end).join('');
  }

  /** Spaces over `start`..`end` (line breaks kept): what stood there is gone, nothing moved. */
  blank(start: number, end: number): void {
    for (let i = start; i < end; i++) if (this.chars[i] !== '\n') this.chars[i] = ' ';
  }

  /** `replacement` written over `start`..`end`, the rest of that stretch blanked; it must fit. */
  overwrite(start: number, end: number, replacement: string): void {
    if (replacement.length > end - start || replacement.includes('\n')) throw new RangeError('replacement does not fit');
    this.blank(start, end);
    for (let i = 0; i < replacement.length; i++) this.chars[start + i] = replacement[i]!;
  }

  toString(): string {
    return this.chars.join('');
  }
}
