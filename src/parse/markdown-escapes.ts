/**
 * One character of a note's text, from a reader of another markup (wiki, Typst, Scrapbox), as Markdown shows it: escaped
 * where Markdown would read it as markup (emphasis, strikethrough, math, code, an escape, a tag) and the note did not.
 * Each reader adds what its own markup leaves Markdown to misread.
 */
export function escapedForMarkdown(c: string, next: string | undefined): string {
  if (c === '*' || c === '_' || c === '~' || c === '$' || c === '\\' || c === '`') return `\\${c}`;
  if (c === '<' && next !== undefined && /[A-Za-z/!?]/.test(next)) return '\\<';
  return c;
}

/** Text as written, nothing in it read: each character escaped by `escape` (this module's, or a reader's own on it). */
export function textAsMarkdown(text: string, escape: (c: string, next: string | undefined) => string = escapedForMarkdown): string {
  let out = '';
  for (let k = 0; k < text.length; k++) out += escape(text[k]!, text[k + 1]);
  return out;
}
