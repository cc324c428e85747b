/**
 * How a multiple-choice option's `label` (the schema's `Choice.label`, written without brackets or
 * point) is shown, the one way for every place that shows it: the answer that names an option
 * (`B) the layer inputs`), the card's front and the sheet.
 */

/**
 * The sequences of option labels that are marks of their own, each in its order: circled numbers, the circled Hangul
 * letters Korean exams label with, and the katakana of Japanese exams (`ア　…` to `コ　…`, as IPA's past papers do;
 * older papers letter them in iroha order, `イ　…`, `ロ　…`). A note's line is read with them (extract/line-label.ts).
 */
export const CIRCLED_NUMBERS = '①②③④⑤⑥⑦⑧⑨⑩';
export const CIRCLED_HANGUL = '㉮㉯㉰㉱㉲㉳㉴㉵㉶㉷';
export const CIRCLED_JAMO = '㉠㉡㉢㉣㉤㉥㉦㉧㉨㉩';
export const KATAKANA = 'アイウエオカキクケコ';
/** The iroha order: `イ` is its first and katakana's second, so a run's first label tells them apart. */
export const IROHA = 'イロハニホヘトチリヌ';

/** The labels shown as they are, with no bracket after them. */
const OWN_MARKS = new Set([...CIRCLED_NUMBERS, ...CIRCLED_HANGUL, ...CIRCLED_JAMO, ...KATAKANA, ...IROHA]);

/** `a)`, `B)`, `1)`, `가)`; a circled number or letter (`③`, `㉠`) and a katakana (`ア`, `ロ`, as Japanese exams show it) as itself; a task-list box's option (no label) with a bullet. */
export function choiceMark(label: string): string {
  if (label === '') return '•';
  return OWN_MARKS.has(label) ? label : `${label})`;
}
