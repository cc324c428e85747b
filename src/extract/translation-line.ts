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
import { askedTranslation } from '../normalise/bilingual.js';
import { withinBrackets } from '../normalise/brackets.js';
import { hasWords } from '../wording/interrogative.js';
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
  const language = askedTranslation(prompt, text);
  if (!language) return { rest: blocks };
  const below = withoutFirstLine(first);
  const rest = below ? [below, ...after] : after;
  // The question's own language is the other one: askedTranslation found the two differ, each English or Korean.
  if (inner === undefined && !answersIn(rest, language === 'en' ? 'ko' : 'en')) return { rest: blocks };
  return { translation: { language, text, written, ...(first.position ? { place: first.position.start } : {}) }, rest };
}

/** Whether what follows a bare translation is in the question's own language, or says nothing. */
function answersIn(rest: readonly RootContent[], language: ReturnType<typeof languageOf>): boolean {
  const prose = rest.filter((block) => block.type !== 'code' && block.type !== 'html' && block.type !== 'math').map((block) => toString(block)).join('\n');
  return !hasWords(prose) || languageOf(prose) === language;
}
