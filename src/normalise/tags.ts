/**
 * A question's tags: those its note declares for itself in its front matter (`tags:`, `categories:`),
 * and those its own metadata lines give (`**Category:** ML Basics`, extract/answer-head.ts).
 */
export function questionTags(frontMatter: Record<string, unknown> | undefined, own: readonly string[] = []): string[] {
  const tags = new Set<string>();
  const add = (tag: unknown) => {
    if (typeof tag !== 'string' && typeof tag !== 'number') return;
    const clean = String(tag).trim().toLowerCase().replace(/\s+/g, '-');
    if (clean) tags.add(clean);
  };
  for (const key of ['tags', 'categories', 'category']) {
    const value = frontMatter?.[key];
    const values = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,\s]+/) : [];
    values.forEach(add);
  }
  own.forEach(add);
  return [...tags].sort();
}
