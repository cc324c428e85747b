/**
 * The marks notes set before a line, apart from its words: an emoji (`📌 Q47:`, `💡 Answer`) and an arrow
 * (`→ 배깅한 결정 트리의 앙상블.`, `-> O(n log n)`, `↳ 풀링 대신 stride를 쓰면?`). As RegExp sources (`u` flag), so that
 * the question's line, its answer's head and a follow-up read one list of them.
 */

/** The characters of an emoji, joiners and presentation selector included. */
export const EMOJI_CHARACTERS = String.raw`\p{Extended_Pictographic}\u200d\ufe0f`;

/** An emoji that marks a question's line before its label or number (`📌 Q47:`). */
export const MARK_EMOJI = String.raw`(?:[${EMOJI_CHARACTERS}]+\s*)?`;

/**
 * An arrow that points from one line to the next: from a question to its answer, or to a follow-up under it; and the
 * hand that points so in social posts (`👉 Reinforcement Learning from …`, any skin tone).
 */
export const POINTING_ARROW = String.raw`(?:→|->|=>|⇒|➔|➜|➡\ufe0f?|☞|👉[\u{1F3FB}-\u{1F3FF}]?)`;

/** The arrow that hangs a follow-up under its question (`↳ 풀링 대신 stride를 쓰면?`, `↳ 꼬리질문: …`). */
export const HANGING_ARROW = '[↳⤷↪]';

/**
 * What ends the subject a follow-up asks about, set before its wording as a breadcrumb (`SVM이란? › 장단점은?`): in
 * every export, and in a reference to the follow-up (dedupe/overrides.ts).
 */
export const ABOUT_MARK = '›';

/** A follow-up's wording after its subject, as text: `SVM이란? › 장단점은?`. */
export function breadcrumb(about: string, question: string): string {
  return `${about} ${ABOUT_MARK} ${question}`;
}

/**
 * The marks that end a question, as a character class's content: `?`, the full-width `？` of Chinese, Japanese and
 * Korean input, and the Arabic `؟` (U+061F) that Arabic and Persian notes ask with (`ما هو overfitting؟`). Every
 * reading of "ends in a question mark", "holds one", "a sentence ends here" takes them from here.
 */
export const QUESTION_MARKS = '?？؟';

/** One question mark, as a RegExp source. */
export const QUESTION_MARK = `[${QUESTION_MARKS}]`;

/** A question mark anywhere in a text. */
export const ANY_QUESTION_MARK = new RegExp(QUESTION_MARK);

/** A question mark that is the text's last character, nothing after it (a caller that allows spaces uses endsWithQuestionMark). */
export const LAST_QUESTION_MARK = new RegExp(`${QUESTION_MARK}$`);

export function isQuestionMark(character: string | undefined): boolean {
  return character !== undefined && character.length === 1 && QUESTION_MARKS.includes(character);
}
