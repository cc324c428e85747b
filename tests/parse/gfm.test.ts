import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { gfmConstructsFor, mayHoldLiteralAutolink, mayHoldTable, remarkGfmParts, type GfmConstructs } from '../../src/parse/gfm.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { Random } from '../../src/bench/random.js';

// The parsers parseMarkdown chooses between: full GFM, and GFM without literal autolinks, tables or both.
const fullGfm = unified().use(remarkParse).use(remarkGfm).use(remarkMath).freeze();
const partialGfm = (constructs: GfmConstructs) => unified().use(remarkParse).use(remarkGfmParts, constructs).use(remarkMath).freeze();
const withoutAutolinks = partialGfm({ literalAutolinks: false, tables: true });
const withoutTables = partialGfm({ literalAutolinks: true, tables: false });
const withoutEither = partialGfm({ literalAutolinks: false, tables: false });

function typesIn(tree: Root): string[] {
  const types: string[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    types.push(node.type);
    for (const child of (node.children ?? []) as Array<typeof node>) walk(child);
  };
  walk(tree);
  return types;
}

/** Every way of writing a literal autolink that GFM links: none may be missed. */
const AUTOLINK_SPELLINGS = [
  'see www.example.com today',
  'see WWW.Example.COM today',
  'read https://example.com/a?b#c',
  'read HTTP://EXAMPLE.COM',
  'mail someone@example.org',
  'escaped www\\.example.com',
  'escaped user\\@example.org',
  'escaped https\\://example.com',
  'escaped https:\\/\\/example.com',
  'reference user&#64;example.org',
  'reference user&#x40;example.org',
  'reference user&commat;example.org',
  'reference www&period;example.com',
  'reference https&colon;//example.com',
  '> quoted www.example.com\n',
  '- listed mailto:someone@example.org',
  '| a |\n| - |\n| www.example.com |',
];

/** Every way of writing a table's delimiter row that GFM reads as one, in and out of containers. */
const TABLE_SPELLINGS = [
  '| a | b |\n| - | - |\n| 1 | 2 |',
  'a | b\n--|--',
  'a|b\n-|-',
  '| a |\n|:-:|',
  'one column\n:--',
  'one column\n--:',
  'one column\n :-: ',
  'a | b\n  --- | ---',
  'a\t| b\n:-\t|\t-',
  '> | a | b |\n> | - | - |',
  '> > a | b\n> > -- | --',
  '- item\n\n  | a | b |\n  | - | - |',
  '1. a | b\n   --|--',
  'a | b\r\n--|--\r\n1 | 2',
];

/** Pieces of Markdown that use every GFM construct but literal autolinks, and the syntax around them. */
const PIECES = [
  '# Heading\n',
  'Setext\n---\n',
  'What is *attention* and **why** does it `matter`?\n',
  'Q: What is a ROC curve?\nA: A plot of TPR against FPR.\n',
  '| a | b |\n| :- | -: |\n| 1 | 2 |\n',
  'cell\n:-\n',
  'left\n-:\n',
  'a | b\n--|--\n',
  '- [ ] to do\n- [x] done\n- [X] done too\n',
  '1. first\n2. second\n   - nested [\t] item\n',
  'Footnote call[^1] and [^note].\n\n[^1]: The note.\n[^note]: Another.\n',
  '~~struck~~ and ~single~ tilde\n',
  '> quote with `code` and $x^2$ math\n',
  '$$\nE = mc^2\n$$\n',
  'Prices: $5 or $10.\n',
  '```python\nprint("a & b")\n```\n',
  '    indented code\n',
  '<details><summary>Answer</summary>\n\nHidden **text**.\n</details>\n',
  'R&D, Q&A & co; &unknown is not a reference\n',
  '[link](/docs/a "title") and <ftp:x> and ![img](a.png)\n',
  '[ref]: /docs/a\n\nUse [ref] and [text][ref].\n',
  'Back\\\\slash \\* star \\_ under \\[ bracket\n',
  'hard  \nbreak\n',
  '***\n',
  '한국어 질문은 무엇인가요? 답: 그렇습니다.\n',
  'www without a dot, http without a colon, at-sign spelled "at"\n',
  '\t- tab list\n\t\t- deeper\n',
  '* a\n\n  b\n* c\n',
  '\n',
];

function randomTexts(count: number, seed: number): string[] {
  const random = new Random(seed);
  return Array.from({ length: count }, () => {
    const parts = Array.from({ length: random.int(1, 8) }, () => random.pick(PIECES));
    // Glue pieces with and without blank lines, so that they interact (lazy lines, interrupted paragraphs).
    return parts.map((part) => (random.chance(0.5) ? part : part.trimEnd() + ' ')).join(random.chance(0.5) ? '\n' : '');
  });
}

