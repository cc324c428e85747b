/**
 * Interview transcripts label every line with its speaker:
 *
 *     Interviewer: What is overfitting?
 *     Me: When the model fits noise in the training data.
 *
 * (`Q:` / `Candidate:`, `면접관:` / `나:`, `Interviewer - …`, bold `**Interviewer:**`). The labels
 * are the note's own words, so they are found in the note: two labels whose lines alternate (two
 * exchanges at least), the lines of one of them asking (more than half end in a question mark) and those of
 * the other not. A note that merely labels its lines (`Pros:` / `Cons:`, `Note:`) has no speaker
 * that asks, and a `Q:` / `A:` note has its own reading: both are read as before.
 *
 * Each top-level paragraph that starts with a speaker's label is marked with the speaker's role
 * (`data.speaker`); the extract stage reads an asking line of the one who asks as a question, as
 * it reads a `Q:` line, and the other speaker's lines as its answer, each without its label
 * (`withoutSpeakerLabel`). The Markdown reader cuts a paragraph before each speaker's line
 * (prompt-runs.ts): a transcript is often typed with no blank lines.
 *
 * A study group's chat (chat-log.ts) is read so too, each message's header its label, but message by message, for
 * three people or more may quiz each other and the one who asks may change: a message that asks (with its question
 * mark, or labelled `Q.`) is a question, and the messages of the others after it, up to the next, its answer
 * (readChatSpeech); under a thread's line (Slack's `3 replies`), the replies in the thread answer it, whoever sends
 * them. The one who asks, saying anything else (`굿 👍`, `수고하셨어요`), closes it; that, and what
 * is said out of a question's turn, is left out with a note, as are the app's own lines (dates, placeholders,
 * reactions) and the mark of an edit closing a message's line (`(edited)`), which is no part of a question or answer.
 * A quiz bot gives the answer itself (`✅ Answer: …`) after the members' guesses: its answer is the question's.
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { ASKS_OR_NUMBERED, isQaLine } from './runaway-blocks.js';
import { opensInterview } from '../wording/interview-opening.js';
import { ANSWER_PREFIX } from './answer-line.js';
import { MARK_EMOJI, QUESTION_MARK } from '../wording/marks.js';
import { headerLinesOf, threadReplies, withoutEditMark, type ChatAppLine, type ChatLog, type ChatMessage } from './chat-log.js';
import { rewriteLineEnds } from './line-ends.js';
import type { LeftOutLine } from './plaintext.js';
import { cutParagraphs } from './left-out-lines.js';

export type SpeakerRole = 'asks' | 'answers';

declare module 'mdast' {
  interface ParagraphData {
    /** The paragraph is a speaker's line of a transcript: who speaks, and where the label ends (an offset into the text). */
    speaker?: { role: SpeakerRole; labelEnd: number };
  }
}

/** The two labels of a transcript, lower-cased. */
export interface Speakers {
  asker: string;
  answerer: string;
}

/**
 * A label of one to three words at the start of a line, bold or not, then `:` (or a spaced dash) and
 * what is said: `Interviewer: …`, `**Interviewer:** …`, `**Me**: …`, `Interviewer - …`, `면접관: …`, and with a
 * stage direction after the name, `Interviewer (raising a challenge): …`. An emoji names a speaker too (`🧑‍💼: …` /
 * `🙋: …`), one character drawn as one with what joins it (a skin tone, a joiner, a variation selector). A recording's
 * transcript (Otter, Zoom, a meeting's notes) stamps each line with its time first: `[00:01:02] Daniel: …`,
 * `(12:03) Me: …`, `00:12 Me: …`; the stamp goes with the label.
 */
