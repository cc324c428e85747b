/**
 * Edits that keep a text's length and its line breaks: what a pass before
 * parsing may do without moving a single line, so that the tree parsed from
 * the result points at the original file's lines (and, but for a line whose
 * head was left out, its columns and offsets).
 */
export class SameLengthText {
  private readonly chars: string[];
  /** 1 where a space stands for markup left out, not for a space of the file. */
  private readonly gaps: Uint8Array;
  /** Where each edit began, in order: what a reader that keeps findings about the text checks them by. */
  private readonly edits: number[] = [];

  constructor(text: string) {
    // One slot per UTF-16 unit, as offsets count them (an emoji is two).
    this.chars = text.split('');
    this.gaps = new Uint8Array(text.length);
  }

  /** The characters from `start` to `end`, with the edits made so far. */
  slice(start: number, end: number): string {
    return this.chars.slice(start, end).join('');
  }

  /** Spaces over `start`..`end` (line breaks kept): what stood there is gone, nothing moved. */
  blank(start: number, end: number): void {
    this.edits.push(start);
    for (let i = start; i < end; i++) {
      if (this.chars[i] === '\n') continue;
      this.chars[i] = ' ';
      this.gaps[i] = 1;
    }
  }

  /** `replacement` written over `start`..`end`, the rest of that stretch blanked; it must fit. */
  overwrite(start: number, end: number, replacement: string): void {
    if (replacement.length > end - start || replacement.includes('\n')) throw new RangeError('replacement does not fit');
    this.blank(start, end);
    for (let i = 0; i < replacement.length; i++) {
      this.chars[start + i] = replacement[i]!;
      this.gaps[start + i] = 0;
    }
  }

  /**
   * Move what follows blanked markup at the head of a line back to `head`
   * (the end of the line's own indentation), the gap going to the line's
   * end: spaces left at the head would make the line an indented code block.
   */
  closeLineHead(head: number, end: number): void {
    let first = head;
    while (first < end && this.gaps[first] === 1) first++;
    if (first === head || first === end) return;
    this.edits.push(head);
    const chars = this.chars.slice(first, end);
    const gaps = this.gaps.slice(first, end);
    for (let i = head; i < end; i++) {
      const from = i - head;
      this.chars[i] = from < chars.length ? chars[from]! : ' ';
      this.gaps[i] = from < chars.length ? gaps[from]! : 1;
    }
  }

  /** A mark of the edits made so far, for `unchangedBefore`. */
  get editMark(): number {
    return this.edits.length;
  }

  /** Whether no edit since `mark` began before `end`. */
  unchangedBefore(end: number, mark: number): boolean {
    for (let k = mark; k < this.edits.length; k++) if (this.edits[k]! < end) return false;
    return true;
  }

  /** Whether the space at `offset` stands for markup left out. */
  isGap(offset: number): boolean {
    return this.gaps[offset] === 1;
  }

  toString(): string {
    return this.chars.join('');
  }
}
