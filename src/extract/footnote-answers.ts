/**
 * Quiz notes may answer in footnotes: `1. What is the bias-variance trade-off?[^1]`, and at the
 * bottom `[^1]: Lower bias usually means higher variance.` A question with no answer of its own
 * takes the content of the footnotes its prompt cites (GFM's footnoteReference and
 * footnoteDefinition nodes), and those definitions are then no stray text at the end of the note.
 * A footnote that only cites (an address, `Source: …`) answers nothing: it stays where it stood,
 * as does every footnote of a question that has an answer.
 */
import type { FootnoteDefinition, PhrasingContent, RootContent } from 'mdast';
import type { PromptCandidate } from './recognizers/recognizer.js';
import { isCitationParagraph, isLinksLine } from './references.js';
import { eachNode } from '../parse/tree-walk.js';
import { excerpt } from '../report/excerpt.js';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';

/** The footnotes a prompt cites, by identifier, in the order it cites them. */
export function citedFootnotes(inline: readonly PhrasingContent[]): string[] {
  const cited = new Set<string>();
  eachNode(inline, 'footnoteReference', (node) => cited.add(node.identifier));
  return [...cited];
}

/** The note's top-level footnote definitions, by identifier. */
export function footnoteDefinitions(blocks: readonly RootContent[]): Map<string, FootnoteDefinition> {
  const definitions = new Map<string, FootnoteDefinition>();
  for (const block of blocks) if (block.type === 'footnoteDefinition' && !definitions.has(block.identifier)) definitions.set(block.identifier, block);
  return definitions;
}

/** A footnote whose every paragraph cites (an address, a paper, `Source: …`): a reference, not an answer. */
function onlyCites(definition: FootnoteDefinition): boolean {
  return definition.children.every((block) => isCitationParagraph(block) || isLinksLine(block));
}

/**
 * The footnotes that may answer `found`'s question (when nothing else does): the definitions it
 * cites that stand after it and say more than a citation.
 */
export function answeringFootnotes(found: PromptCandidate, definitions: ReadonlyMap<string, FootnoteDefinition>): FootnoteDefinition[] {
  const after = found.position.end.offset ?? -1;
  return (found.footnotes ?? [])
    .map((identifier) => definitions.get(identifier))
    .filter((definition): definition is FootnoteDefinition => definition !== undefined && (definition.position?.start.offset ?? -1) > after && !onlyCites(definition));
}

/**
 * The note's footnotes that nothing in it cites (`[^2]: Goodfellow, Deep Learning.` with no `[^2]` anywhere): Markdown
 * shows such a footnote nowhere, so it is no part of the answer it stands in (the last, at a note's end).
 */
export function uncitedFootnotes(blocks: readonly RootContent[], definitions: ReadonlyMap<string, FootnoteDefinition>): Set<RootContent> {
  if (definitions.size === 0) return new Set();
  const cited = new Set<string>();
  eachNode(blocks, 'footnoteReference', (node) => cited.add(node.identifier));
  return new Set([...definitions.values()].filter((definition) => !cited.has(definition.identifier)));
}

/** The note of a footnote left out, cited nowhere. */
export function noteUncitedFootnote(vfile: VFile, definition: RootContent): void {
  const text = definition.type === 'footnoteDefinition' ? excerpt(toString(definition)) : '';
  vfile.info(`Left out a footnote that nothing in the note cites ("${text}"): Markdown shows it nowhere`, {
    place: definition.position?.start,
    ruleId: 'uncited-footnote',
    source: 'qbank',
  });
}
