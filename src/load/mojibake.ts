/**
 * Repairs mojibake: UTF-8 text that was once decoded with a single-byte code
 * page (Windows-1252, Windows-1257, Latin-1) and saved again, so that
 * "👋" (F0 9F 91 8B) reads "šŸ‘‹" (š is 0xF0 in Windows-1257, the rest
 * is Windows-1252).
 *
 * Every character that some code page produces from a byte >= 0x80 is mapped
 * back to its candidate bytes, and a run of such characters is re-read as
 * UTF-8. A repair is made only where it is unambiguous: the candidate bytes
 * must form a valid multi-byte UTF-8 sequence, one reading must be cheaper
 * than every other (see `Candidate`), and the character it encodes must
 * lie outside Latin-1 (so "café" or a stray "Ã" stay as written) and be an
 * assigned, non-control character.
 *
 * Real prose sometimes has the same shape: a letter followed directly by
 * punctuation ("café”…" reads as E9 94 85 = U+9505, "café\u00a0»" as 逻).
 * So a sequence made of a letter and only such punctuation proves nothing
 * by itself, and a single two-byte sequence ("Ü“" = U+0713) is weak
 * evidence; a run is repaired only when its other sequences make it
 * convincing (see `evidence`).
 */

import { windows1252CodePoint } from './windows-1252.js';

export interface MojibakeRepair {
  /** Offset of the first repaired character in the input text. */
  index: number;
  /** The characters as they were. */
  before: string;
  /** What they encoded. */
  after: string;
}

/**
 * A byte that some code page decodes to a given character, and the cost of
 * assuming it: 0 for Windows-1252 and Latin-1 (the usual culprits), 1 for
 * Windows-1257, which is needed for "š" = 0xF0 but would otherwise make
 * common cases ambiguous ("¸" is 0xB8 in Latin-1 and 0x8F in Windows-1257).
 */
interface Candidate {
  byte: number;
  cost: number;
}

/** Code point -> the bytes (>= 0x80) that some code page decodes to it. */
const candidates: ReadonlyMap<number, readonly Candidate[]> = (() => {
  const map = new Map<number, Candidate[]>();
  const add = (codePoint: number, byte: number, cost: number): void => {
    const list = map.get(codePoint) ?? [];
    const known = list.find((c) => c.byte === byte);
    if (known) known.cost = Math.min(known.cost, cost);
    else list.push({ byte, cost });
    map.set(codePoint, list);
  };
  // Latin-1 proper: a byte is its own code point (C1 controls included,
  // which is what Windows-1252's undefined bytes become on some systems).
  for (let byte = 0x80; byte <= 0xff; byte++) add(byte, byte, 0);
  for (let byte = 0x80; byte <= 0xff; byte++) add(windows1252CodePoint(byte), byte, 0);
  // Windows-1257 only for lead bytes (its Baltic letters at 0xC0-0xFF): read as continuation
  // bytes, its Ø Æ ø æ would turn runs of accented letters ("èæ") into CJK.
  const baltic = new TextDecoder('windows-1257');
  for (let byte = 0xc0; byte <= 0xff; byte++) {
    const codePoint = baltic.decode(Uint8Array.of(byte)).codePointAt(0);
    if (codePoint !== undefined && codePoint !== 0xfffd) add(codePoint, byte, 1);
  }
  return map;
})();

const UNWANTED_RESULT = /[\p{Cc}\p{Cs}\p{Co}\p{Cn}]/u;

interface RunChar {
  index: number;
  text: string;
  candidates: readonly Candidate[];
}

interface Sequence {
  /** Position in the run of the first character. */
  start: number;
  length: number;
  codePoint: number;
}

/** Two or more characters in a row that all have candidate bytes (all are in the BMP). */
const CANDIDATE_RUN = new RegExp(
  `[${[...candidates.keys()].map((cp) => `\\u${cp.toString(16).padStart(4, '0')}`).join('')}]{2,}`,
  'g',
);

export function repairMojibake(text: string): { text: string; repairs: MojibakeRepair[] } {
  const repairs: MojibakeRepair[] = [];
  for (const match of text.matchAll(CANDIDATE_RUN)) {
    const run = [...match[0]].map((char, offset) => ({
      index: match.index + offset,
      text: char,
      candidates: candidates.get(char.charCodeAt(0))!,
    }));
    for (const repair of repairsInRun(run)) repairs.push(repair);
  }
  if (repairs.length === 0) return { text, repairs };

  const parts: string[] = [];
  let copied = 0;
  for (const repair of repairs) {
    parts.push(text.slice(copied, repair.index), repair.after);
    copied = repair.index + repair.before.length;
  }
  parts.push(text.slice(copied));
  return { text: parts.join(''), repairs };
}

