/**
 * Interview logs (面经): under a heading that names one round of an interview (`### 一面`, `#### 二面（广告）`,
 * `## Round 2: ML design`), the author lists what was asked, a line or an item each, mostly as a topic or a
 * task with no question word (`Python 并发处理`, `二分查找；`, `【算法】手写 K-Means`). Every such line is a
 * question of that interview; what the author nests or quotes under an item (`> 我说了两个思路…`, the code
 * they wrote) is their answer. Remarks on the round (a long line that asks nothing) and the round's
 * formalities (`自我介绍`, `聊项目`) are not questions. In a note titled as a log of interviews (`暑期实习笔面经`), every
 * section is such a round, named or not. A round written as bold questions over what the author answered
 * (`### Round 1: coding` over `**Follow-up: what if the array is sorted?**`) is read as any section so written.
 */
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Point } from 'unist';
import { ANSWER_PREFIX } from '../parse/answer-line.js';
import { withoutSpeakerLabel } from '../parse/speaker-labels.js';
import { REVERSE_QUESTIONS, saysOmitted } from './never-asks.js';
import { withNestedFollowUps } from './heading-follow-ups.js';
import { isLinkItem, isLinksLine } from './references.js';
import { linesOf, type ParagraphLine } from './paragraph-lines.js';
import { cleanPrompt, inlineText } from '../wording/prompt-text.js';
import { hasWords } from '../wording/interrogative.js';
import { KOREAN_THANKS, THANKS } from '../wording/sign-off-words.js';
import { candidate, type FoundQuestion, type PromptCandidate } from './recognizers/recognizer.js';
import { isTableOfContents } from './recognizers/question-list.js';
import { promptAt } from './block-roles.js';
import type { ConstructChoice, Proposals } from './constructs.js';
import { QUESTION_MARKS } from '../wording/marks.js';
import { namesIntroduction, SELF_INTRODUCTION } from '../wording/interview-opening.js';

const QUALIFIER = String.raw`(?:\s*[（(【\[][^）)】\]]{0,30}[）)】\]])?(?:\s*[:：\-–—]\s*[^:：]{0,40})?\s*[:：]?`;
const CHINESE_ROUND = String.raw`(?:[一二三四五六七八九十]|\d{1,2})\s*面|(?:hr|HR|技术|交叉|加|终|主管|总监|业务|电话|视频|现场|群)\s*面(?:试)?|第\s*[一二三四五六七八九十\d]{1,2}\s*(?:轮|面)(?:\s*(?:技术)?面试?)?|[一二三四五六七八九十\d]{1,2}\s*轮\s*(?:技术)?面试?|笔试|性格测试|心理测试|测评`;
const OTHER_ROUND = String.raw`round\s*\d{1,2}|(?:1st|2nd|3rd|\d{1,2}th|first|second|third|fourth|fifth|final|last)\s+round|\d{1,2}\s*차\s*면접`;
/** A word every round's name holds (ROUND): `面`, `轮`, `笔试`, `测`, `round`, `면접`. */
const ROUND_WORD = /面|轮|笔试|测|round|면접/i;
const ROUND = new RegExp(String.raw`^(?:${CHINESE_ROUND}|${OTHER_ROUND})${QUALIFIER}$`, 'i');

/** A heading's text that names one round of an interview: what stands under it is what was asked there. */
export function namesInterviewRound(title: string): boolean {
  return ROUND.test(title.trim());
}

/**
 * Whether the section of the heading at `index` (or of the line naming a round there) asks in bold, as the note's questions are marked (`**How does a
 * decision tree decide where to split?**` over what the author said, `**1)** …`), or with their label (`**Q: …**`,
 * `Q. …` over an unlabelled answer): its author set its questions apart
 * from their answers, so its lines are not each a question. A bold label that asks nothing (`**深度学习相关**`) is none.
 * Its questions must be the bold lines: a round that lists its questions before any bold line (`1. 介绍项目` …, a
 * bold remark after them), or whose lines that ask are mostly not bold, keeps its list reading.
 */
