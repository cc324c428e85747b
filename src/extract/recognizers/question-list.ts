/**
 * Lists whose items ask: `- What is X?` with nested bullets as the answer,
 * Korean lists of questions with tab-indented follow-ups (each its own
 * question), lists of questions with no answers at all, and outlines whose
 * bullets name sections over nested lists of questions. A table of
 * contents, whose items only link to anchors on the page, is not one.
 */
import type { Link, List, ListItem, Paragraph, RootContent } from 'mdast';
import { authored, candidate, splitAfterAskingLine, splitAfterBoldTitle, splitAfterLead, splitAfterQuestion, type FoundQuestion, type PromptCandidate } from './recognizer.js';
import { isReferencesLine } from '../references.js';
import { quotedAlone } from './callout.js';
import { asksInASentence, asksInClosingAside, asksWithFullStop, endsAsking, endsWithQuestionMark, holdsTask, isInterrogative, isTitleLike, namesATopic, namesAWayTo, namesWhatToExplain, readsAsComparison, SCENE } from '../../wording/interrogative.js';
import { inlineText, namesQuestionKind } from '../../wording/prompt-text.js';
import { linesOf } from '../paragraph-lines.js';
import { answerOrShow, askedAfterShown, isHtmlPicture, isShownBlock, pointsAtShown, withShown } from '../shown-blocks.js';
import { opensAnswerFold } from '../answer-blocks.js';
import { hiddenProse } from '../comment-answers.js';
import { isHiddenComment } from '../left-out.js';
import { ANSWER_ARROW, ANSWER_PREFIX } from '../../parse/answer-line.js';
import { namesTags } from '../answer-head.js';
import { startsWithToDoMarker } from '../to-do-marker.js';
import { withoutTitleTags } from '../../parse/trailing-tags.js';
import { ANY_QUESTION_MARK } from '../../wording/marks.js';
import { withNestedFollowUps } from '../heading-follow-ups.js';

/** `- References` in a list of questions, and the links nested under it. */
export interface ListReferences {
  title: Paragraph;
  content: RootContent[];
}

/**
 * The prompt of an item's first paragraph. `answeredOnLines`: in a list whose items ask and then answer
 * on their line (`answersOnItsLines`), the text after an item's question is its answer; `answeredBelowLines`:
 * whether the list's items answer on the line below their question (`answersBelowItsLines`), asked only when
 * it matters, where the lines after a first line that asks without a question mark are its answer.
 */
function itemPrompt(item: ListItem, answeredOnLines = false, answeredBelowLines: () => boolean = () => false): PromptCandidate | undefined {
  const [first] = item.children;
  if (first?.type !== 'paragraph' || !first.position) return undefined;
  const found = candidate('list-item', first.children, first.position, authored(first));
  // Whether the list answers below its items' lines is asked only of an item of several lines left whole.
  const severalLines = first.position.end.line > first.position.start.line;
  // Cut already (candidate's splits): at a mark that ends its line (`What does Adam combine? >>>` over its children),
  // nothing after the question on its line answers.
  const cut = found.position !== first.position;
  const split =
    found.answerLead.length === 0 && !cut
      ? ((answeredOnLines ? splitAfterQuestion(first.children, first.position) : undefined) ??
        (severalLines && answeredBelowLines() ? splitAfterAskingLine(first.children, first.position) : undefined) ??
        (severalLines ? splitAfterBoldTitle(first.children, first.position) : undefined))
      : undefined;
  if (split) return candidate('list-item', split.prompt, split.position, { answerLead: [split.answer] });
  return found.prompt ? found : undefined;
}

/**
 * Most items of the list, two at least, ask on their first line and are answered right below it, in their paragraph or
 * in blocks under it (`1) 협업 필터링이란?` over its bullets, beside `3) Two-tower 모델이란?` over its answer's line).
 */
function answersBelowItsLines(list: List): boolean {
  return mostItems(list, answeredBelowLists, (item) => {
    const prompt = itemPrompt(item);
    return prompt !== undefined && (prompt.answerLead.length > 0 || (item.children.length > 1 && prompt.interrogative && isOneLine(item.children[0]!)));
  });
}

/** A block of one line. */
function isOneLine(block: RootContent): boolean {
  return block.position !== undefined && block.position.start.line === block.position.end.line;
}
const answeredBelowLists = new WeakMap<List, boolean>();

/**
 * A FAQ written one line per item (`- What is selection bias? It is the bias …`): most items, two at
 * least, ask and then answer on their line. One such item among questions is no sign of it: a question
 * with a remark after it (`… 어떻게 해야 할까요? 타 서비스를 써도됩니다.`) is written so too.
 */
function answersOnItsLines(list: List): boolean {
  // Among a Kindle's clippings, the FAQ's lines were counted across them, each clipping's list one line long.
  if (list.data?.clippingFaq) return true;
  return mostItems(list, faqLists, (item) => {
    const [first] = item.children;
    return first?.type === 'paragraph' && first.position !== undefined && (splitAfterQuestion(first.children, first.position) !== undefined || asksInAside(item));
  });
}

