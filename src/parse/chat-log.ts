/**
 * Study groups quiz each other in chats, and learners copy the chat into their notes. Each message is
 * under its sender's name and the time it was sent, on its line (the exports of KakaoTalk and LINE, Zoom's saved
 * chat in its older form) or on a line of its own over it (Slack, Discord, Teams, Telegram, Zoom's newer saved chat):
 *
 *     [김지훈] [오후 9:02] Q. Softmax와 Sigmoid의 차이는?
 *     21:02⇥田中⇥Q. 過学習とは？
 *     10:02:33⇥ From Kevin Park : What is an idempotent API?
 *
 *     Daniel Cho  10:32 AM
 *     Q for today: why is cross-entropy preferred over MSE for classification?
 *
 *     minji — Today at 9:03 PM
 *     what's the difference between bagging and boosting?
 *
 *     [3/5 10:02 AM] Kevin Park
 *     What is an idempotent API?
 *
 *     Kevin Park, [05.03.24 10:02]
 *     What is an idempotent API?
 *
 *     10:02:33 From  Kevin Park  to  Everyone:
 *     ⇥What is an idempotent API?
 *
 * A recording's transcript (Otter's, Naver Clova Note's) is written so too, each turn under its speaker and the time from
 * the recording's start (`Speaker 2  0:09`, `참석자 2 00:09`): a chat, where a speaker speaks again and the times never
 * go back (an agenda's items, `Intro 0:00`, are each written once).
 *
 * Discord copies a bot's header over three lines, its name, its badge (`APP`, `BOT` before 2024) and the dash with the
 * time (`QuizBot` / `APP` / ` — Today at 9:01 AM`): one header still, the bot its sender, the badge no part of a message.
 *
 * The app writes lines of its own among the messages: the day's date, a placeholder for a photo or an
 * emoticon (`사진`, `이모티콘`), reactions and their counts (`:+1:` over `2`), a thread's count of replies, an
 * edit's mark; and the mark closes the line of the message edited as often (`… boosting? (edited)`, `(편집됨)`,
 * `(已编辑)`, `(編集済み)`). This module finds the messages, the app's lines and its marks; who asks and who answers is read in
 * speaker-labels.ts, as a transcript's speakers are. A note is a chat only when the chat's headers are
 * most of it (on their lines, more than half of its lines; on lines of their own, a quarter, the message
 * under each), from two senders at least: a note that mentions a time is none. A copy of one sender's messages, their
 * headers on lines of their own most of the note (a Slack thread of one's own questions and answers), is no chat, but
 * its headers and the app's lines are still the app's: it is read as a post (readChatMessages).
 */
import { MONTH_NAME, SHORT_WEEKDAY_NAME, WEEKDAY_NAME } from '../wording/date-shapes.js';
import { HAN_KANA_SCRIPTS } from '../wording/scripts.js';

/** What an app's line among the messages is: `thread`, a thread's count of replies under its message (`3 replies`). */
export type ChatAppLine = 'date' | 'placeholder' | 'reactions' | 'thread' | 'app' | 'participants';

export interface ChatMessage {
  sender: string;
  /** The header's line (1-based). */
  line: number;
  /** The header's last line: `line`, unless the app copied the header over more (a bot's on Discord, its name over its badge and time). */
  headerEnd: number;
  /** The header's length on its line with the spaces after it: the whole line when the header has a line of its own. */
  headerLength: number;
  /** The lines of what was said (1-based), the app's lines left out: the header's own line first when the message starts on it, never a header of its own line. */
  said: number[];
}

export interface ChatLog {
  /** Whether each header has a line of its own, over its message. */
  ownLine: boolean;
  messages: ChatMessage[];
  /** The app's lines (1-based), among the messages or over them, as the app wrote them (after the header on its line). */
  appLines: Array<{ line: number; text: string; kind: ChatAppLine }>;
  /** The lines of messages (1-based) that an edit's mark closes (`… (edited)`), and the mark as written. */
  editMarks: Array<{ line: number; text: string }>;
  /** The messages are one sender's, most of the note (a Slack thread of one's own questions and answers): each is the note's. */
  oneSender?: boolean;
}

