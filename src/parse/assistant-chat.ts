/**
 * A chat with an assistant copied from its page (ChatGPT's, Claude's, Gemini's): each turn under its speaker's line,
 * `You said:` over the user's words, `ChatGPT said:` over the assistant's. The speaker lines are the page's chrome
 * (site-chrome.ts). What the user asks is a question and the assistant's reply its answer; but a user who asks the
 * assistant for questions (`Give me 3 tricky ML interview questions …`) makes a request, no question, and the
 * questions are in the reply. And the assistant ends a reply with an offer (`Would you like me to turn these into
 * flashcards?`) that asks the user, not the interview. Both are left out, each with a note.
 */
import { endsWithQuestionMark } from '../wording/interrogative.js';
import { QUESTION_MARK } from '../wording/marks.js';

/** The user's speaker line, alone on its line: `You said:`, `나의 말:`, `你说：`. */
export const USER_SAID = /^(?:you said|나의 말|你说)\s*[:：]$/i;
/** The assistant's: `ChatGPT said:`, `Claude said:`, `ChatGPT의 말:`, `ChatGPT 说：`. */
export const ASSISTANT_SAID = /^(?:(?:chatgpt|claude|gemini|copilot|perplexity) said|(?:chatgpt|claude|gemini)의 말|(?:chatgpt|claude|gemini)\s?说)\s*[:：]$/i;

/**
 * The headings exporters set over each turn of such a chat saved as Markdown, without their colon: the user's (Claude
 * Exporter's `## Prompt:`, ChatGPT Exporter's `#### You:`, `## Human`, `## User`) and the assistant's (`## Response:`,
 * `#### ChatGPT:`, `## Assistant`, `## Claude`).
 */
export const USER_TURN_LABEL = /^(?:prompt|you|user|human)$/i;
export const ASSISTANT_TURN_LABEL = /^(?:response|assistant|chatgpt|claude|gemini|copilot)$/i;

/**
 * The assistant's offer closing its reply, by its head: `Would you like me to …?`, `Do you want me to …?`, `Want me to
 * …?`, `Shall I …?`, `If you'd like, I can …`, `Let me know if you want …`, `Is there anything else you'd like to know?`,
 * `원하시면 … 드릴게요`; or by its end, `… 만들어
 * 드릴까요?`.
 */
const OFFER_HEAD = /^(?:(?:would you like|do you want|want) me to\b|(?:shall|should) i\b|if you(?:'d| would)? like,? i (?:can|could)\b|let me know if you(?:'d| would)? (?:like|want)\b|is there anything else\b|원하시면\s)/i;
const OFFER_END = new RegExp(String.raw`드릴까요\s*${QUESTION_MARK}$`);

export function isOffer(line: string): boolean {
  return OFFER_HEAD.test(line) || OFFER_END.test(line);
}

export interface AssistantChat {
  /** The lines (0-based) of the user's turns that ask the assistant for questions: requests, not questions. */
  requests: Set<number>;
  /** The lines (0-based) of the assistant's offers closing its replies. */
  offers: Set<number>;
}

/** Lines that ask in a reply, its offer aside, at least: the questions the user asked for. */
const MOST_ASKED = 2;

/**
 * The requests and offers of the chat `trimmed` holds (the note's lines, trimmed), when the note is a copy of a chat
 * with an assistant: a user's turn and an assistant's, each under its speaker line. A user's turn is a request when no
 * line of it asks (with a question mark) and the reply under it asks two questions at least; an offer is a reply's
 * last line.
 */
export function assistantChat(trimmed: readonly string[]): AssistantChat {
  const requests = new Set<number>();
  const offers = new Set<number>();
  const turns = speakerTurns(trimmed);
  if (!turns.some((turn) => turn.user) || !turns.some((turn) => !turn.user)) return { requests, offers };
  turns.forEach((turn, at) => {
    if (turn.user) return;
    const last = turn.lines.at(-1);
    if (last !== undefined && isOffer(trimmed[last]!)) offers.add(last);
    const request = turns[at - 1];
    const reply = turn.lines.filter((line) => !offers.has(line)).map((line) => trimmed[line]!);
    if (request?.user && requestsQuestions(request.lines.map((line) => trimmed[line]!), reply)) for (const line of request.lines) requests.add(line);
  });
  return { requests, offers };
}

/**
 * Whether a user's turn (its lines) asks the assistant for questions: no line of it asks with a question mark, and
 * the reply under it (its lines, its offer aside) asks two questions at least.
 */
export function requestsQuestions(turn: readonly string[], reply: readonly string[]): boolean {
  return !turn.some(endsWithQuestionMark) && reply.filter(endsWithQuestionMark).length >= MOST_ASKED;
}

interface Turn {
  user: boolean;
  /** Its filled lines (0-based). */
  lines: number[];
}

/** The turns under the speaker lines, in order; the lines before the first are no one's. */
function speakerTurns(trimmed: readonly string[]): Turn[] {
  const turns: Turn[] = [];
  trimmed.forEach((line, index) => {
    const user = USER_SAID.test(line);
    if (user || ASSISTANT_SAID.test(line)) turns.push({ user, lines: [] });
    else if (line !== '') turns.at(-1)?.lines.push(index);
  });
  return turns;
}

/** Every pattern here, for the test that none of them backtracks. */
export const ASSISTANT_CHAT_PATTERNS: readonly RegExp[] = [USER_SAID, ASSISTANT_SAID, USER_TURN_LABEL, ASSISTANT_TURN_LABEL, OFFER_HEAD, OFFER_END];
