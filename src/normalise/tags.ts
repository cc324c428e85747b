/** Tags a note declares for itself in its front matter (`tags:`, `categories:`). */
export function frontMatterTags(frontMatter: Record<string, unknown> | undefined): string[] {
  if (!frontMatter) return [];
  const tags = new Set<string>();
  for (const key of ['tags', 'categories', 'category']) {
    const value = frontMatter[key];
    const values = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,\s]+/) : [];
    for (const tag of values) {
      if (typeof tag !== 'string' && typeof tag !== 'number') continue;
      const clean = String(tag).trim().toLowerCase().replace(/\s+/g, '-');
      if (clean) tags.add(clean);
    }
  }
  return [...tags].sort();
}
