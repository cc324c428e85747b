/**
 * What an AI assistant's page copies along with a chat or an answer, a line each: Gemini's buttons, copied as the
 * names of their Material icons (`volume_up`, `more_vert`, `share`, `edit`), its `Show drafts`, its drafts' labels and
 * the drafts that are not the answer (assistant-drafts.ts) and its disclaimer under the last reply (`Gemini may display
 * inaccurate info, …`); ChatGPT's `Thought for 8s` over a reply, its `Thinking` and `Show more`, Claude's `Copy`,
 * `Retry` and `Edit`; and an answer engine's (Perplexity's) cards of its sources over the answer (`Sources`, then per
 * card its title, its site and its number, `View 2 more`) with the `Answer` label under them, or its chips for them
 * after a paragraph (source-chips.ts). They are the page's, not the reply's: they ran into every answer. The buttons'
 * names are words too (`share`, `edit`, `Copy`), so they are the page's only in a note that is such a copy
 * (isAssistantPage); the chips and a lone `Answer` label only in an answer engine's copy (readAssistantPage); the
 * sources' block is told by its own shape, its cards numbered 1, 2, 3 in turn. (The citation marks in the answer,
 * `[1][2]`: wikipedia-marks.ts; the buttons and suggested searches under it: perplexity-footer.ts.) A note's page is read
 * once (readAssistantPage), and what each reader needs of it passed on: copied text leaves its lines out as it reads
 * them (plaintext.ts); a Markdown note, from its tree (dropAssistantPageChrome); either, its footer (page-footer.ts).
 */
import type { Root } from 'mdast';
import { dropLines } from './left-out-lines.js';
import { isCopyOf } from './copied-page.js';
import type { LeftOutLine } from './plaintext.js';
import { ASSISTANT_SAID } from './assistant-chat.js';
import { geminiDrafts, REGENERATE_DRAFTS } from './assistant-drafts.js';
import { chipLines, countingChips, dropChipsAtLineEnds } from './source-chips.js';
import { perplexityFooterStart } from './perplexity-footer.js';
import { ATX_HEADING } from './asking-line.js';

/** The icons of an assistant's buttons whose names are no words of a note (Gemini's, as copied): `volume_up`, `more_vert`. */
const ICON_NAMES = ['volume_up', 'volume_off', 'more_vert', 'more_horiz', 'expand_more', 'expand_less', 'thumb_up', 'thumb_down', 'content_copy', 'stop_circle', 'keyboard_arrow_up', 'keyboard_arrow_down', 'open_in_new', 'photo_camera', 'attach_file'];
/** Each such name, a kind of mark of its own. */
const ICON_NAME: RegExp[] = ICON_NAMES.map((name) => new RegExp(`^${name}$`));
/** The icons of its buttons whose names are words too (`share`, `edit`): the page's only in a copy of it. */
const WORD_ICON_NAME = /^(?:share|edit|refresh|flag|mic|send|tune|done)$/;
/**
 * The line a reasoning model's reply opens with, how long it thought (ChatGPT's `Thought for 8s`, `Thought for 1m 12s`,
 * `Reasoned for 9 seconds`): no note's line reads so, and it makes the note a copy of the page alone.
 */
const THOUGHT_FOR = /^(?:thought|reasoned) for (?:\d{1,3} ?m(?:in(?:utes?)?)?(?: \d{1,2} ?s(?:ec(?:onds?)?)?)?|\d{1,3} ?s(?:ec(?:onds?)?)?|a (?:few seconds|second|moment))$/i;
/** The buttons over and under a reply that are words too: ChatGPT's `Thinking`, `Show more`; Claude's `Copy`, `Retry`, `Edit`. */
const REPLY_BUTTON = /^(?:thinking|show more|copy|retry|edit)$/i;
/** Gemini's buttons over a reply: `Show drafts`, `Show thinking`. */
const SHOW_DRAFTS = /^show (?:drafts|thinking)$/i;
/** The page's title over the chat: `Conversation with Gemini`. */
const CONVERSATION_TITLE = /^conversation with (?:gemini|chatgpt|claude|copilot)$/i;
/**
 * The disclaimer an assistant's page sets under the chat, the links after it or not: `Gemini may display inaccurate
 * info, including about people, so double-check its responses. Your privacy & Gemini Apps Opens in a new window`,
 * `ChatGPT can make mistakes. Check important info.`, `Claude can make mistakes. Please double-check responses.`
 * As the page words it, whole: a note's own sentence about it (`ChatGPT can make mistakes in arithmetic because …`)
 * is no sign of a copy, and a sign leaves out every button's word in the note.
 */
