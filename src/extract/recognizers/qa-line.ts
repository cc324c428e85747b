/**
 * `Q: Bias vs Variance?` lines, as in cheat notes; the answer follows as `A: ...`. In an interview
 * transcript (parse/speaker-labels.ts) a line of the speaker who asks is such a line when it asks:
 * `Interviewer: What is overfitting?`, its label left out of the question. A spaced-repetition card's
 * front is one too.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import type { Recognizer } from './recognizer.js';
import { candidate, splitAfterBoldLead } from './recognizer.js';
import { inlineText } from '../../wording/prompt-text.js';
import { ACKNOWLEDGEMENT } from '../../wording/acknowledgement.js';
import { QA_LINE } from '../../parse/runaway-blocks.js';
import { withoutSpeakerLabel } from '../../parse/speaker-labels.js';
import { isRating } from '../../wording/rating-labels.js';

export const qaLineRecognizer: Recognizer = {
  construct: 'qa',
  recognize(block) {
    if (block.type !== 'paragraph' || !block.position) return undefined;
    // A card's front asks as a card does, whatever its wording, every line of it (parse/review-cards.ts,
    // inline-cards.ts, anki-block-cards.ts).
    const front = block.data?.cardFront === true;
    if (front || QA_LINE.test(inlineText(block.children))) {
      // `**Q: Why does initialisation matter?** A bad one makes gradients vanish.`: the label and question set in bold,
      // the answer after them on the line, as a bold question is answered (splitAfterBoldLead).
      const lead = front ? undefined : answeredOnItsLine(splitAfterBoldLead(block.children, block.position));
      const found = lead ? candidate('qa', lead.prompt, lead.position, { marked: true, answerLead: [lead.answer] }) : candidate('qa', block.children, block.position, { marked: true }, { whole: front });
      return found.prompt ? found : undefined;
    }
    if (block.data?.speaker?.role !== 'asks') return undefined;
    // The interviewer's other lines ("Good. Next one.") are part of the exchange, left in the answer above.
    const found = candidate('qa', withoutAcknowledgement(withoutSpeakerLabel(block).children), block.position, { marked: true });
    return found.prompt && found.interrogative ? found : undefined;
  },
};

/**
 * A bold question's split (splitAfterBoldLead) when what follows it on its line answers: not a rating (`*(Easy)*`,
 * `[Easy]`, `⭐⭐`), which the question's line keeps and its wording leaves out (wording/rating-labels.ts).
 */
function answeredOnItsLine<T extends { answer: Paragraph }>(lead: T | undefined): T | undefined {
  const line = lead && inlineText(lead.answer.children).split('\n', 1)[0]!.replace(/[*_]/g, '').trim();
  return line && !isRating(line.replace(/^[([](.*)[)\]]$/u, '$1')) && !/^[⭐★☆🌟\s\ufe0f]+$/u.test(line) ? lead : undefined;
}

/** The acknowledgement an interviewer's line opens with, before the question (`Okay, great. Why …?`). */
const OPENING_ACKNOWLEDGEMENT = new RegExp(String.raw`^${ACKNOWLEDGEMENT}\s+(?=\S)`, 'iu');

/**
 * The interviewer's line without the acknowledgement it opens with (`Nice. What is the difference between bagging and
 * boosting?`): the question is what follows, worded as a note would ask it, and merged with it.
 */
function withoutAcknowledgement(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  if (first?.type !== 'text') return children;
  const said = OPENING_ACKNOWLEDGEMENT.exec(first.value);
  return said ? [{ ...first, value: first.value.slice(said[0].length) }, ...rest] : children;
}
