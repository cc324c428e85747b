/**
 * The note blocks of Obsidian_to_Anki, the plugin that sends an Obsidian note's cards to Anki:
 *
 *     TARGET DECK
 *     ML::Deep learning
 *
 *     START
 *     Basic
 *     What is dropout?
 *     Back: Randomly zeroing units while training.
 *     Tags: dl regularisation
 *     END
 *     <!--ID: 1566052191670-->
 *
 * read as the Markdown cards they stand for, line for line (each line of the Markdown is the same line of
 * the note): the block's first field is a card's front, marked as Logseq's `#card` marks one (a card however
 * worded), its tags after it; its other fields (`Back:`, `Back Extra:`, their labels left out) the lines
 * under it, its answer. A Cloze note asks its sentence as Anki shows it (`[...]`, cloze.ts), and its answer
 * is the sentence whole, over its other fields. `START`, the note type, `END`, the deck's lines and
 * the plugin's ids are left out; `FILE TAGS` gives every card of the note its tags.
 *
 * Only blocks the plugin would read: `START` and `END` each alone on its line, the note type right under
 * `START`. The one-line form (`STARTI [Basic] … ENDI`) stays text.
 */
import { clozeSides } from './cloze.js';

const START = /^START[ \t]*$/;
const END = /^END[ \t]*$/;
/** A field's name and its colon at a line's head, as the plugin's default note types name them (`Back:`, `Back Extra:`, `Text:`). */
const FIELD = /^(Front|Back|Text|Extra|Back Extra):[ \t]?(.*)$/;
const TAGS = /^Tags:[ \t]*(.*)$/;
const CARD_MARKER = '#card';

/** Whether the note holds a block the plugin reads: `START`, a note type, and an `END` after them. */
export function hasAnkiBlocks(text: string): boolean {
  if (!text.includes('START') || !text.includes('END')) return false;
  const lines = text.split('\n');
  // One pass from the end: an END after a START and its type (no scan per START).
  let lastEnd = -1;
  for (let n = lines.length - 1; n >= 0 && lastEnd < 0; n--) if (END.test(lines[n]!)) lastEnd = n;
  return lines.some((line, n) => n + 1 < lastEnd && START.test(line) && /^\S/.test(lines[n + 1]!));
}

export interface AnkiBlocksNote {
  /** The note as Markdown, one line for each of its lines. */
  markdown: string;
  /** How many blocks were read. */
  blocks: number;
  /** The lines this reader wrote tags after (each card's front): the Markdown reader's notes of tags there tell of syntax the note does not have. */
  taggedLines: number[];
}

export function ankiBlocksToMarkdown(text: string): AnkiBlocksNote {
  const lines = text.split('\n');
  const out = [...lines];
  const taggedLines: number[] = [];
  const fileTags: string[] = [];
  let blocks = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (/^(?:TARGET DECK|FILE TAGS)[ \t]*$/.test(line)) {
      // The deck's name, or the note's tags, on the next line: neither a question nor an answer.
      if (/^FILE TAGS/.test(line)) fileTags.push(...tagsIn(lines[n + 1] ?? ''));
      out[n] = '';
      if (n + 1 < lines.length) out[n + 1] = '';
      n++;
      continue;
    }
    if (!START.test(line) || !/^\S/.test(lines[n + 1] ?? '')) continue;
    const end = lines.findIndex((later, k) => k > n + 1 && END.test(later));
    if (end < 0) break;
    readBlock(lines, out, n, end, taggedLines);
    blocks++;
    n = end;
  }
  // FILE TAGS may stand after some blocks: every card gets them.
  if (fileTags.length > 0) for (const line of taggedLines) out[line - 1] = `${out[line - 1]}${fileTags.map((tag) => ` #${tag}`).join('')}`;
  return { markdown: out.join('\n'), blocks, taggedLines };
}

/** The block from `START` (line `start`, 0-based) to `END` (`end`), written into `out` as a card. */
function readBlock(lines: readonly string[], out: string[], start: number, end: number, taggedLines: number[]): void {
  const type = lines[start + 1]!.trim();
  out[start] = '';
  out[start + 1] = '';
  out[end] = '';
  let front = -1;
  let tags: string[] = [];
  for (let n = start + 2; n < end; n++) {
    const line = lines[n]!;
    const tagged = TAGS.exec(line);
    if (tagged) {
      tags = tagsIn(tagged[1]!);
      out[n] = '';
      continue;
    }
    const field = FIELD.exec(line);
    if (front < 0) {
      if (line.trim() === '') continue;
      // The first field's name is optional (`Front:`, `Text:`).
      front = n;
      out[n] = field ? field[2]! : line;
      continue;
    }
    out[n] = field ? field[2]! : line;
  }
  if (front < 0) return;
  if (/cloze/i.test(type)) {
    const cloze = clozeSides(out[front]!);
    if (cloze) {
      out[front] = cloze.asked;
      // The sentence whole answers, right under it; the lines of the fields after it (`Back Extra:`) move one line
      // down, into the line the block's END stood on.
      out.splice(front + 1, end - front, cloze.filled, ...out.slice(front + 1, end));
    }
  }
  out[front] = `${out[front]} ${[CARD_MARKER, ...tags.map((tag) => `#${tag}`)].join(' ')}`;
  taggedLines.push(front + 1);
}

/** Tags as the plugin writes them, apart by spaces (`dl regularisation`, `#dl`). */
function tagsIn(line: string): string[] {
  return line
    .split(/\s+/)
    .map((tag) => tag.replace(/^#/, ''))
    .filter((tag) => tag !== '');
}
