/**
 * Lines that a browser copies along with an article: navigation, comment
 * widgets, theme footers. They are never part of a question or an answer.
 * Matched line by line, on the whole trimmed line, so prose that merely
 * mentions "comments" is never taken.
 */
const CHROME_LINES: RegExp[] = [
  /^skip to (?:main )?content$/i,
  /^(?:sign|log) ?in(?: to (?:post|comment|reply).*)?$/i,
  /^sign up$/i,
  /^loading comments/i,
  /^\d*\s*comments?$/i,
  /^markdown (?:is )?supported$/i,
  /^share (?:this|on|your (?:approach|thoughts)|via)\b.*$/i,
  /^built with \w+/i,
  /^theme .* designed by .+$/i,
  /^powered by \w+/i,
  /^(?:©|copyright\b).*$/i,
  /^all rights reserved\.?$/i,
  /^(?:table of contents|on this page|contents)$/i,
  /^edit (?:this page|on github)$/i,
  /^back to top$/i,
  /^(?:previous|next)(?: (?:page|post|article))?$/i,
  /^last (?:updated|modified)\b.*$/i,
  /^(?:leave|post) a (?:comment|reply)$/i,
  /^[\s|?!·•\-–—_=*#~.,:;/\\]+$/,
];

export function isSiteChrome(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && CHROME_LINES.some((pattern) => pattern.test(trimmed));
}