interface ChatShape {
  /** The header, its sender in the first group. */
  header: RegExp;
  ownLine: boolean;
  /** A header so like no other line (Discord's, with its day and time) that one alone tells a message copied from the app. */
  telling?: boolean;
  /** The header's last line alone, when the app may copy a bot's header over three: the bot's name, its badge (BOT_BADGE), then this. */
  botHeaderEnd?: RegExp;
  /**
   * The line of a day the app writes over its messages, without which headers of this shape are none: times and names
   * in columns may be a deck's cards (`9:00⇥くじ⇥nine o'clock`, a deck that teaches the time).
   */
  dayLine?: RegExp;
  /**
   * Headers of this shape are those of a chat only when a sender speaks again, for so plain a header may be a log's
   * line (`[10:02 AM] Started the mock interview` over what was asked), each of whose lines is written once.
   */
  sendersReturn?: boolean;
  /**
   * The time in the header is a recording's, from its start (a transcript's, `Speaker 2  0:09`): it never goes back,
   * and a recording of one speaker is no exchange, nor its headers an app's.
   */
  recorded?: boolean;
}

const TIME = String.raw`(?:(?:오전|오후) \d{1,2}:\d{2}|\d{1,2}:\d{2}(?: ?[AP]M)?)`;
/** The day KakaoTalk's export on a phone writes: `2024. 5. 18.`, `2024년 5월 18일`. */
const KAKAOTALK_DAY = String.raw`(?:\d{4}\. \d{1,2}\. \d{1,2}\.|\d{4}년 \d{1,2}월 \d{1,2}일)`;
/** When a Discord message was sent, after the dash: the day always (`Today at 9:03 PM`, `05/18/2024 9:03 PM`, `오늘 오후 9:03`). */
const DISCORD_WHEN = String.raw`(?:(?:Today at|Yesterday at|오늘|어제) |\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\.?,? )${TIME}[ \t]*$`;
/** The badge Discord writes after a bot's name, on a line of its own when copied: `APP`, and `BOT` before 2024. */
const BOT_BADGE = /^(?:APP|BOT)$/;
/** The day LINE's export writes over a day's messages: `2024/03/05(火)`, `2024/03/05(Tue)`. */
const LINE_DAY = String.raw`\d{4}/\d{1,2}/\d{1,2} ?\((?:[月火水木金土日]|${SHORT_WEEKDAY_NAME})\)`;
/** The day Teams writes before the time of a message sent before today: `3/5`, `3/5/2024`, `Yesterday`, `2024. 3. 5.`. */
const TEAMS_DAY = String.raw`(?:Yesterday|어제|${KAKAOTALK_DAY}|\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?\.?),? `;
/** A recording's time from its start, as a transcript stamps a speaker's turn: `0:09`, `00:09`, `1:02:03`. */
const ELAPSED = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
/** A bot's name, as a Discord header's (one to 41 characters, no dash of a header in it). */
const BOT_NAME = /^\S[^\n—]{0,40}$/;

