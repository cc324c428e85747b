/**
 * A bilingual note writes a question's translation on the line under it, often in parentheses:
 * `**How do you handle missing values?**` over `(결측치는 어떻게 처리하나요?)`. That line is the question in
 * its other language (its translation, as `What is dropout? / 드롭아웃이란?` gives on one line,
 * normalise/bilingual.ts), not the first line of its answer: a question with nothing under it but its
 * translation has no answer yet.
 *
 * The line is a translation when it is the first line under the question (its own paragraph, or the
 * question's paragraph's next line), only asks (one sentence that asks, nothing else on it) and asks
 * in the other of English and Korean. In parentheses or brackets it is one whatever follows. Bare, it
 * may as well be a rhetorical question opening an answer in that language (`Why does batch norm help?`
 * over `왜 그럴까?` and the answer in Korean): it is a translation only when what follows it is in the
 * question's language, or nothing is, as a bilingual note answers in one language and asks in two.
 */
import type { RootContent } from 'mdast';
import type { Point } from 'unist';
import { toString } from 'mdast-util-to-string';
import { languageOf } from '../normalise/language.js';
import { translationLanguage } from '../normalise/bilingual.js';
import { hasWords, isInterrogative } from '../wording/interrogative.js';
import { cleanPrompt, inlineText } from '../wording/prompt-text.js';
import { linesOf, withoutFirstLine } from './paragraph-lines.js';

export interface TranslationLine {
  language: 'en' | 'ko';
  /** The translation, without the brackets around it. */
  text: string;
  /** The line as written (its brackets too), for the report. */
  written: string;
  place?: Point;
}

/** The brackets a translation is set in, each opening with its closing one. */
const BRACKETS: Record<string, string> = { '(': ')', '（': '）', '[': ']', '［': '］' };

/**
 * `blocks` (an answer's, as they stand under its question) without the translation of `prompt` on their
 * first line, and that translation; `blocks` as they are when their first line is none.
 */
export function withoutTranslationLine(blocks: RootContent[], prompt: string): { translation?: TranslationLine; rest: RootContent[] } {
  const [first, ...after] = blocks;
  if (first?.type !== 'paragraph') return { rest: blocks };
  const [line] = linesOf(first);
  if (!line) return { rest: blocks };
  const written = cleanPrompt(inlineText(line.children));
  const inner = withinBrackets(written);
  const text = (inner ?? written).trim();
  const language = asksAlone(text) ? translationLanguage(prompt, text) : undefined;
  if (!language) return { rest: blocks };
  const below = withoutFirstLine(first);
  const rest = below ? [below, ...after] : after;
  if (inner === undefined && !answersIn(rest, languageOf(prompt))) return { rest: blocks };
  return { translation: { language, text, written, ...(first.position ? { place: first.position.start } : {}) }, rest };
}

/** What `line` holds inside the brackets that open and close it (`(결측치는?)`); undefined when they do not wrap it whole. */
function withinBrackets(line: string): string | undefined {
  const close = BRACKETS[line[0] ?? ''];
  if (close === undefined || !line.endsWith(close)) return undefined;
  // `(a) … (b)`: the first bracket closes before the line ends, and wraps only its start.
  let depth = 0;
  for (let at = 0; at < line.length; at++) {
    if (line[at] === line[0]) depth++;
    else if (line[at] === close && --depth === 0 && at < line.length - 1) return undefined;
  }
  return line.slice(1, -1);
}

/** One sentence that asks (`가장 좋아하는 ML 알고리즘과 이유는?`, `비전공자에게 정규화를 설명해 보세요.`), and nothing else. */
function asksAlone(text: string): boolean {
  // `왜 그럴까? 그 이유는 …`: a question that opens what goes on after it on its line.
  return !/[.!?？。](?=\s+\S)/.test(text) && isInterrogative(text);
}

/** Whether what follows a bare translation is in the question's own language, or says nothing. */
function answersIn(rest: readonly RootContent[], language: ReturnType<typeof languageOf>): boolean {
  const prose = rest.filter((block) => block.type !== 'code' && block.type !== 'html' && block.type !== 'math').map((block) => toString(block)).join('\n');
  return !hasWords(prose) || languageOf(prose) === language;
}
