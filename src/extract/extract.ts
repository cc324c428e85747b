/**
 * The extract stage: find every question of a document and slice its
 * answer structurally, up to the next question at the same or a higher
 * level. Recognisers propose prompts block by block and `chooseConstructs`
 * decides which constructs this document uses (walk/proposed-page.ts); a walk
 * through the blocks in order (walk/walk.ts) assigns every other block to an
 * answer, a section title, or a report of orphan text. What it makes of a
 * heading is walk/headings.ts, of a list that asks walk/lists.ts, of any other
 * block walk/blocks.ts; an answers section under numbered questions,
 * walk/answer-key-section.ts. The loop below leaves out what is no part of any
 * question before those readings are tried.
 */
import type { RootContent } from 'mdast';
import type { Document } from '../parse/document.js';
import type { ExtractedQuestion } from './extracted-question.js';
import { cleanPrompt, inlineText } from '../wording/prompt-text.js';
import { BACK_TO_TOP } from '../parse/site-chrome.js';
import { opensClosingPromo } from './block-roles.js';
import { notePageMetadata } from './left-out.js';
import { noteUncitedFootnote } from './footnote-answers.js';
import { lineSpan } from '../report/line-span.js';
import { isGlossaryBlock } from '../parse/glossary-lines.js';
import { Walk } from './walk/walk.js';
import { proposePage } from './walk/proposed-page.js';
import { walkHeading } from './walk/headings.js';
import { walkBlock } from './walk/blocks.js';
import { opensAnswerKey } from './walk/answer-key-section.js';

export { recognizers } from './recognizers/index.js';

export interface Extraction {
  questions: ExtractedQuestion[];
  /** A title found in the body (a lone top heading), when the parse stage had none. */
  title?: string;
}

/** Every question of a note, with its answer; what is not part of one is reported on the note's file. */
export function extractQuestions(doc: Document): Extraction {
  const walk = new Walk(proposePage(doc));
  const { vfile, blocks, pageHead, uncited } = walk.page;
  blocks.forEach((block, index) => {
    if (index < walk.resumeAt || walk.answeredBy.has(block)) return;
    // A glossary's title names its terms' topic: what comes after them, however it asks, is under no title of its own.
    if (walk.glossaryTopic !== undefined && !isGlossaryBlock(block)) {
      if (walk.lineTopic === walk.glossaryTopic) walk.lineTopic = undefined;
      walk.glossaryTopic = undefined;
    }
    if (uncited.has(block)) {
      noteUncitedFootnote(vfile, block);
      return;
    }
    if (block === pageHead?.properties) {
      notePageMetadata(doc, block);
      return;
    }
    if (opensAnswerKey(walk, index, block)) return;
    // `**[⬆ back to top](#contents)**` under each answer of a README: the page's navigation, in no answer.
    const navigation = block.type === 'paragraph' && isShort(block) ? inlineText(block.children).trim() : undefined;
    if (navigation !== undefined && BACK_TO_TOP.test(navigation)) {
      vfile.info(`Left out a link back to the top of the page ("${navigation}")`, { place: block.position?.start, ruleId: 'site-chrome', source: 'qbank' });
      return;
    }
    if (block.type === 'heading' && walk.seenQuestion && opensClosingPromo(index, blocks)) {
      walk.close();
      walk.flushOrphan();
      const place = block.position?.start;
      vfile.info(`Left out the page's closing promotion after the questions (${lineSpan(place, blocks.at(-1)!.position?.end)}): "${cleanPrompt(inlineText(block.children))}"`, { place, ruleId: 'site-chrome', source: 'qbank' });
      walk.resumeAt = blocks.length;
      return;
    }
    if (block.type === 'heading') walkHeading(walk, index, block);
    else walkBlock(walk, index, block);
  });
  return walk.finish();
}

/** A block of a few words at most as written (a link's address counted): most are longer, and their text is not read. */
function isShort(block: RootContent): boolean {
  const { start, end } = block.position ?? {};
  return start?.offset !== undefined && end?.offset !== undefined && end.offset - start.offset <= 120;
}