const DISCLAIMER =
  /^(?:gemini may display inaccurate info, including about people, so double-check its responses\.|(?:chatgpt|claude|gemini|copilot) (?:can|may) make mistakes\.)(?: (?:please )?(?:check|double-check|consider checking|verify) (?:important info(?:rmation)?|responses|its responses)\.)?(?: your privacy (?:&|and) gemini apps(?: opens in a new window)?)?$/i;
/** The links that follow Gemini's disclaimer, on a line of their own. */
const PRIVACY_LINK = /^your privacy (?:&|and) gemini apps(?: opens in a new window)?$/i;

/** Lines that only an assistant's page shows, short: two of them of two kinds make a note its copy (each icon's name that is no word a kind). */
const PAGE_MARKS: RegExp[] = [SHOW_DRAFTS, REGENERATE_DRAFTS, CONVERSATION_TITLE, ...ICON_NAME];
/** Lines that tell a copy of the page alone. */
const PAGE_SIGNS: RegExp[] = [DISCLAIMER, THOUGHT_FOR];
/** Its lines that are the page's in its copy. */
const PAGE_CHROME: RegExp[] = [...PAGE_MARKS, ...PAGE_SIGNS, PRIVACY_LINK, WORD_ICON_NAME, REPLY_BUTTON];

/** The label over the sources' cards: `Sources`, `출처`, `来源`, `ソース`. */
const SOURCES = /^(?:sources|출처|来源|ソース)$/i;
/** The site a card names, as the page shows it: `medium`, `huggingface`, `developer.nvidia`, `en.wikipedia`. */
const SITE = /^[a-z0-9][a-z0-9-]{0,40}(?:\.[a-z0-9-]{1,40}){0,3}$/i;
/** A card's number. */
const CARD_NUMBER = /^[1-9]\d?$/;
/** The button that shows the cards left out: `View 2 more`, `+3 sources`, `2개 더 보기`. */
const MORE_CARDS = /^(?:(?:view|show) \d+ more|\+\d+ sources?|\d+개 더 보기)$/i;
/** The label over the answer, under the cards: `Answer`, `답변`, `回答`. */
const ANSWER_LABEL = /^(?:answer|답변|回答)$/i;
/** Longer, a line is no card's title. */
const LONGEST_CARD_TITLE = 200;

/**
 * An assistant's page in a note, read once for the note and passed to each reader of it: its lines in its copy (indices
 * into the note's lines trimmed), and what the note is a copy of.
 */
export interface AssistantPage {
  /** Its chrome. */
  chrome: Set<number>;
  /** The drafts that are other replies than the answer. */
  drafts: Set<number>;
  /** Whether the note is a copy of an answer engine's page (Perplexity's): the chips ending its lines are the page's too (dropAnswerPageChips). */
  answerEngine: boolean;
  /** The line (1-based) from which Perplexity's footer runs to the note's end (perplexity-footer.ts), when the note ends so. */
  perplexityFooter: number | undefined;
}

/**
 * The lines (indices into `trimmed`, the note's lines trimmed) that are an assistant's page's, not its chat's: each
 * block of sources' cards with the answer's label under it; in a note that is an answer engine's copy (its sources'
 * cards, two chips that count more sites, or its footer), the `Answer` label alone and the sources' chips on their own
 * lines; in a note that is a copy of an assistant's page (isAssistantPage), its buttons, disclaimer and drafts' labels,
 * and the drafts that are not the answer (assistant-drafts.ts).
 */
export function readAssistantPage(trimmed: readonly string[]): AssistantPage {
  const blocks = sourcesBlocks(trimmed);
  const chrome = new Set<number>(blocks);
  const drafts = new Set<number>();
  const perplexityFooter = perplexityFooterStart(trimmed);
  const answerEngine = blocks.length > 0 || countingChips(trimmed) >= 2 || perplexityFooter !== undefined;
  if (answerEngine) {
    trimmed.forEach((line, index) => {
      if (ANSWER_LABEL.test(line) && !overHeading(trimmed, index)) chrome.add(index);
    });
    for (const index of chipLines(trimmed)) chrome.add(index);
  }
  if (!isAssistantPage(trimmed)) return { chrome, drafts, answerEngine, perplexityFooter };
  const isPageLine = (line: string) => PAGE_CHROME.some((pattern) => pattern.test(line));
  trimmed.forEach((line, index) => {
    if (line !== '' && isPageLine(line)) chrome.add(index);
  });
  const { labels, others } = geminiDrafts(trimmed, isPageLine);
  for (const index of labels) chrome.add(index);
  for (const index of others) drafts.add(index);
  return { chrome, drafts, answerEngine, perplexityFooter };
}

