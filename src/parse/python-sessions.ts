/**
 * A Python console session pasted as it was typed, with no fence around it: its prompts (`>>> `), the prompts that
 * go on with a statement (`... `), and what the console printed under them.
 *
 *     >>> def f(x=[]):
 *     ...     x.append(1)
 *     ...     return x
 *     >>> f(); f()
 *     [1, 1]
 *
 * Markdown reads `>>>` as three quotes nested (the code and its output a quote's paragraph), and copied text as a
 * paragraph: a session is code, its prompts kept as written, since the output is part of it (the language
 * `pycon`, Pygments' and highlight.js's name for it). A session runs from a prompt over the prompts and output lines
 * under it up to a blank line, or to a line that reads as prose or opens a question or an answer by its label (the
 * note's text going on). It is one only when a prompt holds code (`import copy`, `a = [1, 2]`, `f(); f()`, `a == b`)
 * or a `... ` line goes on with one, and no prompt reads as prose: the `>>> ` that opens a mail's thrice-quoted line
 * (`>>> On Mon, Mar 4, Kim wrote:`, `>>> Sounds good to me, thanks.`) stays a quote.
 */
import type { Code, Paragraph, Parent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { isCodeContinuation, isStrongCodeLine, readsAsProse } from './code-lines.js';
import { isQaLine } from './runaway-blocks.js';
import { ANSWER_PREFIX } from './answer-line.js';
import { ProseReading } from './prose-lines.js';
import { sourceLines, splitAt } from './prompt-runs.js';
import { endsAsAttribution } from './mail-attribution.js';
import { FENCE, HEADING_HASHES, LIST_MARKER, MATH_FENCE, RULE_RUN } from './block-marks.js';
import { QUOTE_LINE } from './quote-markers.js';
import { HAN_KANA_SCRIPTS } from '../wording/scripts.js';

/** A prompt, the code after it (group 2), and the indentation before it (group 1). */
const PROMPT = /^([ \t]*)>>>(?:[ \t](.*))?$/;
/** A prompt that goes on with the statement above it. */
const GOES_ON = /^([ \t]*)\.\.\.(?:[ \t](.*))?$/;
/** An operator, a call or a subscript (no space before its bracket), a comparison's word, or a number first: an expression's. */
const OPERATOR = /[=+\-*/%<>[\]{}]|\w\(|\b(?:is|in|not|and|or)\b|^\d/;
/** Python's words that join an expression's names (`a is b`, `x in xs`): no sentence's words in a row. */
const KEYWORDS = new Set(['is', 'in', 'not', 'and', 'or', 'if', 'else', 'for', 'lambda', 'None', 'True', 'False']);
/**
 * A note's sessions, each found once however many readers ask of a line: the format check (detect-format.ts), then the
 * reader chosen (plaintext.ts, or the Markdown reader's unquotedSessions), made once per note by parseSource.
 */
export class PythonSessions {
  private readonly ends = new Map<number, number | undefined>();
  private readonly lineAt: (index: number) => string | undefined;

  constructor(readonly lines: readonly string[]) {
    this.lineAt = (index) => lines[index];
  }

  /** The index after the last line of the session whose first prompt is line `start` (0-based), or undefined (pythonSessionEnd). */
  endAt(start: number): number | undefined {
    if (!this.ends.has(start)) this.ends.set(start, pythonSessionEnd(this.lineAt, start));
    return this.ends.get(start);
  }
}

/** A line that names an exception, as a traceback ends (`ValueError: too many values to unpack`): printed, though it reads as a sentence. */
const EXCEPTION_LINE = /^(?:[A-Za-z_][\w.]*(?:Error|Exception|Warning|Interrupt|Exit)|StopIteration)(?::|$)/;

/**
 * A line that opens a block of Markdown's own, a heading, a list item, a fence, a rule (or a heading's underline), an
 * HTML comment: the note's, which no console prints so (and Markdown would not read as the session's line).
 */
const MARKDOWN_BLOCK = new RegExp(String.raw`^(?:${HEADING_HASHES}(?:\s|$)|${LIST_MARKER}[ \t]|${FENCE}|${MATH_FENCE}|<[!?]|${RULE_RUN}$)`);
/** Four words in a row, whatever they are (`The default list is shared.`: readsAsProse counts no `is`). */
const SENTENCE = /(?:^|\s)(?:[\p{L}'’-]+[,;]?\s+){3}[\p{L}'’-]+[.!,;:]?(?:\s|$)/u;
/** A line of Chinese or Japanese, which spaces no words: prose, as readsAsProse reads a spaced line with four words. */
const HAN_OR_KANA_TEXT = new RegExp(String.raw`^[^'"[({<]*[${HAN_KANA_SCRIPTS}]`, 'u');

/**
 * The session of at most 500 lines whose first prompt is line `start` (0-based; `lineAt` gives a line, undefined past
 * the last): the index after its last line, or undefined when none opens there.
 */
function pythonSessionEnd(lineAt: (index: number) => string | undefined, start: number): number | undefined {
  const opened = PROMPT.exec(lineAt(start) ?? '');
  if (!opened) return undefined;
  const indent = opened[1]!.length;
  let code = false;
  let end = start;
  for (let line = lineAt(end); line !== undefined && end < start + 500; line = lineAt(++end)) {
    const prompt = PROMPT.exec(line) ?? GOES_ON.exec(line);
    if (prompt) {
      // A prompt out of the first one's column is another block's (a list item's under the text, or the text's).
      if (prompt[1]!.length !== indent) break;
      const typed = (prompt[2] ?? '').trim();
      if (line.trimStart().startsWith('>>>')) {
        if (readsAsProse(typed) || endsAsAttribution(typed)) return undefined;
        code ||= typed !== '' && (isStrongCodeLine(typed) || isCodeContinuation(typed) || isExpression(typed));
      } else code ||= end > start;
      continue;
    }
    if (end === start || !isOutputLine(line, indent)) break;
  }
  return code ? end : undefined;
}

/** Whether the line under a prompt is what the console printed: not blank, not quoted, not the note's text going on. */
function isOutputLine(line: string, indent: number): boolean {
  const text = line.trim();
  if (text === '' || text.startsWith('>') || line.length - line.trimStart().length < indent || MARKDOWN_BLOCK.test(text)) return false;
  if (EXCEPTION_LINE.test(text)) return true;
  return !readsAsProse(text) && !SENTENCE.test(text) && !HAN_OR_KANA_TEXT.test(text) && !isQaLine(text) && !ANSWER_PREFIX.test(text);
}

/**
 * An expression as typed at a prompt and not in a sentence (`a == b`, `a is b`, `2 ** 10`, `len(xs)`): an operator in
 * it, and no two words in a row (`Thanks (see attached)`, `Yes.` are a mail's).
 */
function isExpression(typed: string): boolean {
  if (!OPERATOR.test(typed)) return false;
  let run = 0;
  for (const token of typed.split(/\s+/)) {
    run = /^[\p{L}'’-]+[,.]?$/u.test(token) && !KEYWORDS.has(token) ? run + 1 : 0;
    if (run >= 2) return false;
  }
  return true;
}

/** A session among a Markdown note's lines: its first line and the line after its last (0-based). */
export interface PythonSession {
  first: number;
  end: number;
}

/**
 * The note's sessions (`found`, over the note's lines `text` is split into), outside its code and math, and its text
 * with each prompt's first `>` written as `\`, so that Markdown reads no quote there.
 */
export function unquotedSessions(text: string, found: PythonSessions): { text: string; sessions: PythonSession[] } {
  if (!text.includes('>>>')) return { text, sessions: [] };
  const { lines } = found;
  const sessions: PythonSession[] = [];
  const reading = new ProseReading();
  for (let k = 0; k < lines.length; k++) {
    const { kind } = reading.read(lines[k]!);
    const end = kind === 'prose' ? found.endAt(k) : undefined;
    if (end === undefined) continue;
    sessions.push({ first: k, end });
    for (let at = k + 1; at < end; at++) reading.read(lines[at]!);
    k = end - 1;
  }
  if (sessions.length === 0) return { text, sessions };
  const out = [...lines];
  // The escape keeps each line's length, so that offsets stay those of the file; the code is taken from the lines as written.
  for (const { first, end } of sessions) for (let at = first; at < end; at++) out[at] = out[at]!.replace(/^([ \t]*)>/, '$1\\');
  return { text: out.join('\n'), sessions };
}

/**
 * Each session a code block (`pycon`), its lines as written: the paragraph Markdown made of it (with the text right
 * over or under it, no blank line between) cut around it. `text` is the note as parsed, `lines` the note's lines as written.
 */
export function readPythonSessions(tree: Root, text: string, lines: readonly string[], sessions: readonly PythonSession[]): void {
  if (sessions.length === 0) return;
  const source = sourceLines(text, lines);
  const pending = [...sessions];
  visit(tree, 'paragraph', (paragraph: Paragraph, index, parent: Parent | undefined) => {
    const { start, end } = paragraph.position ?? {};
    if (!start || !end || !parent || index === undefined) return;
    // Lines are 1-based here, the sessions' 0-based.
    const at = pending.findIndex((session) => session.first + 1 >= start.line && session.end <= end.line);
    if (at < 0) return;
    const { first, end: after } = pending.splice(at, 1)[0]!;
    const cuts = [...(first + 1 > start.line ? [first + 1] : []), ...(after < end.line ? [after + 1] : [])];
    const parts = splitAt(paragraph, cuts, source);
    if (parts.length !== cuts.length + 1) return;
    const code = sessionCode(lines, first, after, source);
    const before = first + 1 > start.line ? [parts[0]!] : [];
    const rest = after < end.line ? [parts.at(-1)!] : [];
    (parent.children as RootContent[]).splice(index, 1, ...before, code, ...rest);
    // The part under the session may hold the next session: read from it.
    return index + before.length + 1;
  });
}

/** The session on lines `first` up to `end` (0-based) as a code block, each line without the first prompt's indentation. */
function sessionCode(lines: readonly string[], first: number, end: number, source: ReturnType<typeof sourceLines>): Code {
  const indent = /^[ \t]*/.exec(lines[first]!)![0].length;
  const typed = lines.slice(first, end).map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)).trimEnd());
  return {
    type: 'code',
    lang: 'pycon',
    meta: null,
    value: typed.join('\n'),
    position: { start: source.point(first + 1, indent), end: source.point(end, lines[end - 1]!.trimEnd().length) },
  };
}

/** Whether a line of the note opens a Markdown quote other than a session's prompt (detect-format.ts: `>>> import copy` says nothing of Markdown). */
export function quotesBesidesSessions(found: PythonSessions): boolean {
  const { lines } = found;
  for (let k = 0; k < lines.length; k++) {
    if (!QUOTE_LINE.test(lines[k]!)) continue;
    const end = found.endAt(k);
    if (end === undefined) return true;
    k = end - 1;
  }
  return false;
}
