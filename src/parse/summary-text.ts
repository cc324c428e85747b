/**
 * The text a `<details>` block's `<summary>` shows, without its tags and bold marks: what the reader
 * clicks to open the block, a question (`What is X?`) or a label of the answer it hides (`Answer`).
 * Read by the parse stage's repairs and by the extractor alike.
 */
const SUMMARY = /<summary\b[^>]*>([\s\S]*?)<\/summary>/i;

export function summaryText(html: string): string | undefined {
  const match = SUMMARY.exec(html);
  if (!match) return undefined;
  return match[1]!.replace(/<[^>]+>/g, '').replace(/\*\*|__/g, '').trim();
}