/**
 * An item that asks only in the aside closing its line (`- Deadlock conditions (how many? mutual exclusion, …)`): among
 * a FAQ's lines, a question as they are, its aside whole in it and nothing on its line its answer.
 */
function asksInAside(item: ListItem): boolean {
  const [first] = item.children;
  return first?.type === 'paragraph' && asksInClosingAside(inlineText(first.children));
}
const faqLists = new WeakMap<List, boolean>();

/**
 * Whether most items of the list, two at least, are so, held per list in `verdicts`: the walk asks when deciding
 * what the list is and again when reading it, and each item is read once.
 */
function mostItems(list: List, verdicts: WeakMap<List, boolean>, isSo: (item: ListItem) => boolean): boolean {
  let verdict = verdicts.get(list);
  if (verdict === undefined) {
    const so = list.children.filter(isSo).length;
    verdicts.set(list, (verdict = so >= 2 && so * 2 >= list.children.length));
  }
  return verdict;
}

/**
 * Verdicts per list node. The walk asks about the same list up to four times (as the block after
 * a line, as a block of its own, nested in another list), and each answer reads every item's
 * prompt. Parsed trees are not changed afterwards, so a node's verdict stays true; held weakly,
 * it goes with its tree.
 */
const questionLists = new WeakMap<List, boolean>();

/** Most items ask, and the list is not a table of contents. */
export function isQuestionList(list: List): boolean {
  let verdict = questionLists.get(list);
  if (verdict === undefined) {
    verdict = asksMostly(list);
    questionLists.set(list, verdict);
  }
  return verdict;
}

function asksMostly(list: List, outlines = true): boolean {
  if (isTableOfContents(list)) return false;
  // An item over questions counts as one: it names their section or sets their scene, as interview books number them.
  const asking = list.children.filter((item) => itemPrompt(item)?.interrogative || namesItsKind(item) || (outlines && overQuestions(item))).length;
  // An outline page's bullets that file it or remind its author could not ask: the questions need not outnumber them.
  const items = outlines ? list.children.filter((item) => pageNote(item) === undefined).length : list.children.length;
  if (asking >= 1 && asking * 2 >= items) return true;
  // Under a question, items that ask and answer on their lines are points of its answer (`- Why? Because …`),
  // and so are its items worded as tasks (`- Use a learning rate of 1e-3.`). Elsewhere, where two items or more
  // ask, those items are questions as well (questionsInList): a list of coding tasks among a few questions.
  if (!outlines) return false;
  if (asking >= 2 && (asking + list.children.filter((item) => asksAsTask(itemPrompt(item)) || asksAroundScene(itemPrompt(item))).length) * 2 >= items) return true;
  return asksInTitles(list, asking) || answersOnItsLines(list);
}

/** `Source:: value`: an outliner's attribute (Roam's, Logseq's page properties) and its value. */
const ATTRIBUTE = /^[\p{L}][\p{L}\p{N} _-]{0,30}::\s*\S/u;
/** `Tags: #[[Interview Prep]] #ML`: a field and its value, the field's name captured. */
const FIELD = /^([\p{L} ]{2,24}?)\s*[:：]\s*\S/u;

/**
 * A bullet of one line that files its page or reminds its author, as an outliner's page opens with them (a Roam
 * export): an attribute with its value (`Source:: [[Chip Huyen - ML interviews book]]`), a field of tags (`Tags:
 * #[[Interview Prep]] #ML`), `'metadata'`; a to-do (`{{[[TODO]]}} finish the probability section`), `'todo'`.
 * Undefined for any other, and for one that asks (`Q:: What is X?`, `TODO: why does it diverge?`).
 */
export function pageNote(item: ListItem): 'metadata' | 'todo' | undefined {
  const [line] = item.children;
  if (item.children.length !== 1 || line?.type !== 'paragraph' || !line.position || line.position.end.line !== line.position.start.line) return undefined;
  const text = inlineText(line.children).trim();
  const kind = ATTRIBUTE.test(text) || namesTags(FIELD.exec(text)?.[1] ?? '') ? 'metadata' : startsWithToDoMarker(text) ? 'todo' : undefined;
  return kind && !itemPrompt(item)?.interrogative ? kind : undefined;
}

/**
 * A Korean list of questions, some of them named as titles (`Vanishing gradient 해결 방법`, `Knowledge distillation 설명`
 * beside `Attention의 시간복잡도는?`): every item asks, or names the way to do something or what to explain, and
 * one at least asks outright (`asking`, counted by the caller; all of them, when not given).
 */
function asksInTitles(list: List, asking = askingItems(list)): boolean {
  return asking >= 1 && list.children.every((item) => {
    const prompt = itemPrompt(item);
    return prompt !== undefined && (prompt.interrogative || namesAsKoreanTitle(prompt.prompt));
  });
}

/** `IoU 계산 방법`, `Knowledge distillation 설명`: a Korean title that asks as `How to compute IoU`, `Explain …` do, where its list asks. */
function namesAsKoreanTitle(text: string): boolean {
  return namesAWayTo(text) || namesWhatToExplain(text);
}

