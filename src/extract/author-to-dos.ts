/**
 * The author's to-do list about the note itself, closing an answer: a task list whose every item is about editing
 * the note (`- [ ] add KV cache question`, `- [x] fix RoPE explanation`, `- [ ] RoPE 설명 수정`, `- [ ] TODO: diagram`).
 * It is what the author means to do to the note, not what answers the question above it, as a `TODO` note
 * between questions is (never-asks.ts). A task list that IS the answer (`- [x] Normalize inputs`, `- [ ] Use early
 * stopping`) says nothing of the note's own parts, and stays; so does one with a single item that does. So is the
 * author's reminder to review a point, closing an answer on its line (`> 💡 복습 필요: PPO의 clipping`, `TODO: review`)
 * or as the items that close a list, marked as the author's by an emoji or a to-do marker (`- 💡 복습 필요`, `- 📌 다시
 * 보기`, `- TODO: review GAE`), or as a task list apart from the answer's other blocks, closing it, whose every item says
 * only a review's words or tag (`- [ ] 복습하기`, `- [ ] review this`, `- [ ] #review`). Any other unmarked item is a
 * point: `- 복습 필요`, `- Needs review`, `- 다시 보기` without a checkbox, `- [ ] Review the proof of X`, or a bare
 * `- [ ] 복습하기` among steps.
 */
import type { Blockquote, List, ListItem, Paragraph, RootContent } from 'mdast';
import { inlineText } from '../wording/prompt-text.js';
import { endsStatement } from '../wording/interrogative.js';
import { EMOJI_CHARACTERS } from '../wording/marks.js';
import { afterToDoMarker, CHINESE_PENDING, startsWithToDoMarker, isToDoMarker } from './to-do-marker.js';
import { leadsIn, POINTS_ON } from './lead-in.js';

/** What the author leaves to themself at an answer's end: a to-do list about the note, or reminders to review (isReviewReminder), listed or not. */
export type AuthorToDos = List | ReviewReminder;
/** A reminder to review, on a line of its own or quoted (`> 💡 복습 필요: PPO의 clipping`). */
export type ReviewReminder = Paragraph | Blockquote;

/** How an author tells themself to edit the note, the item's first word: `add`, `fix`, `write`, `update`, `check` … */
const EDITS: ReadonlySet<string> = new Set(
  'add fix write rewrite update check recheck re-check double-check review expand clarify finish complete polish verify revisit reword rephrase improve shorten simplify split merge move link redo'.split(' '),
);
/** The parts of the note an edit is about. */
export const NOTE_PARTS = /^(?:question|answer|explanation|section|note|card|flashcard)s?$/;
/**
 * The same in Korean, ending the item: a part of the note, then how it is edited (`KV cache 질문 추가`, `RoPE 설명을
 * 수정`, `답 채우기`: fill the answer in). Not a check (`확인`) nor `내용` (content), nor an explanation written (`설명 작성`): `로그 내용 확인`, `모델 설명
 * 작성` are a deployment checklist's steps.
 */
export const KOREAN_EDIT = /(?:(?:질문|답변|답|예시|섹션|카드|노트)(?:을|를)?\s?(?:추가|수정|보완|보강|작성|정리|업데이트|채우기)|설명(?:을)?\s?(?:추가|수정|보완|보강|업데이트))(?:하기|할 것)?[.!]?$/u;
/**
 * The same in Chinese, an edit then a part of the note (`补充答案`: add the answer, `完善解释`, `添加例子`), or a part
 * still to fill in (`待补充`, `答案待完善`); in Japanese, a part then its edit (`回答を書く`, `解説を追加`, `例を追記する`).
 */
export const CJK_EDIT = new RegExp(
  '^(?:(?:补充|完善|补全|补写|添加|增加|修改|更新|填写|编写|撰写|写)(?:一下)?(?:答案|回答|问题|解释|说明|例子|示例|解析|题目)' +
    `|(?:答案|回答|解释|说明|例子|示例|解析)?${CHINESE_PENDING}` +
    '|(?:回答|答え|解答|解説|説明|質問|例|例題)(?:を)?(?:書く|追加|修正|追記|補足|更新|書き直す|埋める)(?:する)?)[。.!！]?$',
  'u',
);
/** Words addressed to the reader (`Check your answer`): advice, an answer's own, never a note to self. */
const TO_THE_READER: ReadonlySet<string> = new Set(['your', 'you', "you're", 'yours']);

