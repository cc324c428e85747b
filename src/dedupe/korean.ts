/**
 * Korean words that the glossary did not cover: strip the particles and
 * endings that Korean glues to words (드롭아웃이, 존재하나요), drop question
 * words, and turn what is left into syllable bigrams within the word.
 * Bigrams inside a word keep "양자화" close to "양자화에" and apart from its
 * neighbours; bigrams across word boundaries would not (see DESIGN.md).
 */

/** Particles and verb endings, longest first; stripped from the end of a word. */
const ENDINGS: readonly string[] = [
  '에서는', '으로는', '이라는', '이라고', '하는가요', '해주세요', '걸까요', '건가요', '하세요', '하시오', '합니까', '할까요', '했나요',
  '됩니까', '될까요', '되나요', '있나요', '없나요', '인가요', '입니까', '일까요', '이에요', '인지요', '인가',
  '하나요', '하는', '하고', '하며', '하면', '하기', '한다', '되는', '된다', '되어', '있는', '없는', '주세요',
  '에서', '에게', '으로', '에는', '에도', '와의', '과의', '라는', '라고', '이란', '이며', '이고', '이나', '까지',
  '부터', '보다', '처럼', '이다', '인지', '나요', '가요', '까요', '세요', '시오', '니까', '예요', '해야', '해서',
  '란', '은', '는', '이', '가', '을', '를', '의', '에', '도', '만', '로', '와', '과', '들', '요', '인', '한', '할',
  '된', '될', '해',
];

/** Words that only frame a Korean question, once particles are gone. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  '해', '하', '주', '주세요', '하세요', '해요', '하나요', '인가요', '입니까', '인가', '건가요', '가요', '나요',
  '뭐', '뭔', '뭔지', '무엇', '어떤', '어떠한', '어느', '서로', '이런', '그런', '저런', '이', '그', '저', '각각',
  '각', '대해', '대해서', '대한', '대하여', '관해', '관한', '관하여', '통해', '위해', '위한', '때', '것', '수',
  '점', '경우', '간단히', '다른', '같은', '주로', '보통', '일반적으로', '좀', '및', '또는', '그리고', '혹은',
  '있', '없', '되', '하다', '있다', '없다', '되다', '말해', '알려', '봐', '보세요', '주시겠어요', '해주시겠어요',
]);

export const HANGUL_WORD = /[\uac00-\ud7a3]+/g;

/** The word without the first of ENDINGS it ends with, or undefined when it ends with none (a word is never emptied). */
export function withoutKoreanEnding(word: string): string | undefined {
  for (const ending of ENDINGS) if (word.length > ending.length && word.endsWith(ending)) return word.slice(0, -ending.length);
  return undefined;
}

/** The word without its trailing particles and endings (never emptied). */
function stripKoreanEndings(word: string): string {
  let current = word;
  for (let next = withoutKoreanEnding(current); next !== undefined; next = withoutKoreanEnding(current)) current = next;
  return current;
}

/** Whether a Hangul word (its endings off) only frames a question: a question word, a particle, an ending. */
export function framesKoreanQuestion(word: string): boolean {
  return FUNCTION_WORDS.has(word) || ENDINGS.includes(word);
}

/** A character bigram (or a single character) of a script compared by its characters: Hangul here, Han and Kana in han-kana.ts. */
export interface CharacterPiece {
  /** Index key: the script's prefix (`ko:`, `hz:`) and the bigram. */
  key: string;
  raw: string;
  /** For Hangul, each word weighs 1 in all, shared by its bigrams. */
  weight: number;
}

/** Bigram pieces of one Hangul word; empty for particles and question words. */
export function koreanWordPieces(word: string): CharacterPiece[] {
  if (framesKoreanQuestion(word)) return [];
  const stem = stripKoreanEndings(word);
  // "방식들이" leaves "들이" after the glossary takes "방식": endings all the way down.
  if (framesKoreanQuestion(stem)) return [];
  if (stem.length === 1) return [{ key: `ko:${stem}`, raw: stem, weight: 1 }];
  const pieces: CharacterPiece[] = [];
  const count = stem.length - 1;
  for (let i = 0; i < count; i++) {
    const bigram = stem.slice(i, i + 2);
    pieces.push({ key: `ko:${bigram}`, raw: bigram, weight: 1 / count });
  }
  return pieces;
}
