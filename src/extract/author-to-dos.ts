/**
 * The author's to-do list about the note itself, closing an answer: a task list whose every item is about editing
 * the note (`- [ ] add KV cache question`, `- [x] fix RoPE explanation`, `- [ ] RoPE 설명 수정`, `- [ ] TODO: diagram`).
 * It is what the author means to do to the note, not what answers the question above it, as a `TODO` note
 * between questions is (never-asks.ts). A task list that IS the answer (`- [x] Normalize inputs`, `- [ ] Use early
 * stopping`) says nothing of the note's own parts, and stays; so does one with a single item that does.
 */
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { inlineText } from '../wording/prompt-text.js';
import { CHINESE_PENDING, startsWithToDoMarker, isToDoMarker } from './to-do-marker.js';

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

/** The answer without the author's to-do list that closes it, and that list. */
export function withoutAuthorToDos(blocks: RootContent[]): { rest: RootContent[]; toDos?: List } {
  const last = blocks.at(-1);
  if (last?.type !== 'list' || !last.children.every(isNoteToDo)) return { rest: blocks };
  return { rest: blocks.slice(0, -1), toDos: last };
}

/** The text of each item of a to-do list (a paragraph each, as withoutAuthorToDos found them), for the report that leaves it out. */
export function toDoTexts(list: List): string[] {
  return list.children.map((item) => inlineText((item.children[0] as Paragraph).children).trim());
}

/** A task item of one paragraph that tells the author to edit the note. */
function isNoteToDo(item: ListItem): boolean {
  const [only] = item.children;
  if (typeof item.checked !== 'boolean' || item.children.length !== 1 || only?.type !== 'paragraph') return false;
  const text = inlineText(only.children).trim();
  if (startsWithToDoMarker(text) || isToDoMarker(text)) return true;
  if (KOREAN_EDIT.test(text) || CJK_EDIT.test(text)) return true;
  const words = text.toLowerCase().match(/[\p{L}'-]+/gu) ?? [];
  return EDITS.has(words[0] ?? '') && words.some((word) => NOTE_PARTS.test(word)) && !words.some((word) => TO_THE_READER.has(word));
}