/** An item whose question stands among the sentences that set its scene (`A building has 100 floors. Given 2 eggs, how …? The egg …`). */
function asksAroundScene(prompt: PromptCandidate | undefined): boolean {
  return prompt !== undefined && !prompt.interrogative && asksInASentence(prompt.prompt);
}

/** `- 01 (单选)决策树…的最大问题是`: an item a quiz marks with the kind of question it is, a question whatever its wording. */
function namesItsKind(item: ListItem): boolean {
  const [first] = item.children;
  return first?.type === 'paragraph' && namesQuestionKind(inlineText(first.children));
}

/** An item that does not ask outright but is a question where its list asks (questionsInList): its last sentence asks, or it is worded as a task. */
function asksAsTask(prompt: PromptCandidate | undefined): boolean {
  return prompt !== undefined && !prompt.interrogative && (endsAsking(prompt.prompt) || taskWorded(prompt));
}

/**
 * An outline's section bullet: a short title that asks nothing (`- Object detection`), with lists of
 * questions under it, and nothing before them. Outliners (Logseq, Workflowy, Dynalist) nest notes so, any depth deep.
 * Returns its title.
 */
function outlineSection(item: ListItem, prompt: PromptCandidate | undefined): string | undefined {
  const title = prompt && !prompt.interrogative && item.children[0]?.type === 'paragraph' ? sectionTitle(withoutTitleTags(prompt.prompt)) : undefined;
  if (title === undefined) return undefined;
  const nested = item.children.slice(1);
  // Questions first; what follows a list of them (a picture, a hint) is its last question's.
  if (nested[0]?.type !== 'list' || !nested.every((child) => child.type !== 'list' || isQuestionList(child))) return undefined;
  return title;
}

/**
 * A bullet's title as a section's name. One with a full stop (`1. Feature selection.`, `43. Neural network
 * in simple Numpy.`) is a short phrase, the stop left out; a sentence (`k-means and GMM are both clustering
 * algorithms.`) or a scene (`Given this directed graph.`) sets up the questions under it and names no
 * section. Parentheticals spell out abbreviations (`MPE (Most Probable Explanation) vs. MAP (…)`): they
 * are not counted among the title's words.
 */
function sectionTitle(text: string): string | undefined {
  const title = text.replace(/(?<!\.)\.$/, '');
  const words = title.replace(/\s*\([^()]*\)/g, '');
  if (!isTitleLike(words) || SCENE.test(title)) return undefined;
  if (title === text) return title;
  const count = words.split(/\s+/).length;
  return count <= 4 || (count <= 6 && !SENTENCE_WORD.test(words)) ? title : undefined;
}

/** A verb or a subject that makes a few words a sentence (`Derivative is the backbone of …`, `We use …`). */
const SENTENCE_WORD = /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|shall|should|may|might|must|it's|we|you|they|i|it|there)\b/i;

/**
 * An item worded as a task (`Make a histogram of 2 variables.`, or a sentence of it so worded: interrogative.ts's
 * holdsTask; a scene is none), as a comparison to draw (`Gradient descent vs SGD vs mini-batch SGD.`), or as the
 * way to do something (`IoU 계산 방법`).
 */
function taskWorded(prompt: PromptCandidate | undefined): boolean {
  return prompt !== undefined && (holdsTask(prompt.prompt) || readsAsComparison(prompt.prompt) || namesAsKoreanTitle(prompt.prompt));
}

/**
 * A list of questions throughout: four items or more ask, and three in four at least, so that an item that
 * only names a topic (namesATopic) is a question there too. In a list that mixes questions and notes, such
 * an item is a note or a label. A card (Logseq's `#card`, RemNote's `::`) counts only if its words ask: in a
 * deck, a bullet its author made no card is a note.
 */
function asksThroughout(list: List): boolean {
  const asking = list.children.filter((item) => {
    const prompt = itemPrompt(item);
    return prompt !== undefined && ((prompt.card ? isInterrogative(prompt.prompt) : prompt.interrogative) || endsAsking(prompt.prompt));
  }).length;
  return asking >= 4 && asking * 3 >= list.children.length * 2;
}

/**
 * A numbered list of short topics (`1. Explain CNN`, `2. Padding and Stride`, `3. Transpose convolution`) in
 * a note titled as a collection of questions: each names what to explain, a question with no answer yet.
 * Undefined unless every item is one line that asks or names a topic.
 */
export function topicsToExplain(list: List): FoundQuestion[] | undefined {
  if (!list.ordered || list.children.length < 2) return undefined;
  const questions: FoundQuestion[] = [];
  for (const item of list.children) {
    const prompt = item.children.length === 1 ? itemPrompt(item) : undefined;
    // A link is a table of contents' entry or a reference, not a topic to explain.
    const [paragraph] = item.children;
    if (!prompt || paragraph?.type !== 'paragraph' || paragraph.children.some((node) => node.type === 'link')) return undefined;
    if (!(prompt.interrogative || namesATopic(prompt.prompt))) return undefined;
    // A topic set in bold over the lines that explain it (`1. **p-value의 정의**` over `귀무가설이 …`) is answered by them.
    questions.push({ candidate: prompt, answer: [...prompt.answerLead] });
  }
  return questions;
}