/**
 * How an author reminds themself to come back to a point: `복습 필요`, `복습할 것`, `다시 보기`, `다시 봐야 함`, `Needs
 * review`, `Review later`, `Revisit later`, as a label (its colon and the `point` after it) or alone (the emoji that
 * marks it taken off, `💡 복습 필요: PPO의 clipping`). Only these words: a line that explains (`💡 Tip: …`, `💡 핵심: …`)
 * is the answer's. Said to oneself as a chat says it, with a laugh typed round it and a day (`ㅋㅋ 이거 내일 또
 * 봐야지`, `내일 다시 복습해야지 ㅠㅠ`), it is the same remark.
 */
export const REVIEW_REMINDER = new RegExp(
  String.raw`^(?:(?:[ㅋㅎ]{2,}\s?)?(?:(?:이거|이건|이것도?)\s?)?(?:(?:나중에|내일|주말에|다음에)\s?)?(?:(?:(?:다시|또)\s?)?복습\s?(?:필요|요망|할\s?것|하기|해야지|하자)|(?:다시|또)\s?(?:보기|볼\s?것|봐야\s?(?:함|할\s?것|지|겠다)))|needs?\s+review|review\s+(?:needed|later)|revisit\s+later)\s*(?:[:：\-–—]\s*(?<point>\S)|[ㅋㅎㅠㅜ]*$)`,
  'iu',
);
/** A review tag's sign and folder before its word (`#review`, `#복습`, `#todo/review`). */
const REVIEW_TAG = /^#(?:todo\/)?(?=\S)/iu;
/**
 * What follows a review's verb and leaves a reminder's words alone (`review this`, `revisit later`). Not nothing: `- [ ]
 * Review` alone is as often a process's step (`Train`, `Evaluate`, `Review`).
 */
const BARE_REVIEW_TAIL = /^\s+(?:this|it|later|again)$/iu;
/** The emoji that marks a reminder (`💡`, `📌`), before its words. */
const MARKING_EMOJI = new RegExp(String.raw`^[${EMOJI_CHARACTERS}\s]+`, 'u');
/** A to-do whose task is to review (`TODO: review the proof`, `TODO: 복습`, `FIXME - revisit`): a reminder too. */
export const REVIEW_TASK = /^[:：\-–—\s]*(?:(?:review|revisit|re-?read)\b|복습|다시\s?보)/iu;

/**
 * The answer without the author's to-do list or reminder to review that closes it, and that list or reminder. A
 * to-do list goes whole or stays whole; reminders that close a list of the answer's points go, each an item of its own
 * as a reminder's paragraph is a line of its own (`- PPO는 …` over `- 💡 복습 필요`), and the points stay. A list of
 * reminders alone under its question, or under the words that lead into it, stays: it is all the answer there is.
 */
export function withoutAuthorToDos(blocks: RootContent[], prompt: string): { rest: RootContent[]; toDos?: AuthorToDos } {
  const last = blocks.at(-1);
  if (last?.type !== 'list') return isReviewReminder(last) ? { rest: blocks.slice(0, -1), toDos: last } : { rest: blocks };
  if (last.children.every(isNoteToDo)) return { rest: blocks.slice(0, -1), toDos: last };
  const marked = emojiMarks(last.children);
  // Reminders never take the whole answer: a list of nothing else, alone under its question or under the words that
  // lead into it (`우선순위:`), answers it (`What should I revisit …?`). Apart from the answer, a task list of a review's
  // words alone (`- [ ] 복습하기`) is the author's (standsApart); among the answer's points, such an item may be a step.
  const above = blocks.at(-2);
  const remindsAll = (checkbox: boolean) => last.children.every((item) => isNoteToDo(item) || isReminderItem(item, { emoji: marked, checkbox }));
  if (above && !leadsIn(above) && (remindsAll(false) || (standsApart(above, prompt) && remindsAll(true)))) return { rest: blocks.slice(0, -1), toDos: last };
  const points = pointsBefore(last.children, marked);
  if (points === 0 || points === last.children.length) return { rest: blocks };
  const [kept, toDos] = [listOf(last, last.children.slice(0, points)), listOf(last, last.children.slice(points))];
  return { rest: [...blocks.slice(0, -1), kept], toDos };
}

