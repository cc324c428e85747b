/**
 * Which constructs carry the questions of this document? Decided from the
 * document itself: a heading depth whose headings mostly ask (or are
 * numbered) is the question level; `Q:` lines, bold prompts and `<details>`
 * summaries count when they ask; plain lines are the fallback for notes
 * with no markup of their own.
 */
import type { RootContent } from 'mdast';
import type { Construct } from './extracted-question.js';
import type { PromptCandidate } from './recognizers/recognizer.js';

/** A question mark or the author's own numbering, not just a question word. */
function asksStrongly(found: PromptCandidate): boolean {
  return found.marked || /[?？]\s*$/.test(found.prompt);
}

export type Proposals = Partial<Record<Construct, PromptCandidate>>;

export interface ConstructChoice {
  /** Heading depths that hold questions, with the share of them that ask. */
  headingDepths: Map<number, number>;
  qa: boolean;
  bold: boolean;
  details: boolean;
  line: boolean;
}

export function chooseConstructs(blocks: readonly RootContent[], proposals: readonly Proposals[], plaintext: boolean): ConstructChoice {
  const perDepth = new Map<number, { all: number; asking: number; strong: number }>();
  let qa = 0;
  let bold = 0;
  let details = 0;
  blocks.forEach((block, index) => {
    const proposal = proposals[index]!;
    const asks = (found?: PromptCandidate) => Boolean(found && (found.interrogative || found.marked));
    if (block.type === 'heading') {
      const entry = perDepth.get(block.depth) ?? { all: 0, asking: 0, strong: 0 };
      entry.all++;
      if (asks(proposal.heading)) entry.asking++;
      if (proposal.heading && asksStrongly(proposal.heading)) entry.strong++;
      perDepth.set(block.depth, entry);
    }
    if (proposal.qa) qa++;
    if (asks(proposal.bold)) bold++;
    if (asks(proposal.details)) details++;
  });
  // The shallowest depth whose headings mostly ask is the question level.
  // Deeper levels sit inside answers ("How It Works", "Code Example"), so
  // they count only when their headings ask outright or are numbered.
  const headingDepths = new Map<number, number>();
  for (const depth of [...perDepth.keys()].sort((a, b) => a - b)) {
    const { all, asking, strong } = perDepth.get(depth)!;
    const votes = headingDepths.size === 0 ? asking : strong;
    if (votes >= 1 && votes * 2 >= all) headingDepths.set(depth, asking / all);
  }
  const structured = headingDepths.size > 0 || qa > 0 || bold > 0 || details > 0;
  return {
    headingDepths,
    qa: qa > 0,
    bold: bold > 0,
    details: details > 0,
    line: plaintext ? qa === 0 : !structured,
  };
}
