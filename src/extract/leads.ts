/**
 * The wording of a question asked after what the items over it set up. Interview books nest questions
 * under a scene or a statement (`6. Suppose you want to build a model to classify Reddit comments … and you
 * want to label 100K of them.` over `1. [M] How would you sample 100K comments to label?`); on a card of
 * its own, the question means something only after it, so its wording starts with it.
 * Where its line is stays the question's own (`Occurrence.line`): follow-ups of one scene keep their order.
 */
import type { PromptCandidate } from './recognizers/recognizer.js';
import { DIFFICULTY_TAG } from '../wording/interrogative.js';
import { QUESTION_MARKS } from '../wording/marks.js';

/** A lead that ends its sentence (or leads into what follows, `Given 5 documents:`); one that does not (`Given $$A$$ and $$b$$`) is given a full stop. */
const CLOSED = new RegExp(String.raw`[.!:;…。${QUESTION_MARKS}！：；]["'”’)\]]*$`, 'u');

/**
 * `found`'s prompt and its text as written (`written`), each after its leads'. A difficulty tag of the
 * question (`[M]`) goes first, where it stands when nothing leads: the tag rates the question, not the scene.
 * The text as written is each line as it stands, the question's own last.
 */
export function ledWording(found: PromptCandidate, written: string, source: string): { prompt: string; written: string } {
  const leads = found.leads ?? [];
  if (leads.length === 0) return { prompt: found.prompt, written };
  const tag = DIFFICULTY_TAG.exec(found.prompt)?.[0] ?? '';
  // A lead's own rating (`[M] Suppose …` over `[H] How likely …?`) gives way to the question's.
  const said = leads.map(({ prompt: text }) => (tag ? text.replace(DIFFICULTY_TAG, '') : text)).map((text) => (CLOSED.test(text) ? text : `${text}.`));
  const prompt = [...(tag ? [tag.trim()] : []), ...said, found.prompt.slice(tag.length)].join(' ');
  const asWritten = leads.map(({ prompt: text, position: { start, end } }) =>
    start.offset === undefined || end.offset === undefined ? text : source.slice(start.offset, end.offset),
  );
  return { prompt, written: [...asWritten, written].join('\n') };
}
