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
 * the note): the block's first field is a card's front (a card however worded), its other fields (`Back:`,
 * `Back Extra:`, their labels left out) the lines under it, its answer, and `Tags:` its tags. A Cloze note
 * asks its sentence as Anki shows it (`[...]`, cloze.ts), and its answer is the sentence whole, over its other
 * fields. `START`, the note type, `END`, the deck's lines and the plugin's ids are left out; `FILE TAGS`
 * gives every card of the note its tags.
 *
 * Only blocks the plugin would read: `START` and `END` each alone on its line, the note type right under
 * `START`. A field runs to the next field's name, as the plugin reads it: a front of two lines (`What is
 * dropout?` over `In one sentence.`, then `Back:`) asks both. In a block that names no field after its front,
 * the lines under the front answer it, as they did before the plugin needed `Back:`.
 *
 * The one-line form, `STARTI [Basic] What is dropout? Back: Randomly zeroing units. Tags: dl ENDI` alone on
 * its line, is a card too, written as its front, `Back:` and its back.
 *
 * This is the text's part; which lines are each card's front, its back and its end, and its tags, go with the
 * Markdown (`cards`), and anki-block-cards.ts marks them in the tree once it is parsed.
 */
import { firstOutsideCode, isMarkdownBlockLine } from './card-separator.js';
import { clozeSides } from './cloze.js';

const START = /^START[ \t]*$/;
const END = /^END[ \t]*$/;
/** A field's name and its colon at a line's head, as the plugin's default note types name them (`Back:`, `Back Extra:`, `Text:`). */
const FIELD = /^(Front|Back|Text|Extra|Back Extra):[ \t]?(.*)$/;
const TAGS = /^Tags:[ \t]*(.*)$/;
/** A one-line note's head: `STARTI`, then its note type in brackets. */
const INLINE_START = /^STARTI[ \t]*\[([^\]\n]*)\]/;
const INLINE_END = /[ \t]ENDI$|^ENDI$/;
/** The plugin's id of a one-line note, written before its `ENDI`, and its tags (everything after `Tags:`), in the order it takes them off. */
const INLINE_ID = /(?:<!--)?ID: \d+(?:-->)?.*$/;
const INLINE_TAGS = /(?:^|[ \t])Tags: (.*)$/;
/** The fields of the plugin's default note types, the first one the front: a one-line note reads only its type's names. */
const BASIC_FIELDS = ['Front', 'Back'];
const CLOZE_FIELDS = ['Text', 'Back Extra'];
const ANY_FIELDS = ['Front', 'Back', 'Text', 'Extra', 'Back Extra'];
/** What stands between a one-line note's front and its back in its Markdown line, where the two are cut. */
const INLINE_BACK = 'Back:';
/** A line Markdown would read as a heading's underline after the line above it: after a one-line note, a rule or nothing. */
const SETEXT_UNDERLINE = /^ {0,3}(?:-+|=+)[ \t]*$/;

/** The note types of the plugin's default deck: a block of another type is the plugin's only when it names a field. */
const NOTE_TYPE = /^(?:Basic|Cloze)\b/i;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/**
 * The notes the plugin reads, in one pass: each block's `START` and `END` (0-based lines), and each one-line note's
 * line. `START` and `END` alone on their lines outside fenced code (a note that shows the plugin's syntax is not
 * its deck), the note type right under `START`, and the type a default one or a field named in the block (a
 * flowchart's `START`, `Read n`, `END` is none); a one-line note alone on its line, outside code and blocks.
 */
function notesIn(lines: readonly string[]): { blocks: Array<{ start: number; end: number }>; inline: number[] } {
  const blocks: Array<{ start: number; end: number }> = [];
  const inline: number[] = [];
  let fence: string | undefined;
  // Set once a `START` has no `END` after it: none after it has either.
  let endless = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const opened = FENCE.exec(line);
    if (fence !== undefined) {
      if (opened && opened[1]!.startsWith(fence)) fence = undefined;
      continue;
    }
    if (opened) {
      fence = opened[1]!;
      continue;
    }
    if (line.startsWith('STARTI')) {
      if (INLINE_START.test(line) && INLINE_END.test(line.trimEnd())) inline.push(n);
      continue;
    }
    if (endless || !START.test(line) || !/^\S/.test(lines[n + 1] ?? '')) continue;
    let end = n + 2;
    let named = false;
    for (; end < lines.length && !END.test(lines[end]!) && !START.test(lines[end]!); end++) if (FIELD.test(lines[end]!)) named = true;
    if (end >= lines.length) {
      endless = true;
      continue;
    }
    if (!END.test(lines[end]!)) continue; // Another START first: read on from the next line, one-line notes and all.
    if (NOTE_TYPE.test(lines[n + 1]!.trim()) || named) blocks.push({ start: n, end });
    n = end;
  }
  return { blocks, inline };
}

/** A card of the note, its lines those of the note's Markdown (1-based). */
export interface AnkiCard {
  /** Its front's first and last lines. */
  front: number;
  frontEnd: number;
  /** The last line of its block (its `END`'s), where its answer ends; a one-line note's own line. */
  end: number;
  /** Its `Tags:`, and the note's `FILE TAGS`. */
  tags: string[];
  /** A one-line note's: where the field name before its back stands on its Markdown line (none when it has no back). */
  back?: { at: number; text: string };
  inline: boolean;
}

export interface AnkiBlocksNote {
  /** The note as Markdown, one line for each of its lines. */
  markdown: string;
  /** How many blocks were read (a block with no front is no card). */
  blocks: number;
  /** In the note's order. */
  cards: AnkiCard[];
}

/** The note as Markdown with its blocks and one-line notes read as cards; undefined when it holds none the plugin reads (notesIn). */
export function readAnkiBlocks(text: string): AnkiBlocksNote | undefined {
  if (!text.includes('START') || !text.includes('END')) return undefined;
  const lines = text.split('\n');
  const { blocks, inline } = notesIn(lines);
  if (blocks.length === 0 && inline.length === 0) return undefined;
  const out = [...lines];
  const fileTags: string[] = [];
  const inBlock = new Uint8Array(lines.length);
  for (const { start, end } of blocks) inBlock.fill(1, start, end + 1);
  for (let n = 0; n < lines.length; n++) {
    if (inBlock[n] || !/^(?:TARGET DECK|FILE TAGS)[ \t]*$/.test(lines[n]!)) continue;
    // The deck's name, or the note's tags, on the next line: neither a question nor an answer.
    if (/^FILE TAGS/.test(lines[n]!)) fileTags.push(...tagsIn(lines[n + 1] ?? ''));
    out[n] = '';
    if (n + 1 < lines.length) out[n + 1] = '';
  }
  const cards: AnkiCard[] = [];
  for (const { start, end } of blocks) {
    const card = readBlock(lines, out, start, end);
    if (card) cards.push(card);
  }
  for (const n of inline) {
    const card = readInlineNote(lines[n]!);
    if (!card) continue;
    out[n] = card.markdown;
    // `---` under it would make it a heading's text in Markdown: a rule, as the writer meant.
    if (SETEXT_UNDERLINE.test(out[n + 1] ?? '')) out[n + 1] = out[n + 1]!.includes('-') ? '***' : '';
    cards.push({ front: n + 1, frontEnd: n + 1, end: n + 1, tags: card.tags, ...(card.back ? { back: card.back } : {}), inline: true });
  }
  cards.sort((a, b) => a.front - b.front);
  // FILE TAGS may stand after some blocks: every card gets them.
  for (const card of cards) card.tags.push(...fileTags);
  return { markdown: out.join('\n'), blocks: blocks.length, cards };
}

/**
 * The block from `START` (line `start`, 0-based) to `END` (`end`), written into `out` as a card: its front's lines, its
 * other fields' under it, their names left out; undefined when it has no front.
 */
function readBlock(lines: readonly string[], out: string[], start: number, end: number): AnkiCard | undefined {
  const type = lines[start + 1]!.trim();
  out[start] = '';
  out[start + 1] = '';
  out[end] = '';
  let front = -1;
  let frontEnd = -1;
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
    out[n] = field ? field[2]! : line;
    if (front < 0 && line.trim() !== '') front = frontEnd = n;
  }
  if (front < 0) return undefined;
  const cloze = /cloze/i.test(type);
  // The front runs on to the next field's name, as the plugin reads it, over the lines Markdown reads as its
  // paragraph's (a front Markdown reads as a heading or a list item is its line). With no field named after it (a
  // block written before the plugin needed `Back:`), the lines under a Basic front answer it; a Cloze's sentence runs on.
  const named = lines.slice(front + 1, end).findIndex((line) => FIELD.test(line));
  const limit = named >= 0 ? front + 1 + named : cloze ? end : front + 1;
  if (isParagraphLine(out[front]!)) while (frontEnd + 1 < limit && isParagraphLine(lines[frontEnd + 1]!)) frontEnd++;
  if (cloze) {
    // Its sentence asked whole, on the front's line.
    out[front] = out.slice(front, frontEnd + 1).join(' ');
    out.fill('', front + 1, frontEnd + 1);
    frontEnd = front;
    const sides = clozeSides(out[front]!);
    if (sides) {
      out[front] = sides.asked;
      // The sentence whole answers, right under it; the lines of the fields after it (`Back Extra:`) move one line
      // down, into the line the block's END stood on.
      out.splice(front + 1, end - front, sides.filled, ...out.slice(front + 1, end));
    }
  }
  return { front: front + 1, frontEnd: frontEnd + 1, end: end + 1, tags, inline: false };
}

/** A line that goes on a paragraph in Markdown: text, not a blank line, a list item, a quote, a heading, a fence or indented code. */
function isParagraphLine(line: string): boolean {
  return line.trim() !== '' && !FIELD.test(line) && !TAGS.test(line) && !isMarkdownBlockLine(line) && !FENCE.test(line) && !/^(?: {4}|\t)/.test(line);
}

/**
 * A one-line note as the Markdown line of its card: its front, then, when it has one, `Back:` and its back (its
 * other fields, their names left out, where `back` says), and its tags; undefined when it has no front. The plugin
 * takes its id off first, then its tags (all after `Tags:`), then its note type; text before any field's name is
 * the first field's, and a field's name is one of its type's, outside code.
 */
function readInlineNote(line: string): { markdown: string; tags: string[]; back?: { at: number; text: string } } | undefined {
  const head = INLINE_START.exec(line)!;
  const type = head[1]!.trim();
  let body = line.trimEnd().slice(head[0].length, -'ENDI'.length).replace(INLINE_ID, '');
  let tags: string[] = [];
  const tagged = INLINE_TAGS.exec(body);
  if (tagged) {
    tags = tagsIn(tagged[1]!);
    body = body.slice(0, tagged.index);
  }
  const cloze = /cloze/i.test(type);
  const names = cloze ? CLOZE_FIELDS : /basic/i.test(type) ? BASIC_FIELDS : ANY_FIELDS;
  // A word of its own: at the start or after a space, and followed by one or by the end.
  const apart = (column: number) => column < 0 || column >= body.length || body[column] === ' ' || body[column] === '\t';
  const nameAt = (column: number): string | undefined =>
    apart(column - 1) ? names.find((name) => body.startsWith(`${name}:`, column) && apart(column + name.length + 1)) : undefined;
  const front: string[] = [];
  const back: string[] = [];
  let field = names[0]!;
  let from = 0;
  const take = (to: number) => {
    const said = body.slice(from, to).trim();
    if (said) (field === names[0] ? front : back).push(said);
  };
  const named = (column: number) => nameAt(column) !== undefined;
  for (let at = firstOutsideCode(body, named); at >= 0; at = firstOutsideCode(body, named, from)) {
    take(at);
    field = nameAt(at)!;
    from = at + field.length + 1;
  }
  take(body.length);
  if (front.length === 0) return undefined;
  // A front Markdown would read as a list item, a heading or a quote (`1. What is L2?`) asks without that mark: an
  // escape would keep the mark, but the Markdown's line would then no longer be cut where the note's is.
  let asked = front.join(' ').replace(/^(?:\d{1,9}[.)]|[-+*>]|#{1,6})[ \t]+(?=\S)/, '');
  if (cloze) {
    const sides = clozeSides(asked);
    if (sides) {
      asked = sides.asked;
      back.unshift(sides.filled);
    }
  }
  if (back.length === 0) return { markdown: asked, tags };
  return { markdown: `${asked} ${INLINE_BACK} ${back.join(' ')}`, tags, back: { at: asked.length + 1, text: INLINE_BACK } };
}

/** Tags as the plugin writes them, apart by spaces (`dl regularisation`, `#dl`). */
function tagsIn(line: string): string[] {
  return line
    .split(/\s+/)
    .map((tag) => tag.replace(/^#/, ''))
    .filter((tag) => tag !== '');
}
