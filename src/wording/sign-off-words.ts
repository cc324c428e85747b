/**
 * The words that thank, wish well and say goodbye, as an interview, a mail or a post ends with them (`Thanks for your
 * time`, `Thank you,` over a sender's name, `Thanks for reading!`, `Good luck!`, `감사합니다.`). As RegExp sources, so
 * that the interview's close (extract/interview-rounds.ts), the mail's closing (parse/mail-sign-off.ts), the post's
 * sign-off (parse/page-footer.ts), a post's own sections (extract/never-asks.ts) and a note's closing line
 * (extract/titled-paragraphs.ts) read one list of them; each reader sets them in its own pattern (what follows them,
 * where they stand).
 */

/** Thanks in English: `Thanks`, `Thank you`, `Thank you so much`, `Thanks very much` (and `Thank`, a slip of `Thanks`). */
export const THANKS = String.raw`thanks?(?: you)?(?: (?:so|very) much)?`;

/** What a post's author thanks its readers with: `Thanks for reading`, `Thank you so much for reading`. */
export const THANKS_FOR_READING = String.raw`${THANKS} for reading`;

/** Thanks in Korean, as a talk or a mail ends: `감사합니다`, `감사드립니다`, `감사했습니다`, `감사해요`, `고맙습니다`. */
export const KOREAN_THANKS = String.raw`감사(?:합니다|드립니다|했습니다|해요)|고맙습니다`;

/** Luck wished: `Good luck`, `Best of luck`. */
export const GOOD_LUCK = String.raw`(?:good|best of) luck`;

/** A wish that closes a letter or a post: `All the best`. */
export const ALL_THE_BEST = 'all the best';

/** What a post wishes its readers at its end: `Happy learning`, `Happy interviewing`. */
export const HAPPY_STUDYING = String.raw`happy (?:learning|studying|coding|hacking|interviewing)`;

/** How a voice memo ends, its speaker stopping the recording: `stop recording`, `end of recording`, `녹음 끝`. */
export const END_OF_RECORDING = String.raw`(?:stop(?:ping)?|end(?:ing)?) (?:the )?recording|end of (?:the )?recording|녹음 (?:끝|종료)`;

/** The word a note ends with, saying it is over: `끝`, `이상` ("that is all"), `End`, `The End`, `Fin`. */
export const THE_END = String.raw`끝|이상|(?:the )?end|fin`;