/**
 * The lines of a paragraph when every one of them asks outright with a question mark, each a question. Lines
 * lettered or numbered (`a. Why is it called logistic?`) are the sub-questions of the one above, its to answer. A
 * line led by an arrow that answers after its question mark (`→ 입력 분포가 바뀌는 것. 왜 문제일까? → 성능이 떨어진다`) is
 * no card of its own: the arrow at its head points from the item's question to it, its answer.
 */
function askedOnLines(block: RootContent): PromptCandidate[] | undefined {
  if (block.type !== 'paragraph' || !block.position) return undefined;
  const lines = linesOf(block);
  if (lines.some((line) => SUB_QUESTION_LABEL.test(inlineText(line.children)))) return undefined;
  const asked = lines.map((line) => {
    const end = { line: line.line, column: 1 + inlineText(line.children).length };
    return candidate('list-item', line.children, { start: { line: line.line, column: 1 }, end });
  });
  const pointedTo = (k: number) => asked[k]!.answerLead.length > 0 && ANSWER_ARROW.test(inlineText(lines[k]!.children));
  return asked.every((found, k) => found.interrogative && endsWithQuestionMark(found.prompt) && !pointedTo(k)) ? asked : undefined;
}

const SUB_QUESTION_LABEL = /^\s*(?:\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]|[-*•·])\s/i;

/** How many of the list's items ask outright. */
function askingItems(list: List): number {
  return list.children.filter((item) => itemPrompt(item)?.interrogative).length;
}

/**
 * An item led by what it asks about, its answer after a colon or a full stop on its line (`what is
 * cross-validation: the purpose is …`, `Basic Bayes Theorem. P(A|B) = …`), for a list that asks throughout.
 * A topic before a question (`SVM: how to choose the model …`) leads no answer: the item is the question, whole.
 */
function ledItem(item: ListItem): PromptCandidate | undefined {
  const [first] = item.children;
  if (first?.type !== 'paragraph' || !first.position) return undefined;
  const split = splitAfterLead(first.children, first.position, (lead) => isInterrogative(lead) || namesATopic(lead));
  if (!split) return undefined;
  const lead = candidate('list-item', split.prompt, split.position, { answerLead: [split.answer] });
  if (lead.interrogative) return lead;
  // What follows a lead that does not ask may be the question it sets the scene for (`A building has 100 floors.
  // Given 2 eggs, how can you …? The egg will break …`): then the whole item is the question, read as such below.
  const rest = inlineText(split.answer.children);
  if (ANY_QUESTION_MARK.test(rest)) return undefined;
  if (!isInterrogative(rest)) return lead;
  return candidate('list-item', first.children, first.position);
}

/**
 * Whether a list of questions says that an item worded as a task is one: two items or more of it ask
 * as a question line does. The wording alone does not say it (in a list of notes, `- Use a learning
 * rate of 1e-3.` is a note).
 */
function asksTwice(list: List): boolean {
  let asking = 0;
  for (const item of list.children) if (itemAsks(item) && ++asking === 2) return true;
  return false;
}

/** Whether an item after `item` in its list asks, as asksTwice counts one. */
function asksBelow(list: List, item: ListItem): boolean {
  return list.children.slice(list.children.indexOf(item) + 1).some(itemAsks);
}

/** Whether an item's first paragraph asks, or ends asking. */
function itemAsks(item: ListItem): boolean {
  const prompt = itemPrompt(item);
  return prompt !== undefined && (prompt.interrogative || endsAsking(prompt.prompt));
}

/**
 * Most items, two at least, hold a question mark in their first paragraph: a list of questions (`1. Why
 * tanh? Why not cosine?`), where one whose items state (`1. Use dropout.`) is a list of steps or points.
 */
export function asksWithQuestionMarks(list: List): boolean {
  const asking = list.children.filter((item) => {
    const [first] = item.children;
    return first?.type === 'paragraph' && ANY_QUESTION_MARK.test(inlineText(first.children));
  }).length;
  return asking >= 2 && asking * 2 >= list.children.length;
}

/** An item with a list of questions nested under its own line. */
function overQuestions(item: ListItem): boolean {
  const [title, ...nested] = item.children;
  return title?.type === 'paragraph' && nested.some((child) => child.type === 'list' && isQuestionList(child));
}

/**
 * `- What is X?` answered in a quote under it (`> …` lines), as forks of Korean question lists are:
 * the quote, not indented, ends the list, so the answer is the block after it. So is what follows a list
 * of that one question (`- What is dropout?` or `1. What is dropout?`, a blank line, then `2. …`): the blank
 * line ended the item, not the question. It is answered by a paragraph that does not ask (`nextAsks`), a
 * fenced block (`2. 为什么要位置编码` over its points in a ```text block; unless the question points at it,
 * `What does the following code print?`, which then shows what is asked about: shown-blocks.ts), a picture
 * written in HTML (`<img …>`, `<p align="center"><img …></p>`, a `<figure>`; the same unless pointed at), a list
 * of points in the other marker (`4. How do we check normality?` over `- Box Plot`, `- QQ Plot`), or a
 * `<details>` whose summary only says an answer is folded in it (`<summary>Answer</summary>`, as GitHub
 * lists of questions fold each answer under its question at the margin); in a list of
 * several, whose other items hold their answers, by a code block. Whether `last`, the last question taken
 * from `list`, is its last item, bare, and `next`, the first block `below` it that is no HTML comment, such a
 * block; or a comment over it holds prose, a hidden answer (comment-answers.ts). `asksAt`: whether the block
 * `below` at an index asks.
 */
