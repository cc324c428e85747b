/**
 * en, ko or mixed, by words rather than letters: a Korean sentence that names
 * an English term ("경사 하강법(Gradient Descent)이란?") is Korean. Glosses in
 * parentheses, code and math do not count.
 */
import type { Language } from '../schema/question-bank.js';

const HANGUL_WORD = /[\uac00-\ud7a3\u3131-\u318e]/;
const LATIN_WORD = /[A-Za-z]{2,}/;

/** The text without math, code and glosses in parentheses, which do not count. */
function withoutAsides(text: string): string {
  return text.replace(/\\\(.*?\\\)|\\\[[\s\S]*?\\\]|\$[^$]*\$|`[^`]*`/g, ' ').replace(/\([^)]*\)/g, ' ');
}

function wordShares(text: string): { ko: number; en: number } {
  const words = withoutAsides(text)
    .split(/[\s/|,.;:!?]+/)
    .filter(Boolean);
  let ko = 0;
  let en = 0;
  for (const word of words) {
    if (HANGUL_WORD.test(word)) ko++;
    else if (LATIN_WORD.test(word)) en++;
  }
  return { ko, en };
}

export function languageOf(text: string): Language | undefined {
  // No Hangul, no Korean word: English when a word is, and a run of two Latin letters lies inside one
  // word (separators are not letters), so the text need not be split. Most answers take this way.
  if (!HANGUL_WORD.test(text)) return LATIN_WORD.test(withoutAsides(text)) ? 'en' : undefined;
  const { ko, en } = wordShares(text);
  if (ko + en === 0) return undefined;
  if (ko === 0) return 'en';
  if (en === 0 || ko / (ko + en) >= 0.6) return 'ko';
  return ko / (ko + en) <= 0.1 ? 'en' : 'mixed';
}

/** The question decides; an answer in the other language makes the item mixed. */
export function questionLanguage(question: string, answer: string | undefined): Language {
  const asked = languageOf(question) ?? 'en';
  const answered = answer ? languageOf(answer) : undefined;
  if (!answered || answered === asked) return asked;
  return 'mixed';
}