export function marksItsQuestions(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): boolean {
  // A round named on a line of text (a paragraph) runs to the next heading of any depth.
  const opening = blocks[index]!;
  const depth = opening.type === 'heading' ? opening.depth : 6;
  /** Bold lines read as questions; bold lines that ask or set a task (`**Given an array …, return …**`); plain lines that do. */
  let boldQuestions = 0;
  let bold = 0;
  let plain = 0;
  for (let at = index + 1; at < blocks.length; at++) {
    const block = blocks[at]!;
    if (block.type === 'heading' && block.depth <= depth) break;
    // A list before the first bold question is the round's list of what was asked; one after it, an answer's points.
    if (block.type === 'list' && boldQuestions === 0) return false;
    if (block.type !== 'paragraph') continue;
    const construct = promptAt(at, blocks, proposals, choice)?.construct;
    const proposal = proposals[at];
    // A labelled question (`**Q: What is X?**`, `Q. What is X?`) over its answer marks it as a bold one does.
    const marked = construct === 'bold' || construct === 'numbered-bold' || construct === 'qa';
    if (marked) boldQuestions++;
    if (marked || (proposal?.bold && !proposal.bold.boldLead && proposal.line?.interrogative)) bold++;
    else if (proposal?.line?.interrogative) plain++;
  }
  return boldQuestions > 0 && bold > plain;
}

/**
 * A note's title that names it a log of interviews (`暑期实习笔面经`, `Interview experiences`): each of its
 * sections lists what one interview asked, under a round's name or only the company's.
 */
export function namesInterviewLog(title: string): boolean {
  return /面经|笔经|面试(?:经验|记录|复盘)|interview (?:experiences?|logs?)|면접\s*후기/i.test(title);
}

/**
 * What opens and closes every round, asked of everyone and answered by no note: not a question to study; with the
 * author's remark on it after a comma (`聊项目，问得很细`), when the remark asks nothing. The candidate's own questions
 * that close it (`反问`, `역질문`, `逆質問`) are one.
 */
const FORMALITY = new RegExp(
  String.raw`^(?:(?:聊|问|讲|介绍)?(?:一下|一些)?(?:项目|实习)(?:经历|经验)?(?:介绍|讲述|相关)?|${REVERSE_QUESTIONS}|${SELF_INTRODUCTION}|introductions?|(?:resume|project|behaviou?ral) (?:discussion|chat)|q\s*&\s*a)(?:\s*[，,]\s*[^${QUESTION_MARKS}]{1,30})?$`,
  'i',
);

/**
 * The question that closes an interview, asking the candidate for theirs (`마지막으로 질문 있으신가요?`, `Do you have any
 * questions for us?`, `你有什么问题想问我们的吗？`): a formality, and what the candidate asks then is no answer to study.
 */
const CLOSING_QUESTION =
  /(?:(?:질문|궁금한\s*(?:점|것))(?:이|은|는)?\s*(?:있으신가요|있으세요|있나요|있습니까|없으신가요|없나요)|^(?:(?:and\s+)?(?:finally|lastly),?\s+)?(?:do|did)\s+you\s+have\s+any\s+questions(?:\s+for\s+(?:me|us))?|^any\s+questions\s+for\s+(?:me|us)|有(?:没有)?什么(?:问题|想问的)?(?:要|想)?问(?:我|我们))/iu;

export function closesInterview(prompt: string): boolean {
  return CLOSING_QUESTION.test(prompt);
}

/** What an interviewer says of the last answer before the interview's closing words (`네`, `좋습니다`, `Okay`). */
const ACKNOWLEDGING = /^(?:네|예|좋습니다|좋아요|알겠습니다|ok(?:ay)?|alright|all right|great|good|perfect|cool)$/i;
/**
 * The words that close an interview: `수고하셨습니다`, `고생 많으셨습니다`, `오늘은 여기까지입니다`, `시간 내 주셔서 감사합니다`,
 * `Thanks for your time`, `That's all for today`, `We'll be in touch`.
 */
