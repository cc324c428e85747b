/**
 * The name a section's title gives the questions under it, their topic.
 */
import { withoutTitleTags } from '../../parse/trailing-tags.js';
import { withoutTrailingColon } from '../../wording/prompt-text.js';
import { hasWords, namesOnlyQuestionCollection, onlyNumbers } from '../../wording/interrogative.js';

/** "## #12-4", "### 12.4", "#### No.1", a PDF's `-- 1 of 3 --`: a number, an anchor or a page marker names no section, so the section above stays the topic. */
export function sectionName(written: string): string | undefined {
  const title = withoutTitleTags(written);
  if (!hasWords(title) || onlyNumbers(title) || PAGE_MARKER.test(title) || namesOnlyQuestionCollection(title)) return undefined;
  // `**1)** **Topic:** Fundamentals, **Level:** Advanced`: a line of the question's metadata names its topic in a field.
  const field = TOPIC_FIELD.exec(title);
  // A heading cut at its comma (`## Precision and recall,` over its question, block-roles.ts) names it without the comma.
  return field ? field[1]!.trim() : withoutTrailingColon(title).replace(/\s*[,，]$/, '');
}

/** `-- 1 of 3 --`: where a page of a PDF ended, as text extracted from one marks it. It names nothing. */
const PAGE_MARKER = /^-+\s*\d+\s+of\s+\d+\s*-+$/i;

const TOPIC_FIELD = /^(?:topic|category|subject|主题|分类|주제|분류)\s*[:：]\s*([^,;|，；]+?)\s*(?:[,;|，；]|$)/i;
