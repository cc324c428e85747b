/**
 * A chat with an assistant copied from its page (ChatGPT's, Claude's, Gemini's): each turn under its speaker's line,
 * `You said:` over the user's words, `ChatGPT said:` over the assistant's. The speaker lines are the page's chrome
 * (site-chrome.ts). What the user asks is a question and the assistant's reply its answer; but a user who asks the
 * assistant for questions (`Give me 3 tricky ML interview questions …`) makes a request, no question, and the
 * questions are in the reply. And the assistant ends a reply with an offer (`Would you like me to turn these into
 * flashcards?`) that asks the user, not the interview. Both are left out, each with a note. The user's turn ends the
 * reply over it, and so the answer read last in it, unless the reply ends asking: then the turn is the user's answer
 * (a mock interview's), neither a request nor an end. Copied text leaves these lines out as it reads them (plaintext.ts);
 * a Markdown note, which a copy into Markdown sets the speaker lines of in bold (`**You said:**`), from its tree
 * (dropChatLines).
 */
import type { Root, RootContent } from 'mdast';
import { endsWithQuestionMark } from '../wording/interrogative.js';
import { QUESTION_MARK } from '../wording/marks.js';
import { BOLD_AND_ITALIC_MARKS, withoutEmphasisEnds } from '../wording/emphasis-ends.js';
import { dropLines } from './left-out-lines.js';
import type { LeftOutLine } from './plaintext.js';

/** The user's speaker line, alone on its line: `You said:`, `나의 말:`, `你说：`; in bold as a copy into Markdown sets it (`**You said:**`). */
export const USER_SAID = /^(?:\*\*)?(?:you said|나의 말|你说)\s*[:：](?:\*\*)?$/i;
/** The assistant's: `ChatGPT said:`, `Claude said:`, `ChatGPT의 말:`, `ChatGPT 说：`, in bold or not. */
export const ASSISTANT_SAID = /^(?:\*\*)?(?:(?:chatgpt|claude|gemini|copilot|perplexity) said|(?:chatgpt|claude|gemini)의 말|(?:chatgpt|claude|gemini)\s?说)\s*[:：](?:\*\*)?$/i;

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
  /** The speaker lines (0-based), `You said:` and `ChatGPT said:`: the page's, no one's words. */
  speakers: Set<number>;
  /**
   * The user's speaker lines (0-based) under a reply: the reply, and so the answer read in it, ends there. Over a
   * request left out, the assistant's next words (`Good follow-up.`) would otherwise run on into that answer. Not over
   * a reply that ends asking (userAnswers).
   */
  replyEnds: Set<number>;
}

/** Lines that ask in a reply, its offer aside, at least: the questions the user asked for. */
const MOST_ASKED = 2;

/**
 * A line numbered or labelled as a question, in bold or not: `Question 3:`, `Next question:`, `Q3:`, `3.`,
 * `**3. What is …?**`. Once the user has asked for questions, a reply that asks one such line holds the next one asked
 * for; one that asks otherwise (`Does that make sense?`, a sub-heading `**Why does it matter?**`) answers.
 */
const NUMBERED_QUESTION = /^(?:\*\*)?(?:(?:next\s+)?question(?:\s*\d+)?\s*[:.]|q(?:\s*\d+)?\s*[:.)]|\d+[.)])/i;

/**
 * A user's turn that only says yes (`yes`, `sure`, `네`): consent to the assistant's going on, not the user's answer
 * to what the reply last asked (`Want another round?`).
 */
const CONSENT = /^(?:yes|yeah|yep|sure|ok(?:ay)?|go on|go ahead|continue|next|네|예|응|좋아요?|계속(?:해\s*(?:줘|주세요))?)(?:[,\s]+please)?\s*[.!]*$/i;

/**
 * The requests and offers of the chat `trimmed` holds (the note's lines, trimmed), when the note is a copy of a chat
 * with an assistant: a user's turn and an assistant's with words, each under its speaker line (the speaker lines alone,
 * shown in an answer that explains them, are no chat). A user's turn is a request when no line of it asks (with a
 * question mark) and the reply under it asks two questions at least, or, once the user has asked for questions
 * before, one numbered or labelled as a question (a mock interview steered on: `what about filtering? like metadata`
 * over `Question 4: How do you …?`); an offer is a reply's last line. A user's turn under a reply whose last line
 * asks (its offer aside) is the user's answer (userAnswers): neither a request nor the reply's end.
 */
export function assistantChat(trimmed: readonly string[]): AssistantChat {
  const requests = new Set<number>();
  const offers = new Set<number>();
  const speakers = new Set<number>();
  const replyEnds = new Set<number>();
  const turns = speakerTurns(trimmed);
  const said = turns.filter((turn) => turn.lines.length > 0);
  if (!said.some((turn) => turn.user) || !said.some((turn) => !turn.user)) return { requests, offers, speakers, replyEnds };
  let asked = false;
  /** The lines of the reply just before, its offer aside; of the user's turn just before, and whether it answers that reply. */
  let reply: string[] | undefined;
  let user: { lines: number[]; answers: boolean } | undefined;
  for (const turn of turns) {
    speakers.add(turn.speaker);
    if (turn.user) {
      user = { lines: turn.lines, answers: reply !== undefined && userAnswers(turn.lines.map((line) => trimmed[line]!), reply) };
      if (reply !== undefined && !user.answers) replyEnds.add(turn.speaker);
      reply = undefined;
      continue;
    }
    const last = turn.lines.at(-1);
    if (last !== undefined && isOffer(trimmed[last]!)) offers.add(last);
    reply = turn.lines.filter((line) => !offers.has(line)).map((line) => trimmed[line]!);
    const request = user;
    user = undefined;
    if (request === undefined || request.answers || !answersRequest(request.lines.map((line) => trimmed[line]!), reply, asked)) continue;
    for (const line of request.lines) requests.add(line);
    asked = true;
  }
  return { requests, offers, speakers, replyEnds };
}

