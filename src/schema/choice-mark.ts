/**
 * How a multiple-choice option's `label` (the schema's `Choice.label`, written without brackets or
 * point) is shown, the one way for every place that shows it: the answer that names an option
 * (`B) the layer inputs`), the card's front and the sheet.
 */

/** `a)`, `B)`, `1)`, `가)`; a circled number or letter (`③`, `㉠`) and a katakana (`ア`, `ロ`, as Japanese exams show it) as itself; a task-list box's option (no label) with a bullet. */
export function choiceMark(label: string): string {
  if (label === '') return '•';
  return /^[①-⑩㉠-㉩㉮-㉷アイウエオカキクケコロハニホヘトチリヌ]$/u.test(label) ? label : `${label})`;
}