const CLOSING_WORDS = new RegExp(
  String.raw`^(?:(?:오늘|면접|인터뷰|오늘\s*면접)(?:은|는)?\s*여기까지(?:입니다|예요|에요|요)?|(?:수고|고생)\s*(?:많이\s*)?(?:많으셨|하셨)(?:습니다|어요|네요)|(?:시간\s*(?:내\s*)?주셔서\s*|오늘\s*)?(?:${KOREAN_THANKS})|${THANKS}(?: for (?:your|coming|today|the)\b.*)?|that(?:'s| is| will be) (?:all|it)(?: for (?:today|now))?|that concludes (?:the|our|this) interview|we(?:'ll| will) be in touch\b.*)$`,
  'i',
);

/**
 * Whether the words of the one who asks in a transcript (`네, 수고하셨습니다.`, `Thanks, that's all for today.`), their
 * label aside, only close the interview: each of their clauses closing it or acknowledging the last answer, one closing.
 */
function closesInterviewWith(said: string): boolean {
  const clauses = said.split(/[.,!~…。]+/).map((clause) => clause.trim()).filter((clause) => clause !== '');
  return clauses.some((clause) => CLOSING_WORDS.test(clause)) && clauses.every((clause) => CLOSING_WORDS.test(clause) || ACKNOWLEDGING.test(clause));
}

/**
 * Where the interview's close ends, when the paragraph at `index` is the closing words of the one who asks in a
 * transcript (closesInterviewWith): after the replies under it. Undefined where they ask on after it.
 */
export function transcriptClose(index: number, blocks: readonly RootContent[]): number | undefined {
  const block = blocks[index]!;
  if (block.type !== 'paragraph' || block.data?.speaker?.role !== 'asks' || !closesInterviewWith(inlineText(withoutSpeakerLabel(block).children))) return undefined;
  const spoken = (at: number, role: 'asks' | 'answers') => blocks[at]?.type === 'paragraph' && (blocks[at] as Paragraph).data?.speaker?.role === role;
  let end = index + 1;
  while (spoken(end, 'answers')) end++;
  for (let at = end; at < blocks.length; at++) if (spoken(at, 'asks')) return undefined;
  return end;
}

/** Punctuation a log puts after each of its items (`二分查找；`), which no question keeps. */
const ITEM_END = /[\s；;，,、]+$/u;

/**
 * A line that opens with the author's verdict on the interview (`总结：…`, `感受：…`, `총평: …`, `Summary: …`), where
 * what follows asks nothing (`Summary: 总结一下你项目里的模型迭代过程` is a task). Not `评价`: it labels what was asked
 * too (`评价：离线 AUC 涨了线上不涨，可能的原因`, an evaluation question).
 */
const VERDICT_LABEL = /^(?:总结|总体(?:感受|感觉|评价)|感受|感想|体验|心得|总评|총평|후기|소감|overall|summary|verdict|impressions?)\s*[:：]/i;

/** Words that ask or set a task without a question mark (`为什么用 LightGBM`, `总结一下你的项目`, `explain …`). */
const ASKING_WORDS = /为什么|为何|怎么|如何|哪些|什么|讲一下|介绍一下|说一下|总结一下|是否|区别|\b(?:why|how|what|which|explain|describe)\b/i;

/** `项目，为什么用 LightGBM`: after a formality's name, a question or a task (an interrogative, or words that ask without a mark). */
function asksAfterFormality(prompt: string, found: PromptCandidate): boolean {
  const comma = prompt.search(/[，,]/);
  return comma >= 0 && (found.interrogative || ASKING_WORDS.test(prompt.slice(comma + 1)));
}

/**
 * A line that comments on the round rather than naming what was asked: a long one that does not ask, or
 * an English sentence that does not ask (`The interviewer was friendly and patient.`). A short Chinese line
 * ended with a full stop is still what was asked (`C++，虚函数，虚析构函数。`, `给定整数n，求离根号n最近的整数。`).
 */
