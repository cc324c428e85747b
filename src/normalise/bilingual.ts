/**
 * One question written in two languages on one line ("What is dropout? /
 * 드롭아웃이란 무엇인가?") is one question with two wordings, not two
 * questions. The first wording stays the question; the other becomes its
 * translation.
 */
import type { Translations } from '../schema/question-bank.js';
import { languageOf } from './language.js';

export interface Wordings {
  question: string;
  translations: Translations;
}

const SEPARATOR = /\s+[/|｜]\s+|\s+[-–—]\s+(?=\S)/;

export function splitBilingual(text: string): Wordings {
  for (const parts of [text.split(SEPARATOR), sentencesByScript(text)]) {
    if (parts.length !== 2) continue;
    const [first, second] = parts.map((part) => part.trim()) as [string, string];
    const a = languageOf(first);
    const b = languageOf(second);
    if (a && b && a !== 'mixed' && b !== 'mixed' && a !== b && first && second) {
      return { question: first, translations: { [b]: second } };
    }
  }
  return { question: text, translations: {} };
}

/** "What is dropout? 드롭아웃이란?": split where the script of whole sentences changes. */
function sentencesByScript(text: string): string[] {
  const sentences = text.split(/(?<=[?？])\s+/);
  if (sentences.length < 2) return [text];
  const languages = sentences.map((sentence) => languageOf(sentence));
  const change = languages.findIndex((language, index) => index > 0 && language !== languages[index - 1]);
  if (change <= 0 || languages.slice(change).some((language) => language !== languages[change])) return [text];
  return [sentences.slice(0, change).join(' '), sentences.slice(change).join(' ')];
}
