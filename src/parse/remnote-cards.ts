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

/** Whether the text holds enough bullets written as cards to be read so (the tree is walked only then); detect-format.ts counts them as Markdown. */
export function hasRemNoteCards(text: string): boolean {
  if (!/ (?:>>|::|;;|<>|<<)/.test(text)) return false;
  let count = 0;
  for (const line of text.split('\n')) if (BULLET.test(line) && cardSidesOf(line) && ++count >= FEWEST_CARDS) return true;
  return false;
}

const BULLET = /^[ \t]*[-*+][ \t]+\S/;

/** Whether a bullet's line, its bullet taken off, has card sides (isCardSide) around its first separator. */
function cardSidesOf(line: string): boolean {
  const own = line.replace(/^[ \t]*[-*+][ \t]+/, '');
  const multi = MULTI_LINE_MARK.exec(own);
  const found = SEPARATOR.exec(own) ?? multi;
  if (!found) return false;
  return isCardSide(own.slice(0, found.index + 1)) && (found === multi || isCardSide(own.slice(found.index + 1 + found[1]!.length)));
}

/** Marks, in place, the card bullets of a note that has enough of them (see above), each cut at its separator. */
export function readRemNoteCards(tree: Root, text: string, lines: readonly string[]): void {
  if (!hasRemNoteCards(text)) return;
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
  const own = written.slice(from);
  const multi = MULTI_LINE_MARK.exec(own);
  const found = multi && item.children.length > 1 ? multi : SEPARATOR.exec(own);
  if (!found) return undefined;
  const at = from + found.index + 1;
  const front = written.slice(from, at);
  const back = found === multi ? undefined : written.slice(at + found[1]!.length);
  if (!isCardSide(front) || (back !== undefined && !isCardSide(back))) return undefined;
  return { item, paragraph: first, line, at, separator: found[1]!, multiLine: found === multi };
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
