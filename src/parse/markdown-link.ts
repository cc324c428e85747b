/**
 * An address as the destination of a Markdown link or picture (`[words](destination)`), for a reader that
 * writes Markdown from another markup. CommonMark ends a bare destination at a space and at a `)` it has not
 * opened: a space, a quote, an angle bracket and a backslash are percent-encoded (an address means the same
 * so), and an address with a parenthesis is written between angle brackets, where a parenthesis is text, so
 * that `https://en.wikipedia.org/wiki/Bias_(statistics)` and an address with a lone `)` are each one whole
 * link. Not escaped with a backslash: qbank reads `\(…\)` as a TeX formula.
 */
export function linkDestination(address: string): string {
  const encoded = address.replace(/[\s"<>\\]/g, (c) => encodeURIComponent(c));
  return /[()]/.test(encoded) ? `<${encoded}>` : encoded;
}

/**
 * An address shown as itself, a Markdown autolink (`<https://…>`). An autolink ends at an angle bracket and holds
 * no space: those are percent-encoded, the same address; its parentheses and quotes are its text, kept as written.
 */
export function autolink(address: string): string {
  return `<${address.replace(/[\s<>]/g, (c) => encodeURIComponent(c))}>`;
}