/**
 * Whether a user's turn (its lines) answers the reply over it (its lines, its offer aside): the reply's last line asks
 * (a mock interview's `Follow-up: When would you pick AOF over RDB?`) and the turn says more than yes to it (CONSENT).
 */
export function userAnswers(turn: readonly string[], reply: readonly string[]): boolean {
  const last = reply.at(-1);
  if (last === undefined || !asks(last)) return false;
  return !(turn.length === 1 && CONSENT.test(turn[0]!));
}

/**
 * Whether the reply under a user's turn answers it as a request for questions: the turn asks nothing and the reply
 * (its lines, its offer aside) asks two questions at least, or, once the user has asked for questions (`asked`), one
 * numbered or labelled as a question (NUMBERED_QUESTION).
 */
export function answersRequest(turn: readonly string[], reply: readonly string[], asked: boolean): boolean {
  if (turn.some(asks)) return false;
  const asking = reply.filter(asks);
  return asking.length >= MOST_ASKED || (asked && asking.some((line) => NUMBERED_QUESTION.test(line)));
}

/** A line that ends with a question mark, its emphasis marks aside. */
function asks(line: string): boolean {
  return endsWithQuestionMark(withoutEmphasisEnds(line, BOLD_AND_ITALIC_MARKS));
}

interface Turn {
  user: boolean;
  /** Its speaker line (0-based). */
  speaker: number;
  /** Its filled lines (0-based). */
  lines: number[];
}

/** The turns under the speaker lines, in order; the lines before the first are no one's. */
function speakerTurns(trimmed: readonly string[]): Turn[] {
  const turns: Turn[] = [];
  trimmed.forEach((line, index) => {
    const user = USER_SAID.test(line);
    if (user || ASSISTANT_SAID.test(line)) turns.push({ user, speaker: index, lines: [] });
    else if (line !== '') turns.at(-1)?.lines.push(index);
  });
  return turns;
}

/**
 * Without one of these words no line is a speaker's: a Markdown note is looked through for a chat only with one. One run
 * of spaces on either side of the bold's end: two runs side by side took quadratic time over a long gap.
 */
const ANY_SPEAKER = /said\s*(?:\*\*\s*)?[:：]|의 말|说/i;

/**
 * Takes a chat's speaker lines, the user's requests for questions and the assistant's offers (assistantChat) out of a
 * Markdown note's `tree`, which reads them on into the paragraphs round them; and ends the reply before each of the
 * user's later turns with a rule, as the page parts them, lest the next reply's words run on into its last answer.
 * `trimmed`: the note's lines, trimmed. Returns what was left out.
 */
export function dropChatLines(tree: Root, text: string, lines: readonly string[], trimmed: readonly string[]): LeftOutLine[] {
  if (!ANY_SPEAKER.test(text)) return [];
  const chat = assistantChat(trimmed);
  if (chat.speakers.size === 0) return [];
  const dropped = new Set([...chat.speakers, ...chat.requests, ...chat.offers].map((index) => index + 1));
  const taken = dropLines(tree, text, lines, dropped);
  for (const index of chat.replyEnds) if (taken.has(index + 1)) partAt(tree, index + 1, lines[index]!.length);
  return [...taken].sort((a, b) => a - b).map((line) => ({
    line,
    text: trimmed[line - 1]!,
    reason: chat.requests.has(line - 1) ? 'chat-request' : chat.offers.has(line - 1) ? 'chat-offer' : 'site-chrome',
  }));
}

/** Sets a rule at `line` (1-based, `length` long) between the blocks of `tree` round it: one that ends a block before it. */
function partAt(tree: Root, line: number, length: number): void {
  const at = tree.children.findIndex((block) => (block.position?.start.line ?? 0) > line);
  const before: RootContent | undefined = tree.children[at === -1 ? tree.children.length - 1 : at - 1];
  if (before === undefined || before.type === 'thematicBreak' || (before.position?.end.line ?? line) > line) return;
  const rule: RootContent = { type: 'thematicBreak', position: { start: { line, column: 1 }, end: { line, column: length + 1 } } };
  tree.children.splice(at === -1 ? tree.children.length : at, 0, rule);
}

/** Every pattern here, for the test that none of them backtracks. */
export const ASSISTANT_CHAT_PATTERNS: readonly RegExp[] = [USER_SAID, ASSISTANT_SAID, USER_TURN_LABEL, ASSISTANT_TURN_LABEL, OFFER_HEAD, OFFER_END, NUMBERED_QUESTION, CONSENT, ANY_SPEAKER];
