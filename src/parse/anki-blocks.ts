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

/** The note types of the plugin's default deck: a block of another type is the plugin's only when it names a field. */
const NOTE_TYPE = /^(?:Basic|Cloze)\b/i;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/**
 * The blocks the plugin reads, each `START` and its `END` (0-based lines), in one pass: `START` and `END` alone
 * on their lines outside fenced code (a note that shows the plugin's syntax is not its deck), the note type right
 * under `START`, and the type a default one or a field named in the block (a flowchart's `START`, `Read n`, `END`
 * is none).
 */
function blocksIn(lines: readonly string[]): Array<{ start: number; end: number }> {
  const blocks: Array<{ start: number; end: number }> = [];
  let fence: string | undefined;
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
    if (!START.test(line) || !/^\S/.test(lines[n + 1] ?? '')) continue;
    let end = n + 2;
    let named = false;
    for (; end < lines.length && !END.test(lines[end]!) && !START.test(lines[end]!); end++) if (FIELD.test(lines[end]!)) named = true;
    if (end >= lines.length) break;
    if (END.test(lines[end]!) && (NOTE_TYPE.test(lines[n + 1]!.trim()) || named)) blocks.push({ start: n, end });
    // Read on after the END, or from the START that came first.
    n = END.test(lines[end]!) ? end : end - 1;
  }
  return blocks;
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
}

/** The note as Markdown with its blocks read as cards; undefined when it holds no block the plugin reads (blocksIn). */
export function readAnkiBlocks(text: string): AnkiBlocksNote | undefined {
  if (!text.includes('START') || !text.includes('END')) return undefined;
  const lines = text.split('\n');
  const blocks = blocksIn(lines);
  if (blocks.length === 0) return undefined;
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
  // FILE TAGS may stand after some blocks: every card gets them.
  if (fileTags.length > 0) for (const line of taggedLines) out[line - 1] = `${out[line - 1]}${fileTags.map((tag) => ` #${tag}`).join('')}`;
  return { markdown: out.join('\n'), blocks: blocks.length, taggedLines, cards };
}

/** The block from `START` (line `start`, 0-based) to `END` (`end`), written into `out` as a card; its front's line, if it has one. */
function readBlock(lines: readonly string[], out: string[], start: number, end: number): number | undefined {
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

/** Tags as the plugin writes them, apart by spaces (`dl regularisation`, `#dl`). */
function tagsIn(line: string): string[] {
  return line
    .split(/\s+/)
    .map((tag) => tag.replace(/^#/, ''))
    .filter((tag) => tag !== '');
}
