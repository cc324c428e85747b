import type { RootContent } from 'mdast';
import type { Choice } from './choices.js';
import type { Translations } from '../schema/question-bank.js';

/** The ways notes mark a question; each has a recogniser in `recognizers/`. */
export type Construct = 'heading' | 'bold' | 'numbered-bold' | 'qa' | 'details' | 'line' | 'list-item' | 'callout' | 'table-row';

/** One question as found in one file, before normalisation. */
export interface ExtractedQuestion {
  file: string;
  /** 1-based line and column where the question starts. */
  line: number;
  column: number;
  /** The question exactly as written in the source. */
  written: string;
  /** Clean wording: numbering, prefixes, emphasis, emoji and citation links removed. */
  prompt: string;
  /** The answer's blocks (wrapper tags and `A:` prefixes removed); empty when there is none. */
  answer: RootContent[];
  /** What the question shows and refers to (`Given this directed graph.` over a picture of it); left out when nothing. */
  context?: RootContent[];
  /** The hints given with it (hints.ts), shown after what it shows; no part of what it asks (nor of its id). Left out when none. */
  hints?: RootContent[];
  /** The options of a multiple-choice question, taken out of its answer (choices.ts); left out when it has none. */
  choices?: Choice[];
  /** Its wording in the other language, written on the line under it (translation-line.ts); left out when none. */
  translations?: Translations;
  /** Tags and categories the question's own metadata lines give (answer-head.ts); left out when none. */
  tags?: string[];
  /** Innermost section heading (or section line in copied text), if any. */
  topic: string | null;
  construct: Construct;
  /** Asks for code ("Implement softmax"), or is answered by code alone. */
  coding: boolean;
}
