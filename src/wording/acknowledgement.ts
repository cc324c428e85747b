/** What an interviewer says of the last answer before asking the next question (`Nice.`, `Okay, great.`, `좋습니다.`). */
const ACKNOWLEDGING = String.raw`(?:nice|great|good|okay|ok|cool|right|alright|all right|perfect|excellent|interesting|sure|got it|makes sense|thanks|thank you|좋습니다|좋아요|네|알겠습니다)`;

/**
 * Sentences of it, each ended by a full stop or an exclamation mark (`Okay, great.`, `Nice. Good.`), as a pattern's
 * source: `Right, what is X?` asks with its first word (extract/recognizers/qa-line.ts, wording/prompt-text.ts).
 */
export const ACKNOWLEDGEMENT = String.raw`${ACKNOWLEDGING}(?:,\s*${ACKNOWLEDGING})*[.!]+(?:\s+${ACKNOWLEDGING}(?:,\s*${ACKNOWLEDGING})*[.!]+)*`;
