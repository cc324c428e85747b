// hyphen ships no types; this is the part of its API the sheet uses (hyphenation.ts).
declare module 'hyphen/en-us/index.js' {
  /** The text with a soft hyphen (U+00AD) at every point its words may be hyphenated. */
  function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  const hyphen: { hyphenateSync: typeof hyphenateSync };
  export default hyphen;
}
