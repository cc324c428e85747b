/**
 * One question written in two languages on one line ("What is dropout? /
 * 드롭아웃이란 무엇인가?") is one question with two wordings, not two
 * questions. The first wording stays the question; the other becomes its
 * translation.
 *
 * A delimiter (` / `, ` | `, ` - `) between the two says so. Sentences that
 * only change script may instead be two questions in one line
 * ("Overfitting 이 뭔가요? How do you prevent it?"): they are read as one
 * question twice only when the English sentence names the terms the Korean
 * one names in Latin letters (named-terms.ts).
 */
import type { Language, Translations } from '../schema/question-bank.js';
import { languageOf } from './language.js';
import { namesTermsOf } from './named-terms.js';

export interface Wordings {
  question: string;
  translations: Translations;
}

const SEPARATOR = /\s+[/|｜]\s+|\s+[-–—]\s+(?=\S)/;

export function splitBilingual(text: string): Wordings {
  const delimited = languagePair(text.split(SEPARATOR));
  if (delimited) return delimited.wordings;
  const sentences = languagePair(sentencesByScript(text));
  if (sentences && namesTermsOf(sentences.english, sentences.korean)) return sentences.wordings;
  return { question: text, translations: {} };
}

/** Two parts in one language each, a different one: the first the question, the second its translation. */
function languagePair(parts: readonly string[]): { wordings: Wordings; english: string; korean: string } | undefined {
  if (parts.length !== 2) return undefined;
  const [first, second] = parts.map((part) => part.trim()) as [string, string];
  const a = languageOf(first);
  const b = languageOf(second);
  if (!first || !second || !isOneLanguage(a) || !isOneLanguage(b) || a === b) return undefined;
  return {
    wordings: { question: first, translations: { [b]: second } },
    english: a === 'en' ? first : second,
    korean: a === 'ko' ? first : second,
  };
}

function isOneLanguage(language: Language | undefined): language is 'en' | 'ko' {
  return language === 'en' || language === 'ko';
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