/**
 * Whether a task list under `above`, the answer's block over it, stands apart from the answer to `prompt`, so that its
 * checkboxes alone mark a review's words as the author's (`- [ ] 복습하기`): not under a heading or a bold label (a study
 * plan's `**7일차**` over its day's tasks), nor under words that point at it (`아래와 같다.`, `…as follows.`), nor under a
 * question about reviewing itself (`복습은 어떻게 하나요?`, `How do you use spaced repetition?`), whose answer may show
 * such a box. Review s67a found each read as the author's reminder.
 */
function standsApart(above: RootContent, prompt: string): boolean {
  if (ABOUT_REVIEW.test(prompt) || above.type === 'heading') return false;
  if (above.type !== 'paragraph') return true;
  const [only] = above.children;
  if (above.children.length === 1 && (only!.type === 'strong' || only!.type === 'emphasis')) return false;
  return !POINTS_ON.test(inlineText(above.children).trim());
}

/** A question about reviewing or studying itself, which a reminder's box may answer or show. */
const ABOUT_REVIEW = /review|revisit|re-?read|repetition|복습|다시\s?보|회고|암기|공부법|学習法|复习/iu;

/** How many of a list's items come before the reminders that close it. */
function pointsBefore(items: ListItem[], marked: boolean): number {
  let points = items.length;
  while (points > 0 && isReminderItem(items[points - 1]!, { emoji: marked, checkbox: false })) points--;
  return points;
}

/**
 * Whether an emoji before an item's words marks it as the author's: not where the list's points open with one too
 * (`🟢 읽음`, `🟡 읽는 중`, `🔴 복습 필요` are states, each with its colour).
 */
function emojiMarks(items: readonly ListItem[]): boolean {
  return !items.some((item) => MARKING_EMOJI.test(itemText(item)) && !isReminderItem(item, { emoji: true, checkbox: false }));
}

/** An item's line, when it is one paragraph; else empty. */
function itemText(item: ListItem): string {
  const [only] = item.children;
  return item.children.length === 1 && only?.type === 'paragraph' ? inlineText(only.children).trim() : '';
}

/** A part of `list`, its items in their places. */
function listOf(list: List, items: ListItem[]): List {
  const [first, last] = [items[0]?.position?.start, items.at(-1)?.position?.end];
  return { ...list, children: items, ...(first && last ? { position: { start: first, end: last } } : {}) };
}

/**
 * What of `block`, one of an answer's, stays once withoutAuthorToDos took `toDos` out of the answer: nothing if it is
 * them, the points of the list whose last items they were, else all of it.
 */
export function keptOf(block: RootContent, toDos: AuthorToDos): RootContent | undefined {
  if (block === toDos) return undefined;
  if (block.type !== 'list' || toDos.type !== 'list' || !block.children.includes(toDos.children[0]!)) return block;
  return listOf(block, block.children.slice(0, block.children.indexOf(toDos.children[0]!)));
}

/** Whether the author's to-dos only remind them to review: a reminder's line or quote, or a list of reminders (`- 💡 복습 필요`). */
export function remindsOnly(toDos: AuthorToDos): boolean {
  return toDos.type !== 'list' || toDos.children.every((item) => isReminderItem(item, { emoji: true, checkbox: true }));
}

/**
 * An item that is a reminder's line marked as the author's: by a to-do marker (`- TODO: review GAE lambda`, `- [ ] TODO
 * 복습`); where `emoji` (emojiMarks), by an emoji (`- 💡 복습 필요`, `- 📌 다시 보기`); where `checkbox` (a task list
 * apart from the answer, closing it), by its checkbox when it says a review's words or tag and nothing else (`- [ ]
 * 복습하기`, `- [ ] review this`, `- [ ] #review`). Not an unmarked one: in a list, `복습 필요` is as often a card's
 * state, `Needs review` a PR's label, `다시 보기` a button, `복습하기` a study step; nor a task item whose step is to
 * review something (`- [ ] Review the confusion matrix`): its checkbox is no `TODO:`.
 */
