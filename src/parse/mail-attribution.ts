/**
 * The line a mail client sets over the message a reply quotes, saying who wrote it: `On Tue, Mar 5, 2024 at 10:02 AM,
 * Dana <dana@…> wrote:`, Gmail's Korean and Chinese `…, Dana <dana@…>님이 작성:`, `Dana <dana@…> 于2024年6月3日周一
 * 16:02写道：`, a German, French, Spanish or Russian client's `… schrieb:`, `… a écrit :`, `… escribió:`, `… написал:`.
 * Read by the mail's reading, which leaves the line out (mail-headers.ts), and by a Python session's, for which a
 * `>>> ` prompt so ended opens a thrice-quoted mail line, not code (python-sessions.ts).
 */

/** The verb the line ends with, before its colon, in the languages mail clients write it in. */
const WROTE = [String.raw`\bwrote`, '작성', '写道', 'schrieb', 'a écrit', 'escribió', 'написал'];
/** Any line so ended, its colon full-width too (`写道：`). */
const ENDS_AS_ATTRIBUTION = new RegExp(String.raw`(?:${WROTE.join('|')})[:：]\s*$`, 'i');
/** The endings the mail's reading takes, with an address in the line: Gmail's and Apple Mail's Korean and Chinese ones. */
const ADDRESSED_ENDINGS = ['작성:', '작성：', '写道：', '写道:'];
/** Longer, a line that opens with `On` and ends with `wrote:` is a sentence of the note's (a quoted source in an answer). */
const LONGEST_ATTRIBUTION = 200;

/** Whether `said` ends as an attribution does, in any of the languages: enough where no note's line would (a console prompt's). */
export function endsAsAttribution(said: string): boolean {
  return ENDS_AS_ATTRIBUTION.test(said);
}

/**
 * Whether `said` (trimmed, unquoted) is an attribution, as the mail's reading leaves one out: `On … wrote:`, or a Korean
 * or Chinese one that names the sender with the address (tested without a pattern: a line is read once). A line that
 * only ends so, no address in it, is a note's own (`2024년 후기 작성:`).
 */
export function isAttribution(said: string): boolean {
  if (said.length > LONGEST_ATTRIBUTION) return false;
  if (said.startsWith('On ') && said.endsWith(' wrote:')) return true;
  return said.includes('@') && ADDRESSED_ENDINGS.some((ending) => said.endsWith(ending));
}
