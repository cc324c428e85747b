/**
 * The macros of Confluence's (and Jira's) wiki markup, in a page copied as its source:
 *
 *     h2. 2. model.eval()은 무엇을 바꾸나요?
 *
 *     {code:python}
 *     model.eval()  # dropout off, BN uses running stats
 *     {code}
 *
 *     {info}Dropout과 BatchNorm의 동작이 바뀐다.{info}
 *
 * A macro wraps what it shows in two tags, `{name}` or `{name:parameters}` over it and `{name}` under it, on their
 * own lines or opening and closing a line of text. The tags are markup, not the note's words: read as text, every
 * answer opened with `{expand:title=답변}`, and a panel's line, short and ending in its tag, was the next question's
 * topic. They are left out, each noted; what a fold wraps is the answer's text, what a panel (`{info}`, `{note}`,
 * `{warning}`, `{tip}`, `{panel}`) or `{quote}` wraps a quote in it, an aside as a Markdown note's `> **Note**` is (a
 * quote names no topic), and what `{code}` or `{noformat}` wraps on lines of its own is code, in the language
 * `{code:python}` names. A note is read so only when a macro's tags pair up in it; then a table of contents' `{toc}`
 * alone on its line is left out too. Braces anywhere else (code's `f"{code}"`, LaTeX's `\textbf{note}`, `{note}` once
 * in a sentence) stay.
 */
import type { BlockContent, Blockquote, PhrasingContent, RootContent } from 'mdast';

/** The macros that wrap text, a pair of tags each. */
const WRAPPING = 'info|note|warning|tip|panel|expand|quote|section|column|excerpt|code|noformat';
/** The macros that set what they wrap apart, a panel or a quote: an aside. */
const ASIDE = /^(?:info|note|warning|tip|panel|quote)$/;
/** The macros whose tags wrap code. */
const CODE = /^(?:code|noformat)$/;
/** The macros that stand alone on their line, wrapping nothing. */
const STANDING = /^\{(?:toc|children)(?::[^{}\n]*)?\}$/;
/** A tag: not in a word, nor after a backslash (`\textbf{note}`); its parameters after a colon. */
const TAG = new RegExp(String.raw`(?<![\w\\$])\{(${WRAPPING})(?::[^{}\n]*)?\}`, 'g');

/** A panel or a quote: the lines (0-based) of its tags, the first and the last, and its macro's name. */
interface Aside {
  first: number;
  last: number;
  name: string;
}

interface Tag {
  /** 0-based line. */
  index: number;
  column: number;
  text: string;
  name: string;
}

export interface ConfluenceMacros {
  /** The lines (0-based) that hold tags alone, left out whole; each with its tags. */
  tagLines: Map<number, string[]>;
  /** The lines (0-based) that hold tags beside text, each with its tags: the tags are left out of the line (`withoutTags`). */
  taggedLines: Map<number, string[]>;
  /** The code the code macros wrap: its first line (0-based), its last and its language. */
  code: Map<number, { last: number; lang?: string }>;
  /** The lines (0-based) of the tags of each panel or quote, the first and the last, and its name: what lies from one to the other is an aside. */
  asides: Aside[];
}

