/**
 * Code copied out of a rendered page brings the page's code widget along:
 * the copy button's label ("Copy", "Copy code"), a language label above it
 * (ChatGPT writes `python` then `Copy code`), and a gutter of line numbers
 * glued to each line (`1 model.eval()`). This reads such a run as one piece
 * of code and says what of the widget it left out; plaintext.ts makes the
 * code block and reports.
 */
import { isCodeContinuation, isStrongCodeLine, readsAsProse } from './code-lines.js';

export interface CopiedCode {
  /** Index of the first line after the run. */
  next: number;
  /** Index of the first and the last line of code (labels excluded). */
  first: number;
  last: number;
  /** The code, gutter numbers removed, indentation kept. */
  lines: string[];
  /** The language the widget's label named. */
  lang?: string;
  /** Widget labels left out: line index and text. */
  labels: Array<{ index: number; text: string }>;
  /** Gutter numbers left out: the first and the last. */
  lineNumbers?: { from: number; to: number };
}

const COPY_BUTTON = /^(?:copy(?: code| to clipboard)?|copied!?|copyedit|copy edit|코드 복사|복사)$/i;
/** Language labels of code widgets, lower-cased, with the name a fence uses. */
const LANGUAGES = new Map<string, string>([
  ...['python', 'py', 'javascript', 'js', 'typescript', 'ts', 'java', 'c', 'cpp', 'go', 'rust', 'ruby', 'scala', 'kotlin', 'swift', 'r', 'julia', 'sql', 'bash', 'sh', 'shell', 'zsh', 'console', 'powershell', 'json', 'yaml', 'toml', 'xml', 'html', 'css', 'latex', 'tex', 'markdown', 'text', 'plaintext', 'csharp', 'php', 'lua', 'matlab'].map((name) => [name, name] as const),
  ['c++', 'cpp'],
  ['c#', 'csharp'],
]);
/** A gutter number, right-aligned or not, and the one space (or tab) that parts it from the code. */
const GUTTER = /^[ \t]*(\d{1,4})(?:[ \t]|$)/;

interface TextLine {
  text: string;
}

/** The code run at `start`, when a code widget's labels or line numbers stand there. */
export function readCopiedCode(lines: readonly TextLine[], start: number): CopiedCode | undefined {
  const labels: CopiedCode['labels'] = [];
  let lang: string | undefined;
  let at = start;
  const language = LANGUAGES.get(lines[at]?.text.trim().toLowerCase() ?? '');
  // A label may stand one blank line above what it labels.
  const afterBlanks = (from: number) => (lines[from]?.text.trim() === '' ? from + 1 : from);
  // A language label counts only right above a copy button: alone, "Python" may be a section title.
  if (language !== undefined && COPY_BUTTON.test(lines[afterBlanks(at + 1)]?.text.trim() ?? '')) {
    lang = language;
    labels.push({ index: at, text: lines[at]!.text.trim() });
    at = afterBlanks(at + 1);
  }
  if (COPY_BUTTON.test(lines[at]?.text.trim() ?? '')) {
    labels.push({ index: at, text: lines[at]!.text.trim() });
    at = afterBlanks(at + 1);
  }
  const named = lang ? { lang } : {};
  if (labels.length === 0) {
    // No widget label: a gutter alone marks code when what it numbers reads as code.
    // Its first line is looked at before the run is measured: numbered prose ("1 reason …") is most numbered lines.
    const gutter = GUTTER.exec(lines[at]?.text ?? '');
    if (!gutter || !isStrongCodeLine(lines[at]!.text.slice(gutter[0].length))) return undefined;
    const numbered = gutterRun(lines, at);
    if (!numbered) return undefined;
    return { next: at + numbered.lines.length, first: at, last: at + numbered.lines.length - 1, ...numbered, labels };
  }
  const next = labelledRun(lines, at);
  if (next === at) return undefined;
  const texts = lines.slice(at, next).map((line) => line.text);
  const numbered = withoutGutter(texts);
  return { next, first: at, last: next - 1, lines: numbered?.lines ?? texts, ...named, labels, ...(numbered ? { lineNumbers: numbered.lineNumbers } : {}) };
}

/** The lines from `start` numbered one after another, gutter removed: at least two of them. */
function gutterRun(lines: readonly TextLine[], start: number): { lines: string[]; lineNumbers: { from: number; to: number } } | undefined {
  let end = start;
  const from = Number(GUTTER.exec(lines[start]?.text ?? '')?.[1]);
  while (end < lines.length && Number(GUTTER.exec(lines[end]!.text)?.[1]) === from + (end - start)) end++;
  return withoutGutter(lines.slice(start, end).map((line) => line.text));
}

/**
 * The lines without their gutter, when every one of them starts with a
 * number one more than the line before (two lines at least): numbers that
 * break that run are part of the code ("3 4 5" rows of data), not a gutter.
 */
function withoutGutter(texts: readonly string[]): { lines: string[]; lineNumbers: { from: number; to: number } } | undefined {
  if (texts.length < 2) return undefined;
  const code: string[] = [];
  let from: number | undefined;
  for (const [k, text] of texts.entries()) {
    const match = GUTTER.exec(text);
    if (!match) return undefined;
    from ??= Number(match[1]);
    if (Number(match[1]) !== from + k) return undefined;
    code.push(text.slice(match[0].length));
  }
  return { lines: code, lineNumbers: { from: from!, to: from! + texts.length - 1 } };
}

/**
 * After a copy button everything is code up to a blank line (one blank line
 * is kept when code clearly goes on after it) or to a line that reads as
 * prose or asks: the widget said code, so `past = None` is code too.
 */
function labelledRun(lines: readonly TextLine[], start: number): number {
  let k = start;
  while (k < lines.length) {
    const text = lines[k]!.text;
    if (text.trim() === '') {
      if (k > start && k + 1 < lines.length && isStrongCodeLine(lines[k + 1]!.text)) {
        k++;
        continue;
      }
      break;
    }
    if (!isCodeContinuation(text) && !/^[ \t]/.test(text) && readsAsProse(text)) break;
    k++;
  }
  return k;
}
