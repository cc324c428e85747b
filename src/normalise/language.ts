/**
 * en, ko, zh, ja or mixed. Korean and English by words rather than letters: a Korean sentence that
 * names an English term ("경사 하강법(Gradient Descent)이란?") is Korean, and the Hanja of a Korean
 * text are Korean too. Chinese and Japanese, written without spaces, by characters, each weighing
 * an English word; as their sentences hold English terms as words of their own, not joined to a
 * particle as Korean ones are, 40% of such characters make a text Chinese ("MSE做Loss的
 * LogisticRegression是Convex Problem吗？"); kana make it Japanese. Glosses in parentheses, code and
 * math do not count.
 */
import type { Answer, Flag, Language, Translations } from '../schema/question-bank.js';
import { ANY_KANA, HAN_KANA_BLOCKS } from '../wording/scripts.js';

const HANGUL_WORD = /[\uac00-\ud7a3\u3131-\u318e]/;
const LATIN_WORD = /[A-Za-z]{2,}/;
/** Han and kana, and the compatibility ideographs a text may hold. */
const CJK = new RegExp(String.raw`[${HAN_KANA_BLOCKS}\uf900-\ufaff]`);
const CJK_ALL = new RegExp(CJK.source, 'g');

const PARENTHESES = /\([^)]*\)/g;
/** Words in parentheses that make a sentence rather than a gloss. */
const EXPLANATION = 5;

/**
 * The text without math, code and glosses in parentheses, which do not count. Parentheses after a
 * term (at most LONGEST_TERM words) that hold a sentence, more than twice as long as the term, are
 * no gloss but what the text says (`Dropout (학습 중 뉴런을 무작위로 끄는 방법)`: a Korean answer
 * naming its term first): then only the parentheses go. A gloss spelling a term out (`다단계 큐 (MQ,
 * Multi-level Queue)`) is a few words.
 */
