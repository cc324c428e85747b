/**
 * A references section (`## References`, `#### Further reading`, `### 참고`) says where a post's
 * material comes from: it asks nothing, names no topic for the questions after it, and is not
 * part of the answer above it. The walk leaves it out and says so.
 */
import type { Heading, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { cleanPrompt, inlineText } from './prompt-text.js';

const NAME = String.raw`(?:references?|sources?|further\s+reading|bibliography|citations?|resources|useful\s+links|reading\s+list|see\s+also|참고(?:\s*(?:자료|문헌|링크))?|출처|레퍼런스)`;
/** One name or several joined ("References and further reading", "참고 및 출처"), with a colon or not. */
const TITLE = new RegExp(String.raw`^${NAME}(?:\s*(?:,|&|/|and|및)\s*${NAME})*\s*[:：]?$`, 'iu');

function isReferencesTitle(text: string): boolean {
  return TITLE.test(text.trim());
}

export function isReferencesHeading(block: RootContent): block is Heading {
  return block.type === 'heading' && isReferencesTitle(cleanPrompt(inlineText(block.children)));
}

/** An info note for a section left out: its heading and its lines, so the user can find it. */
export function noteReferences(vfile: VFile, heading: Heading, content: readonly RootContent[]): void {
  const start = heading.position?.start;
  const end = (content.at(-1) ?? heading).position?.end;
  const lines = start && end && end.line > start.line ? `lines ${start.line}-${end.line}` : `line ${start?.line ?? '?'}`;
  vfile.info(`Left out a references section ("${cleanPrompt(inlineText(heading.children))}", ${lines}): not a question, and not part of the answer above it`, {
    place: start,
    ruleId: 'references',
    source: 'qbank',
  });
}
