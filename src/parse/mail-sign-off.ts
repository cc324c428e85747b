/**
 * How an email pasted as a note ends, after its last answer: never an answer's words.
 *
 * - A closing word alone on its line (`Best,`, `Kind regards,`, `Thanks,`, `Cheers,`) over the sender's name and
 *   details, one to four short lines (`Acme Recruiting` over `Acme AI · 500 Market St, San Francisco`);
 * - over it, what the sender last asks of the reader, a paragraph of its own (`Please confirm your availability by
 *   Friday.`, `Let me know if you have questions.`, `Looking forward to meeting you`): the request closes the mail,
 *   not the answer above it (it is only read so right over a closing word);
 * - a signature under `--` (the separator mail clients write, `-- ` too): the short lines under it, in a mail (a note
 *   with a mail's header, mail-headers.ts) or under such a closing;
 * - the line a phone adds, `Sent from my iPhone`, `Get Outlook for iOS` (`iPhone에서 보냄`, `发自我的iPhone`,
 *   `iPhoneから送信`).
 *
 * A Korean, Chinese or Japanese mail closes so too (`감사합니다.` over `Acme AI 채용팀 드림`, the request over it
 * ending its sentence: `…금요일까지 회신 부탁드립니다.`; `此致` over `敬礼`; `よろしくお願いいたします。`), read only in a
 * mail: those words end many an answer, and a line under them need not be a name (`감사합니다.` over `좋은 결과
 * 기다리겠습니다.`, a rehearsed last word).
 *
 * They are read from the note's last line up, in any order: a mail forwarded with a note of its own ends with both
 * senders' closings (`Best,` / `Acme Recruiting`, then `--` / `Dana` / `Sent from my iPhone`). A closing word with no
 * name under it (`Thanks!` ending an answer) is no closing.
 */
import { isBylineLine } from './byline.js';
import { ALL_THE_BEST, KOREAN_THANKS, THANKS } from '../wording/sign-off-words.js';

/**
 * A closing word of a letter, alone on its line: with its comma (`Best,`, `Thanks,`, `Cheers,`), or one no answer
 * ends a line with (`Kind regards`, `Sincerely`). `Thank you` and `Thank you!` may end a talk or open a sentence.
 */
export const VALEDICTION = new RegExp(
  String.raw`^(?:(?:best|cheers|${THANKS}|thanks again|many thanks|talk soon|take care),|(?:(?:kind|warm|warmest|best) regards|regards|sincerely|yours (?:truly|sincerely)|best wishes|${ALL_THE_BEST})[,.]?)$`,
  'i',
);
/** In a mail (MAIL_VALEDICTION), Korean, Chinese and Japanese closing words alone on their line. */
export const MAIL_VALEDICTION = new RegExp(String.raw`^(?:(?:${KOREAN_THANKS})[.!~]*|(?:谢谢|感谢|此致|祝好|顺祝商祺)[！!。，,]?|(?:よろしくお願い(?:いた)?します|以上)[。.]?)$`);
/** What the sender last asks of the reader, at the head of the paragraph over the closing word. */
export const CLOSING_REQUEST =
  /^(?:please (?:confirm|let (?:me|us) know|reply|respond|get back|reach out|feel free|do not hesitate|don['’]t hesitate)|let (?:me|us) know\b|feel free to\b|(?:i['’]m |we['’]re |i am |we are )?looking forward\b|(?:i|we) look forward\b|(?:do not|don['’]t) hesitate\b|thanks in advance\b)/i;
/**
 * A Korean or Japanese request, which ends its sentence (`…금요일까지 회신 부탁드립니다.`, `金曜日までにご返信ください。`),
 * or a Chinese one, which opens with its `请` (`请于周五前回复确认。`, `如有问题，请随时联系。`, `期待您的回复。`).
 */
export const MAIL_CLOSING_REQUEST =
  /(?:부탁드립니다|부탁드려요|주시기 바랍니다|주시면 감사하겠습니다|연락 주세요|회신 주세요)[.!~]*$|^(?:如有[^，,。]{0,20}[，,])?请|^期待(?:您的)?(?:回复|回音)|(?:ご返信|ご連絡|ご確認)(?:ください(?:ませ)?|をお願い(?:いた)?します)[。.]?$/;
