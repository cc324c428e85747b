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
 * `START`. A field runs to the next field's name, as the plugin reads it: a front of two lines (`What is
 * dropout?` over `In one sentence.`) asks both, joined on its first line. (Lines that Markdown reads as a
 * list, a quote or code stay where they are, under it.)
 *
 * The one-line form, `STARTI [Basic] What is dropout? Back: Randomly zeroing units. Tags: dl ENDI` alone on
 * its line, is a card too: its front and its back are cut at the back's field name once the line is parsed
 * (`inline` gives the line and where), as a one-line card's are (inline-cards.ts).
 */
import { isMarkdownBlockLine } from './card-separator.js';
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
/** A field's name inside a one-line note: a word of its own. */
const INLINE_FIELD = /(?<=^|[ \t])(?:Front|Back|Text|Extra|Back Extra):(?=[ \t]|$)/g;
const CARD_MARKER = '#card';
/** What stands between a one-line note's front and its back in its Markdown line, where the two are cut. */
const INLINE_BACK = 'Back:';

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
    if (END.test(lines[end]!) && (NOTE_TYPE.test(lines[n + 1]!.trim()) || named)) blocks.push({ start: n, end });
    // Read on after the END, or from the START that came first.
    n = END.test(lines[end]!) ? end : end - 1;
  }
  return { blocks, inline };
}

export interface AnkiBlocksNote {
  /** The note as Markdown, one line for each of its lines. */
  markdown: string;
  /** How many blocks were read. */
  blocks: number;
  /** The lines this reader wrote tags after (each card's front): the Markdown reader's notes of tags there tell of syntax the note does not have. */
  taggedLines: number[];
  /** Per block, its front's line and its END's (1-based): the card's answer ends at its END. */
  cards: Array<{ front: number; end: number }>;
  /** Per one-line note, its line (1-based) and, when it has a back, where the back's field name stands in the Markdown's line. */
  inline: Array<{ line: number; back?: { at: number; text: string } }>;
}

/** The note as Markdown with its blocks and one-line notes read as cards; undefined when it holds none the plugin reads (notesIn). */
export function readAnkiBlocks(text: string): AnkiBlocksNote | undefined {
  if (!text.includes('START') || !text.includes('END')) return undefined;
  const lines = text.split('\n');
  const { blocks, inline: inlineLines } = notesIn(lines);
  if (blocks.length === 0 && inlineLines.length === 0) return undefined;
  const out = [...lines];
  const taggedLines: number[] = [];
  const fileTags: string[] = [];
  const cards: Array<{ front: number; end: number }> = [];
  const inBlock = new Uint8Array(lines.length);
  for (const { start, end } of blocks) inBlock.fill(1, start, end + 1);
  for (let n = 0; n < lines.length; n++) {
    if (inBlock[n] || !/^(?:TARGET DECK|FILE TAGS)[ \t]*$/.test(lines[n]!)) continue;
    // The deck's name, or the note's tags, on the next line: neither a question nor an answer.
    if (/^FILE TAGS/.test(lines[n]!)) fileTags.push(...tagsIn(lines[n + 1] ?? ''));
    out[n] = '';
    if (n + 1 < lines.length) out[n + 1] = '';
  }
  for (const { start, end } of blocks) {
    const front = readBlock(lines, out, start, end);
    if (front === undefined) continue;
    taggedLines.push(front + 1);
    cards.push({ front: front + 1, end: end + 1 });
  }
  const inline: AnkiBlocksNote['inline'] = [];
  for (const n of inlineLines) {
    const card = readInlineNote(lines[n]!);
    if (!card) continue;
    out[n] = card.markdown;
    taggedLines.push(n + 1);
    inline.push({ line: n + 1, ...(card.back ? { back: card.back } : {}) });
  }
  // FILE TAGS may stand after some blocks: every card gets them.
  if (fileTags.length > 0) for (const line of taggedLines) out[line - 1] = `${out[line - 1]}${fileTags.map((tag) => ` #${tag}`).join('')}`;
  return { markdown: out.join('\n'), blocks: blocks.length, taggedLines, cards, inline };
}

/** The block from `START` (line `start`, 0-based) to `END` (`end`), written into `out` as a card; its front's line, if it has one. */
function readBlock(lines: readonly string[], out: string[], start: number, end: number): number | undefined {
  const type = lines[start + 1]!.trim();
  out[start] = '';
  out[start + 1] = '';
  out[end] = '';
  let front = -1;
  let joining = false;
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
      joining = true;
      continue;
    }
    // The front's next lines are the front's, up to the next field: joined on its line, the card's front one line.
    joining &&= !field && line.trim() !== '' && !isMarkdownBlockLine(line) && !FENCE.test(line) && !/^(?: {4}|\t)/.test(line);
    if (joining) {
      out[front] = `${out[front]} ${line.trim()}`;
      out[n] = '';
      continue;
    }
    out[n] = field ? field[2]! : line;
  }
  if (front < 0) return undefined;
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
  return front;
}

/**
 * A one-line note as the Markdown line of its card: its front, then, when it has one, `Back:` and its back (its
 * other fields, their names left out, where `back` says), then `#card` and its tags; undefined when it has no
 * front. The plugin takes its id off first, then its tags (all after `Tags:`), then its note type; text before
 * any field's name is the first field's.
 */
function readInlineNote(line: string): { markdown: string; back?: { at: number; text: string } } | undefined {
  const head = INLINE_START.exec(line)!;
  let body = line.trimEnd().slice(head[0].length, -'ENDI'.length).replace(INLINE_ID, '');
  let tags: string[] = [];
  const tagged = INLINE_TAGS.exec(body);
  if (tagged) {
    tags = tagsIn(tagged[1]!);
    body = body.slice(0, tagged.index);
  }
  const front: string[] = [];
  const back: string[] = [];
  let field = 'Front';
  let from = 0;
  const take = (to: number) => {
    const said = body.slice(from, to).trim();
    if (said) (field === 'Front' || field === 'Text' ? front : back).push(said);
  };
  for (const named of body.matchAll(INLINE_FIELD)) {
    take(named.index);
    field = named[0].slice(0, -1);
    from = named.index + named[0].length;
  }
  take(body.length);
  if (front.length === 0) return undefined;
  let asked = front.join(' ');
  if (/cloze/i.test(head[1]!)) {
    const cloze = clozeSides(asked);
    if (cloze) {
      asked = cloze.asked;
      back.unshift(cloze.filled);
    }
  }
  const marks = ` ${[CARD_MARKER, ...tags.map((tag) => `#${tag}`)].join(' ')}`;
  if (back.length === 0) return { markdown: `${asked}${marks}` };
  return { markdown: `${asked} ${INLINE_BACK} ${back.join(' ')}${marks}`, back: { at: asked.length + 1, text: INLINE_BACK } };
}

/** Tags as the plugin writes them, apart by spaces (`dl regularisation`, `#dl`). */
function tagsIn(line: string): string[] {
  return line
    .split(/\s+/)
    .map((tag) => tag.replace(/^#/, ''))
    .filter((tag) => tag !== '');
}