function isRemark(found: PromptCandidate): boolean {
  if (found.interrogative) return false;
  const text = found.prompt;
  if ([...text].length > 80) return true;
  return /^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]*$/u.test(text) && /[.!]$/.test(text) && text.split(/\s+/).length > 5;
}

/** An item that names a group of the questions nested under it (`RL + Seq2seq相关问题`, `Coding questions`). */
const GROUP_NAME = /(?:相关|问题|题目|questions?)$/i;

/** What one block of a round's section holds. */
export interface RoundBlock {
  /** The questions asked, each with what the author wrote under it. */
  questions: FoundQuestion[];
  /** Remarks before the first question: more of the answer above, if any. */
  lead: RootContent[];
  /** Formalities left out, with where they stand. */
  formalities: Array<{ text: string; place: Point }>;
  /** The author's verdicts on the interview (`总结：面试官人都很好`), with where they stand: no question, and no answer. */
  verdicts: Array<{ text: string; place: Point }>;
  /** The author's word that they omitted what was asked (`생략`, never-asks.ts `saysOmitted`): no question, and no answer. */
  omitted: Array<{ text: string; place: Point }>;
  /** Items that only link to another page. */
  links: Array<ListItem & { children: [Paragraph] }>;
  /** A label over the lines below it (`**深度学习相关**`): their topic. */
  label?: string;
}

/**
 * The questions a paragraph or a list of a round's section asks, or undefined when the block is not
 * a log's: a question answered on its lines (`问：…` over `答：…`, read as any such question is), a line
 * of a transcript, a line of links, or nothing that asks.
 */
export function askedInRound(block: RootContent): RoundBlock | undefined {
  if (block.type === 'paragraph') return paragraphInRound(block);
  if (block.type === 'list') return listInRound(block);
  return undefined;
}

function paragraphInRound(paragraph: Paragraph): RoundBlock | undefined {
  // A transcript's lines (`Interviewer: …`, parse/speaker-labels.ts) are read as a transcript, a round's or not.
  if (!paragraph.position || paragraph.data?.speaker || isLinksLine(paragraph)) return undefined;
  const lines = linesOf(paragraph);
  // `技术面：` on a line of its own names the round whose lines follow, as a heading would.
  const label = groupLabel(paragraph) ?? (lines.length === 1 && namesInterviewRound(inlineText(paragraph.children)) ? labelText(paragraph.children) : undefined);
  if (label !== undefined) return { ...nothing(), label };
  // `一面（1h）` right over the lines of what was asked (copied text, no blank line between): the round's name, then its lines.
  const named = roundNamedBy(lines);
  const asked = named === undefined ? lines : lines.slice(1);
  if (asked.some((line) => ANSWER_PREFIX.test(inlineText(line.children)))) return undefined;
  const reading = collected(asked.map((line) => ({ found: lineCandidate(line), answer: [], block: lineParagraph(line) })));
  return named === undefined ? reading : { ...(reading ?? nothing()), label: named };
}

/** The round a paragraph's first line names, when lines of what was asked follow it. */
function roundNamedBy(lines: readonly ParagraphLine[]): string | undefined {
  const [first] = lines;
  return lines.length > 1 && first && namesInterviewRound(inlineText(first.children)) ? labelText(first.children) : undefined;
}

/**
 * Whether a block opens a round of an interview where no heading does: a paragraph whose first line names the
 * round (`一面（1h）` over `1. 讲一下 DeepFM 的结构` …, as a 面经 copied off a forum reads). The round's lines follow,
 * in it or in the blocks after it, up to the next heading.
 */
export function opensInterviewRound(block: RootContent): boolean {
  if (block.type !== 'paragraph' || block.data?.speaker) return false;
  // Asked of every paragraph: its first line is read whole only when it holds a word a round's name has.
  const [first] = block.children;
  if (first?.type !== 'text' || !ROUND_WORD.test(first.value.slice(0, 80))) return false;
  const lines = linesOf(block);
  return lines.length === 1 ? namesInterviewRound(inlineText(block.children)) : roundNamedBy(lines) !== undefined;
}

