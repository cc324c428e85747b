/**
 * One question written in two languages on one line ("What is dropout? /
 * 드롭아웃이란 무엇인가?") is one question with two wordings, not two
 * questions. The first wording stays the question; the other becomes its
 * translation, unless it asks about the first ("과적합이란? What causes it?"). So is a question with its
 * translation in brackets closing its line ("What is dropout? (드롭아웃이란?)").
 */
import type { Translations } from '../schema/question-bank.js';
import { isInterrogative, sentencesOf } from '../wording/interrogative.js';
import { closingBracket, withinBrackets } from './brackets.js';
import { languageOf } from './language.js';
import type { Language } from '../schema/question-bank.js';
import { QUESTION_MARK } from '../wording/marks.js';

export interface Wordings {
  question: string;
  translations: Translations;
}

/**
 * Words that point back to something said before. "Overfitting 이 뭔가요? How do you prevent it?"
 * asks a second question about the first one's subject: a translation says what the other wording
 * says, so it points back only where that one does too ("Dropout이 뭐고 그것이 왜 필요한가요? / What is
 * dropout and why is it needed?"). Not "that", which as often joins a clause ("a model that overfits").
 */
const POINTS_BACK = {
  en: /\b(?:it|its|itself|they|them|their|this|these|those)\b/i,
  // At a word's start: 차이를 ("the difference", as object) holds 이를.
  ko: /(?<![\uac00-\ud7a3])(?:그것|이것|그거|이거|그걸|이걸|이를|그를|그렇다면|그러면|그럼)/,
} as const;

function refersBack(text: string, language: 'en' | 'ko'): boolean {
  return POINTS_BACK[language].test(text);
}

const QUESTION_MARK_END = new RegExp(String.raw`${QUESTION_MARK}\s*$`);

/**
 * `*args / **kwargs 는 각각 무엇인가요?`: the question mark closes the whole line, and the part before the
 * slash is what it asks about, not a wording of its own (a translation asks as much as the question does).
 */
function asksForBoth(first: string, second: string): boolean {
  return QUESTION_MARK_END.test(second) && !QUESTION_MARK_END.test(first);
}

const SEPARATOR = /\s+[/|｜]\s+|\s+[-–—]\s+(?=\S)/;

function isTranslatable(language: Language | undefined): language is 'en' | 'ko' {
  return language === 'en' || language === 'ko';
}

export function splitBilingual(text: string): Wordings {
  const bracketed = bracketedTranslation(text);
  if (bracketed) return bracketed;
  for (const parts of [text.split(SEPARATOR), sentencesByScript(text)]) {
    if (parts.length !== 2) continue;
    const [first, second] = parts.map((part) => part.trim()) as [string, string];
    const language = translationLanguage(first, second);
    if (language && !asksForBoth(first, second)) return { question: first, translations: { [language]: second } };
  }
  return { question: text, translations: {} };
}

/**
 * The language `second` translates `first` into, or undefined when it is no translation of it: a wording in
 * the other of English and Korean that points back only where `first` does. Read so on one line
 * (`splitBilingual`), and by `askedTranslation` for a bracketed one or one on the line under a question.
 */
function translationLanguage(first: string, second: string): 'en' | 'ko' | undefined {
  const a = languageOf(first);
  const b = languageOf(second);
  // Translations are English and Korean ones: a Chinese wording beside an English one stays the question as written.
  if (isTranslatable(a) && isTranslatable(b) && a !== b && first && second && !(refersBack(second, b) && !refersBack(first, a))) return b;
  return undefined;
}

/**
 * `What is dropout? (드롭아웃이란?)`, `드롭아웃이란? 【What is dropout?】`: a question, and in the bracket closing its line
 * its translation, which only asks, as a translation on the line under a question does (`askedTranslation`).
 * A bracket naming a term in the other language (`What is a ROC curve (수신자 조작 특성)?`, `Softmax (소프트맥스)
 * 함수란?`: no question before it, or it does not close the line), a note (`(2023 기출)`) and a follow-up in the
 * question's own language (`(Why is it useful?)`) are no translation: they stay in the question.
 */
function bracketedTranslation(text: string): Wordings | undefined {
  const split = closingBracket(text);
  if (!split || !isInterrogative(split.before)) return undefined;
  const language = askedTranslation(split.before, split.inside);
  return language ? { question: split.before, translations: { [language]: split.inside } } : undefined;
}

/**
 * The language `wording` translates `question` into when it is a translation that only asks (one sentence that
 * asks, `가장 좋아하는 ML 알고리즘과 이유는?`, `비전공자에게 정규화를 설명해 보세요.`, and nothing else), as a
 * bracketed or separate line's translation is: undefined when it is none.
 */
export function askedTranslation(question: string, wording: string): 'en' | 'ko' | undefined {
  return asksAlone(wording) ? translationLanguage(question, wording) : undefined;
}

function asksAlone(text: string): boolean {
  // `왜 그럴까? 그 이유는 …`: a question that opens what goes on after it on its line.
  return sentencesOf(text).length === 1 && isInterrogative(text);
}

/** The spaces after a question mark, where a sentence that asks ends. */
const AFTER_QUESTION_MARK = new RegExp(String.raw`(?<=${QUESTION_MARK})\s+`);

/** "What is dropout? 드롭아웃이란?": split where the script of whole sentences changes. */
function sentencesByScript(text: string): string[] {
  const sentences = text.split(AFTER_QUESTION_MARK);
  if (sentences.length < 2) return [text];
  const languages = sentences.map((sentence) => languageOf(sentence));
  const change = languages.findIndex((language, index) => index > 0 && language !== languages[index - 1]);
  if (change <= 0 || languages.slice(change).some((language) => language !== languages[change])) return [text];
  // `What is dropout? 【중요】`: a sentence in brackets is a translation only as `bracketedTranslation` reads one.
  if (sentences.slice(change).some((sentence) => withinBrackets(sentence) !== undefined)) return [text];
  return [sentences.slice(0, change).join(' '), sentences.slice(change).join(' ')];
}
