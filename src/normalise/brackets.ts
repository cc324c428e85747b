/**
 * The brackets a bilingual note sets a question's other wording in: on the line under the question
 * (`(결측치는 어떻게 처리하나요?)`, extract/translation-line.ts).
 */

/** Each opening bracket with its closing one. */
const CLOSING: Readonly<Record<string, string>> = { '(': ')', '（': '）', '[': ']', '［': '］', '【': '】' };

/** What `line` holds inside the brackets that open and close it (`(결측치는?)`); undefined when they do not wrap it whole. */
export function withinBrackets(line: string): string | undefined {
  const close = CLOSING[line[0] ?? ''];
  if (close === undefined || !line.endsWith(close)) return undefined;
  // `(a) … (b)`: the first bracket closes before the line ends, and wraps only its start.
  let depth = 0;
  for (let at = 0; at < line.length; at++) {
    if (line[at] === line[0]) depth++;
    else if (line[at] === close && --depth === 0 && at < line.length - 1) return undefined;
  }
  return line.slice(1, -1);
}
