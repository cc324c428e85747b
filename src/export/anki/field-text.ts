/**
 * What every field value goes through: plain text becomes escaped HTML, and the finished field is
 * NFC-normalised without ASCII control characters. Anki normalises to NFC and strips those
 * characters on import; doing it first keeps the checksum and the content hash equal to what
 * Anki will store, so an unchanged note is recognised as unchanged.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Plain text as HTML text. `&#39;` rather than `&apos;`: Anki's entity decoder knows only the
 * HTML 4 names, and one unknown name would leave the whole sort field undecoded.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * A finished field: NFC, no control characters except tab and newline, CRLF folded to LF, and no
 * `[sound:...]` or `[anki:...]` tag: Anki reads those out of the rendered card, whatever HTML holds
 * them, and plays the file named (autoplay is on by default). A note's text shows them as written,
 * with the bracket as a character reference.
 */
export function finishField(html: string): string {
  return storedText(html).replace(/\[(?=(?:sound|anki):)/gi, '&#91;');
}

/**
 * Text as Anki will store it: NFC, LF line breaks, no control characters but tab and newline. A text
 * is made so before its TeX is made inert (inert-tex.ts), not only after: a control character inside
 * `\href` hides the command from that check, and removing it afterwards would make it whole again.
 */
export function storedText(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}
