/**
 * A note pasted from an email thread (a recruiter's questions, answered inline) holds the mail's own
 * lines, which say who wrote to whom and when, not what the note says:
 *
 * - its header fields, as a mail client prints them over a message and over one it forwards
 *   (`From: …`, `Sent: …`, `To: …`, `Subject: …`): a run of two or more of them, `From:` among them,
 *   no blank line between (one `Date:` or `Subject:` line alone may be a note's own);
 * - the line that opens a forwarded or replied-to message (`---------- Forwarded message ---------`,
 *   `-----Original Message-----`, `Begin forwarded message:`);
 * - the line that says who wrote the message quoted under it (`On Mon, Jun 3, 2024 at 4:02 PM, Dana
 *   <…> wrote:`), quoted or not.
 *
 * Each is left out with a note (`mail-header`); the lines of the mail itself stay, the greeting read as
 * any text before the first question is. The quote markers of a reply's quoted lines are read through.
 */
import { withoutQuoteMarkers } from './quote-markers.js';

/** A header field a mail client prints: its name, a colon, a value. */
export const HEADER_FIELD = /^(?:from|sent|to|cc|bcc|date|subject|reply-to)[ \t]*:[ \t]*\S/i;
const FROM_FIELD = /^from[ \t]*:/i;
/** The line over a forwarded or replied-to message, as Gmail, Outlook and Apple Mail write it. */
export const MESSAGE_OPENER = /^(?:-{2,}[ \t]*(?:forwarded message|original message)[ \t]*-{2,}|begin forwarded message:)$/i;
/** Longer, a line that opens with `On` and ends with `wrote:` is a sentence of the note's (a quoted source in an answer). */
const LONGEST_ATTRIBUTION = 200;

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

/** `On Tue, Mar 5, 2024 at 10:02 AM, me wrote:`: who wrote the message quoted under it (tested without a pattern: a line is read once). */
function isAttribution(said: string): boolean {
  return said.length <= LONGEST_ATTRIBUTION && said.startsWith('On ') && said.endsWith(' wrote:');
}

/** A line without its quote markers: a reply quotes the header of the message it answers too. */
function unquoted(line: string): string {
  return withoutQuoteMarkers(line).trim();
}