export function answeredBelow(list: List, last: FoundQuestion | undefined, below: (at: number) => RootContent | undefined, asksAt: (at: number) => boolean): boolean {
  const item = list.children.at(-1);
  if (!last || last.answer.length > 0 || item?.children.length !== 1) return false;
  if (last.candidate.position.start.line !== item.position?.start.line) return false;
  // The author's comments under it stand in no answer's way, and one that holds prose may be its hidden answer (comment-answers.ts).
  let at = 0;
  for (; below(at) !== undefined && isHiddenComment(below(at)!); at++) if (hiddenProse(below(at)) !== undefined) return true;
  const next = below(at);
  const nextAsks = () => asksAt(at);
  if (next?.type === 'blockquote') return next.data?.callout === undefined;
  const code = next?.type === 'code' && !pointsAtShown(last.candidate.prompt);
  const points = next?.type === 'list' && next.ordered !== list.ordered && !isQuestionList(next);
  // Where the items above it hold their answers, a code block or a list of points in the other marker right after
  // the last, bare one is its answer written at the margin (`- **用梯度下降实现线性回归**` over a ```` ```python ````
  // block at column 0, as wikis write them; `2. K-means의 단점은?` over `- k를 미리 정해야 함`; a tab-indented answer
  // under ` 22) …?`, which its leading space pushed out of the item).
  // So too in a list whose items stand apart (blank lines between them), when the answer stands right under the last
  // item's line: Markdown joins `2. …?` (unanswered) and `3. …?` over `- Xavier, He` in one list, which its author wrote apart.
  const glued = next?.position !== undefined && item.position?.end.line !== undefined && next.position.start.line === item.position.end.line + 1;
  if (list.children.length !== 1) return (code || points) && (list.children.slice(0, -1).every((other) => other.children.length > 1) || (list.spread === true && glued));
  if (next?.type === 'list') return points;
  // A picture written in HTML answers as a Markdown picture's paragraph does, unless the question points at it (then it shows it).
  const picture = isHtmlPicture(next) && !pointsAtShown(last.candidate.prompt);
  return (next?.type === 'paragraph' && !nextAsks()) || code || picture || opensAnswerFold(next);
}

/**
 * `* **Key Topic 1**: Derive …` answered in an item under it, and a quote on the very next line (`> 💡 **Intuition**:
 * …`): the quote cannot stay in the list (it ends it) but no blank line sets it apart, so it goes on with the
 * answer of the last of `questions` (taken from `list`), when that is its last item and answered. Returns that question.
 */
export function quoteGoesOnWith(list: List, questions: readonly FoundQuestion[], next: RootContent | undefined): FoundQuestion | undefined {
  const last = lastQuestionOf(questions, list);
  if (!last || last.answer.length === 0 || next?.type !== 'blockquote' || !list.position || !next.position) return undefined;
  return next.position.start.line === list.position.end.line + 1 ? last : undefined;
}

/**
 * `1. Which activation is zero-centred?` with its options on the lines under it, in the item (or nested in it as a
 * list), and `Answer: B` after the list: the line that labels the answer (not indented, it ends the list) goes on
 * with the answer of the last of `questions`, when that is its last item, whatever else the item holds. Returns
 * that question.
 */
export function answerLineGoesOnWith(list: List, questions: readonly FoundQuestion[], next: RootContent | undefined): FoundQuestion | undefined {
  const last = lastQuestionOf(questions, list);
  if (!last || last.answer.length === 0 || next?.type !== 'paragraph') return undefined;
  return ANSWER_PREFIX.test(inlineText(next.children)) ? last : undefined;
}

/** The question a block after nested list `list` belongs to: its last question, when that is its last item. */
function lastQuestionOf(questions: readonly FoundQuestion[], list: List): FoundQuestion | undefined {
  const last = questions.at(-1);
  return last && last.candidate.position.start.line >= (list.children.at(-1)?.position?.start.line ?? Infinity) ? last : undefined;
}

/**
 * What stands under an item after a list of questions nested in it, indented less than their text: the
 * last question's answer, or what it shows (shown-blocks.ts); or, when the list's last item did not ask,
 * what that item shows and the paragraph that then asks about it, one question with it (askedAfterShown).
 * Anything else no question takes, and it is reported (`stray`).
 */
class AfterNestedList {
  private lastAsked: FoundQuestion | undefined;
  /** The last item of the list, when it did not ask, and the pictures or tables under it so far. */
  private unasked: { item: ListItem; shown: RootContent[] } | undefined;

