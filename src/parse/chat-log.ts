/**
 * Study groups quiz each other in chats, and learners copy the chat into their notes. KakaoTalk's export
 * writes each message on a line under its sender's name and the time it was sent:
 *
 *     [김지훈] [오후 9:02] Q. Softmax와 Sigmoid의 차이는?
 *
 * The app writes lines of its own among the messages: the day's date, a placeholder for a photo or an
 * emoticon (`사진`, `이모티콘`), who came in. This module finds the messages and the app's lines; who asks
 * and who answers is read in speaker-labels.ts, as a transcript's speakers are. A note is a chat only when
 * the chat's headers (with the app's lines) are more than half of its lines, from two senders at least: a
 * note that mentions a time, or quotes a message, is none.
 */

/** What an app's line among the messages is. */
export type ChatAppLine = 'date' | 'placeholder' | 'app';

export interface ChatMessage {
  sender: string;
  /** The header's line (1-based). */
  line: number;
  /** The header's length on its line, with the space after it. */
  headerLength: number;
  /** The lines of what was said (1-based), the app's lines left out: the header's own line first. */
  said: number[];
}

export interface ChatLog {
  messages: ChatMessage[];
  /** The app's lines (1-based), among the messages or over them, as the app wrote them (after the header on its line). */
  appLines: Array<{ line: number; text: string; kind: ChatAppLine }>;
}

const TIME = String.raw`(?:(?:오전|오후) \d{1,2}:\d{2}|\d{1,2}:\d{2}(?: ?[AP]M)?)`;
/** The day KakaoTalk's export on a phone writes: `2024. 5. 18.`, `2024년 5월 18일`. */
const KAKAOTALK_DAY = String.raw`(?:\d{4}\. \d{1,2}\. \d{1,2}\.|\d{4}년 \d{1,2}월 \d{1,2}일)`;

/** The header of a message, its sender in the first group. */
const HEADERS: readonly RegExp[] = [
  // KakaoTalk's export on a computer: `[김지훈] [오후 9:02] …`, `[Jihun] [9:02 PM] …`.
  new RegExp(String.raw`^\[([^[\]\n]{1,30})\] \[${TIME}\] ?`, 'i'),
  // And on a phone: `2024. 5. 18. 오후 9:02, 김지훈 : …`, `2024년 5월 18일 오후 9:02, 김지훈 : …`.
  new RegExp(String.raw`^${KAKAOTALK_DAY} ${TIME}, ([^:\n]{1,30}?) : ?`, 'i'),
];

/**
 * A day's line between messages: `--------------- 2024년 5월 18일 토요일 ---------------` (`--------------- Saturday, May
 * 18, 2024 ---------------`), on a phone `2024. 5. 18. 토요일`.
 */
const DATE_LINE = new RegExp(String.raw`^(?:-{3,} [^\n]{4,40} -{3,}|${KAKAOTALK_DAY} [월화수목금토일]요일)$`, 'u');

/** What KakaoTalk writes for a message that is no text: a photo, a video, an emoticon, a file, a deleted message. */
const PLACEHOLDER = /^(?:사진(?: \d+장)?|동영상|이모티콘|음성메시지|삭제된 메시지입니다\.?|메시지가 삭제되었습니다\.?|(?:파일|File): .+|Photo|\d+ photos|Video|Emoticons?|Voice message|This message was deleted\.?)$/i;

/**
 * The app's own words: the export's date (`저장한 날짜 : 2024-05-20 23:11:42`), who came in or left (`2024. 5. 18. 오후 9:01:
 * 김지훈님이 들어왔습니다.`).
 */
const APP_LINE = new RegExp(
  String.raw`^(?:(?:저장한 날짜|Date Saved) ?: ?\d{4}(?:[-.]|년).*|(?:${KAKAOTALK_DAY} ${TIME}: )?[^\n]{1,30}님이 (?:들어왔습니다|나갔습니다|[^\n]{1,60}님을 초대했습니다)\.)$`,
  'i',
);

/** Senders, two at least, and messages: one asks, one answers. */
const FEWEST_MESSAGES = 2;

/** The chat `lines` (the note's) are, if they are one. */
export function readChatLog(lines: readonly string[]): ChatLog | undefined {
  // Every header holds its time's colon, and most lines of a note none: the headers are tried on those that do.
  const timed = lines.filter((line) => line.includes(':'));
  if (timed.length === 0) return undefined;
  for (const header of HEADERS) {
    const chat = timed.some((line) => header.test(line)) ? chatOfShape(lines, header) : undefined;
    if (chat) return chat;
  }
  return undefined;
}

function chatOfShape(lines: readonly string[], shape: RegExp): ChatLog | undefined {
  const messages: ChatMessage[] = [];
  const appLines: ChatLog['appLines'] = [];
  let written = 0;
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const text = raw.trim();
    if (text === '') continue;
    written++;
    const header = shape.exec(raw);
    if (header) messages.push({ sender: header[1]!.trim(), line, headerLength: header[0].length, said: [] });
    const said = header ? raw.slice(header[0].length).trim() : text;
    const kind = appLineKind(said, messages.length > 0);
    if (kind) appLines.push({ line, text: said, kind });
    else if (messages.length > 0) messages.at(-1)!.said.push(line);
  }
  if (messages.length < FEWEST_MESSAGES || new Set(messages.map((message) => message.sender)).size < 2) return undefined;
  // The headers, with the app's lines, are most of the note's lines.
  const chatLines = new Set([...messages.map((message) => message.line), ...appLines.map((appLine) => appLine.line)]).size;
  return chatLines * 2 > written ? { messages, appLines } : undefined;
}

/** What the app's line `said` is, if it is one. Before the first message, only a date or the export's. */
function appLineKind(said: string, inChat: boolean): ChatAppLine | undefined {
  if (DATE_LINE.test(said)) return 'date';
  if (APP_LINE.test(said)) return 'app';
  return inChat && PLACEHOLDER.test(said) ? 'placeholder' : undefined;
}