function repairsInRun(run: readonly RunChar[]): MojibakeRepair[] {
  const sequences: Sequence[] = [];
  for (let start = 0; start < run.length; ) {
    const sequence = sequenceAt(run, start);
    if (sequence) {
      sequences.push(sequence);
      start += sequence.length;
    } else {
      start += 1;
    }
  }
  const total = sequences.reduce((sum, sequence) => sum + evidence(run, sequence), 0);
  if (total < 2) return [];

  // Adjacent sequences become one repair so that a message shows a whole word.
  const repairs: MojibakeRepair[] = [];
  let previousEnd = -1;
  for (const { start, length, codePoint } of sequences) {
    const before = run
      .slice(start, start + length)
      .map((c) => c.text)
      .join('');
    const after = String.fromCodePoint(codePoint);
    const last = repairs[repairs.length - 1];
    if (last && start === previousEnd) {
      last.before += before;
      last.after += after;
    } else {
      repairs.push({ index: run[start]!.index, before, after });
    }
    previousEnd = start + length;
  }
  return repairs;
}

/** Punctuation that follows a word in real prose; mojibake uses the same characters. */
const PROSE_FOLLOWERS = new Set([...'…’‘”“–—•™»«®©\u00a0']);

/**
 * How much a sequence proves that its run is mojibake: 2 for three or four
 * bytes, 1 for two (Cyrillic, Greek: convincing when there are several),
 * 0 when it could be a word's end: a letter followed only by prose
 * punctuation ("é”…").
 */
function evidence(run: readonly RunChar[], { start, length }: Sequence): number {
  const lead = run[start]!.text;
  const followers = run.slice(start + 1, start + length);
  if (/^\p{L}$/u.test(lead) && followers.every((c) => PROSE_FOLLOWERS.has(c.text))) return 0;
  return length >= 3 ? 2 : 1;
}

/**
 * The character that run[start...] encodes as UTF-8, if one reading is
 * cheaper than every other (see `Candidate`); undefined when none or a tie.
 */
function sequenceAt(run: readonly RunChar[], start: number): Sequence | undefined {
  const costs = new Map<number, number>();
  for (const lead of run[start]!.candidates) {
    const shape = leadShape(lead.byte);
    if (!shape || start + shape.length > run.length) continue;
    const first = { value: shape.value, cost: lead.cost };
    collect(run, start + 1, start + shape.length, first, shape.low, shape.high, costs);
  }
  let best: number | undefined;
  let bestCost = Infinity;
  let tie = false;
  for (const [codePoint, cost] of costs) {
    if (cost < bestCost) [best, bestCost, tie] = [codePoint, cost, false];
    else if (cost === bestCost) tie = true;
  }
  // One borrowed Windows-1257 byte explains the seed; needing more is a coincidence of accented letters ("çØæ").
  if (best === undefined || tie || bestCost > 1) return undefined;
  if (best <= 0xff || UNWANTED_RESULT.test(String.fromCodePoint(best))) return undefined;
  return { start, length: utf8Length(best), codePoint: best };
}

/** Sequence length, lead bits and the allowed range of the second byte (RFC 3629). */
function leadShape(
  lead: number,
): { length: number; value: number; low: number; high: number } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, value: lead & 0x1f, low: 0x80, high: 0xbf };
  if (lead >= 0xe0 && lead <= 0xef) {
    const low = lead === 0xe0 ? 0xa0 : 0x80;
    const high = lead === 0xed ? 0x9f : 0xbf;
    return { length: 3, value: lead & 0x0f, low, high };
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const low = lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xf4 ? 0x8f : 0xbf;
    return { length: 4, value: lead & 0x07, low, high };
  }
  return undefined;
}

/** Records, for every code point reachable by picking continuation bytes for run[at..end), its cheapest cost. */
function collect(
  run: readonly RunChar[],
  at: number,
  end: number,
  sofar: { value: number; cost: number },
  low: number,
  high: number,
  costs: Map<number, number>,
): void {
  if (at === end) {
    costs.set(sofar.value, Math.min(costs.get(sofar.value) ?? Infinity, sofar.cost));
    return;
  }
  for (const { byte, cost } of run[at]!.candidates) {
    if (byte < low || byte > high) continue;
    const next = { value: (sofar.value << 6) | (byte & 0x3f), cost: sofar.cost + cost };
    collect(run, at + 1, end, next, 0x80, 0xbf, costs);
  }
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