function withoutAsides(text: string): string {
  const bare = text.replace(/\\\(.*?\\\)|\\\[[\s\S]*?\\\]|\$[^$]*\$|`[^`]*`/g, ' ');
  if (!bare.includes('(')) return bare;
  const outside = bare.replace(PARENTHESES, ' ');
  // Counted only past LONGEST_TERM: a long answer is not split into words to learn that it says more than a term.
  const said = units(outside, LONGEST_TERM + 1);
  // Most texts with parentheses say more than a term around them: their parentheses are glosses.
  if (said === 0 || said > LONGEST_TERM) return outside;
  const inside = units((bare.match(PARENTHESES) ?? []).join(' '));
  return inside >= EXPLANATION && inside > 2 * said ? bare.replace(/[()]/g, ' ') : outside;
}

/** A unit of what a text says: a Chinese or Japanese character, or a word (what `wordsOf` splits). */
const UNIT = new RegExp(String.raw`${CJK.source}|[^\s/|,.;:!?${HAN_KANA_BLOCKS}\uf900-\ufaff]+`, 'g');

/** How much a text says (its units), counted up to `most`. */
function units(text: string, most = Infinity): number {
  let count = 0;
  for (UNIT.lastIndex = 0; count < most && UNIT.exec(text) !== null; ) count++;
  return count;
}

/** The words of a text already without its asides. */
function wordsOf(bare: string): string[] {
  return bare.split(/[\s/|,.;:!?]+/).filter(Boolean);
}

/** English words that make a phrase of the words around them: a run of English words holding one is English said, not a term named. */
const PHRASE_WORD = /^(?:a|an|the|is|are|was|were|be|been|do|does|did|can|could|should|would|will|what|how|why|when|where|which|who|of|in|on|at|to|for|with|from|by|and|or|not|this|that|it|its|you|we|they|explain|describe)$/i;
/** The longest run of English words read as one term a Korean sentence names (`Gradient Vanishing 문제`). */
const LONGEST_TERM = 3;

/** What sets two terms side by side to compare them (`Macro vs micro average 차이`): it ends a term, and starts the next. */
const VERSUS = /^(?:vs\.?|versus)$/i;

/**
 * Korean and English words. A Korean sentence that names an English term of several words (`Batch
 * Normalization이란?`, `Gradient Vanishing 문제란?`, `ROC AUC란?`) counts no English for it: a run of at
 * most LONGEST_TERM English words right before a Korean word (or before the term's last word, which
 * carries the Korean particle) is part of the Korean sentence, unless a word of it makes a phrase
 * (`What is 경사하강법?` stays as much English as Korean). Terms compared (`Macro vs micro average 차이`)
 * are each a term of their own, `vs` with them.
 */
function wordShares(text: string): { ko: number; en: number } {
  let ko = 0;
  let en = 0;
  let run = 0;
  let phrase = false;
  /** English words of the terms compared before this one: as much a part of the Korean sentence as it is. */
  let compared = 0;
  for (const word of wordsOf(withoutAsides(text))) {
    if (HANGUL_WORD.test(word)) {
      ko++;
      if (phrase || run > LONGEST_TERM) en += run;
      run = compared = 0;
      phrase = false;
    } else if (run > 0 && !phrase && run <= LONGEST_TERM && VERSUS.test(word)) {
      compared += run + 1;
      run = 0;
    } else if (LATIN_WORD.test(word)) {
      run++;
      phrase ||= PHRASE_WORD.test(word);
    }
  }
  return { ko, en: en + compared + run };
}

/** The language of most of a text, by the share of its own words: at least `most` it, at most 0.1 English, else mixed. */
function byShare(own: number, en: number, language: Language, most: number): Language | undefined {
  if (own + en === 0) return undefined;
  if (own === 0) return 'en';
  if (en === 0 || own / (own + en) >= most) return language;
  return own / (own + en) <= 0.1 ? 'en' : 'mixed';
}

export function languageOf(text: string): Language | undefined {
  // No Hangul, no Korean word: English when a word is, and a run of two Latin letters lies inside one
  // word (separators are not letters), so the text need not be split. Most answers take this way.
  if (!HANGUL_WORD.test(text)) {
    if (!CJK.test(text)) return LATIN_WORD.test(withoutAsides(text)) ? 'en' : undefined;
    const bare = withoutAsides(text);
    const characters = bare.match(CJK_ALL)?.length ?? 0;
    const en = wordsOf(bare.replace(CJK_ALL, ' ')).filter((word) => LATIN_WORD.test(word)).length;
    return byShare(characters, en, ANY_KANA.test(bare) ? 'ja' : 'zh', 0.4);
  }
  const { ko, en } = wordShares(text);
  return byShare(ko, en, 'ko', 0.6);
}

/**
 * What an answer says in words, from its Markdown: without its code blocks and display math (a Korean
 * question answered with `nn.Dropout(p=0.5)` is answered in no other language), link targets and tags.
 * Inline code and math are left out as in any text (`withoutAsides`).
 */
export function answerProse(markdown: string): string {
  if (!/[`~$<\]]/.test(markdown)) return markdown;
  return markdown
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"]*")?\)/g, ']')
    .replace(/<[^<>\n]*>/g, ' ');
}

/**
 * The question decides; an answer in the other language, by what it says in words (`answerProse`), makes
 * the item mixed. A placeholder answer (`TODO`, flagged `placeholder-answer`) says nothing of the language
 * the answer will be written in.
 */
export function questionLanguage(question: string, answer: Pick<Answer, 'markdown'> | null | undefined, flags: readonly Flag[] = []): Language {
  const asked = languageOf(question) ?? 'en';
  const answered = answer && !flags.includes('placeholder-answer') ? languageOf(answerProse(answer.markdown)) : undefined;
  if (!answered || answered === asked) return asked;
  return 'mixed';
}

/**
 * The language of a question that has `translations`: a wording in another language makes it mixed, as it does
 * written beside it on one line (`What is dropout? / 드롭아웃이란?`, whose line is mixed) or under it.
 */
export function translatedLanguage(language: Language, translations: Translations): Language {
  return Object.keys(translations).some((translated) => translated !== language) ? 'mixed' : language;
}