const SPEAKER_LINE = /^[ \t]*(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?[ \t]+)?(?:\*\*|__)?(\p{L}[\p{L}\p{N}]*(?: [\p{L}\p{N}]+){0,2}|\p{Extended_Pictographic}[\p{Emoji_Modifier}\ufe0f]*(?:\u200d\p{Extended_Pictographic}[\p{Emoji_Modifier}\ufe0f]*)*)(?:\*\*|__)?(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*[:：]|[ \t]+[-–—](?=[ \t]))(?:\*\*|__)?[ \t]*(?=\S)/u;
const FENCE = /^[ \t]*(?:```|~~~)/;
/** What every speaker's line holds, found faster than a label is read: most lines of a note hold neither. */
const LABEL_END = /[:：]|[ \t][-–—][ \t]/;

interface SpeakerLine {
  label: string;
  /** The label's length in the line, with its marks and the spaces after it. */
  length: number;
}

function speakerLine(line: string): SpeakerLine | undefined {
  const found = SPEAKER_LINE.exec(line);
  return found ? { label: found[1]!.toLowerCase(), length: found[0].length } : undefined;
}

/** The speakers of a transcript, when `lines` (the note's) are one; code blocks are not read. */
export function findSpeakers(lines: readonly string[]): Speakers | undefined {
  const spoken: Array<{ label: string; asks: boolean }> = [];
  const counts = new Map<string, number>();
  let fenced = false;
  for (const line of lines) {
    if (FENCE.test(line)) fenced = !fenced;
    const found = fenced || !LABEL_END.test(line) ? undefined : speakerLine(line);
    if (!found) continue;
    const said = line.slice(found.length).trim();
    spoken.push({ label: found.label, asks: ASKS_OR_NUMBERED.test(said) || opensInterview(said) });
    counts.set(found.label, (counts.get(found.label) ?? 0) + 1);
  }
  if (counts.size < 2) return undefined;
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]).map(([label]) => label);
  const pair = spoken.filter(({ label }) => label === first || label === second);
  // Two exchanges at least: runs of one label and the other, two of each.
  const runs = pair.filter((line, index) => index === 0 || pair[index - 1]!.label !== line.label).length;
  if (runs < 4) return undefined;
  // The share of each one's lines that ask.
  const asking = (label: string) => {
    const own = pair.filter((line) => line.label === label);
    return own.filter((line) => line.asks).length / own.length;
  };
  const [firstAsks, secondAsks] = [asking(first!), asking(second!)];
  const speakers = firstAsks > 0.5 && secondAsks < 0.5 ? { asker: first!, answerer: second! } : secondAsks > 0.5 && firstAsks < 0.5 ? { asker: second!, answerer: first! } : undefined;
  // `A:` / `Answer:` already answer a `Q:` note, whose answers may name an option (`A: b`): it is read as it always was.
  return speakers && !ANSWER_PREFIX.test(`${speakers.answerer}:`) ? speakers : undefined;
}

/** The speaker's line `line` is, if any. */
export function speakerOf(line: string, speakers: Speakers): (SpeakerLine & { role: SpeakerRole }) | undefined {
  const found = speakerLine(line);
  if (!found) return undefined;
  if (found.label === speakers.asker) return { ...found, role: 'asks' };
  return found.label === speakers.answerer ? { ...found, role: 'answers' } : undefined;
}

/** Marks each top-level paragraph of `tree` that starts with a speaker's label with its speaker's role. */
export function markSpeakerLines(tree: Root, lines: readonly string[], speakers: Speakers): void {
  for (const block of tree.children) {
    const start = block.position?.start;
    if (block.type !== 'paragraph' || start?.offset === undefined) continue;
    const line = lines[start.line - 1] ?? '';
    // The paragraph starts where the line's text does (a quote or a list would start before it).
    if (line.length - line.trimStart().length !== start.column - 1) continue;
    const found = speakerOf(line, speakers);
    if (!found) continue;
    const labelEnd = start.offset - (start.column - 1) + found.length;
    block.data = { ...block.data, speaker: { role: found.role, labelEnd } };
  }
}

/** A chat's messages as a transcript's lines: the speaker's paragraphs, and the lines left out. */
export interface ChatSpeech {
  /** The lines that open a speaker's paragraph: its role, and its label's length from the line's first character that is not a space. */
  turns: Map<number, { role: SpeakerRole; labelLength: number }>;
  /** The lines to leave out of the note, with why. */
  leftOut: LeftOutLine[];
  /** Headers on lines of their own (Slack's, Discord's): labels, left out without a word. */
  headers: number[];
  /** The lines kept that an edit's mark closes (`… (edited)`): the mark is left out of them. */
  editMarks: number[];
}

/** An emoji set before a message's label (`✅ Answer: …`). */
const LEADING_MARK = new RegExp(`^${MARK_EMOJI}`, 'u');

/** What a chat's message that asks ends with: its question mark, a quote, a bracket or emoji after it. */
const ASKS_IN_CHAT = new RegExp(String.raw`${QUESTION_MARK}["'”’»」』)]*[\s\p{Extended_Pictographic}\u200d\ufe0f]*$`, 'u');

/**
 * What the one who asks says before the question on its line: a word on the last answer and the turn's name (`nice.
 * follow-up:`, `next one →`, `Q for today:`, `ok quiz time 🎯`, `다음 질문:`). Only those words: `Softmax vs sigmoid:
 * which one for multi-label?` asks with all of it.
 */
const TURN_LEAD = new RegExp(
  String.raw`^(?:(?:nice|great|good|ok(?:ay)?|cool|correct|right|alright|perfect|굿|좋아요|좋습니다|정답)[.!,~]*\s+)*(?:q|question|quiz(?: time)?|next(?: one| question)?|last(?: one| question)?|final(?: one| question)?|follow[- ]?up(?: question)?|bonus(?: question)?|another(?: one)?|first(?: one| question)?|오늘의? 질문|다음(?: 질문)?|마지막(?: 질문)?|꼬리 ?질문|보너스(?: 질문)?)(?: for today| of the day)?\s*(?:[:：→]|->|\p{Extended_Pictographic}[\p{Extended_Pictographic}\u200d\ufe0f]*)\s*(?=\S)`,
  'iu',
);

/**
 * Who asks and who answers in the chat `chat` (of the note's `lines`). A message asks when a line of it does (its
 * question mark, or a label, `Q. …`): that line is a question, without the turn's name before it (`next one →`), a
 * remark over it in the message (`정답!` over `Q. …?`, Discord's `✅ correct` over `next: why …?`) left out. The first
 * message of another after it answers it, whatever its end (a learner's answer may end with `아닌가요?`), and so does
 * each after that, up to the next question; the one who asks, saying anything else, closes it, and what is said out
 * of a question's turn is no answer. A question with a thread under it (`3 replies`) is answered by the replies in
 * it, as many as its line counts, the asker's own too (people answer their own questions in a thread), up to the next
 * message that asks. A quiz's host (a bot) answers its own questions, labelled (`✅ Answer: O(n) …`): that is the
 * answer, and the others' replies before it are guesses (`O(n log n)?`), which neither ask nor answer.
 */
export function readChatSpeech(chat: ChatLog, lines: readonly string[]): ChatSpeech {
  const turns: ChatSpeech['turns'] = new Map();
  const leftOut: LeftOutLine[] = chat.appLines.map(({ line, text, kind }) => ({ line, text, reason: APP_LINE_REASON[kind] }));
  let asker: string | undefined;
  let answered = false;
  const written = (message: ChatMessage, line: number) => (line === message.line ? (lines[line - 1] ?? '').slice(message.headerLength) : (lines[line - 1] ?? '')).trim();
  // What the sender wrote, the mark of an edit after it left aside: `Why …? (edited)` asks.
  const said = (message: ChatMessage, line: number) => withoutEditMark(written(message, line));
  const header = (message: ChatMessage, line: number) => (line === message.line ? message.headerLength : 0);
  const remark = (message: ChatMessage, line: number) => leftOut.push({ line, text: written(message, line), reason: 'chat-remark' });
  // A group that labels its questions (`Q. …`) asks with the label: `다들 준비됐나요?`, and a reply's `… 아닌가요?`, ask nothing.
  const labelled = chat.messages.filter((message) => message.said.some((line) => isQaLine(said(message, line)))).length >= 2;
  const asks = (text: string) => isQaLine(text) || (!labelled && ASKS_IN_CHAT.test(text));
  const threads = threadsUnder(chat);
  /** The messages left in the thread of the question last asked (its `3 replies`), each an answer whoever sends it. */
  let inThread = 0;
  // Those who give the answers to their questions themselves, labelled (a quiz bot's `✅ Answer: …`, a quizmaster's).
  const hosts = new Set(chat.messages.filter((message) => message.said[0] !== undefined && revealLength(said(message, message.said[0])) !== undefined).map((message) => message.sender));
  /** The others' replies to a host's question, until the host gives its answer: their guesses, then. */
  let guesses: ChatMessage[] = [];
  for (const [index, message] of chat.messages.entries()) {
    const threaded = inThread > 0;
    inThread = Math.max(0, inThread - 1);
    const [first] = message.said;
    if (first === undefined) continue;
    const answers = asker !== undefined && (threaded || message.sender !== asker);
    const revealed = asker !== undefined && message.sender === asker && hosts.has(asker) ? revealLength(said(message, first)) : undefined;
    if (revealed !== undefined) {
      // The host's answer is the question's: the replies before it guessed (`O(n log n)?`), and neither ask nor answer.
      for (const guess of guesses) {
        turns.delete(guess.said[0]!);
        for (const line of guess.said) leftOut.push({ line, text: written(guess, line), reason: 'chat-guess' });
      }
      guesses = [];
      turns.set(first, { role: 'answers', labelLength: header(message, first) + revealed });
      answered = true;
      continue;
    }
    // The first reply to a question answers it whatever its end, unless it asks with a label; and so does every reply
    // to a host's question, which the host is to answer.
    const hosted = answers && hosts.has(asker!);
    const replies = answers && (!answered || hosted) && !isQaLine(said(message, first));
    const asked = replies ? -1 : message.said.findIndex((line) => asks(said(message, line)));
    if (asked >= 0) {
      for (const line of message.said.slice(0, asked)) remark(message, line);
      const line = message.said[asked]!;
      const text = said(message, line);
      turns.set(line, { role: 'asks', labelLength: header(message, line) + (TURN_LEAD.exec(text)?.[0].length ?? 0) });
      asker = message.sender;
      answered = false;
      // A message that asks closes the thread it is in; the thread under it, if any, answers it.
      inThread = threads.get(index) ?? 0;
      guesses = [];
    } else if (answers) {
      turns.set(first, { role: 'answers', labelLength: header(message, first) });
      answered = true;
      if (hosted) guesses.push(message);
    } else {
      for (const line of message.said) remark(message, line);
      // The one who asks has had the last word on the question.
      if (message.sender === asker) asker = undefined;
    }
  }
  return { turns, headers: chat.ownLine ? chat.messages.flatMap(headerLinesOf) : [], ...withEditMarks(leftOut, chat) };
}

/** A message's line opening with an answer's label (`Answer:`, `정답:`), an emoji before it or not (`✅ Answer: …`): the label's length. */
function revealLength(text: string): number | undefined {
  const mark = LEADING_MARK.exec(text)?.[0].length ?? 0;
  const label = ANSWER_PREFIX.exec(text.slice(mark));
  return label ? mark + label[0].length : undefined;
}

/**
 * The threads of `chat`: the index of each message a thread's line is under (Slack's `3 replies`, before the next
 * message), and how many replies it counts. The copy of a thread has its replies under that line.
 */
function threadsUnder(chat: ChatLog): Map<number, number> {
  const threads = new Map<number, number>();
  let index = 0;
  for (const { line, text, kind } of chat.appLines) {
    if (kind !== 'thread') continue;
    while (index + 1 < chat.messages.length && chat.messages[index + 1]!.line < line) index++;
    if (chat.messages[index]!.line < line) threads.set(index, threadReplies(text));
  }
  return threads;
}

/**
 * `leftOut` (sorted by line, in place) with the edit marks of `log` that close a line kept, and those lines: a remark's
 * line is left out whole, its mark with it; on a line kept, the mark alone is, and told.
 */
function withEditMarks(leftOut: LeftOutLine[], log: ChatLog): Pick<ChatSpeech, 'leftOut' | 'editMarks'> {
  const remarked = new Set(leftOut.map(({ line }) => line));
  const marked = log.editMarks.filter(({ line }) => !remarked.has(line));
  for (const { line, text } of marked) leftOut.push({ line, text, reason: 'chat-edit-mark' });
  return { leftOut: leftOut.sort((a, b) => a.line - b.line), editMarks: marked.map(({ line }) => line) };
}

/**
 * What of a post copied with its messages' headers (chat-log.ts, readChatMessages) is the app's and its readers': each
 * header (`jiwoo — 오늘 오전 9:20`), the app's lines (the reactions under the post, `👍 5  🔥 3`), and the replies of
 * the others that ask nothing (`Q3 어렵네요 ㅠ`), its lines right under its header, left out with a note each. The
 * poster's messages are the note, read as any text, and so is a reply that asks or that answers a line asking right
 * over it (as a chat's first reply does), and what follows a reply past a blank line (the note's own headings and
 * answers, which the app did not write). The poster is the sender of the header the note opens with (a title over it
 * or not), or the one sender of a copy of one's own messages (`oneSender`); a note that opens with its text was
 * copied without its poster's header, and every message under it replies.
 */
export function readPostSpeech(post: ChatLog, lines: readonly string[]): ChatSpeech {
  const first = post.messages[0]!;
  const written = lines.slice(0, first.line - 1).filter((line) => line.trim() !== '').length;
  const poster = written <= 1 || post.oneSender === true ? first.sender : undefined;
  const leftOut: LeftOutLine[] = [
    ...post.messages.flatMap(headerLinesOf).map((line) => ({ line, text: (lines[line - 1] ?? '').trim(), reason: 'chat-app' as const })),
    ...post.appLines.map(({ line, text, kind }) => ({ line, text, reason: APP_LINE_REASON[kind] })),
  ];
  const said = (line: number) => withoutEditMark((lines[line - 1] ?? '').trim());
  const asks = (line: number) => isQaLine(said(line)) || ASKS_IN_CHAT.test(said(line));
  const apps = new Set([...post.messages.flatMap(headerLinesOf), ...post.appLines.map(({ line }) => line)]);
  /** The line last written over `line` that is no header nor the app's. */
  const over = (line: number) => {
    let above = line - 1;
    while (above > 0 && (said(above) === '' || apps.has(above))) above--;
    return above;
  };
  for (const message of post.messages) {
    // A reply is the lines right under its header: after a blank line, the note may go on with its own (a heading, an answer).
    const reply = message.said.filter((line, k) => line === message.headerEnd + 1 + k);
    // A reply to a line that asks, its question mark ending it, answers it as a chat's first reply does (not one that
    // asks and answers, `Q4. …? ||…||`); one that asks is a question.
    const above = over(message.line);
    if (message.sender === poster || (above > 0 && ASKS_IN_CHAT.test(said(above))) || reply.some(asks)) continue;
    for (const line of reply) leftOut.push({ line, text: (lines[line - 1] ?? '').trim(), reason: 'chat-remark' });
  }
  return { turns: new Map(), headers: [], ...withEditMarks(leftOut, post) };
}

const APP_LINE_REASON: Record<ChatAppLine, LeftOutLine['reason']> = { date: 'chat-date', placeholder: 'chat-placeholder', reactions: 'chat-reactions', thread: 'chat-app', app: 'chat-app', participants: 'chat-participants' };

/**
 * Marks each top-level paragraph of `tree` (the note's `text`, split into `lines`) that opens a turn of the chat's
 * `speech` with its speaker's role, as markSpeakerLines marks a transcript's, and takes out the blocks of the lines it
 * leaves out. A paragraph that runs on over another turn or a line left out (Markdown's, or a copied line that looks
 * wrapped) is cut there first.
 */
export function markChatSpeech(tree: Root, text: string, lines: readonly string[], speech: ChatSpeech): void {
  // A line an edit's mark closes stays, without the mark (dropEditMarks).
  const dropped = new Set([...speech.headers, ...speech.leftOut.filter(({ reason }) => reason !== 'chat-edit-mark').map(({ line }) => line)]);
  const cuts = [...new Set([...speech.turns.keys(), ...dropped, ...[...dropped].map((line) => line + 1)])].sort((a, b) => a - b);
  const children = cutParagraphs(tree.children, cuts, text, lines);
  tree.children = children.filter((block) => !dropped.has(block.position?.start.line ?? 0));
  for (const block of tree.children) {
    const start = block.position?.start;
    if (block.type !== 'paragraph' || start?.offset === undefined) continue;
    const turn = speech.turns.get(start.line);
    const line = lines[start.line - 1] ?? '';
    // The paragraph starts where the line's text does (a quote or a list would start before it).
    if (!turn || line.length - line.trimStart().length !== start.column - 1) continue;
    block.data = { ...block.data, speaker: { role: turn.role, labelEnd: start.offset + turn.labelLength } };
  }
  if (speech.editMarks.length > 0) dropEditMarks(tree, new Set(speech.editMarks));
}

/** Takes the mark of an edit off the end of each of the lines `marked` (`… (edited)`), in whatever block holds it. */
function dropEditMarks(tree: Root, marked: ReadonlySet<number>): void {
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return undefined;
    const { start, end } = node.position ?? { start: { line: 0 }, end: { line: -1 } };
    let holds = false;
    for (let line = start.line; line <= end.line && !holds; line++) holds = marked.has(line);
    if (holds) rewriteLineEnds(node, (value) => value.includes('('), (piece, line) => (marked.has(line) ? withoutEditMark(piece) : piece));
    return SKIP;
  });
}

