/** `text` without the spaces and tabs that end it: `trimEnd` takes line breaks too, and `/[ \t]+$/` is retried at each space of a long run. */
export function withoutTrailingSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(0, end);
}
