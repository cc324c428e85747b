/**
 * A faster `state.safe` for mdast-util-to-markdown, giving the same strings.
 *
 * `safe` escapes what could otherwise read as Markdown. For every text it is
 * given it tries each "unsafe" pattern of the serialiser and its extensions
 * (about 70 with GFM and math): a check of the construct stack and a regular
 * expression run over the text. Writing answers as Markdown spent most of
 * its time there.
 *
 * Each pattern is about one character (`Unsafe.character`), and its
 * expression matches only where that character is. So a pattern whose
 * character is nowhere in the text and its context cannot match, and
 * leaving it out changes nothing. This wrapper hands `safe` only the
 * patterns whose character is there (for most texts a few of the 70: the
 * space and line-break ones), and returns a text that has none of them, and
 * no backslash, as it is: `safe` would find nothing to escape.
 */
import type { State } from 'mdast-util-to-markdown';

const PREFILTERED = Symbol('escape prefilter');

type SafeConfig = Parameters<State['safe']>[1];

/** Per character code below 128: the last call that found it (a call numbers itself instead of clearing). */
const seenIn = new Uint32Array(128);
let call = 0;
const BACKSLASH = 0x5c;

/**
 * Makes `state.safe` skip the patterns that cannot match; once per state.
 * Left as it is when a pattern is not about one ASCII character (none of
 * the serialiser's or its GFM and math extensions' is).
 */
export function prefilterEscapes(state: State): void {
  const marked = state as State & { [PREFILTERED]?: true };
  if (marked[PREFILTERED]) return;
  marked[PREFILTERED] = true;
  const original = state.safe;
  const all = state.unsafe;
  const codes = all.map((pattern) => (pattern.character.length === 1 ? pattern.character.charCodeAt(0) : -1));
  if (codes.some((code) => code < 0 || code >= 128)) return;
  state.safe = (input: string | null | undefined, config: SafeConfig): string => {
    const value = (config.before ?? '') + (input ?? '') + (config.after ?? '');
    call = (call + 1) >>> 0 || 1;
    for (let k = 0; k < value.length; k++) {
      const code = value.charCodeAt(k);
      if (code < 128) seenIn[code] = call;
    }
    const kept = all.filter((_, p) => seenIn[codes[p]!] === call);
    // No pattern can match, and no backslash is there to be escaped before punctuation.
    if (kept.length === 0 && seenIn[BACKSLASH] !== call) return input ?? '';
    state.unsafe = kept;
    try {
      return original.call(state, input, config);
    } finally {
      state.unsafe = all;
    }
  };
}