/** A speaker's paragraph without its label: what the speaker said. Any other paragraph as it is. */
export function withoutSpeakerLabel(paragraph: Paragraph): Paragraph {
  const labelEnd = paragraph.data?.speaker?.labelEnd;
  return labelEnd === undefined ? paragraph : { ...paragraph, children: withoutLeadingSpace(after(paragraph.children, labelEnd)) };
}

/** What a label on a line of its own (`**Simple:**` over the answer) leaves: its line break, and spaces, go with it. */
function withoutLeadingSpace(nodes: PhrasingContent[]): PhrasingContent[] {
  let [first, ...rest] = nodes;
  while (first?.type === 'break') [first, ...rest] = rest;
  if (first?.type !== 'text') return first ? [first, ...rest] : [];
  const value = first.value.trimStart();
  if (value === first.value) return [first, ...rest];
  const removed = first.value.slice(0, first.value.length - value.length);
  const start = first.position?.start;
  const lines = removed.split('\n');
  const moved =
    start && start.offset !== undefined
      ? { line: start.line + lines.length - 1, column: lines.length > 1 ? lines.at(-1)!.length + 1 : start.column + removed.length, offset: start.offset + removed.length }
      : undefined;
  const text = { ...first, value, ...(moved && first.position ? { position: { start: moved, end: first.position.end } } : {}) };
  return value === '' ? rest : [text, ...rest];
}

/** The inline content from `offset` on: nodes before it left out, one across it cut there (`**Interviewer: What is X?**`). */
function after(nodes: readonly PhrasingContent[], offset: number): PhrasingContent[] {
  const kept: PhrasingContent[] = [];
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || start >= offset) kept.push(node);
    else if (end <= offset) continue;
    else if (node.type === 'text') {
      // The label's own characters are plain (letters, a colon, spaces): the value counts them as the source does.
      const value = node.value.slice(offset - start);
      if (value) kept.push({ ...node, value, position: { start: { line: node.position!.start.line, column: node.position!.start.column + (offset - start), offset }, end: node.position!.end } });
    } else if ('children' in node) {
      const children = after(node.children as PhrasingContent[], offset);
      if (children.length > 0) kept.push({ ...node, children } as PhrasingContent);
    }
  }
  return kept;
}