function listInRound(list: List): RoundBlock | undefined {
  if (isTableOfContents(list)) return undefined;
  const reading = nothing();
  const entries: Entry[] = [];
  for (const item of list.children) {
    if (isLinkItem(item)) {
      reading.links.push(item);
      continue;
    }
    const [first, ...rest] = item.children;
    const found = first?.type === 'paragraph' && first.position ? candidate('list-item', first.children, first.position) : undefined;
    const [nested] = rest;
    const group = found && rest.length === 1 && nested?.type === 'list' && GROUP_NAME.test(found.prompt) ? listInRound(nested) : undefined;
    if (group && group.questions.length > 0) {
      // The questions of a group are filed under its name, as those under a label line are.
      entries.push(...group.questions.map((question) => ({ found: question.candidate, answer: question.answer, block: item, topic: found!.prompt })));
      reading.formalities.push(...group.formalities);
      reading.verdicts.push(...group.verdicts);
      reading.omitted.push(...group.omitted);
      reading.links.push(...group.links);
      continue;
    }
    entries.push({ found, answer: [...(found?.answerLead ?? []), ...rest], block: { ...list, children: [item] } as List });
  }
  return collected(entries, reading);
}

interface Entry {
  found: PromptCandidate | undefined;
  answer: RootContent[];
  /** The line or item as a block of its own, for where it is no question. */
  block: RootContent;
  topic?: string;
}

function nothing(): RoundBlock {
  return { questions: [], lead: [], formalities: [], verdicts: [], omitted: [], links: [] };
}

/** The lines read in turn: a remark goes with the question above it, a formality is left out. */
function collected(entries: readonly Entry[], reading = nothing()): RoundBlock | undefined {
  for (const { found, answer, block, topic } of entries) {
    const prompt = found?.prompt.replace(ITEM_END, '') ?? '';
    if (found && ((FORMALITY.test(prompt) && !asksAfterFormality(prompt, found)) || namesIntroduction(prompt))) reading.formalities.push({ text: prompt, place: found.position.start });
    else if (found && !found.interrogative && VERDICT_LABEL.test(prompt) && !ASKING_WORDS.test(prompt.replace(VERDICT_LABEL, ''))) reading.verdicts.push({ text: prompt, place: found.position.start });
    else if (found && saysOmitted(prompt)) reading.omitted.push({ text: prompt, place: found.position.start });
    else if (found && hasWords(prompt) && !isRemark(found)) {
      // What the author nests under it may hold a follow-up (`- 꼬리질문: …?`): a question of the round too.
      const asked = withNestedFollowUps({ candidate: { ...found, prompt }, answer });
      reading.questions.push(...asked.map((question) => ({ ...question, ...(topic === undefined ? {} : { topic }) })));
    }
    else (reading.questions.at(-1)?.answer ?? reading.lead).push(block);
  }
  return reading.questions.length > 0 || reading.formalities.length > 0 || reading.verdicts.length > 0 || reading.omitted.length > 0 || reading.links.length > 0 ? reading : undefined;
}

/** `**深度学习相关**` over a list: a name for the questions under it, not one of them. */
function groupLabel(paragraph: Paragraph): string | undefined {
  const [only] = paragraph.children;
  if (paragraph.children.length !== 1 || only?.type !== 'strong') return undefined;
  const label = labelText(only.children);
  return hasWords(label) ? label : undefined;
}

function labelText(inline: readonly PhrasingContent[]): string {
  return cleanPrompt(inlineText(inline)).replace(/\s*[:：]$/, '');
}

function lineCandidate(line: ParagraphLine): PromptCandidate {
  const end = { line: line.line, column: 1 + inlineText(line.children).length };
  return candidate('line', line.children, { start: { line: line.line, column: 1 }, end });
}

function lineParagraph(line: ParagraphLine): Paragraph {
  return { type: 'paragraph', children: line.children };
}