function notes(dir: string): string[] {
  return readdirSync(dir).map((name) => readFileSync(path.join(dir, name), 'utf8'));
}

/** The texts the trees are compared on: the seeds, the shapes' fixtures, the pieces and random mixtures of them. */
function comparedTexts(): string[] {
  return [...notes(path.resolve('sources')), ...notes(path.resolve('tests/fixtures/shapes')), ...PIECES, ...randomTexts(400, 20261121)];
}

/** Each text makes a `type` node under full GFM, the check says it may hold one, and parseMarkdown finds it. */
function expectAlwaysSearched(texts: readonly string[], type: string, mayHold: (text: string) => boolean): void {
  for (const text of texts) {
    expect(typesIn(fullGfm.parse(text)), text).toContain(type);
    expect(mayHold(text), text).toBe(true);
    expect(typesIn(parseMarkdown(text).tree), text).toContain(type);
  }
}

describe('GFM without the literal-autolink search', () => {
  it('never skips the search where GFM finds a literal autolink', () => {
    expectAlwaysSearched(AUTOLINK_SPELLINGS, 'link', mayHoldLiteralAutolink);
  });

  it('skips it for text with no autolink mark, even with ampersands and escapes', () => {
    expect(mayHoldLiteralAutolink('R&D and Q&A: what is a ROC curve?')).toBe(false);
    expect(mayHoldLiteralAutolink('Back\\\\slash \\* and www without a dot')).toBe(false);
    expect(mayHoldLiteralAutolink('| a | b |\n| - | - |\n~~x~~ [^1] - [ ] task')).toBe(false);
  });

  it('still parses tables, footnotes, strikethrough and task lists', () => {
    const types = typesIn(withoutAutolinks.parse('| a |\n| - |\n| 1 |\n\n~~x~~[^1]\n\n[^1]: note\n\n- [x] done\n'));
    expect(types).toEqual(expect.arrayContaining(['table', 'delete', 'footnoteReference', 'footnoteDefinition']));
    const list = withoutAutolinks.parse('- [x] done\n').children[0];
    expect(list).toMatchObject({ type: 'list', children: [{ checked: true }] });
  });
});

describe('GFM without the table search', () => {
  it('never skips the search where GFM finds a table', () => {
    expectAlwaysSearched(TABLE_SPELLINGS, 'table', mayHoldTable);
  });

  it('skips it for text with no line that could be a delimiter row', () => {
    expect(mayHoldTable('What is a ROC curve?\n\n- TPR | FPR\n- a - b: c\n\n---\n')).toBe(false);
    expect(mayHoldTable('Heading\n---\n\n***\n- - -\n')).toBe(false);
    expect(mayHoldTable('a | b\n--|--')).toBe(true);
  });

  it('answers rightly on a line of many spaces, as padded text exports hold', () => {
    // Such a line could make the delimiter-row test try each space as the end of the row's indent (quadratic:
    // 200,000 spaces took 18 s). Speed is the benchmark's to measure; this pins the answers on that input.
    const padded = `What is a ROC curve?\n${' '.repeat(200_000)}\n\nA plot of TPR against FPR.\n`;
    expect(mayHoldTable(padded)).toBe(false);
    expect(mayHoldTable(`${padded}| a | b |\n| - | - |\n`)).toBe(true);
  });

});

describe('the parser parseMarkdown chooses for a text', () => {
  it('gives the same tree as full GFM, positions included, leaving out what the text cannot hold', () => {
    const texts = comparedTexts();
    let withoutAutolinkSearch = 0;
    let withoutTableSearch = 0;
    for (const text of texts) {
      const constructs = gfmConstructsFor(text);
      if (constructs.literalAutolinks && constructs.tables) continue;
      const chosen = constructs.literalAutolinks ? withoutTables : constructs.tables ? withoutAutolinks : withoutEither;
      expect(chosen.parse(text), text).toEqual(fullGfm.parse(text));
      if (!constructs.literalAutolinks) withoutAutolinkSearch++;
      if (!constructs.tables) withoutTableSearch++;
    }
    // Most of them: the pieces hold no autolink mark, few are tables, and so are the seeds.
    expect(withoutAutolinkSearch).toBeGreaterThan(texts.length * 0.8);
    expect(withoutTableSearch).toBeGreaterThan(texts.length * 0.5);
  });
});
