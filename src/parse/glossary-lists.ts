/**
 * A glossary written as a list, in any kind of note: under a title that names one (`## Glossary`, `Key Terms`,
 * wording/glossary-titles.ts), a list whose every item gives a term, a colon and its definition:
 *
 *     ## Key Terms
 *
 *     - Epoch: one pass over the whole training set.
 *     - **Batch**: the examples of one gradient step.
 *     - **Learning rate:** the size of each step.
 *
 * Each item is its term's card, as a glossary's lines in copied text are (glossary-lines.ts) and a definition list's
 * terms under such a title (definition-lists.ts): the term its question, the definition and whatever else the item
 * holds (a nested list, a second paragraph) its whole answer, and nothing after the list. Without it, the title asked
 * as a question (`Glossary`), the whole list its answer. A list with one item that is not a term (`- See also the
 * appendix.`) is left as it is, and so is a list under any other title (`- Pros: fast to train.` is an answer's own
 * line) or under a glossary's title inside a question's answer (glossary-lines.ts `GlossaryTitles`).
 */
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { GLOSSARY_TERM, GlossaryTitles, glossaryTermLine, markGlossaryTitle, type GlossaryOptions } from './glossary-lines.js';
import { namesGlossary } from '../wording/glossary-titles.js';
import { inlineText } from '../wording/prompt-text.js';

/** An item's term and definition: its first paragraph cut at the colon after the term. */
interface TermItem {
  term: Paragraph;
  definition: Paragraph;
}

/**
 * Cuts, in place, each list under a title naming a glossary whose items all give a term (see above) into each term's
 * paragraph, a card, over its definition and the rest of its item, their answer; notes each list so read at its title.
 * `noteTitle`: copied text's title, over its first block (plaintext.ts takes it out of the blocks).
 */
export function readGlossaryLists(tree: Root, vfile: VFile, { noteTitle }: GlossaryOptions = {}): void {
  const blocks = tree.children;
  if (!blocks.some((block) => block.type === 'list')) return;
  const children: RootContent[] = [];
  const titles = new GlossaryTitles(blocks);
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const titled = block.type !== 'list' ? undefined : index === 0 ? (noteTitle && namesGlossary(noteTitle.text) ? noteTitle : undefined) : titles.at(index - 1);
    const list = titled && block.type === 'list' ? block : undefined;
    const items = list && termItems(list);
    if (!list || !items) {
      children.push(block);
      continue;
    }
    for (const [k, { term, definition }] of items.entries()) {
      const line = term.position!.start.line;
      const answer = [definition, ...(list.children[k]!.children.slice(1) as RootContent[])];
      // The item is the term's whole answer: what follows the list (`See the appendix.`) is none of it.
      children.push(term, ...answer.map((node, at) => ({ ...node, data: { ...node.data, inCardBack: line, ...(at === answer.length - 1 ? { cardBack: true } : {}) } }) as RootContent));
    }
    if (index > 0 && titled !== noteTitle) markGlossaryTitle(blocks[index - 1]!);
    const { start, end } = list.position!;
    const span = start.line === end.line ? `line ${start.line}` : `lines ${start.line}-${end.line}`;
    vfile.info(`Read the ${items.length === 1 ? 'item' : `${items.length} items`} \`Term: definition\` of the list under "${titled!.text}" (${span}) as a glossary: each term a question, its definition the answer`, {
      place: { line: titled!.line, column: 1 },
      ruleId: 'glossary-lines',
      source: 'qbank',
    });
  }
  tree.children = children;
}

/** Each item's term and definition, when every item of the list gives one; else undefined. */
function termItems(list: List): TermItem[] | undefined {
  const items: TermItem[] = [];
  for (const item of list.children) {
    const found = termItem(item);
    if (!found) return undefined;
    items.push(found);
  }
  return items.length > 0 ? items : undefined;
}

/**
 * The item's first paragraph cut after its term: `Term: …` in its text, or a term set in bold or italics with the
 * colon after it (`**Term**: …`) or inside it (`**Term:** …`). The term and its definition are judged as a glossary's
 * line is (glossary-lines.ts `glossaryTermLine`): a title's few words asking nothing, a sentence's words after them.
 */
