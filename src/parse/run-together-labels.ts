/**
 * Q&A pairs whose line breaks a copy lost run together on one line: `Q1: What is a primary key? A1: A column that …
 * Q2: What is a foreign key? A2: …`. Each label is read as beginning a line of its own, where it stood before the
 * copy. Only where the labels are unambiguous: the line opens with a question's label, and every label on it
 * follows in sequence, a question's then its answer's, numbered `Q1` `A1` `Q2` `A2` … (`.` and `)` may end a
 * numbered label; one numbered pair is enough), or unnumbered with a colon (`Q:` `A:` `Q:` …), two questions at least. A label out of sequence
 * (`A3:` under `Q2:`, `A:` twice) leaves the line as it is: it may be the answer's own text (`grade A: …`).
 */
import { convertedText, type ConvertedText, type TextLine } from './converted-text.js';

/**
 * A question's or an answer's label inside a line: after a space or the line's head (a Chinese or Japanese note's
 * full stop or question mark too, as they write no space), a space or a full-width colon after it.
 */
const LABEL = /(?<=^|\s|[。？！])(?:(Q|Question|QUESTION|질문|问题|問題|问|問)|(A|Answer|ANSWER|답변|답|答案|答))[ \t]?(\d{1,3})?[ \t]?(?:([:.)])(?=[ \t])|(：))/gu;

interface Label {
  at: number;
  /** The label as written (`Q1:`, `Answer 2.`). */
  text: string;
  asks: boolean;
  number: number | undefined;
  colon: boolean;
}

/** The note's lines with each run of labelled pairs split at its labels, or undefined when no line holds one. */
export function splitRunTogetherLabels(lines: readonly string[]): { text: ConvertedText; split: Array<{ line: number; labels: string[] }> } | undefined {
  const split: Array<{ line: number; labels: string[] }> = [];
  const out: TextLine[] = [];
  lines.forEach((line, k) => {
    const labels = labelsInSequence(line);
    if (!labels) {
      out.push({ text: line, fileLine: k + 1 });
      return;
    }
    split.push({ line: k + 1, labels: labels.map((label) => label.text) });
    labels.forEach((label, n) => out.push({ text: line.slice(label.at, labels[n + 1]?.at ?? line.length).trimEnd(), fileLine: k + 1 }));
  });
  return split.length > 0 ? { text: convertedText(out), split } : undefined;
}

/** The line's labels, when it opens with a question's and they all follow in sequence: a numbered pair at least (`Q1` `A1`), or two questions (`Q:` `A:` `Q:`). */
function labelsInSequence(line: string): Label[] | undefined {
  // A blank line, or one too short to hold a labelled pair, is none.
  if (!/^\s*\S/.test(line) || line.length < 12) return undefined;
  const found: Label[] = [];
  for (const match of line.matchAll(LABEL)) {
    found.push({ at: match.index, text: match[0].replace(/\s+/g, ' '), asks: match[1] !== undefined, number: match[3] === undefined ? undefined : Number(match[3]), colon: match[4] !== '.' && match[4] !== ')' });
  }
  const numbered = found[0]?.number !== undefined;
  // Among numbered labels, an unnumbered `A.` or `A)` is the text's (`A. Turing`, an option's letter), no label.
  const labels = numbered ? found.filter((label) => label.number !== undefined || label.colon) : found;
  // A numbered pair alone is clear (`Q1: … A1: …`); an unnumbered one is read on its line already (`Q: … A: …`).
  if (labels.length < (numbered ? 2 : 3) || labels[0]!.at !== line.search(/\S/)) return undefined;
  const inSequence = labels.every((label, k) => {
    if (label.asks !== (k % 2 === 0) || (label.number !== undefined) !== numbered) return false;
    if (!numbered) return label.colon;
    const first = labels[0]!.number!;
    return label.number === first + Math.floor(k / 2);
  });
  // Each label says something after it: `Q1: A1:` is no pair.
  const worded = labels.every((label, k) => /[\p{L}\p{N}]/u.test(line.slice(label.at, labels[k + 1]?.at ?? line.length).replace(LABEL, '')));
  return inSequence && worded ? labels : undefined;
}