/** The line a mail app adds under what is written on a phone. */
export const DEVICE_LINE = /^(?:sent from my [\w ]{1,40}|sent from (?:mail|outlook) for \w+|get outlook for \w+|[\w ]{1,40}에서 보냄|发自我的 ?[\w ]{1,40}|[\w ]{1,40}から送信)$/i;
/** At most this many lines under a closing word or a `--`: the sender's name and details. */
const MOST_NAME_LINES = 4;
/** More words, the line under a closing word is a sentence, not the sender's name. */
const MOST_NAME_WORDS = 6;
/** Longer, the paragraph over the closing word says more than a last request. */
const LONGEST_REQUEST = 300;
/** More lines, and it does too. */
const MOST_REQUEST_LINES = 4;

/**
 * The first line (1-based) of the mail's closing that ends at line `last` of `lines`, undefined if that line
 * ends none. `isMail`: whether the note holds a mail's header (then a signature under `--` needs no closing word over it, and
 * MAIL_VALEDICTION closes it too).
 */
export function mailSignOffStart(lines: readonly string[], last: number, isMail: boolean): number | undefined {
  let start: number | undefined;
  let closed = false;
  let signed = false;
  let k = last;
  for (;;) {
    while (k >= 1 && lines[k - 1]!.trim() === '') k--;
    if (k < 1) break;
    if (DEVICE_LINE.test(lines[k - 1]!.trim())) {
      [start, closed, k] = [k, true, k - 1];
      continue;
    }
    const signature = nameLinesUnder(lines, k, (said) => said === '--');
    if (signature !== undefined) {
      [start, signed, k] = [signature, true, signature - 1];
      continue;
    }
    const closing = nameLinesUnder(lines, k, (said) => VALEDICTION.test(said) || (isMail && MAIL_VALEDICTION.test(said)));
    if (closing !== undefined && closing < k && isName(lines[closing]!.trim())) {
      [start, closed] = [closing, true];
      // The paragraph over the closing word, glued to it or not, or the line right over it (copied text, where no
      // blank line may set anything apart): a last request goes with it.
      let above = closing - 1;
      while (above >= 1 && lines[above - 1]!.trim() === '') above--;
      const first = above >= 1 ? paragraphStart(lines, above) : undefined;
      if (first !== undefined && isRequest(lines, first, above)) start = first;
      else if (above >= 1 && isRequest(lines, above, above)) start = above;
    }
    break;
  }
  if (start === undefined || (signed && !closed && !isMail)) return undefined;
  return start;
}

/**
 * The first line of the paragraph (lines with no blank one between them) that ends at `k`, when it has no more lines
 * than a last request: undefined for a longer one (read no further up: a note typed with no blank line is one run).
 */
function paragraphStart(lines: readonly string[], k: number): number | undefined {
  let first = k;
  while (first > 1 && lines[first - 2]!.trim() !== '') {
    if (k - --first >= MOST_REQUEST_LINES) return undefined;
  }
  return first;
}

/**
 * The line at most MOST_NAME_LINES over `last`, no blank line between, that `opens` (a closing word, a `--`) with
 * only short lines under it to `last`, that ask nothing: the sender's name and details.
 */
function nameLinesUnder(lines: readonly string[], last: number, opens: (said: string) => boolean): number | undefined {
  for (let k = last; k >= Math.max(1, last - MOST_NAME_LINES); k--) {
    const said = lines[k - 1]!.trim();
    if (said === '') return undefined;
    if (opens(said)) return k;
    if (!isBylineLine(said)) return undefined;
  }
  return undefined;
}

/** The line under a closing word: the sender's name (`Acme Recruiting`, `Priya`), not a sentence going on (`for your time today; …`). */
function isName(said: string): boolean {
  return !/^\p{Ll}/u.test(said) && said.split(/\s+/).length <= MOST_NAME_WORDS;
}

function isRequest(lines: readonly string[], first: number, last: number): boolean {
  const written = lines.slice(first - 1, last).join(' ').trim();
  return written.length <= LONGEST_REQUEST && (CLOSING_REQUEST.test(written) || MAIL_CLOSING_REQUEST.test(written));
}
