/**
 * Cloze deletions: Anki's, `{{c1::Dropout}} randomly zeroes units while training.`, with a hint
 * `{{c1::Adam::optimizer}}`, and Logseq's macro, `{{cloze Dropout}}`, its cue after `\\` (`{{cloze Adam \\ optimizer}}`).
 * Read as written, the card asked its markup. It asks the sentence as Anki's front shows it, each deletion `[...]`
 * (or its hint in brackets, `[optimizer]`), and is answered by the sentence whole, each deletion in bold, as Anki's
 * back shows it, over what the card's back field adds. A deletion whose text holds other markup
 * (`{{c1::**Dropout**}}`) is left as written.
 */
import type { PhrasingContent, Text } from 'mdast';
import { someNode } from './tree-walk.js';

/**
 * A deletion and its hint, neither running past another deletion's `{{`: a field of deletions that never close is
 * read in linear time. Anki's (groups 1 and 2) or Logseq's macro on one line (group 3, its cue in it).
 */
const CLOZE = /\{\{c\d+::((?:(?!\}\}|::|\{\{)[\s\S])+?)(?:::((?:(?!\}\}|\{\{)[\s\S])*?))?\}\}|\{\{cloze[ \t]+([^\s}](?:(?!\}\}|\{\{)[^\n])*?)\}\}/g;

/** A `\\` set apart by spaces in Logseq's macro (`Adam \\ optimizer`), one `\` once Markdown has read the escape; a formula's `\alpha` is none. */
const LOGSEQ_CUE = /[ \t]\\{1,2}[ \t]+/g;

/** A deletion's text and its hint, from a match of `CLOZE` (or the replacer's arguments): Logseq's cue is after its last `\\`. */
function deletionOf([, text, hint, macro]: readonly (string | undefined)[]): { answer: string; hint: string | undefined } {
  if (macro === undefined) return { answer: text!, hint };
  const cue = [...macro.matchAll(LOGSEQ_CUE)].at(-1);
  return cue ? { answer: macro.slice(0, cue.index).trimEnd(), hint: macro.slice(cue.index + cue[0].length).trimEnd() } : { answer: macro.trimEnd(), hint: undefined };
}

/** A card's front and back with its cloze deletions read (see above), or undefined when its front has none. */
export function clozeCard(front: readonly PhrasingContent[], back: readonly PhrasingContent[]): { front: PhrasingContent[]; back: PhrasingContent[] } | undefined {
  if (!someNode(front, (node) => node.type === 'text' && hasCloze(node.value))) return undefined;
  // A deletion in bold (`<b>{{c2::RMSProp}}</b>` in an HTML field, html-fields.ts) is read where it stands.
  const asked = withTexts(front, (node) => [{ ...node, value: askedText(node.value) }]);
  const whole = withTexts(front, filled);
  return { front: asked, back: back.length > 0 ? [...whole, { type: 'break' }, ...back] : whole };
}

/** `nodes` with each text in them, at any depth, replaced by what `read` makes of it. */
function withTexts(nodes: readonly PhrasingContent[], read: (node: Text) => PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type === 'text') return read(node);
    return 'children' in node ? [{ ...node, children: withTexts(node.children as PhrasingContent[], read) } as PhrasingContent] : [node];
  });
}

/** Text with deletions as Anki's front shows them (`[...]`, or the hint), and as its back shows them (each in bold), in Markdown. */
export function clozeSides(text: string): { asked: string; filled: string } | undefined {
  if (!hasCloze(text)) return undefined;
  return {
    asked: askedText(text),
    filled: text.replace(CLOZE, (...match) => `**${deletionOf(match).answer}**`),
  };
}

/** Each deletion as Anki's front shows it: `[...]`, or its hint in brackets. */
function askedText(value: string): string {
  return value.replace(CLOZE, (...match) => `[${deletionOf(match).hint?.trim() || '...'}]`);
}

function hasCloze(value: string): boolean {
  CLOZE.lastIndex = 0;
  return value.includes('{{c') && CLOZE.test(value);
}

/** The text with each deletion's text in bold where it stood. */
function filled(node: Text): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let from = 0;
  for (const deletion of node.value.matchAll(CLOZE)) {
    if (deletion.index > from) out.push({ ...node, value: node.value.slice(from, deletion.index) });
    out.push({ type: 'strong', children: [{ type: 'text', value: deletionOf(deletion).answer }] });
    from = deletion.index + deletion[0].length;
  }
  if (from < node.value.length) out.push({ ...node, value: node.value.slice(from) });
  return out;
}
