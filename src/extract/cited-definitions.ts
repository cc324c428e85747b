/**
 * A note may define its links once, at its end (`[bn]: https://…`), and cite them from any answer (`the
 * [original paper][bn]`); so too its footnotes (`[^1]: Ioffe & Szegedy, 2015.`). Markdown resolves a
 * citation against the whole note, but each answer is read alone after the extract stage (its Markdown,
 * its HTML, its card): so each carries, at its end, the definitions it cites, copied from wherever the note
 * holds them. A link definition shows nothing where it stands: one an answer does not cite is left out of it
 * (those at the end of a note stood in its last answer), and so is a footnote that another answer cites.
 */
import type { Definition, FootnoteDefinition, RootContent } from 'mdast';
import { eachNode, someNode } from '../parse/tree-walk.js';
import type { ExtractedQuestion } from './extracted-question.js';

/**
 * The questions, each answer and each thing shown with the definitions it cites; the same array when none cites
 * one it lacks or holds one it does not cite.
 */
export function withCitedDefinitions(questions: ExtractedQuestion[], blocks: readonly RootContent[], text: string): ExtractedQuestion[] {
  // Most notes define nothing, and a definition is written `[label]:`: their trees are not walked.
  if (!text.includes(']:') || !someNode(blocks, (node) => node.type === 'definition' || node.type === 'footnoteDefinition')) return questions;
  const links = new Map<string, Definition>();
  const footnotes = new Map<string, FootnoteDefinition>();
  eachNode(blocks, 'definition', (node) => void (links.has(node.identifier) || links.set(node.identifier, node)));
  eachNode(blocks, 'footnoteDefinition', (node) => void (footnotes.has(node.identifier) || footnotes.set(node.identifier, node)));
  // Footnotes some answer cites: one of them standing in another answer (the last) is carried where it is cited.
  const citedSomewhere = new Set<string>();
  for (const question of questions) eachNode(question.answer, 'footnoteReference', (node) => void citedSomewhere.add(node.identifier));
  let changed = false;
  const carried = questions.map((question) => {
    // What a question shows (a plot by reference, `![plot][p]`) is read alone too.
    const answer = withDefinitions(question.answer, links, footnotes, citedSomewhere);
    const context = question.context && withDefinitions(question.context, links, footnotes, citedSomewhere);
    if (answer === question.answer && context === question.context) return question;
    changed = true;
    return { ...question, answer, ...(context ? { context } : {}) };
  });
  return changed ? carried : questions;
}

/** An answer's or a shown part's `blocks`, with the definitions they cite and without those they need not hold. */
function withDefinitions(
  blocks: RootContent[],
  links: ReadonlyMap<string, Definition>,
  footnotes: ReadonlyMap<string, FootnoteDefinition>,
  citedSomewhere: ReadonlySet<string>,
): RootContent[] {
  const citedLinks = new Set<string>();
  const citedNotes = new Set<string>();
  eachNode(blocks, 'linkReference', (node) => void citedLinks.add(node.identifier));
  eachNode(blocks, 'imageReference', (node) => void citedLinks.add(node.identifier));
  eachNode(blocks, 'footnoteReference', (node) => void citedNotes.add(node.identifier));
  const heldLinks = new Set<string>();
  const heldNotes = new Set<string>();
  eachNode(blocks, 'definition', (node) => void heldLinks.add(node.identifier));
  eachNode(blocks, 'footnoteDefinition', (node) => void heldNotes.add(node.identifier));
  // A footnote no answer cites stays where it is: it may be what a question's prompt cites, its answer (footnote-answers.ts).
  const strays = blocks.filter(
    (block) =>
      (block.type === 'definition' && !citedLinks.has(block.identifier)) ||
      (block.type === 'footnoteDefinition' && !citedNotes.has(block.identifier) && citedSomewhere.has(block.identifier)),
  );
  const missingLinks = [...citedLinks].filter((id) => !heldLinks.has(id) && links.has(id)).map((id) => links.get(id)!);
  // A footnote carried may cite another (`[^1]: See [^2].`): carried too.
  const missingNotes: FootnoteDefinition[] = [];
  const carry = (id: string): void => {
    const note = footnotes.get(id);
    if (!note || heldNotes.has(id)) return;
    heldNotes.add(id);
    missingNotes.push(note);
    eachNode(note.children, 'footnoteReference', (inner) => carry(inner.identifier));
  };
  for (const id of citedNotes) carry(id);
  if (strays.length === 0 && missingLinks.length === 0 && missingNotes.length === 0) return blocks;
  const kept = strays.length === 0 ? blocks : blocks.filter((block) => !strays.includes(block));
  return [...kept, ...missingLinks, ...missingNotes];
}