/**
 * Whether the line at `index` stands over a heading: an `Answer` label there stays, read as the answer's (its heading
 * and what follows are the answer); left out, the heading would open a section of its own under the question, unanswered.
 */
function overHeading(trimmed: readonly string[], index: number): boolean {
  const next = trimmed.slice(index + 1).find((line) => line !== '');
  return next !== undefined && ATX_HEADING.test(next);
}

/** Whether the note shows one of the page's signs (its disclaimer, how long the model thought), or two kinds of its marks (a speaker's line, `ChatGPT said:`, among them). */
function isAssistantPage(trimmed: readonly string[]): boolean {
  return trimmed.some((line) => PAGE_SIGNS.some((sign) => sign.test(line))) || isCopyOf(trimmed, [...PAGE_MARKS, ASSISTANT_SAID]);
}

/** Takes the sources' chips off the ends of `tree`'s lines in a copy of an answer engine's page (`page`: the note's, readAssistantPage). */
export function dropAnswerPageChips(tree: Root, lines: readonly string[], page: AssistantPage): LeftOutLine[] {
  return page.answerEngine ? dropChipsAtLineEnds(tree, lines) : [];
}

/** The lines of each sources' block: its label, its cards (numbered 1, 2, … in turn), the button for more, the answer's label under them (not over a heading: overHeading). */
function sourcesBlocks(trimmed: readonly string[]): number[] {
  const filled: number[] = [];
  trimmed.forEach((line, index) => {
    if (line !== '') filled.push(index);
  });
  const blocks: number[] = [];
  filled.forEach((index, at) => {
    if (!SOURCES.test(trimmed[index]!)) return;
    const block = [index];
    let next = at + 1;
    for (let number = 1; ; number++) {
      const card = cardAt(trimmed, filled, next, number);
      if (card === 0) break;
      block.push(...filled.slice(next, next + card));
      next += card;
    }
    // No card, no block: `Sources` alone may head a note's own list of them.
    if (block.length === 1) return;
    if (next < filled.length && MORE_CARDS.test(trimmed[filled[next]!]!)) block.push(filled[next++]!);
    if (next < filled.length && ANSWER_LABEL.test(trimmed[filled[next]!]!) && !overHeading(trimmed, filled[next]!)) block.push(filled[next]!);
    blocks.push(...block);
  });
  return blocks;
}

/** How many filled lines, from the `at`th, the card numbered `number` takes: its site and number, its title over them or not; 0 when none is there. */
function cardAt(trimmed: readonly string[], filled: readonly number[], at: number, number: number): number {
  const line = (offset: number) => trimmed[filled[at + offset] ?? -1] ?? '';
  const isNumber = (offset: number) => CARD_NUMBER.test(line(offset)) && Number(line(offset)) === number;
  if (SITE.test(line(0)) && isNumber(1)) return 2;
  if (line(0).length <= LONGEST_CARD_TITLE && SITE.test(line(1)) && isNumber(2)) return 3;
  return 0;
}

/** Takes the page's lines (`page`: the note's, readAssistantPage) out of a Markdown note's `tree`: those its paragraphs hold. Returns what was left out. */
export function dropAssistantPageChrome(tree: Root, text: string, lines: readonly string[], page: AssistantPage): LeftOutLine[] {
  const { chrome, drafts } = page;
  const chips = dropAnswerPageChips(tree, lines, page);
  if (chrome.size === 0 && drafts.size === 0) return chips;
  const taken = dropLines(tree, text, lines, new Set([...chrome, ...drafts].map((index) => index + 1)));
  const leftOut = [...taken].map((line) => ({ line, text: lines[line - 1]!.trim(), reason: drafts.has(line - 1) ? ('assistant-draft' as const) : ('site-chrome' as const) }));
  return [...leftOut, ...chips].sort((a, b) => a.line - b.line);
}

/** Every pattern here, for the test that none of them backtracks. */
export const ASSISTANT_PAGE_PATTERNS: readonly RegExp[] = [THOUGHT_FOR, REPLY_BUTTON, WORD_ICON_NAME, SHOW_DRAFTS, CONVERSATION_TITLE, DISCLAIMER, PRIVACY_LINK, SOURCES, SITE, CARD_NUMBER, MORE_CARDS, ANSWER_LABEL];
