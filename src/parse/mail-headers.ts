/**
 * A note pasted from an email thread (a recruiter's questions, answered inline) holds the mail's own
 * lines, which say who wrote to whom and when, not what the note says:
 *
 * - its header fields, as a mail client prints them over a message and over one it forwards
 *   (`From: …`, `Sent: …`, `To: …`, `Subject: …`), in the client's language too: Korean (`보낸 사람:`,
 *   `받는 사람:`, `참조:`, `보낸 날짜:`, `제목:` of Outlook, `보낸사람 :` of Daum), Chinese (`发件人：`,
 *   `收件人：`, `抄送：`, `发送时间：`, `主题：`) and Japanese (`差出人:`, `宛先:`, `送信日時:`, `件名:`), a
 *   full-width colon or a plain one: a run of two or more of them, the sender's among them, no blank
 *   line between (one `Date:` or `Subject:` line alone may be a note's own, and a page's `제목:` and
 *   `날짜:` properties are no mail's);
 * - the line that opens a forwarded or replied-to message (`---------- Forwarded message ---------`,
 *   `-----Original Message-----`, `Begin forwarded message:`, `-----원본 메시지-----`,
 *   `---------- 전달된 메일 ----------`, `-----原始邮件-----`, `---------- 転送されたメッセージ ---------`);
 * - the line that says who wrote the message quoted under it (`On Mon, Jun 3, 2024 at 4:02 PM, Dana
 *   <…> wrote:`, Gmail's `2024년 6월 3일 (월) 오후 4:02, Dana <…>님이 작성:`, `Dana <…> 于2024年6月3日周一
 *   16:02写道：`), quoted or not.
 *
 * Each is left out with a note (`mail-header`); the lines of the mail itself stay, the greeting read as
 * any text before the first question is. The quote markers of a reply's quoted lines are read through.
 */
import { withoutQuoteMarkers } from './quote-markers.js';
import { isAttribution } from './mail-attribution.js';

/** The field of the message's sender, in the languages a mail client prints it in (Daum writes `보낸사람`). */
const SENDER = String.raw`from|보낸 ?사람|发件人|差出人`;
/** The other fields: to, copies, the date, the subject. */
const OTHER_FIELDS = String.raw`sent|to|cc|bcc|date|subject|reply-to|받는 ?사람|(?:숨은 )?참조|보낸 ?날짜|날짜|제목|收件人|抄送|密送|发送时间|日期|主题|宛先|送信日時|件名`;
/** A header field a mail client prints: its name, a colon (full-width too: `发件人：`), a value. */
export const HEADER_FIELD = new RegExp(String.raw`^(?:${SENDER}|${OTHER_FIELDS})[ \t]*[:：][ \t]*\S`, 'i');
const FROM_FIELD = new RegExp(String.raw`^(?:${SENDER})[ \t]*[:：]`, 'i');
/** The line over a forwarded or replied-to message, as Gmail, Outlook, Apple Mail, Naver and Daum write it. */
export const MESSAGE_OPENER =
  /^(?:-{2,}[ \t]*(?:forwarded message|original message|원본 메시지|원본 메일|전달된 메시지|전달된 메일|原始邮件|转发的邮件|元のメッセージ|転送されたメッセージ)[ \t]*-{2,}|begin forwarded message:)$/i;

export interface MailHeaderLine {
  /** 1-based. */
  line: number;
  /** The line as written, trimmed. */
  text: string;
}

/** The mail's header lines of a note, in order; none in a note that is no mail. */
export function mailHeaderLines(lines: readonly string[]): MailHeaderLine[] {
  const found: MailHeaderLine[] = [];
  let run: number[] = [];
  let from = false;
  const endRun = (): void => {
    if (run.length >= 2 && from) found.push(...run.map((k) => ({ line: k + 1, text: lines[k]!.trim() })));
    run = [];
    from = false;
  };
  for (let k = 0; k < lines.length; k++) {
    const said = unquoted(lines[k]!);
    if (HEADER_FIELD.test(said)) {
      run.push(k);
      from ||= FROM_FIELD.test(said);
      continue;
    }
    endRun();
    if (MESSAGE_OPENER.test(said) || isAttribution(said)) found.push({ line: k + 1, text: lines[k]!.trim() });
  }
  endRun();
  return found;
}

/** A line without its quote markers: a reply quotes the header of the message it answers too. */
function unquoted(line: string): string {
  return withoutQuoteMarkers(line).trim();
}
