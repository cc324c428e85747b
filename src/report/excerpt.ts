/** How a diagnostic quotes source text: on one line, cut to `most` characters with "..." when longer. */
export function excerpt(text: string, most = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > most ? `${flat.slice(0, most - 3)}...` : flat;
}
