/**
 * The chips an answer engine's page (Perplexity's, in its newer look) sets after a paragraph for the sources it drew
 * on: the site's name and, where more sites said it, how many more (`medium+2`, `wikipedia +3`, `arxiv`), copied at
 * the end of the paragraph's last line or on a line of its own under it. They are the page's, not the answer's. A
 * site's name is a word too (`arxiv`, `medium`), so they are read only in a note that is such a copy
 * (assistant-page.ts); a chip that counts more sites (`+2`) is one of its signs.
 */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { LeftOutLine } from './plaintext.js';

/** A site's name as a chip shows it: `medium`, `wikipedia`, `geeksforgeeks`, `developer.nvidia`. */
const CHIP_SITE = String.raw`[a-z][a-z0-9-]{1,30}(?:\.[a-z0-9-]{1,30}){0,2}`;
/** How many more sites the chip stands for: `+2`, ` +3`. */
const MORE_SITES = String.raw` ?\+[1-9]\d?`;
/** A chip on a line of its own: `medium+2`, `wikipedia +3`, `arxiv`. */
const CHIP_LINE = new RegExp(`^${CHIP_SITE}(?:${MORE_SITES})?$`, 'i');
/** A site's name alone. */
const SITE_NAME = new RegExp(`^${CHIP_SITE}$`, 'i');
/** The count ending a chip. */
const MORE_SITES_AT_END = new RegExp(`${MORE_SITES}$`);
/** What ends a sentence, before a chip at a line's end; never a question's mark: a word under a question answers it (`Which command lists files?` over `ls`). */
const STOPS = '.!。)';
/** A line that ends a sentence, not a question: a chip's line stands under one. */
const SENTENCE_END = new RegExp(`[${STOPS}]$`);
/** An abbreviation whose stop ends no sentence: the word after it is the sentence's (`e.g. matplotlib`, `i.e. dataframes`). */
const ABBREVIATION_END = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf|incl|approx|esp)\.$/i;

/**
 * The chip ending `line` after its sentence's stop, and where it starts: a space before it (`only. arxiv`, in lower case
 * with no count), or the count after it (`only.medium+2`), since a name right after a stop with no count is a domain's
 * (`example.com`).
 * Read by hand, not by one pattern: one that tries each place in the line for a name of bounded length backtracks.
 */
export function chipAtEnd(line: string): { chip: string; at: number } | undefined {
  const more = MORE_SITES_AT_END.exec(line);
  const rest = more ? line.slice(0, more.index) : line;
  const space = rest.lastIndexOf(' ');
  const name = rest.slice(space + 1);
  if (space > 0 && STOPS.includes(rest[space - 1]!) && !ABBREVIATION_END.test(rest.slice(0, space)) && SITE_NAME.test(name) && (more || isLowerCase(name))) return { chip: line.slice(space + 1), at: space };
  if (!more) return undefined;
  for (let at = space + 2; at < rest.length; at++) {
    if (STOPS.includes(rest[at - 1]!) && SITE_NAME.test(rest.slice(at))) return { chip: line.slice(at), at };
  }
  return undefined;
}

/** How many lines (the note's, trimmed) end in a chip that counts more sites: two make the note an answer engine's copy. */
export function countingChips(trimmed: readonly string[]): number {
  return trimmed.filter((line) => MORE_SITES_AT_END.test(line) && (CHIP_LINE.test(line) || chipAtEnd(line) !== undefined)).length;
}

/** The lines (indices into `trimmed`) that are a chip alone, each right under a line that ends a sentence. */
export function chipLines(trimmed: readonly string[]): number[] {
  return trimmed.flatMap((line, index) =>
    index > 0 && CHIP_LINE.test(line) && (MORE_SITES_AT_END.test(line) || isLowerCase(line)) && SENTENCE_END.test(trimmed[index - 1]!) && !ABBREVIATION_END.test(trimmed[index - 1]!) ? [index] : [],
  );
}

/**
 * Whether a name is in lower case, as a chip with no count shows its site (`arxiv`): a word after a stop that opens a
 * sentence (`… is fine. Mostly`) is capitalised.
 */
function isLowerCase(name: string): boolean {
  return name === name.toLowerCase();
}

/**
 * Takes the chips off the ends of the lines of `tree`'s text (the note's `text`, its `lines`), each said; the lines
 * stay. Only the end of a line: a text that stops before a link or code, mid-line, keeps its words.
 */
export function dropChipsAtLineEnds(tree: Root, lines: readonly string[]): LeftOutLine[] {
  const leftOut: LeftOutLine[] = [];
  visit(tree, 'text', (node: Text) => {
    const start = node.position?.start.line;
    const end = node.position?.end;
    if (start === undefined || end === undefined) return;
    const parts = node.value.split('\n');
    node.value = parts
      .map((part, at) => {
        const line = start + at;
        const found = chipAtEnd(part.trimEnd());
        if (!found) return part;
        // The node's last part ends its line only where the line has nothing after it.
        if (at === parts.length - 1 && (lines[end.line - 1] ?? '').trimEnd().length + 1 > end.column) return part;
        leftOut.push({ line, text: found.chip.trim(), reason: 'source-chip' });
        return part.slice(0, found.at);
      })
      .join('\n');
  });
  return leftOut;
}

/** Every pattern here, for the test that none of them backtracks. */
export const SOURCE_CHIP_PATTERNS: readonly RegExp[] = [CHIP_LINE, SITE_NAME, MORE_SITES_AT_END, SENTENCE_END, ABBREVIATION_END];