function termItem(item: ListItem): TermItem | undefined {
  const first = item.children[0];
  if (item.checked !== null && item.checked !== undefined) return undefined;
  if (first?.type !== 'paragraph' || !first.position) return undefined;
  const [lead, next] = first.children;
  if (lead?.type === 'text') {
    // Judged on the whole first line (a link may follow in the definition), cut in the text that holds the colon.
    const line = inlineText(first.children).split('\n', 1)[0]!;
    const colon = glossaryTermLine(line);
    return colon === undefined || lead.value.slice(0, colon + 1) !== line.slice(0, colon + 1) ? undefined : cutAtColon(first, colon);
  }
  if ((lead?.type !== 'strong' && lead?.type !== 'emphasis') || !lead.position) return undefined;
  const term = inlineText(lead.children).trim();
  const inside = /[:：]$/.test(term);
  if (!inside && !(next?.type === 'text' && /^[ \t]*[:：](?![:：])/.test(next.value))) return undefined;
  const definition = inlineText(first.children.slice(1)).replace(/^[ \t]*[:：]/, '').trim();
  if (glossaryTermLine(`${inside ? term.slice(0, -1).trim() : term}: ${definition.split('\n', 1)[0]}`) === undefined) return undefined;
  const front: PhrasingContent[] = inside ? withoutColon(lead.children) : lead.children;
  // The definition starts after the colon and the spaces after it, in the next text node.
  const after = next?.type === 'text' ? (inside ? /^[ \t]*/ : /^[ \t]*[:：][ \t]*/).exec(next.value)![0].length : 0;
  const backNodes = next?.type === 'text' ? [...(next.value.length > after ? [sliced(next, after)] : []), ...first.children.slice(2)] : first.children.slice(1);
  if (backNodes.length === 0 || front.length === 0) return undefined;
  return {
    term: { type: 'paragraph', children: front, position: { start: first.position.start, end: lead.position.end }, data: { ...first.data, ...GLOSSARY_TERM } },
    definition: { type: 'paragraph', children: backNodes, position: { start: backNodes[0]!.position!.start, end: first.position.end } },
  };
}

/** The paragraph, opened by a text node, cut at the colon at `colon` of that text into the term and the definition (after the spaces past the colon). */
function cutAtColon(paragraph: Paragraph, colon: number): TermItem | undefined {
  const node = paragraph.children[0] as Text;
  if (!node.position) return undefined;
  const colonEnd = colon + 1;
  const spaces = /^[ \t]*/.exec(node.value.slice(colonEnd))![0].length;
  const head = node.value.slice(0, colon).trimEnd();
  const rest = [...(node.value.length > colonEnd + spaces ? [sliced(node, colonEnd + spaces)] : []), ...paragraph.children.slice(1)];
  if (head === '' || rest.length === 0) return undefined;
  return {
    term: { type: 'paragraph', children: [{ type: 'text', value: head, position: { start: node.position.start, end: shifted(node.position.start, colon) } }], position: { start: paragraph.position!.start, end: shifted(node.position.start, colon) }, data: { ...paragraph.data, ...GLOSSARY_TERM } },
    definition: { type: 'paragraph', children: rest, position: { start: rest[0]!.position!.start, end: paragraph.position!.end } },
  };
}

/** A text node from `from` on (a cut on its first line: its start moves along that line). */
function sliced(node: Text, from: number): Text {
  return { type: 'text', value: node.value.slice(from), position: { start: shifted(node.position!.start, from), end: node.position!.end } };
}

/** A point `by` characters further along its line. */
function shifted(point: Point, by: number): Point {
  return { line: point.line, column: point.column + by, ...(point.offset === undefined ? {} : { offset: point.offset + by }) };
}

/** Phrasing content whose last text ends with a colon, without it (`**Term:**`'s term). */
function withoutColon(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const last = nodes[nodes.length - 1];
  if (last?.type !== 'text') return [...nodes];
  const value = last.value.replace(/[ \t]*[:：]\s*$/, '');
  return value === '' ? nodes.slice(0, -1) : [...nodes.slice(0, -1), { ...last, value }];
}
