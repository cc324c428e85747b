/**
 * remark-parse reads `\(` as an escaped `(`, so TeX's `\(...\)` and `\[...\]`
 * vanish before remark-math can see them. This pre-pass rewrites them to
 * `$$...$$`, which has the same length: every position in the tree still
 * points at the original text, and the original delimiter can be read back
 * from it (see `restoreMathDelimiters`).
 */
import type { Html, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

export interface UnbalancedMath {
  offset: number;
  delimiter: string;
}

export interface MathRewrite {
  text: string;
  unbalanced: UnbalancedMath[];
}

const FENCE = /^[ \t>]*(?:[-*+] |\d+[.)] )*[ \t]*(`{3,}|~{3,})/;

/** Rewrite `\(..\)` and `\[..\]` outside code to `$$..$$`, keeping length. */
export function rewriteTexDelimiters(source: string): MathRewrite {
  // Most notes have no TeX delimiters: nothing to scan line by line.
  if (!source.includes('\\(') && !source.includes('\\[')) return { text: source, unbalanced: [] };
  // Offsets of the delimiters' backslashes, each rewritten with its next character to `$$`.
  const rewritten: number[] = [];
  const unbalanced: UnbalancedMath[] = [];
  let fence: string | undefined;
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd);
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = undefined;
    } else if (fenceMatch) {
      fence = fenceMatch[1];
    } else {
      lineStart = rewriteFrom(source, rewritten, lineStart, unbalanced);
      continue;
    }
    lineStart = lineEnd + 1;
  }
  return { text: withDollars(source, rewritten), unbalanced };
}

/** `source` with the two characters at each offset (ascending) replaced by `$$`. */
function withDollars(source: string, offsets: readonly number[]): string {
  let text = '';
  let from = 0;
  for (const offset of offsets) {
    text += `${source.slice(from, offset)}$$`;
    from = offset + 2;
  }
  return text + source.slice(from);
}

/**
 * Scan prose from `start`; returns where the next line to classify begins.
 * Display math may span lines (up to a blank line), inline math may not.
 */
function rewriteFrom(source: string, rewritten: number[], start: number, unbalanced: UnbalancedMath[]): number {
  let i = start;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\n') return i + 1;
    if (ch === '`') {
      // Skip a code span: a run of backticks up to the same run on this line.
      let run = 1;
      while (source[i + run] === '`') run++;
      const ticks = '`'.repeat(run);
      const close = source.indexOf(ticks, i + run);
      const eol = lineEndAt(source, i);
      i = close !== -1 && close < eol ? close + run : i + run;
      continue;
    }
    if (ch === '\\') {
      const next = source[i + 1];
      if (next === '(' || next === '[') {
        const closer = next === '(' ? '\\)' : '\\]';
        const limit = next === '(' ? lineEndAt(source, i) : paragraphEndAt(source, i);
        const close = source.indexOf(closer, i + 2);
        if (close !== -1 && close < limit) {
          rewritten.push(i, close);
          i = close + 2;
          continue;
        }
        unbalanced.push({ offset: i, delimiter: `\\${next}` });
      }
      i += 2; // an escape covers the next character, including `\\`
      continue;
    }
    i++;
  }
  return source.length + 1;
}

function lineEndAt(source: string, from: number): number {
  const end = source.indexOf('\n', from);
  return end === -1 ? source.length : end;
}

function paragraphEndAt(source: string, from: number): number {
  const match = /\n[ \t]*\n/.exec(source.slice(from));
  return match ? from + match.index : source.length;
}

/** ASCII punctuation: a backslash before one of these is an escape in Markdown. */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * remark reads an unbalanced `\(` as an escaped `(`, so the backslash the
 * user wrote would vanish from the text. Put it back in the text node that
 * holds it, when the node's text maps onto the source character for
 * character (no entities, no continuation-line indentation in between).
 */
export function keepUnbalancedDelimiters(tree: Root, source: string, unbalanced: readonly UnbalancedMath[]): void {
  if (unbalanced.length === 0) return;
  visit(tree, 'text', (node: Text) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const inside = unbalanced.filter((entry) => entry.offset >= start && entry.offset < end).reverse();
    for (const entry of inside) {
      const before = source.slice(start, entry.offset).replace(ESCAPE, '$1');
      if (node.value.slice(0, before.length) !== before || node.value[before.length] !== source[entry.offset + 1]) continue;
      node.value = `${node.value.slice(0, before.length)}\\${node.value.slice(before.length)}`;
    }
  });
}

/**
 * Raw HTML is not Markdown: remark keeps its text as written, so the `$$` the pre-pass wrote for a
 * `\(`, `\)`, `\[` or `\]` inside it must be the TeX delimiter again (a formula in a pasted `<table>` cell
 * stays `\(x^2\)`, which Anki's MathJax and the sheet read). Each line of an HTML node's value is
 * the end of its line in the source (a blockquote's `> ` or a list's indent is left out of the value),
 * so the two are compared line by line from the end.
 */
export function restoreTexInHtml(tree: Root, source: string): void {
  visit(tree, 'html', (node: Html) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || !node.value.includes('$$')) return;
    const written = source.slice(start, end).split('\n');
    const lines = node.value.split('\n');
    if (written.length !== lines.length) return;
    node.value = lines
      .map((line, index) => {
        const original = written[index]!;
        if (!line.includes('$$') || original.length < line.length) return line;
        const tail = original.slice(original.length - line.length);
        let restored = '';
        for (let k = 0; k < line.length; k++) {
          const pair = tail.slice(k, k + 2);
          if (line.startsWith('$$', k) && /^\\[()[\]]$/.test(pair)) {
            restored += pair;
            k++;
          } else restored += line[k];
        }
        return restored;
      })
      .join('\n');
  });
}
