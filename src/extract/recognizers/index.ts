/**
 * The recognisers every block is offered to, in the order their proposals are made (extract/walk/proposed-page.ts).
 */
import type { Recognizer } from '../recognizers/recognizer.js';
import { headingRecognizer } from '../recognizers/heading.js';
import { boldParagraphRecognizer } from '../recognizers/bold-paragraph.js';
import { numberedBoldRecognizer } from '../recognizers/numbered-bold.js';
import { qaLineRecognizer } from '../recognizers/qa-line.js';
import { detailsSummaryRecognizer } from '../recognizers/details-summary.js';
import { plainLineRecognizer } from '../recognizers/plain-line.js';
import { calloutRecognizer } from '../recognizers/callout.js';

export const recognizers: readonly Recognizer[] = [
  headingRecognizer,
  qaLineRecognizer,
  boldParagraphRecognizer,
  numberedBoldRecognizer,
  detailsSummaryRecognizer,
  plainLineRecognizer,
  calloutRecognizer,
];
