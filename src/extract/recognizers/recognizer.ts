import type { PhrasingContent, RootContent } from 'mdast';
import type { Position } from 'unist';
import type { Construct } from '../extracted-question.js';
import { cleanPrompt, inlineText } from '../prompt-text.js';
import { isInterrogative } from '../interrogative.js';

/** A block proposed as a question's prompt by one recogniser. */
export interface PromptCandidate {
  construct: Construct;
  /** Heading depth, for headings. */
  depth?: number;
  prompt: string;
  interrogative: boolean;
  /** Numbered ("12)", "Q3.") or prefixed ("Q:"): marked as a question by its author. */
  marked: boolean;
  /** Where the prompt text stands, for the line and the wording as written. */
  position: Position;
  /** Answer content that sits inside the prompt's own block. */
  answerLead: RootContent[];
}

/** Given one top-level block, proposes it as a prompt of one construct. */
export interface Recognizer {
  construct: Construct;
  recognize(block: RootContent): PromptCandidate | undefined;
}

const MARKED = /^\s*(?:#{1,6}\s*)?(?:(?:Q(?:uestion)?|질문|문제)\s*\d*\s*[:.)]|Q\d+\b|\(?\d{1,3}[.)]\s)/i;

export function candidate(
  construct: Construct,
  inline: readonly PhrasingContent[],
  position: Position,
  extra: Partial<PromptCandidate> = {},
): PromptCandidate {
  const raw = inlineText(inline);
  const prompt = cleanPrompt(raw);
  return {
    construct,
    prompt,
    interrogative: isInterrogative(prompt),
    marked: MARKED.test(raw),
    position,
    answerLead: [],
    ...extra,
  };
}
