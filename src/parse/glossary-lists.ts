/**
 * A glossary written as a list, in any kind of note: under a title that names one (`## Glossary`, `Key Terms`,
 * wording/glossary-titles.ts), a list whose every item gives a term, a colon and its definition, most of them a sentence's
 * words (one among them may be brief: `- ReLU: max(0, x)`):
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
import type { List, ListItem, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { GlossaryTitles, markGlossaryTitle, type GlossaryOptions } from './glossary-lines.js';
import { termSides, type DefinitionRule, type TermSides } from './glossary-terms.js';
import { namesGlossary } from '../wording/glossary-titles.js';

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

/** Each item's term and definition, when every item of the list gives one and most define in words; else undefined. */
function termItems(list: List): TermSides[] | undefined {
  const items: TermSides[] = [];
  let defined = 0;
  for (const item of list.children) {
    // Cut once: a brief definition is asked for only where the item defines in no sentence (the cut is the same).
    const strict = termItem(item, 'strict');
    const found = strict ?? termItem(item, 'brief');
    if (!found) return undefined;
    items.push(found);
    if (strict) defined++;
  }
  // A brief definition (`ReLU: max(0, x)`) is one among a glossary's sentences: most items define in words.
  return items.length > 0 && defined * 2 > items.length ? items : undefined;
}

/** An item's term and definition: its first paragraph cut after its term (glossary-terms.ts `termSides`); a task's item gives none. */
function termItem(item: ListItem, rule: DefinitionRule): TermSides | undefined {
  const first = item.children[0];
  if (item.checked !== null && item.checked !== undefined) return undefined;
  return first?.type === 'paragraph' ? termSides(first, rule, 'any') : undefined;
}