const SHAPES: readonly ChatShape[] = [
  // KakaoTalk's export on a computer: `[김지훈] [오후 9:02] …`, `[Jihun] [9:02 PM] …`.
  { header: new RegExp(String.raw`^\[([^[\]\n]{1,30})\] \[${TIME}\] ?`, 'i'), ownLine: false },
  // And on a phone: `2024. 5. 18. 오후 9:02, 김지훈 : …`, `2024년 5월 18일 오후 9:02, 김지훈 : …`.
  { header: new RegExp(String.raw`^${KAKAOTALK_DAY} ${TIME}, ([^:\n]{1,30}?) : ?`, 'i'), ownLine: false },
  // Slack: the name, two spaces or a tab, the time of day (`Daniel Cho  10:32 AM`, `Daniel Cho  [10:32 AM]`); not a
  // recording's elapsed time (`Interviewer  0:03`, Otter's), a transcript's (speaker-labels.ts).
  { header: new RegExp(String.raw`^(\S[^\t\n]{0,40}?)(?: {2,12}|\t)\[?\d{1,2}:\d{2} ?[AP]M\]?[ \t]*$`, 'i'), ownLine: true },
  // Discord: the name, a dash, the day and the time (`minji — Today at 9:03 PM`, `minji — 05/18/2024 9:03 PM`, `minji — 오늘 오후 9:03`);
  // the day always: `Phone screen — 10:30` is a log's round and its time. A bot's header over three lines, its dash and time last.
  {
    header: new RegExp(String.raw`^(\S[^\n—]{0,40}?) — ${DISCORD_WHEN}`, 'i'),
    ownLine: true,
    telling: true,
    botHeaderEnd: new RegExp(String.raw`^[ \t]*— ${DISCORD_WHEN}`, 'i'),
  },
  // LINE's export: the time, a tab, the name, a tab (`21:02⇥田中⇥…`, `午後9:02⇥…`, `9:02 PM⇥…`).
  { header: /^(?:(?:午前|午後)\d{1,2}:\d{2}|\d{1,2}:\d{2}(?: ?[AP]M)?)\t([^\t\n]{1,30})\t/i, ownLine: false, dayLine: new RegExp(`^${LINE_DAY}$`, 'i') },
  // Zoom's saved chat, in its older form: the time to the second, `From`, the name, whom it was sent to or not, and a
  // spaced colon (`10:02:33⇥ From Kevin Park : …`, `… From Kevin Park to Everyone : …`).
  { header: /^\d{1,2}:\d{2}:\d{2}\t[ \t]*From[ \t]+(\S[^\t\n:]{0,40}?)(?:[ \t]+to[ \t]+[^\t\n:]{1,40}?)?[ \t]+: ?/, ownLine: false },
  // And in its newer form, the header on a line of its own, whom it was sent to closed by a colon, the message indented
  // under it (`10:02:33 From  Kevin Park  to  Everyone:` over `⇥What is …?`).
  { header: /^\d{1,2}:\d{2}:\d{2}[ \t]+From[ \t]+(\S[^\t\n:]{0,40}?)(?:[ \t]+to[ \t]+[^\t\n:]{1,40}?)?[ \t]*:[ \t]*$/, ownLine: true },
  // Microsoft Teams: the day and time in brackets, then the name, over the message (`[3/5 10:02 AM] Kevin Park`,
  // `[10:02 AM] Kevin Park` today).
  { header: new RegExp(String.raw`^\[(?:${TEAMS_DAY})?${TIME}\] (\S[^\n[\]]{0,40}?)[ \t]*$`, 'i'), ownLine: true, sendersReturn: true },
  // Telegram: the name, a comma, the day and time in brackets, over the message (`Kevin Park, [05.03.24 10:02]`).
  { header: new RegExp(String.raw`^(\S[^\n,[\]]{0,40}?), \[\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},? ${TIME}\][ \t]*$`, 'i'), ownLine: true },
  // A recording's transcript (Otter, Naver Clova Note): the speaker and the time from the recording's start, over
  // what was said (`Speaker 2  0:09`, `Interviewer  0:45`, `참석자 2 00:09`).
  { header: new RegExp(String.raw`^(\S[^\t\n:]{0,40}?)(?: {1,12}|\t)${ELAPSED}[ \t]*$`), ownLine: true, sendersReturn: true, recorded: true },
];


/**
 * A day's line between messages: KakaoTalk's `--------------- 2024년 5월 18일 토요일 ---------------` (`2024. 5. 18. 토요일`
 * on a phone), Slack's `Today`, `Saturday, May 18th`, Discord's `May 18, 2024`, LINE's `2024/03/05(火)` (`2024/03/05(Tue)`).
 */
const DATE_LINE = new RegExp(
  String.raw`^(?:-{3,} [^\n]{4,40} -{3,}|${KAKAOTALK_DAY} [월화수목금토일]요일|${LINE_DAY}|Today|Yesterday|(?:${WEEKDAY_NAME}, )?${MONTH_NAME} \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?)$`,
  'iu',
);

