/**
 * The scripts of Chinese and Japanese text, as character classes' bodies, in two readings that hold different sets:
 * Unicode's blocks (`…_BLOCKS`, no `u` flag needed), as the language of a text (normalise/language.ts), a line that
 * asks in Japanese (interrogative.ts) and the tokens compared for duplicates (dedupe/han-kana.ts) read them; and
 * Unicode's scripts (`…_SCRIPTS`, a `u` pattern), as most readers of a note's lines do. A class with other members
 * builds on these.
 */

/** Hiragana and katakana, their marks and the prolonged sound mark (`ー`) with them: a text that holds them is Japanese. */
export const KANA = String.raw`\u3040-\u30ff`;

/** Han ideographs (the unified block and its extension A) and kana: a text written in Chinese or Japanese. */
export const HAN_KANA_BLOCKS = String.raw`${KANA}\u3400-\u4dbf\u4e00-\u9fff`;

/** A kana anywhere in a text. */
export const ANY_KANA = new RegExp(`[${KANA}]`);

/**
 * Han and kana by their Unicode scripts, for a `u` pattern: more ideographs than HAN_KANA_BLOCKS (`々`, `〇`, the
 * compatibility forms and the extensions past A) and the half-width katakana (`ｱ`), but not the marks kana share with
 * other scripts (`ー`, `・`).
 */
export const HAN_KANA_SCRIPTS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;

/** A Han or kana character anywhere in a text, by their scripts. */
export const ANY_HAN_KANA = new RegExp(`[${HAN_KANA_SCRIPTS}]`, 'u');

/** Every Han or kana character of a text, by their scripts (for `match`, which counts them). */
export const EVERY_HAN_KANA = new RegExp(`[${HAN_KANA_SCRIPTS}]`, 'gu');
