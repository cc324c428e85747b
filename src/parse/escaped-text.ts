/** Text as HTML text, where the note's own tags are kept beside it (an answer's raw HTML, a page's folds). */
export function escapedText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