  constructor(
    private readonly stray: ListItem[],
    /** Takes a question made of an item that did not ask and what follows it, and gives back the one it keeps. */
    private readonly asked: (question: FoundQuestion) => FoundQuestion,
  ) {}

  /** A nested list was read: its questions (as they are kept), and its items that are none. */
  listed(list: List, questions: readonly FoundQuestion[], strayItems: readonly ListItem[]): void {
    this.end();
    this.lastAsked = lastQuestionOf(questions, list);
    const last = list.children.at(-1);
    this.unasked = !this.lastAsked && last && strayItems.includes(last) ? { item: last, shown: [] } : undefined;
  }

  block(child: RootContent): void {
    if (this.lastAsked) return answerOrShow(this.lastAsked, child);
    const unasked = this.unasked;
    if (unasked && isShownBlock(child)) {
      unasked.shown.push(child);
      return;
    }
    const prompt = unasked && itemPrompt(unasked.item);
    const question = prompt && askedAfterShown(prompt, unasked!.shown, child);
    if (question) {
      this.stray.splice(this.stray.indexOf(unasked!.item), 1);
      this.unasked = undefined;
      this.lastAsked = this.asked(question);
      return;
    }
    this.end();
    this.stray.push(strayBlock(child));
  }

  /** What the unasked item showed, when no paragraph asked after it: reported. */
  end(): void {
    this.stray.push(...(this.unasked?.shown ?? []).map(strayBlock));
    this.unasked = undefined;
  }
}

/** A block under an item that no question takes, as an item of its own, to report where it stands. */
function strayBlock(block: RootContent): ListItem {
  return { type: 'listItem', children: [block as ListItem['children'][number]], ...(block.position ? { position: block.position } : {}) };
}

/** An item's text and `kept` of what is under it: what is left of one whose nested questions were taken. */
function ownLines(item: ListItem, kept: readonly RootContent[]): ListItem {
  const [title] = item.children;
  if (!title) return item;
  return partOf(item, [title, ...kept], item.position?.start);
}

/** Blocks of an item as an item of their own, from `start` (the first block's) to the end of the last, to report where they stand. */
function partOf(item: ListItem, blocks: readonly RootContent[], start = blocks[0]?.position?.start): ListItem {
  const end = blocks.at(-1)?.position?.end;
  if (!start || !end) return item;
  return { ...item, children: blocks as ListItem['children'], position: { start, end } };
}

/**
 * The question nested under `lead`, asked after it (extract/leads.ts), after any lead nearer to it, and
 * showing what the lead's scene shows (`shown`, a picture of `Given this directed graph.`) before what a
 * nearer scene shows.
 */
function ledBy(lead: PromptCandidate, shown: readonly RootContent[]): (question: FoundQuestion) => FoundQuestion {
  const said = { prompt: lead.prompt, position: lead.position };
  return ({ candidate, ...rest }) => {
    const context = [...shown, ...(candidate.context ?? [])];
    return { ...rest, candidate: { ...candidate, leads: [said, ...(candidate.leads ?? [])], ...(context.length > 0 ? { context } : {}) } };
  };
}

export function isTableOfContents(list: List): boolean {
  const linked = list.children.filter((item) => contentsLink(item) !== undefined);
  return linked.length > 0 && linked.length * 2 >= list.children.length;
}

/**
 * A table of contents without links (`1. Bias and Variance`, `2. Regularization` under `## Contents`, a copied page's
 * `Table of Content` over the questions its headings ask): a list of two items or more, each one line that names a
 * heading further down the page, as written there, in the headings' order.
 */
export function namesHeadingsBelow(list: List, blocks: readonly RootContent[], index: number): boolean {
  if (list.children.length < 2) return false;
  const entries: string[] = [];
  for (const item of list.children) {
    const [first] = item.children;
    if (item.children.length !== 1 || first?.type !== 'paragraph') return false;
    entries.push(contentsKey(inlineText(first.children)));
  }
  let named = 0;
  for (let k = index + 1; k < blocks.length && named < entries.length; k++) {
    const block = blocks[k]!;
    if (block.type === 'heading' && contentsKey(inlineText(block.children)) === entries[named]) named++;
  }
  return named === entries.length;
}

/** A heading's or an entry's words, for telling that an entry names a heading: case, numbering and spacing aside. */
function contentsKey(text: string): string {
  return text.trim().replace(/^\d+(?:[.-]\d+)*[.)]?\s+/, '').replace(/\s+/g, ' ').toLowerCase();
}

/** The link of a table of contents entry: an item whose first paragraph is only a link into the page (`[…](#1)`). */
export function contentsLink(item: ListItem): Link | undefined {
  const [first] = item.children;
  if (first?.type !== 'paragraph' || first.children.length !== 1) return undefined;
  const [only] = first.children;
  return only?.type === 'link' && only.url.startsWith('#') ? only : undefined;
}

/**
 * The questions of a question list, in document order. A nested item that
 * asks is a follow-up question of its own; nested content that does not ask
 * is the answer of the item above it. Items that neither ask nor have an
 * answer are returned in `stray` for reporting, and items that only name a
 * references section (`- References` over its links) in `references`.
 */
