/**
 * RemNote's flashcards in an outline, as its Markdown export and the Obsidian plugins that copy its syntax
 * write them: a bullet whose line holds a card's separator between spaces,
 *
 *     - Overfitting :: Fitting the training data's noise.      (a concept)
 *     - What is dropout? >> Randomly zeroing units.           (a basic card; `<>` both ways)
 *     - Batch normalisation ;; Normalising per mini-batch.    (a descriptor)
 *     - Fitting noise << Overfitting                           (backwards: the front is on the right)
 *     - What does Adam combine? >>>                            (multi-line: the answer is the bullets under it)
 *         - Momentum
 *
 * is a card whatever its front's wording, its front marked as Logseq's `#card` marks one (`data.card`), its
 * back the answer's first paragraph. Only in a note where two bullets at least are written so: one `A >> B`
 * among a list of comparisons is no deck. A separator inside code (`` `x >> 2` ``) or math is the text's.
 * (After a question mark the same separators split any line, one card or not: recognizer.ts's ANSWER_MARK.)
 */
import type { List, ListItem, Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { cardSides } from './inline-cards.js';
import { sourceLines, type SourceLines } from './prompt-runs.js';

/** A separator between the sides, spaces around it; or a multi-line card's mark ending the line. */
const SEPARATOR = /[ \t](>>|::|;;|<>|<<)[ \t]+(?=\S)/;
const MULTI_LINE_MARK = /[ \t](>>>|>>|::|;;)[ \t]*$/;
/** The fewest card bullets that make a note's outline RemNote's. */
const FEWEST_CARDS = 2;

interface CardLine {
  item: ListItem;
  paragraph: Paragraph;
  line: number;
  /** Where the separator stands on the line (0-based) and what it is; a multi-line mark has no back on the line. */
  at: number;
  separator: string;
  multiLine: boolean;
}

/**
 * Whether the text holds enough bullets written as cards to be read so (the tree is walked only then); detect-format.ts
 * counts them as Markdown. `lines`, the text's lines when they are at hand.
 */
export function hasRemNoteCards(text: string, lines?: readonly string[]): boolean {
  if (!/ (?:>>|::|;;|<>|<<)/.test(text)) return false;
  let count = 0;
  for (const line of lines ?? text.split('\n')) if (BULLET.test(line) && cardSidesOf(line) && ++count >= FEWEST_CARDS) return true;
  return false;
}

const BULLET = /^[ \t]*[-*+][ \t]+\S/;

/** Whether a bullet's line, its bullet taken off, is written as a card (separatorIn). */
function cardSidesOf(line: string): boolean {
  return separatorIn(line.replace(/^[ \t]*[-*+][ \t]+/, ''), true) !== undefined;
}

/**
 * Where a bullet's own text (`own`, after its bullet) is cut as a card: its separator's column and what it is, the
 * mark ending the line when the bullet has bullets under it to answer (`multiLine`). Undefined when it has none, or
 * when a side is no card's (isCardSide).
 */
function separatorIn(own: string, multiLineAllowed: boolean): { at: number; separator: string; multiLine: boolean } | undefined {
  const multi = multiLineAllowed ? MULTI_LINE_MARK.exec(own) : null;
  const found = multi ?? SEPARATOR.exec(own);
  if (!found) return undefined;
  const at = found.index + 1;
  const separator = found[1]!;
  if (!isCardSide(own.slice(0, at)) || (found !== multi && !isCardSide(own.slice(at + separator.length)))) return undefined;
  return { at, separator, multiLine: found === multi };
}

/** Marks, in place, the card bullets of a note that has enough of them (see above), each cut at its separator. */
export function readRemNoteCards(tree: Root, text: string, lines: readonly string[]): void {
  if (!hasRemNoteCards(text, lines)) return;
  const found: CardLine[] = [];
  visit(tree, 'list', (list: List) => {
    for (const item of list.children) {
      const card = cardLineOf(item, lines);
      if (card) found.push(card);
    }
  });
  if (found.length < FEWEST_CARDS) return;
  let source: SourceLines | undefined;
  for (const card of found) {
    source ??= sourceLines(text, lines);
    markCard(card, source);
  }
}

function cardLineOf(item: ListItem, lines: readonly string[]): CardLine | undefined {
  const [first] = item.children;
  if (first?.type !== 'paragraph' || !first.position) return undefined;
  const line = first.position.start.line;
  const written = lines[line - 1] ?? '';
  // The paragraph's own text on the line, after the bullet.
  const from = first.position.start.column - 1;
  const found = separatorIn(written.slice(from), item.children.length > 1);
  return found && { item, paragraph: first, line, at: from + found.at, separator: found.separator, multiLine: found.multiLine };
}

/**
 * A side of a card as people write them: words (one of three letters at least), not code. Code or math before
 * the separator holds it (`` `x >> 2` ``), and a side with code's marks is code's: a shell's redirection
 * (`echo "line" >> log.txt`), a type signature (`map :: (a -> b) -> [a] -> [b]`), a stream (`std::cout << "hi"`),
 * a shift (`x >> 1`).
 */
function isCardSide(side: string): boolean {
  // Code spans and formulas are the card's own (`Sigmoid :: \`1/(1+e^-x)\``): their marks are not looked at.
  const text = side.trim().replace(/`[^`]*`|\$[^$]*\$/g, ' code ');
  // A code span or formula still open: it holds the separator.
  if (/[`$]/.test(text)) return false;
  if (text.trim() === '' || !/\p{L}{3}/u.test(text) || CODE_MARKS.test(text)) return false;
  // One word with a dot or a slash in it is a file's or a path's name (`log.txt`).
  return !/^[^\s]*[./\\][^\s]*$/.test(text) || /[.!?]$/.test(text);
}

/** Quotes, brackets, arrows, operators and the other separators: what code writes and a card's words do not. */
const CODE_MARKS = /["{}[\];|=\\]|->|=>|::|<<|>>|<-|&&/;

function markCard(card: CardLine, source: SourceLines): void {
  const { item, paragraph, line, at, separator } = card;
  if (card.multiLine) {
    // The mark is neither the front's words nor an answer: taken off the line's end.
    const last = paragraph.children.at(-1);
    if (last?.type !== 'text' || !last.value.trimEnd().endsWith(separator)) return;
    last.value = last.value.trimEnd().slice(0, -separator.length).trimEnd();
    paragraph.data = { ...paragraph.data, card: true };
    return;
  }
  const sides = cardSides(paragraph, { at, text: separator }, line, source, { card: true });
  if (!sides) return;
  // Backwards (`back << front`): the front is on the right.
  const [front, back] = separator === '<<' ? [{ ...sides[1], data: { card: true as const } }, { ...sides[0], data: {} }] : sides;
  item.children.splice(0, 1, front, back);
}
