/**
 * A question's tags: those its note declares for itself in its front matter (`tags:`, `categories:`, Zenn's
 * `topics:`), and those `own` gives: its note's lines of tags (`#interview/os #cs`) and its own metadata lines
 * (`**Category:** ML Basics`, extract/answer-head.ts).
 */
export function questionTags(frontMatter: Record<string, unknown> | undefined, own: readonly string[] = []): string[] {
  const tags = new Set<string>();
  const add = (tag: unknown) => {
    if (typeof tag !== 'string' && typeof tag !== 'number') return;
    const clean = String(tag).trim().toLowerCase().replace(/\s+/g, '-');
    if (clean) tags.add(clean);
  };
  for (const key of ['tags', 'categories', 'category', 'topics']) {
    const value = frontMatter?.[key];
    const values = Array.isArray(value) ? value : typeof value === 'string' ? listed(value) : [];
    values.forEach(add);
  }
  own.forEach(add);
  return [...tags].sort();
}

/**
 * The tags a front matter lists in one string: `ML, deep learning` by commas (a tag of two words is one, made
 * `deep-learning`), `ml deep-learning` by spaces, as Jekyll reads a string of tags.
 */
function listed(value: string): string[] {
  return value.split(value.includes(',') ? ',' : /\s+/);
}
