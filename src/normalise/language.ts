/**
 * en, ko or mixed, by words rather than letters: a Korean sentence that names
 * an English term ("경사 하강법(Gradient Descent)이란?") is Korean. Glosses in
 * parentheses, code and math do not count.
 */
import type { Language } from '../schema/question-bank.js';

const HANGUL_WORD = /[\uac00-\ud7a3\u3131-\u318e]/;
const LATIN_WORD = /[A-Za-z]{2,}/;

function wordShares(text: string): { ko: number; en: number } {
  const words = text
    .replace(/\\\(.*?\\\)|\\\[[\s\S]*?\\\]|\$[^$]*\$|`[^`]*`/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
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
