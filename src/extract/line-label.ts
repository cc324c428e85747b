/**
 * The label a line starts with: `a)`, `B.`, `(c)`, `[D]`, `(1)`, `3.`, `12)`, `①`, `가.`, `㉠`, `ア　`. One reading, for the
 * options of a quiz (choices.ts) and for the numbering of lines copied from a list (block-roles.ts),
 * with a label's place in its sequence (`c` is third of the lower-case letters, `③` of the
 * circled numbers), so both tell which label follows which alike.
 *
 * The readings differ where what they read does (`LabelReading`):
 * - an option's label is a letter `a` to `j` or a number up to 10 (a quiz has no more options),
 *   and a number only in brackets or circled: a bare `1.` starts a Markdown list or a numbered
 *   question, never an option line. No space need follow it, as copying may lose it (`a)ReLU`),
 *   and spaces may lead it (indented under the question). Korean exams letter their options in
 *   Hangul (`가.` to `차.`, `ㄱ.` to `ㅊ.`, circled `㉠`, `㉮`), Japanese ones in katakana, a space
 *   alone after it (`ア　…` to `コ　…`, as IPA's past papers do; older papers letter them in iroha order,
 *   `イ　…`, `ロ　…`, `ハ　…`, `ニ　…`);
 * - a list line's label is any letter or a number up to 999, bare (`3. Tanh`) too, and a space
 *   follows it, so that a word with a point in it (`e.g.`, `i.e.`) labels nothing.
 */
import { CIRCLED_HANGUL, CIRCLED_JAMO, CIRCLED_NUMBERS, IROHA, KATAKANA } from '../schema/choice-mark.js';

/** Which sequence a label belongs to. */
export type LabelKind = 'lower' | 'upper' | 'number' | 'circled' | 'hangul' | 'jamo' | 'circled-hangul' | 'circled-jamo' | 'katakana' | 'iroha';

export interface LineLabel {
  /** As written, without its brackets or point: `a`, `B`, `12`, `③`. */
  label: string;
  /** The label's length with what surrounds it (brackets, point, the spaces around it): what follows is the line's content. */
  length: number;
}

export interface LabelReading {
  /** The letters a label may be, as a character class. */
  letters: string;
  /** The numbers a bracketed label may be. */
  numbers: string;
  /** Whether a number with a point or a bracket after it (`3.`, `12)`) is a label. */
  bareNumbers: boolean;
  /** Whether spaces may stand before the label. */
  indented: boolean;
  /** Whether a space must follow the label (it is then not part of `length`). */
  spaceAfter: boolean;
  /** Letters that label with a space alone after them, no point or bracket (`ア　…`), as a character class. */
  spacedLetters?: string;
}

/**
 * Each sequence of letters in its order: a label's place in it is its place among the options. Those shown as marks
 * of their own (circled, katakana) are the schema's (choice-mark.ts).
 */
const HANGUL = '가나다라마바사아자차';
const JAMO = 'ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊ';
/** Every kana that letters an option, each once. */
const KANA = [...new Set(KATAKANA + IROHA)].join('');
/** The circled numbers, and the circled Hangul letters Korean exams label with, as a character class. */
export const CIRCLED_LABEL = `[${CIRCLED_NUMBERS}${CIRCLED_HANGUL}${CIRCLED_JAMO}]`;

/** A quiz's options: `a)` to `j)`, `[A]` to `[J]`, `(1)` to `(10)`, `①` to `⑩`, `가.` to `차.`, `ㄱ.`, `㉠`, `ア　`, `イ　`/`ロ　`. */
export const OPTION_LABEL: LabelReading = {
  letters: `[A-Ja-j${HANGUL}${JAMO}${KANA}]`,
  numbers: '10|[1-9]',
  bareNumbers: false,
  indented: true,
  spaceAfter: false,
  spacedLetters: `[${KANA}]`,
};
/** The numbering of a list copied as lines: `3. Tanh`, `C) Momentum`, `(12) …`. */
export const LIST_LINE_LABEL: LabelReading = { letters: '[A-Za-z]', numbers: String.raw`\d{1,3}`, bareNumbers: true, indented: false, spaceAfter: true };

/** The sequences other than Latin letters and numbers, each by its kind. */
const SEQUENCES: ReadonlyArray<[LabelKind, string]> = [
  ['circled', CIRCLED_NUMBERS],
  ['hangul', HANGUL],
  ['jamo', JAMO],
  ['circled-hangul', CIRCLED_HANGUL],
  ['circled-jamo', CIRCLED_JAMO],
  ['katakana', KATAKANA],
  ['iroha', IROHA],
];

const patterns = new Map<LabelReading, RegExp>();

function patternOf(reading: LabelReading): RegExp {
  let pattern = patterns.get(reading);
  if (!pattern) {
    const bare = reading.bareNumbers ? `${reading.numbers}|${reading.letters}` : reading.letters;
    const spaced = reading.spacedLetters ? String.raw`|(${reading.spacedLetters})(?=[ \t\u00a0\u3000])` : '';
    const label = String.raw`(?:\((${reading.numbers}|${reading.letters})\)|\[(${reading.letters})\]|(${bare})[.)]|(${CIRCLED_LABEL})${spaced})`;
    const after = reading.spaceAfter ? String.raw`(?=\s)` : String.raw`[ \t\u00a0]*`;
    pattern = new RegExp(`^${reading.indented ? String.raw`\s*` : ''}${label}${after}`);
    patterns.set(reading, pattern);
  }
  return pattern;
}

/** The label `text` starts with, read as `reading` says; undefined when it starts with none. */
export function lineLabel(text: string, reading: LabelReading): LineLabel | undefined {
  const found = patternOf(reading).exec(text);
  return found ? { label: (found[1] ?? found[2] ?? found[3] ?? found[4] ?? found[5])!, length: found[0].length } : undefined;
}

/**
 * `a`/`A` → 0, `③` → 2, `4` → 3, `다` → 2: a label's place in its sequence, and which sequence; undefined for no label (a task list's box).
 * A label of two sequences (`イ`, katakana's second and iroha's first) is read in the first that has it; `placeIn` reads it in a run's.
 */
export function labelPlace(label: string): { kind: LabelKind; ordinal: number } | undefined {
  for (const [kind, sequence] of SEQUENCES) {
    if (label.length === 1 && sequence.includes(label)) return { kind, ordinal: sequence.indexOf(label) };
  }
  if (/^\d+$/.test(label)) return { kind: 'number', ordinal: Number(label) - 1 };
  if (/^[A-Za-z]$/.test(label)) return { kind: label === label.toLowerCase() ? 'lower' : 'upper', ordinal: label.toLowerCase().charCodeAt(0) - 97 };
  return undefined;
}

/** `label`'s place in the sequence `kind` (`イ` is 1 in katakana, 0 in iroha), or undefined when it is none of that sequence's. */
export function placeIn(label: string, kind: LabelKind): number | undefined {
  const sequence = SEQUENCES.find(([named]) => named === kind)?.[1];
  if (sequence) return label.length === 1 && sequence.includes(label) ? sequence.indexOf(label) : undefined;
  const place = labelPlace(label);
  return place?.kind === kind ? place.ordinal : undefined;
}

/** The sequence a run of labels is in: the one its first label opens (`イ` then `ロ` is iroha, `ア` then `イ` katakana), else the first's own. */
export function runKind(first: string): LabelKind | undefined {
  const opening = SEQUENCES.find(([, sequence]) => sequence[0] === first);
  return opening ? opening[0] : labelPlace(first)?.kind;
}