/**
 * `outlines`: whether a bullet may name a section over nested questions; not under a question, where
 * `- L1` over `- Why does L1 give sparse weights?` is a point of its answer, no topic.
 * `outlineAsks`: the list is a section's, in an outline two items or more of which ask (asksTwice), which
 * says that an item worded as a task is one there too (`1. Dot product` over a question and `Given a
 * vector u, find …`).
 */
/**
 * A paragraph in a question's item numbered on from the item's own number, that asks (`2-2. 컨볼루션 계층을
 * 자세히 설명해주세요` under `- 2-1. CNN에서 컨볼루션과 풀링의 차이가 무엇인가요?`): a follow-up question.
 */
function numberedFollowUp(item: ListItem, child: RootContent): FoundQuestion | undefined {
  const [title] = item.children;
  if (child.type !== 'paragraph' || title?.type !== 'paragraph' || !child.position) return undefined;
  const major = /^\s*(\d{1,3})[-.]\d{1,3}[.)]\s/.exec(inlineText(title.children))?.[1];
  if (major === undefined || !new RegExp(`^\\s*${major}[-.]\\d{1,3}[.)]\\s`).test(inlineText(child.children))) return undefined;
  const found = candidate('list-item', child.children, child.position);
  return found.prompt && (found.interrogative || endsAsking(found.prompt)) ? { candidate: found, answer: [...found.answerLead] } : undefined;
}

