/**
 * The sheet's reading order: questions grouped by topic (in order of first
 * appearance, topics matched case-insensitively), questions without a topic
 * under "General", and the unanswered ones set aside.
 */
import type { Question, QuestionBank } from '../../schema/question-bank.js';
import { wordingText } from '../../wording/plain-wording.js';

export const GENERAL_TOPIC = 'General';

export interface TopicSection {
  title: string;
  /** Named destination of the topic's band (contents links, outline). */
  anchor: string;
  questions: Question[];
}

export interface SheetPlan {
  topics: TopicSection[];
  /** Questions without an answer, in topic order (empty unless listed). */
  unanswered: Question[];
}

export function hasAnswer(question: Question): boolean {
  return question.answer !== null && question.answer.markdown.trim().length > 0;
}

/** A question's topic as its band and the contents name it: plain text, which they draw (wording/plain-wording.ts); its bookmark spells its formulas (outline.ts). */
export function topicOf(question: Question): string {
  const topic = question.topic && wordingText(question.topic).replace(/\s+/g, ' ').trim();
  return topic ? topic : GENERAL_TOPIC;
}

export function planSheet(bank: QuestionBank, includeUnanswered: boolean): SheetPlan {
  const byKey = new Map<string, { title: string; answered: Question[]; unanswered: Question[] }>();
  for (const question of bank.questions) {
    const title = topicOf(question);
    const key = title.toLocaleLowerCase('en');
    let group = byKey.get(key);
    if (!group) {
      group = { title, answered: [], unanswered: [] };
      byKey.set(key, group);
    }
    (hasAnswer(question) ? group.answered : group.unanswered).push(question);
  }
  const groups = [...byKey.values()];
  const topics = groups
    .filter((group) => group.answered.length > 0)
    .map((group, index) => ({ title: group.title, anchor: `topic-${index + 1}`, questions: group.answered }));
  const unanswered = includeUnanswered ? groups.flatMap((group) => group.unanswered) : [];
  return { topics, unanswered };
}
