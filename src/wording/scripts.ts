/**
 * The scripts of Chinese and Japanese text, as character classes' bodies (no `u` flag needed): the language of a
 * text (normalise/language.ts), a line that asks in Japanese (interrogative.ts) and a name glued to the text after it
 * (parse/answer-line.ts) read one definition of them. A class with other members builds on these.
 */

/** Hiragana and katakana, their marks and the prolonged sound mark (`ー`) with them: a text that holds them is Japanese. */
export const KANA = String.raw`\u3040-\u30ff`;

/** Han ideographs (the unified block and its extension A) and kana: a text written in Chinese or Japanese. */
export const HAN_KANA = String.raw`${KANA}\u3400-\u4dbf\u4e00-\u9fff`;

/** A kana anywhere in a text. */
export const ANY_KANA = new RegExp(`[${KANA}]`);