export function questionsInList(list: List, outlines = true, outlineAsks = false): { questions: FoundQuestion[]; stray: ListItem[]; references: ListReferences[] } {
  const questions: FoundQuestion[] = [];
  const stray: ListItem[] = [];
  const references: ListReferences[] = [];
  const answeredOnLines = outlines && answersOnItsLines(list);
  let tasks: boolean | undefined;
  /** Whether the list says its items worded as tasks ask: two of them ask, or it asks in Korean titles (asksInTitles). */
  const tasksAsk = () => (tasks ??= outlineAsks || asksTwice(list) || asksInTitles(list));
  let throughout: boolean | undefined;
  /** Items that ask outright, counted once for the list (a full stop's question is one among them). */
  let askingCount: number | undefined;
  let led: PromptCandidate | undefined;
  for (const item of list.children) {
    const [title, ...content] = item.children;
    if (title?.type === 'paragraph' && isReferencesLine(title)) {
      references.push({ title, content });
      continue;
    }
    const prompt = itemPrompt(item, answeredOnLines, () => answersBelowItsLines(list));
    const section = outlines ? outlineSection(item, prompt) : undefined;
    if (section !== undefined) {
      const after = new AfterNestedList(stray, (question) => {
        const filed = { ...question, topic: section };
        questions.push(filed);
        return filed;
      });
      for (const child of content) {
        if (child.type !== 'list') {
          after.block(child);
          continue;
        }
        const nested = questionsInList(child, true, tasksAsk());
        // A deeper section names the questions under it; this one the rest.
        const filed = nested.questions.map((question) => ({ ...question, topic: question.topic ?? section }));
        questions.push(...filed);
        stray.push(...nested.stray);
        references.push(...nested.references);
        after.listed(child, filed, nested.stray);
      }
      after.end();
      continue;
    }
    const answer: RootContent[] = [...(prompt?.answerLead ?? [])];
    const followUps: FoundQuestion[] = [];
    // An item that names the questions nested under it (`12. Naive Bayes classifier.`) is answered by
    // none of what is under it: what follows them belongs to the last of them (a table indented less
    // than that item's text), and what is not a question there is left out (reported).
    const names = !(prompt?.interrogative || prompt?.marked || (prompt && endsAsking(prompt.prompt)));
    // A scene's picture or table before its questions (`9. Given this directed graph.` over the graph) is the scene's.
    const scene = names && prompt !== undefined && SCENE.test(prompt.prompt);
    const setting: RootContent[] = [];
    const after = new AfterNestedList(stray, (question) => {
      followUps.push(question);
      return question;
    });
    const asking = prompt !== undefined && (prompt.interrogative || prompt.marked || endsAsking(prompt.prompt));
    /** The last follow-up numbered on from the item (`2-2. …` under `- 2-1. …?`): what follows it is its answer. */
    let numberedOn: FoundQuestion | undefined;
    /**
     * A follow-up nested under the item after the item's own answer, bare (`- …이유는?`, its `<details>` answer, then
     * `\t- Non-Linearity라는 말의 의미는?` and a `<details>` indented less than its text): what follows it, up to the
     * next list, is its answer, not more of the item's.
     */
    let answeredAfter: FoundQuestion | undefined;
    for (const child of item.children.slice(1)) {
      const followUp = asking ? numberedFollowUp(item, child) : undefined;
      if (followUp) {
        followUps.push((numberedOn = followUp));
        continue;
      }
      if (numberedOn && child.type !== 'list') {
        numberedOn.answer.push(child);
        continue;
      }
      // Follow-ups set apart as a quote (`12. …이유는?` over a tab-indented `> 1. Non-Linearity라는 말의 의미는?`, as zzsza's
      // list is copied) are read as a nested list is.
      const quoted = quotedAlone(child);
      const listed = child.type === 'list' ? child : quoted?.type === 'list' ? quoted : undefined;
      if (listed && asksMostly(listed, false)) {
        // Under a question, a nested list is a point of its answer; under a name, the list of what it names,
        // whose tasks are questions where this list's items ask, as a section's are.
        const nested = questionsInList(listed, names, names && tasksAsk());
        followUps.push(...nested.questions);
        references.push(...nested.references);
        if (names) {
          stray.push(...nested.stray);
          after.listed(listed, nested.questions, nested.stray);
        } else if (nested.stray.length > 0) answer.push({ ...listed, children: nested.stray } as List); // one list of the points, as written
        const last = names ? undefined : lastQuestionOf(nested.questions, listed);
        answeredAfter = answer.length > 0 && last && last.answer.length === 0 ? last : undefined;
      } else if (names && followUps.length > 0) after.block(child);
      else if (answeredAfter) answeredAfter.answer.push(child);
      else if (scene) setting.push(child);
      else answer.push(child);
    }
    after.end();
    // A scene over no questions keeps what it held as before.
    if (followUps.length === 0) answer.push(...setting);
    // Among items that ask, one whose last sentence asks is a question too, whatever leads up to it (endsAsking);
    // and a bare item worded as a task (not under a question, whose list of notes is its answer).
    const task = outlines && answer.length === 0 && followUps.length === 0 && taskWorded(prompt) && tasksAsk();
    // Under a question (no outline), an item that does not ask is a point of its answer, though it holds one of its
    // own (`- 이유` over its bullets, among the follow-ups of `- …잘 되는 이유는?`).
    if (
      prompt &&
      (prompt.interrogative || prompt.marked || (outlines && answer.length > 0) || endsAsking(prompt.prompt) || task || (asksWithFullStop(prompt.prompt) && (askingCount ??= askingItems(list)) >= 2) || (answeredOnLines && asksInAside(item)))
    ) {
      const more = item.children.length === 1 && answer.length === 1 ? askedOnLines(answer[0]!) : undefined;
      if (more) {
        // `41. Dense Layer란 무엇인가?` over lines that each ask: questions added under it, unnumbered, none its answer.
        questions.push({ candidate: prompt, answer: [] }, ...more.map((asked) => ({ candidate: asked, answer: [] })));
        continue;
      }
      // `- 꼬리질문: …?` under a point of its answer: a question of its own after it (heading-follow-ups.ts).
      questions.push(...withNestedFollowUps(withShown(prompt, answer)));
      questions.push(...followUps);
      continue;
    }
    // One item that asks and then goes on on its line, among items that ask: a question, the rest of its line its
    // answer (`12. What is hypothesis testing? chi-squared test: …`), though it may be a remark (`…할까요? 타 서비스를 써도됩니다.`).
    // Its own question counts among them where another item asks below it (a list of two questions, the first
    // answered on its line); below an item that asks, one such (`- Why? Because it regularises.`) is a point of it.
    const answered = outlines && answer.length === 0 && followUps.length === 0 && !answeredOnLines ? itemPrompt(item, true) : undefined;
    if (answered && answered.answerLead.length > 0 && (tasksAsk() || (answered.interrogative && asksBelow(list, item)))) {
      questions.push({ candidate: answered, answer: [...answered.answerLead] });
    } else if (outlines && answer.length === 0 && followUps.length === 0 && (throughout ??= asksThroughout(list)) && (led = ledItem(item))) {
      questions.push({ candidate: led, answer: [...led.answerLead] });
    } else if (answer.length === 0 && followUps.length === 0 && prompt !== undefined && asksInASentence(prompt.prompt) && (askingCount ??= askingItems(list)) >= 2) {
      // A scene or a quote around the sentence that asks (`Your app gets 1M queries/day -- how do you optimize LLM cost?
      // Cover token reduction.`), among items that ask: the whole item is the question (and what its prompt left under it, its answer).
      questions.push({ candidate: prompt, answer: [...prompt.answerLead] });
    } else if (outlines && answer.length === 0 && followUps.length === 0 && prompt !== undefined && namesATopic(prompt.prompt) && (throughout ??= asksThroughout(list))) {
      // A title-like prompt where nearly every item asks (`10. P value and test hypothesis.` among `9. What is
      // logistic distribution?`): the topic the author means to be asked about, unanswered as its neighbours are, but for
      // one set in bold over the lines that explain it (`1. **p-value의 정의**` over `귀무가설이 …`), answered by them.
      questions.push({ candidate: prompt, answer: [...prompt.answerLead] });
    } else if (followUps.length > 0 && prompt !== undefined && sectionTitle(prompt.prompt) === undefined) {
      // A sentence or a scene over its questions (`Consider a classification where 99% of data belongs to class
      // A.`) sets them up: each is asked after it, and shows what the scene shows besides (a picture, a table).
      questions.push(...followUps.map(ledBy(prompt, setting)));
      continue;
    } else stray.push(followUps.length > 0 ? ownLines(item, setting) : item);
    questions.push(...followUps);
  }
  return { questions, stray, references };
}
