/**
 * A note that names its question in its front matter, one question to a note as some templates
 * write them (`question: Explain scaled dot-product attention …`, over a body that answers it).
 * The question is read as a heading that labels its note's body its answer (labelled-sections.ts):
 * at the top of the body, as deep as a heading can be shallow, so that the answer runs over every
 * section of the body; it stands where the `question:` key is written.
 */
import type { Heading } from 'mdast';
import type { Document } from '../parse/document.js';

/** A `question:` key at the top level of the front matter, and its value on its line. */
const QUESTION_KEY = /^question[ \t]*:[^\n]*/m;

/** The heading that asks the note's front-matter question, or undefined when it names none. */
export function frontMatterQuestion(doc: Document): Heading | undefined {
  const asked = doc.frontMatter?.question;
  if (typeof asked !== 'string' || asked.trim() === '') return undefined;
  const text = doc.source.text;
  // The front matter is the note's first lines, between its `---` fences.
  const end = text.indexOf('\n---', 3);
  const key = end < 0 ? null : QUESTION_KEY.exec(text.slice(0, end));
  if (!key) return undefined;
  const offset = key.index;
  const line = text.slice(0, offset).split('\n').length;
  return {
    type: 'heading',
    depth: 1,
    children: [{ type: 'text', value: asked.trim() }],
    position: { start: { line, column: 1, offset }, end: { line, column: key[0].length + 1, offset: offset + key[0].length } },
  };
}