/** The macros of `lines`, when their tags pair up in the note; undefined otherwise. */
export function readConfluenceMacros(lines: readonly string[]): ConfluenceMacros | undefined {
  if (!lines.some((line) => line.includes('{'))) return undefined;
  const pairs: [Tag, Tag][] = [];
  const open = new Map<string, Tag>();
  /** Inside a code macro: its opening tag. No tag inside code is one. */
  let inCode: Tag | undefined;
  lines.forEach((line, index) => {
    for (const found of line.matchAll(TAG)) {
      const tag = { index, column: found.index, text: found[0], name: found[1]!.toLowerCase() };
      if (inCode && tag.name !== inCode.name) continue;
      const opened = open.get(tag.name);
      // A tag opens at its line's start and closes at its end, naming its macro alone: one within a line (`f"{code}"`) is none.
      if (opened && tag.text === `{${found[1]}}` && line.slice(found.index + tag.text.length).trim() === '') {
        pairs.push([opened, tag]);
        open.delete(tag.name);
        inCode = undefined;
      } else if (!opened && line.slice(0, found.index).trim() === '') {
        open.set(tag.name, tag);
        if (CODE.test(tag.name)) inCode = tag;
      }
    }
  });
  if (pairs.length === 0) return undefined;
  const macros: ConfluenceMacros = { tagLines: new Map(), taggedLines: new Map(), code: new Map(), asides: [] };
  const tags = new Map<number, Tag[]>();
  for (const [opening, closing] of pairs) {
    for (const tag of [opening, closing]) tags.set(tag.index, [...(tags.get(tag.index) ?? []), tag]);
    if (ASIDE.test(opening.name)) macros.asides.push({ first: opening.index, last: closing.index, name: opening.name });
    // Code on lines of its own, between its tags on theirs.
    if (CODE.test(opening.name) && closing.index > opening.index + 1 && lines[opening.index]!.trim() === opening.text && lines[closing.index]!.trim() === closing.text) {
      const lang = /^\{code:(?:language=)?([\w+#-]+)/i.exec(opening.text)?.[1];
      macros.code.set(opening.index + 1, { last: closing.index - 1, ...(lang ? { lang: lang.toLowerCase() } : {}) });
    }
  }
  for (const [index, onLine] of tags) {
    const texts = onLine.sort((a, b) => a.column - b.column).map((tag) => tag.text);
    const rest = texts.reduce((line, text) => line.replace(text, ''), lines[index]!);
    (rest.trim() === '' ? macros.tagLines : macros.taggedLines).set(index, texts);
  }
  lines.forEach((line, index) => {
    if (STANDING.test(line.trim())) macros.tagLines.set(index, [line.trim()]);
  });
  return macros;
}

/** A line's text without the macros' tags on it, and the spaces a tag leaves at its start or its end. */
function withoutTags(text: string, tags: readonly string[]): string {
  return tags.reduce((value, tag) => {
    if (value.startsWith(tag)) return value.slice(tag.length).trimStart();
    if (value.endsWith(tag)) return value.slice(0, -tag.length).trimEnd();
    return value.replace(tag, '');
  }, text);
}

/**
 * Takes the tags off the lines of `blocks` that hold them beside text (`{info}…{info}`), in whatever paragraph or
 * heading holds each line, as a line's text nodes hold it in copied text (one per line, split at a line feed).
 */
export function dropInlineTags(blocks: readonly RootContent[], taggedLines: ReadonlyMap<number, readonly string[]>): void {
  const visit = (nodes: readonly (RootContent | PhrasingContent)[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        const first = node.position?.start.line ?? 0;
        const pieces = node.value.split('\n');
        node.value = pieces.map((piece, at) => {
          const tags = taggedLines.get(first + at - 1);
          return tags ? withoutTags(piece, tags) : piece;
        }).join('\n');
      } else if ('children' in node) visit(node.children as (RootContent | PhrasingContent)[]);
    }
  };
  visit(blocks);
}

/** `blocks` with the blocks that stand within each of the `asides` (confluence-macros' lines) in a quote, one for each. */
export function quoteAsides(blocks: readonly RootContent[], asides: readonly Aside[]): RootContent[] {
  // Each line's aside, the first of `asides` that spans it, found once: not searched for in them all at each block
  // (quadratic in a page of many panels). A line stands in one of each macro's at most: a macro's tags do not nest.
  const byLine = new Map<number, Aside>();
  for (const aside of asides) for (let line = aside.first; line <= aside.last; line++) if (!byLine.has(line)) byLine.set(line, aside);
  const within = (block: RootContent) => byLine.get((block.position?.start.line ?? 0) - 1);
  const quoted: RootContent[] = [];
  let aside: Aside | undefined;
  for (const block of blocks) {
    const found = within(block);
    const quote = quoted.at(-1);
    if (found && found === aside && quote?.type === 'blockquote') {
      quote.children.push(block as BlockContent);
      quote.position = { start: quote.position!.start, end: block.position!.end };
    } else if (found) {
      const opened: Blockquote = {
        type: 'blockquote',
        children: [block as BlockContent],
        position: { start: block.position!.start, end: block.position!.end },
        data: { wikiMarkup: found.name },
      };
      quoted.push(opened);
    } else quoted.push(block);
    aside = found;
  }
  return quoted;
}