function isReminderItem(item: ListItem, marks: { emoji: boolean; checkbox: boolean }): boolean {
  const [only] = item.children;
  if (item.children.length !== 1) return false;
  if (marks.checkbox && typeof item.checked === 'boolean' && isBareReminder(itemText(item))) return true;
  return isReviewReminder(only, marks.emoji ? 'marked' : 'to-do');
}

/**
 * A review's words with nothing after them (`복습하기`, `다시 볼 것`, `needs review`), a review's verb with only `this`,
 * `it`, `later` or `again` after it (`review this`, `re-read it`), or a review tag alone (`#review`, `#복습`,
 * `#todo/review`): it names nothing to review but the note it closes.
 */
function isBareReminder(text: string): boolean {
  const tag = REVIEW_TAG.exec(text)?.[0];
  const words = tag ? text.slice(tag.length) : text;
  const verb = REVIEW_TASK.exec(words)?.[0];
  if (verb !== undefined && (tag ? words.length === verb.length : BARE_REVIEW_TAIL.test(words.slice(verb.length)))) return true;
  const reminder = REVIEW_REMINDER.exec(words);
  return !tag && reminder !== null && reminder.groups?.point === undefined;
}

/**
 * `> 💡 복습 필요: PPO의 clipping` under an answer: a paragraph of one line, or a quote or callout of one or two such
 * lines (its title and the point), whose first line reminds the author to review (REVIEW_REMINDER, REVIEW_TASK), and
 * whose point only names a subject: a few words, no link (`다시 보기: [Policy Gradient 정리](…)` points at a post, a
 * reference), no sentence (`Needs review — exposure bias is the downside; …` goes on answering). `item`: a list
 * item's line, a reminder only when a to-do marker marks it, or (`marked`) an emoji (isReminderItem).
 */
function isReviewReminder(block: RootContent | undefined, item?: 'marked' | 'to-do'): block is ReviewReminder {
  const lines = block?.type === 'paragraph' ? [block] : block?.type === 'blockquote' && block.children.length <= 2 ? block.children : [];
  const texts = lines.map((line) => (line.type === 'paragraph' ? inlineText(line.children).trim() : '\n'));
  if (texts.length === 0 || texts.some((text) => text.includes('\n'))) return false;
  if (lines.some((line) => line.type === 'paragraph' && line.children.some((child) => child.type === 'link' || child.type === 'linkReference'))) return false;
  const said = texts.join(' ');
  if (endsStatement(said) || said.split(/\s+/).length > MOST_REMINDER_WORDS) return false;
  const first = texts[0]!.replace(MARKING_EMOJI, '');
  const task = afterToDoMarker(first);
  if (task !== undefined && REVIEW_TASK.test(task)) return true;
  if (item === 'to-do' || (item === 'marked' && first === texts[0])) return false;
  return REVIEW_REMINDER.test(first);
}

/** A reminder and the subject it names, in words (`💡 복습 필요: PPO의 clipping`, `TODO: review the bias-variance trade-off`). */
const MOST_REMINDER_WORDS = 6;

/** A reminder's words, its quote's lines joined (a callout's title and its point). */
function reminderText(reminder: ReviewReminder): string {
  const lines = reminder.type === 'paragraph' ? [reminder] : (reminder.children as Paragraph[]);
  return lines.map((line) => inlineText(line.children).trim()).join(' ');
}

/**
 * The text of each item of a to-do list or list of reminders (a paragraph each, as withoutAuthorToDos found them), or the words of a
 * reminder to review, for the report that leaves them out.
 */
export function toDoTexts(toDos: AuthorToDos): string[] {
  if (toDos.type !== 'list') return [reminderText(toDos)];
  return toDos.children.map(itemText);
}

/** A task item of one paragraph that tells the author to edit the note. */
function isNoteToDo(item: ListItem): boolean {
  const text = itemText(item);
  if (typeof item.checked !== 'boolean' || text === '') return false;
  if (startsWithToDoMarker(text) || isToDoMarker(text)) return true;
  if (KOREAN_EDIT.test(text) || CJK_EDIT.test(text)) return true;
  const words = text.toLowerCase().match(/[\p{L}'-]+/gu) ?? [];
  return EDITS.has(words[0] ?? '') && words.some((word) => NOTE_PARTS.test(word)) && !words.some((word) => TO_THE_READER.has(word));
}
