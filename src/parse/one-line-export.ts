/**
 * Quizlet's export copied as one line: its cards parted by a semicolon (Quizlet's "Between rows: Semicolon") or by a
 * separator of the user's own (` ## `, `|||`: custom-separators.ts), each card's term and definition by a tab, ` - `
 * or a separator of the user's own (` ~~~ `). The whole note is that line. Its cards are read only where the
 * separators are clear: every card holds the term's separator once, words on both sides, and is a card as the
 * caller reads one (`isCard`: no code, `x = 1; y = 2`); two cards at least with a tab, which prose does not write
 * between words, three with any other.
 */
import { separatorsOf } from './custom-separators.js';

/** A card's term and definition, as offsets in the note's text, the spaces around each left out. */
export interface OneLineCard {
  front: [number, number];
  back: [number, number];
}

export interface OneLineExport {
  cards: OneLineCard[];
  /** What parts a card's term and definition, and what parts the cards. */
  field: string;
  card: string;
}

/** Quizlet's separators between rows and between term and definition, tried before the user's own. */
const CARD_SEPARATORS = [';'];
const FIELD_SEPARATORS = ['\t', ' - '];
/** A letter or a digit: a side of a card says something. */
const WORDED = /[\p{L}\p{N}]/u;

/** The note's cards, when it is one line of them with clear separators. */
export function readOneLineExport(text: string, isCard: (line: string, front: string, back: string) => boolean): OneLineExport | undefined {
  const from = text.search(/\S/);
  const to = text.trimEnd().length;
  if (from < 0 || text.slice(from, to).includes('\n')) return undefined;
  const line = text.slice(from, to);
  const own = separatorsOf(line);
  for (const card of [...CARD_SEPARATORS, ...own]) {
    const pieces = piecesOf(line, card);
    if (pieces.length < 2) continue;
    for (const field of [...FIELD_SEPARATORS, ...own]) {
      if (field.includes(card) || card.includes(field)) continue;
      if (pieces.length < (field === '\t' ? 2 : 3)) continue;
      const cards = cardsOf(line, pieces, field, isCard);
      if (cards) return { cards: cards.map((read) => ({ front: shifted(read.front, from), back: shifted(read.back, from) })), field, card };
    }
  }
  return undefined;
}

/** The line's pieces between `separator`s, as [start, end), an empty one at either end left out (`a\tb;c\td;`). */
function piecesOf(line: string, separator: string): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let start = 0;
  for (let at = line.indexOf(separator); ; at = line.indexOf(separator, start)) {
    const end = at < 0 ? line.length : at;
    pieces.push([start, end]);
    if (at < 0) break;
    start = at + separator.length;
  }
  return pieces.filter(([start, end], k) => (k > 0 && k < pieces.length - 1) || line.slice(start, end).trim() !== '');
}

/** Each piece as a card that `field` parts, or undefined where one holds it other than once, or is no card. */
function cardsOf(line: string, pieces: ReadonlyArray<[number, number]>, field: string, isCard: (line: string, front: string, back: string) => boolean): OneLineCard[] | undefined {
  const cards: OneLineCard[] = [];
  for (const [start, end] of pieces) {
    const piece = line.slice(start, end);
    const at = piece.indexOf(field);
    if (at < 0 || piece.indexOf(field, at + 1) >= 0) return undefined;
    const front = trimmed(line, start, start + at);
    const back = trimmed(line, start + at + field.length, end);
    const [frontText, backText] = [line.slice(...front), line.slice(...back)];
    if (!WORDED.test(frontText) || !WORDED.test(backText) || !isCard(piece.trim(), frontText, backText)) return undefined;
    cards.push({ front, back });
  }
  return cards;
}

/** [start, end) without the spaces at either end. */
function trimmed(line: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(line[start]!)) start++;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  return [start, end];
}

function shifted([start, end]: [number, number], by: number): [number, number] {
  return [start + by, end + by];
}
