/**
 * The brackets a bilingual note sets a question's other wording in: on the line under the question
 * (`(결측치는 어떻게 처리하나요?)`, extract/translation-line.ts) or closing the question's own line
 * (`What is dropout? (드롭아웃이란?)`, normalise/bilingual.ts).
 */

/** Each opening bracket with its closing one. */
const CLOSING: Readonly<Record<string, string>> = { '(': ')', '（': '）', '[': ']', '［': '］', '【': '】' };
const OPENING: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(CLOSING).map(([open, close]) => [close, open]));

/** What `line` holds inside the brackets that open and close it (`(결측치는?)`); undefined when they do not wrap it whole. */
export function withinBrackets(line: string): string | undefined {
  const close = CLOSING[line[0] ?? ''];
  if (close === undefined || !line.endsWith(close)) return undefined;
  // `(a) … (b)`, `(BN) … (2점)`: the first bracket closes before the line ends, and wraps only its start.
  let depth = 0;
  for (let at = 0; at < line.length; at++) {
    if (line[at] === line[0]) depth++;
    else if (line[at] === close && --depth === 0 && at < line.length - 1) return undefined;
  }
  return line.slice(1, -1);
}

/**
 * `What is dropout? (드롭아웃이란?)`: what comes before the bracket that closes `text`, and what that bracket
 * holds; undefined when `text` does not end in a bracket, or nothing comes before it (a line it wraps whole).
 */
export function closingBracket(text: string): { before: string; inside: string } | undefined {
  const line = text.trimEnd();
  const close = line[line.length - 1] ?? '';
  const open = OPENING[close];
  if (open === undefined) return undefined;
  // Back from the end to the bracket that opens the last one, over any pair inside it (`(ReLU(x)란?)`).
  let depth = 0;
  for (let at = line.length - 1; at >= 0; at--) {
    if (line[at] === close) depth++;
    else if (line[at] === open && --depth === 0) {
      const before = line.slice(0, at).trim();
      return before ? { before, inside: line.slice(at + 1, -1).trim() } : undefined;
    }
  }
  return undefined;
}