/** What KakaoTalk (and LINE, in brackets: `[写真]`, `[スタンプ]`, `[Sticker]`) writes for a message that is no text: a photo, a video, an emoticon, a file, a deleted message. */
const PLACEHOLDER = /^(?:\[(?:写真|動画|スタンプ|ファイル|Photo|Video|Sticker|File)\]|사진(?: \d+장)?|동영상|이모티콘|음성메시지|삭제된 메시지입니다\.?|메시지가 삭제되었습니다\.?|(?:파일|File): .+|Photo|\d+ photos|Video|Emoticons?|Voice message|This message was deleted\.?)$/i;

/**
 * Reactions under a message, each an emoji or a `:shortcode:`, with its count or not (`:+1: 2`, `✅`, `🔥🔥`). One emoji
 * to a turn of the loop, its joiners and skin tone with it: a long run of them is read once, not split every way.
 */
const REACTIONS = /^(?:(?::[\w+-]{1,40}:|\p{Extended_Pictographic}[\u200d\ufe0f\u{1F3FB}-\u{1F3FF}]*)(?:[ \t]*\d{1,5})?[ \t]*)+$/u;
/** A reaction's count on a line of its own under it. */
const COUNT = /^\d{1,5}$/;

/** The mark the app writes after a message edited (Slack's and Discord's, in English, Korean, Chinese and Japanese). */
const EDITED = String.raw`\((?:edited|편집됨|已编辑|編集済み)\)`;
/** An edit's mark closing a message's line (`… boosting? (edited)`). */
const EDIT_MARK = new RegExp(String.raw`${EDITED}[ \t]*$`, 'i');

/** A thread's count of replies under the message it opens on (`3 replies`, `2 replies Last reply 3 days ago`): the count in the first group. */
const THREAD_REPLIES = /^(\d{1,4}) repl(?:y|ies)(?: Last reply .*)?$/i;

/** How many replies the thread's line `said` (an app's line of `thread`) counts. */
export function threadReplies(said: string): number {
  return Number(THREAD_REPLIES.exec(said)?.[1] ?? 0);
}

/**
/**
 * The app's own words: the export's head (LINE's `[LINE] 面接対策グループのトーク履歴`) and date (`저장한 날짜 : 2024-05-20 23:11:42`,
 * `保存日時：2024/03/05 22:10`), who came in or left (`2024. 5. 18. 오후 9:01: 김지훈님이 들어왔습니다.`), a link to a thread, an
 * edit's mark on a line of its own.
 */
const APP_LINE = new RegExp(
  String.raw`^(?:\[LINE\] [^\n]{1,80}|(?:저장한 날짜|Date Saved|保存日時|Saved on) ?[:：] ?\d{4}(?:[-./]|년).*|(?:${KAKAOTALK_DAY} ${TIME}: )?[^\n]{1,30}님이 (?:들어왔습니다|나갔습니다|[^\n]{1,60}님을 초대했습니다)\.|View thread|${EDITED}|Also sent to the channel)$`,
  'i',
);

/** Senders, two at least, and messages: one asks, one answers. */
const FEWEST_MESSAGES = 2;

/** The messages of a note in one shape of header, and how much of the note they are. */
interface Messages extends ChatLog {
  /** Two messages at least, from two senders at least. */
  exchanged: boolean;
  /** The headers are most of the note (see above). */
  most: boolean;
  shape: ChatShape;
}

/** Whether `messages` make the note a chat. */
function isChat(messages: Messages): boolean {
  return messages.exchanged && messages.most;
}

/** A note's messages: the chat they make, or else the post (readChatMessages). */
export interface ChatMessages {
  chat?: ChatLog;
  post?: ChatLog;
}

/**
 * What `lines` (the note's) are, read once: the chat they are (`chat`), or else the post they are (`post`), messages
 * copied with their headers on lines of their own (Slack's, Discord's) into a note that is no chat: a quiz posted as
 * one long message, and the replies under it. The headers are too few of its lines to make it a chat (or one alone,
 * Discord's), but they, the app's lines among the messages (reactions, `👍 5  🔥 3`) and the replies are still the
 * app's and its readers', not the post's (speaker-labels.ts, readPostSpeech). Each is the first shape of header whose
 * messages make one; a chat in any shape comes before a post.
 */
