/**
 * Questions an interview post quotes in its prose, as it tells what was asked: `면접관님이 "왜 Focal loss를 썼나요?"라고
 * 물어보셔서, …라고 답했습니다.`, `"gamma를 키우면 어떻게 되나요?"라는 꼬리질문이 나왔는데`, `The interviewer asked, "Why L1?"`,
 * `面试官问：“为什么用 Focal loss？”`, `「なぜ L1 か？」と聞かれ`. The quote asks (it ends with a question mark) and the words
 * around it say it was asked: a quote that asks alone (`"Why not?" is a fair reaction`) is no report.
 *
 * They are not read as questions: where the answer ends, in the rest of the sentence, the story goes on (`…라고
 * 답했어요. 조금 더듬었습니다`), and cutting it there is guesswork. Their text is named in a warning instead, so
 * the learner can copy them out (left-out.ts).
 */
import { QUESTION_MARK } from './marks.js';


/** A quote that asks: its text, ending with a question mark inside the quotation marks. */
const QUOTED_ASKING = String.raw`(?:"([^"\n]{2,200}?${QUESTION_MARK})"|“([^”\n]{2,200}?${QUESTION_MARK})”|「([^」\n]{2,200}?${QUESTION_MARK})」|『([^』\n]{2,200}?${QUESTION_MARK})』)`;

/** Words after the quote that say it was asked: Korean (`라고 물어보셔서`, `라는 꼬리질문`, `라고 여쭤`), Japanese (`と聞かれ`). */
const ASKED_AFTER = String.raw`\s*(?:(?:이?라고|라는|라며|하고|하며|란)\s*(?:(?:다시|또|추가로|이어서)\s*)?(?:물어|물으|묻|여쭤|여쭈|(?:꼬리|추가|후속)?\s*질문)|と(?:聞かれ|訊かれ|質問され|問われ))`;

/** Words before the quote that say it was asked: English (`asked me,`, `asked:`) and Chinese (`问：`, `问我`, `追问道`). */
const ASKED_BEFORE = String.raw`(?:\basked(?:\s+(?:me|us|him|her|them))?|(?:追问|又问|问)(?:我|了|道)?)\s*[:,：，]?\s*`;

const REPORTED = new RegExp(String.raw`${ASKED_BEFORE}${QUOTED_ASKING}|${QUOTED_ASKING}(?=${ASKED_AFTER})`, 'giu');

/** The questions `text` quotes as asked, in order, without their quotation marks. */
export function reportedQuestions(text: string): string[] {
  return [...text.matchAll(REPORTED)].map((match) => match.slice(1).find((group) => group !== undefined)!.trim());
}
