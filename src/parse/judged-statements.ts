/**
 * An O/X quiz's list of statements to judge, some of them written loosely: their choices in lower case (`… (o/x)`),
 * or the author's verdict written in their place (`… (X)`), beside statements that give their choices as `(O/X)` or
 * `(T/F)`, which wording/interrogative.ts reads as asking on their own:
 *
 *     1. p-value는 귀무가설이 참일 확률이다. (X)
 *        → 틀림. 귀무가설 하에서 관측값 이상이 나올 확률.
 *     2. 표본이 크면 표본평균은 정규분포에 가까워진다. (o/x)
 *     3. 신뢰구간 95%는 모수가 구간에 있을 확률이 95%라는 뜻이다. (O/X)
 *
 * Review s68 found such a list read as no questions. Only in such a list, every item a statement to judge and one at
 * least with its choices written out: elsewhere `(o/x)` may be a formula's ratio, and `(X)` or `(O)` an aside in prose.
 * The first paragraph of each loosely written item is marked (`data.judged`), with the verdict where its author wrote
 * one; the recogniser reads its first line as the question, without the verdict, which opens its answer (recognizer.ts).
 */
import type { List, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { judgement, type Judgement } from '../wording/interrogative.js';

declare module 'mdast' {
  interface ParagraphData {
    /** The first line of an item in a list of statements to judge, written loosely (judged-statements.ts); its verdict's mark where its author wrote one. */
    judged?: { verdict?: string };
  }
}

/**
 * Choices written out after a statement, somewhere in the note (`(O/X)`, `(T / F)`, `(True/False)`, `(참/거짓)`): without one, no list
 * of the note is read, and its lists are not visited.
 */
const WRITTEN_CHOICES = /[(（[]\s*(?:O\s*\/\s*X|T\s*\/\s*F|[Tt]rue\s*(?:\/|or)\s*[Ff]alse|참\s*\/\s*거짓)\s*[)）\]]/;

/** The verdict its author wrote in a statement's choices' place, closing its line (`(X)`), on a text trimmed at its end. */
export const VERDICT_MARK = /[(（]\s*[OXTF]\s*[)）]$/u;

/** The patterns of this module; exported for the test that none of them backtracks. */
export const JUDGED_STATEMENT_PATTERNS: readonly RegExp[] = [WRITTEN_CHOICES, VERDICT_MARK];

/** Marks, in place, the loosely written statements of each list of statements to judge (see above). */
export function markJudgedStatements(tree: Root, text: string): void {
  if (!WRITTEN_CHOICES.test(text)) return;
  visit(tree, 'list', (list) => {
    const read = judgedItems(list);
    if (!read) return;
    for (const { paragraph, judged } of read) {
      if (judged.kind === 'loose') paragraph.data = { ...paragraph.data, judged: judged.verdict ? { verdict: judged.verdict.mark } : {} };
    }
  });
}

/**
 * Each item's first paragraph and how its first line is judged, when every item of the list, two at least, opens with a
 * statement to judge, one at least with its choices written out and one at least written loosely; undefined otherwise.
 */
function judgedItems(list: List): Array<{ paragraph: Paragraph; judged: Judgement }> | undefined {
  if (list.children.length < 2) return undefined;
  const read: Array<{ paragraph: Paragraph; judged: Judgement }> = [];
  for (const item of list.children) {
    const [paragraph] = item.children;
    if (paragraph?.type !== 'paragraph') return undefined;
    const judged = judgement(toString(paragraph).split('\n', 1)[0]!);
    if (!judged) return undefined;
    read.push({ paragraph, judged });
  }
  return read.some(({ judged }) => judged.kind === 'choices') && read.some(({ judged }) => judged.kind === 'loose') ? read : undefined;
}