export function readChatMessages(lines: readonly string[]): ChatMessages {
  // Every header holds its time's colon, and most lines of a note none: the shapes are tried on those that do.
  const timed = lines.filter((line) => line.includes(':'));
  if (timed.length === 0) return {};
  let post: ChatLog | undefined;
  for (const shape of SHAPES) {
    const headed = timed.some((line) => shape.header.test(line) || shape.botHeaderEnd?.test(line) === true);
    const dated = !shape.dayLine || lines.some((line) => shape.dayLine!.test(line.trim()));
    const messages = headed && dated ? chatOfShape(lines, shape) : undefined;
    if (!messages) continue;
    if (isChat(messages)) return { chat: messages };
    if (!post && messages.ownLine && (messages.exchanged || shape.telling === true)) post = messages;
    else if (!post && isOneSendersCopy(messages)) post = { ...messages, oneSender: true };
  }
  return post ? { post } : {};
}

/**
 * Whether `messages` are a copy of one sender's messages, their headers on lines of their own most of the note (a
 * thread of one's own questions and answers): no exchange, but the headers are still the app's. Not a recording's:
 * one speaker's transcript is a talk, not an app's copy.
 */
function isOneSendersCopy(messages: Messages): boolean {
  const senders = new Set(messages.messages.map((message) => message.sender));
  return messages.ownLine && messages.most && messages.shape.recorded !== true && senders.size === 1 && messages.messages.length >= FEWEST_MESSAGES;
}

function chatOfShape(lines: readonly string[], shape: ChatShape): Messages | undefined {
  const messages: ChatMessage[] = [];
  const appLines: ChatLog['appLines'] = [];
  const editMarks: ChatLog['editMarks'] = [];
  let written = 0;
  let reacted = false;
  /** Whether the last header has a line under it yet. */
  let heard = true;
  /** The last line written before the first header, and its text. */
  let before: { line: number; text: string } | undefined;
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    const line = index + 1;
    const text = raw.trim();
    if (text === '') continue;
    // A header is one of the note's lines, however many the app copied it over.
    written++;
    const botLines = botHeaderLines(lines, index, shape);
    const header = botLines ? undefined : shape.header.exec(raw);
    if (botLines || (header && shape.ownLine)) {
      // A header with no message under it names no sender of a chat (a schedule of names and times).
      if (!heard) return undefined;
      // Reactions right over the first header are those of the message above it, its own header not copied.
      if (messages.length === 0 && before && REACTIONS.test(before.text)) appLines.push({ ...before, kind: 'reactions' });
      messages.push({ sender: botLines ? text : header![1]!.trim(), line, headerEnd: line + (botLines ?? 1) - 1, headerLength: raw.length, said: [] });
      if (botLines) index += botLines - 1;
      reacted = false;
      heard = false;
      continue;
    }
    heard = true;
    if (messages.length === 0) before = { line, text };
    if (header) messages.push({ sender: header[1]!.trim(), line, headerEnd: line, headerLength: header[0].length, said: [] });
    const said = header ? raw.slice(header[0].length).trim() : text;
    const kind = appLineKind(said, reacted, messages.length > 0);
    reacted = kind === 'reactions';
    if (kind) appLines.push({ line, text: said, kind });
    else if (messages.length > 0) {
      messages.at(-1)!.said.push(line);
      const mark = editMarkOf(said);
      if (mark) editMarks.push({ line, text: mark[0].trimEnd() });
    }
  }
  if (messages.length === 0) return undefined;
  if (shape.sendersReturn && new Set(messages.map((message) => message.sender)).size === messages.length) return undefined;
  if (shape.recorded && !inRecordingsOrder(messages, lines)) return undefined;
  const participants = shape.recorded ? participantsLine(lines, messages[0]!.line) : undefined;
  if (participants) appLines.push(participants);
  const exchanged = messages.length >= FEWEST_MESSAGES && new Set(messages.map((message) => message.sender)).size >= 2;
  // A header on its line is most of the note's lines, with the app's; one on a line of its own, over its message, a quarter at least.
  const most = shape.ownLine ? messages.length * 4 >= written : new Set([...messages.map((message) => message.line), ...appLines.map((appLine) => appLine.line)]).size * 2 > written;
  return { ownLine: shape.ownLine, messages, appLines, editMarks, exchanged, most, shape };
}

