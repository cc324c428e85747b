/**
 * `Q: Bias vs Variance?` lines, as in cheat notes; the answer follows as `A: ...`. In an interview
 * transcript (parse/speaker-labels.ts) a line of the speaker who asks is such a line when it asks:
 * `Interviewer: What is overfitting?`, its label left out of the question.
 */
import type { Recognizer } from './recognizer.js';
import { candidate } from './recognizer.js';
import { inlineText } from '../../wording/prompt-text.js';
import { QA_LINE } from '../../parse/runaway-blocks.js';
import { withoutSpeakerLabel } from '../../parse/speaker-labels.js';

export const qaLineRecognizer: Recognizer = {
  construct: 'qa',
  recognize(block) {
    if (block.type !== 'paragraph' || !block.position) return undefined;
    if (QA_LINE.test(inlineText(block.children))) {
      const found = candidate('qa', block.children, block.position, { marked: true });
      return found.prompt ? found : undefined;
    }
    if (block.data?.speaker?.role !== 'asks') return undefined;
    // The interviewer's other lines ("Good. Next one.") are part of the exchange, left in the answer above.
    const found = candidate('qa', withoutSpeakerLabel(block).children, block.position, { marked: true });
    return found.prompt && found.interrogative ? found : undefined;
  },
};
