/**
 * Ankdown's line between a card's fields: `%` alone, or `%%` in a deck that writes it doubled. A `%%` line is
 * Obsidian's comment mark too (obsidian-comments.ts), so it is a field line only in a deck that is clearly one:
 * two cards at least, parted by `---`, and every card that holds a `%%` line a front (a paragraph, no heading)
 * right over it and something under it. Elsewhere `%%` stays a comment's mark.
 */

/** `%` alone on its line. */
export const FIELD_LINE = /^[ \t]*%[ \t]*$/;
/** `%%` alone on its line. */
export const DOUBLED_FIELD_LINE = /^[ \t]*%%[ \t]*$/;
/** The line between cards: `---`. */
const CARD_BREAK = /^[ \t]*(?:-[ \t]*){3,}$/;

/** The note's field line: `%%` alone in a deck that writes it doubled, else `%` alone. */
export function fieldLineOf(text: string): RegExp {
  return writesDoubledFieldLines(text) ? DOUBLED_FIELD_LINE : FIELD_LINE;
}

/** Whether `text` is an Ankdown deck whose field lines are `%%`: two cards of them at least, and no other `%%` line alone. */
export function writesDoubledFieldLines(text: string): boolean {
  // Most notes hold no `%%` at all: no split.
  if (!text.includes('%%')) return false;
  let cards = 0;
  let run: string[] = [];
  for (const line of [...text.split(/\r?\n/), '---']) {
    if (!CARD_BREAK.test(line)) {
      run.push(line);
      continue;
    }
    if (run.some((written) => DOUBLED_FIELD_LINE.test(written))) {
      if (!isDoubledCard(run)) return false;
      cards++;
    }
    run = [];
  }
  return cards >= 2;
}

/** A card's lines: its front, one paragraph and no heading, then (a blank line apart or not) `%%`, then text. */
function isDoubledCard(lines: readonly string[]): boolean {
  const first = lines.findIndex((line) => line.trim() !== '');
  const field = lines.findIndex((line) => DOUBLED_FIELD_LINE.test(line));
  if (first === -1 || first >= field || /^[ \t]*#/.test(lines[first]!)) return false;
  let frontEnd = field;
  if (lines[frontEnd - 1]!.trim() === '') frontEnd--;
  const front = lines.slice(first, frontEnd);
  return front.length > 0 && front.every((line) => line.trim() !== '') && lines.slice(field + 1).some((line) => line.trim() !== '' && !DOUBLED_FIELD_LINE.test(line));
}