/**
 * A line of names only, two to twelve of them apart by two spaces or more or a tab (`김민지  홍길동`, `Kevin Park  Minji
 * Kim`), each one as a name is written (two to four Hangul syllables, one to three capitalised words, two to four CJK
 * characters): the list of participants that Naver Clova Note writes under a recording's title, over its transcript.
 * Its speakers are named otherwise (`참석자 1`), so the names are not checked against them.
 */
const NAME = String.raw`(?:[가-힣]{2,4}|\p{Lu}[\p{Ll}'.-]+(?: \p{Lu}[\p{Ll}'.-]+){0,2}|[${HAN_KANA_SCRIPTS}]{2,4})`;
const PARTICIPANTS = new RegExp(String.raw`^${NAME}(?:(?: {2,}|\t+)${NAME}){1,11}$`, 'u');

/**
 * The list of participants over a recording's transcript: the last line written before its first header (`first`, a
 * line number), under another (the recording's title; a note's first line is its own). Left out, and said so: it
 * names people, not a topic (it was taken for the questions' topic).
 */
function participantsLine(lines: readonly string[], first: number): { line: number; text: string; kind: ChatAppLine } | undefined {
  let at = first - 2;
  while (at >= 0 && lines[at]!.trim() === '') at--;
  const text = at >= 0 ? lines[at]!.trim() : '';
  const titled = lines.slice(0, Math.max(0, at)).some((line) => line.trim() !== '');
  return titled && PARTICIPANTS.test(text) ? { line: at + 1, text, kind: 'participants' } : undefined;
}

/** The time a recording's header (`Speaker 2  0:09`) ends with, in seconds. */
const RECORDED_TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?[ \t]*$/;

/** Whether the times of the headers of `messages` never go back, as a recording's from its start do. */
function inRecordingsOrder(messages: readonly ChatMessage[], lines: readonly string[]): boolean {
  const seconds = messages.map((message) => {
    const [, first, second, third] = RECORDED_TIME.exec(lines[message.line - 1] ?? '') ?? [];
    const parts = [first, second, third].filter((part) => part !== undefined).map(Number);
    return parts.reduce((total, part) => total * 60 + part, 0);
  });
  return seconds.every((time, index) => index === 0 || time >= seconds[index - 1]!);
}

/**
 * How many lines a bot's header copied from Discord runs over from `lines[index]` (its name, under it the badge, then the
 * dash and the time): 3, or none when the line opens no such header.
 */
function botHeaderLines(lines: readonly string[], index: number, shape: ChatShape): number | undefined {
  if (!shape.botHeaderEnd) return undefined;
  const [name, badge, end] = [lines[index]!.trim(), lines[index + 1]?.trim() ?? '', lines[index + 2] ?? ''];
  return BOT_BADGE.test(badge) && shape.botHeaderEnd.test(end) && BOT_NAME.test(name) ? 3 : undefined;
}

/** The lines (1-based) a message's header runs over: its own, or a bot's three. */
export function headerLinesOf(message: ChatMessage): number[] {
  return Array.from({ length: message.headerEnd - message.line + 1 }, (_, k) => message.line + k);
}

/** The edit's mark that closes `said` (a message's line, or the end of one), if any. */
function editMarkOf(said: string): RegExpExecArray | null {
  return said.includes('(') ? EDIT_MARK.exec(said) : null;
}

/** `said` without the edit's mark that closes it: what its sender wrote. */
export function withoutEditMark(said: string): string {
  const mark = editMarkOf(said);
  return mark ? said.slice(0, mark.index).trimEnd() : said;
}

/** What the app's line `said` is, if it is one; `reacted`: the line over it is reactions. Before the first message, only a date or the export's. */
function appLineKind(said: string, reacted: boolean, inChat: boolean): ChatAppLine | undefined {
  if (DATE_LINE.test(said)) return 'date';
  if (THREAD_REPLIES.test(said)) return 'thread';
  if (APP_LINE.test(said)) return 'app';
  if (!inChat) return undefined;
  if (PLACEHOLDER.test(said)) return 'placeholder';
  if (REACTIONS.test(said) || (reacted && COUNT.test(said))) return 'reactions';
  return undefined;
}
