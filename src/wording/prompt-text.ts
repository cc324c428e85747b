/**
 * The clean wording of a prompt: what a learner should read on a card.
 * Numbering, `Q:` prefixes, trailing difficulty emoji and link clutter such
 * as `[[src](url)]` are how notes are written, not what they ask.
 */
import type { Nodes, Paragraph, PhrasingContent } from 'mdast';
import { ACKNOWLEDGEMENT } from './acknowledgement.js';
import { endsWithQuestionMark, isTitleLike } from './interrogative.js';
import { hiddenElementEnd, rubyAnnotationEnd } from '../parse/hidden-html.js';
import { EMOJI_CHARACTERS, HANGING_ARROW, MARK_EMOJI, POINTING_ARROW, QUESTION_MARK, QUESTION_MARKS } from './marks.js';
import { HAN_KANA_SCRIPTS } from './scripts.js';

/**
 * The words that label a question (`Q:`, `Question 3.`, `Follow-up:`, `질문:`, `꼬리 질문:`, `문)`, and in
 * Chinese and Japanese notes `问：`, `追问：`, a follow-up, `问题 1:`, `题目 1:`, `【题目1】`, `试题 2：` or `题 3：`, a
 * problem set's, `考点 1:` or `面试考点 1：`, a point examined), as a RegExp
 * source: the label is how the note is written, not what it asks.
 */
/**
 * FOLLOW_UP_LABEL's words in letters (`Follow-up`, `꼬리 질문`, and `꼬리` alone only before a parenthesis, `꼬리1)`, `꼬리)`,
 * or numbered before a colon, `꼬리1:`, `꼬리 2:`: a glossary's `꼬리: …` names the tail, and a note's `꼬리: …` is a remark as
 * often as a follow-up) and in Han characters
 * (`追问`, a label only with its colon).
 */
export const FOLLOW_UP_WORDS = String.raw`Follow[- ]?up(?: question)?|꼬리 ?질문|꼬리(?=\s*\d{0,2}\s*\)|\s*\d{1,2}\s*[:：])`;
export const FOLLOW_UP_HAN = '追问';
/** The label of a follow-up question (`Follow-up question:`, `꼬리 질문:`, `追问：`), one of QUESTION_LABEL's. */
export const FOLLOW_UP_LABEL = `(?:${FOLLOW_UP_WORDS}|${FOLLOW_UP_HAN})`;
/**
 * What follows a follow-up's label when an interview write-up notes that none was asked (`꼬리질문: 없음`, `Follow-up:
 * none`), up to its line's end: the line is a remark on the question above, not a question; a RegExp source.
 */
export const NONE_ASKED = String.raw`\s*(?:없음|없었음|없습니다|없었습니다|없어요|없었어요|없었다|없다|none|n\/a|nothing|-+|[xX✗×])(?:\s*[(（][^)）\n]{0,30}[)）])?[.!]?(?:\s*[ㅠㅜㅎ]+)?[ \t]*(?:\n|$)`;
/** A follow-up's label over none (NONE_ASKED), the line whole: `꼬리질문: 없음`, `**꼬리질문:** 없음`, `→ Follow-up: none`. */
const SAYS_NONE_ASKED = new RegExp(String.raw`^\s*(?:${POINTING_ARROW}\s*)?${FOLLOW_UP_LABEL}\s*\d{0,2}\s*[:：)]${NONE_ASKED}`, 'iu');

/** Whether a line says no follow-up was asked (`꼬리질문: 없음`): a remark on the question above, no question, no section's title. */
export function saysNoneAsked(line: string): boolean {
  return SAYS_NONE_ASKED.test(line);
}
/**
 * A text that opens with a follow-up's label and its colon or parenthesis (`Follow-Up Question:`, `꼬리 질문 2:`, `꼬리1)`,
 * `追问：`), perhaps after the arrow that hangs it under its question (`→ 꼬리질문: …`, `↳ 꼬리1: …`), as an answer's lines are led; not
 * one over none (`꼬리질문: 없음`, NONE_ASKED).
 */
export const FOLLOW_UP_HEAD = new RegExp(String.raw`^\s*(?:(?:${POINTING_ARROW}|${HANGING_ARROW})\s*)?${FOLLOW_UP_LABEL}\s*\d{0,2}\s*[:：)](?!${NONE_ASKED})`, 'iu');
export const QUESTION_LABEL = String.raw`(?:Q(?:uestion)?|Key Topic|${FOLLOW_UP_LABEL}|질문|문제|문|面试考点|面试题|面试问题|问题|問題|题目|試題|试题|题|問|问|質問|考点|考點)`;

/**
 * The kind of question a quiz names in brackets before it (`(单选)`, `【简答题】`, `[多选]`): the label says it is
 * one, whatever its wording (`(单选)决策树对连续值特征多路划分的最大问题是`), and is not part of it.
 */
export const QUESTION_KIND_LABEL = String.raw`[(（【\[](?:单选|多选|不定项|简答|判断|填空|问答|编程|选择|论述|计算)题?[)）】\]]`;

/** A quiz's number, if any, and the kind of question: `01 (单选)`, `【简答题】`. */
export const NUMBERED_KIND = String.raw`(?:\d{1,3}[.)]?\s*)?${QUESTION_KIND_LABEL}`;

/** A label in square brackets, as a study sheet sets it before its line: `[Q]`, `[질문 2]`, `【Q】`. */
export const BRACKETED_QUESTION_LABEL = String.raw`[\[【]${QUESTION_LABEL}\s*\d*[\]】]`;

/** A label and its number that open a question's line: `Q:`, `Question 3.`, `问题 1:`, `Q12`, `[Q]`. */
export const LABEL_HEAD = String.raw`(?:${QUESTION_LABEL}\s*\d*\s*[:：.)]|Q\d+\b|${BRACKETED_QUESTION_LABEL})`;

const NAMED_KIND = new RegExp(String.raw`^\s*${NUMBERED_KIND}`);

/** Whether a line opens with the kind of question it is (`01 (单选)…`, `【简答题】…`). */
export function namesQuestionKind(text: string): boolean {
  return NAMED_KIND.test(text);
}

/** A question's line that its author labels as one (`## 问题1: …`, `### Q3. …`, `**Question 2:** …`, `## 📌 Q47: …`), not only numbers. */
const LABELLED = new RegExp(String.raw`^\s*(?:#{1,6}\s*)?(?:[*_]{1,2})?\s*${MARK_EMOJI}(?:${LABEL_HEAD}|${QUESTION_LABEL}\s*\d+\s*[-–]\s)`, 'iu');

export function labelsQuestion(written: string): boolean {
  return LABELLED.test(written);
}

/**
 * A book's section number of two levels or more at a title's head, `3.4.9 ` of `### 3.4.9 Softmax 定义及作用`
 * (a trimmed title): its chapter (`3.4`) captured, and its place in it after.
 */
export const SECTION_NUMBER = /^(\d{1,3}(?:\.\d{1,3})*)\.\d{1,3}\.?\s/;

/**
 * The label of an exercise's numbered step or task, and its number: `Step 3.`, `Task 2:`, `Exercise 1.2 -`, `Step
 * 13.a.`; a dash only between spaces (`Exercise 2-3 times a week` is no label).
 */
export const STEP_LABEL = /^(?:step|task|exercise)\s*\d{1,3}(?:\.\d{1,3})*(?:\.?[a-z](?![a-z]))?(?:\s*[.):]|\s+[-–](?=\s))\s*/i;

const NUMBERING = [
  /^#{1,6}\s+/, // a heading marker kept in copied text ("# 1. Implement softmax")
  // A dash after a bare label only before a space: `Q - What…`, `Q3- What…`, but `Q-learning` is a word.
  // `Q:: …`: an Obsidian Dataview field, its colon doubled.
  // A book's number of chapter and question (`Q 3.4 What…`, as a PDF sets it) is taken whole, a space enough after it.
  new RegExp(String.raw`^${QUESTION_LABEL}(?:\s*\d+(?:\.\d+)*(?!\.?\d)\s*[:：.)\-–]|\s*\d+(?:\.\d+)+(?!\.?\d)(?=\s)|\s*::?|\s*[：.)]|\s*[-–](?=\s))\s*`, 'i'),
  /^Q\d+\s+/i,
  // `問1　…`, `問 1 …`, `第1問 …`: how Japanese exams (the IPA's 過去問) number a question, a space after the number
  /^(?:問題?[ \t]*[0-9０-９]{1,3}|第[ \t]*[0-9０-９]{1,3}[ \t]*問)[ \t\u3000]+/u,
  new RegExp(String.raw`^${BRACKETED_QUESTION_LABEL}\s*`, 'i'),
  // `#1. …`: the number sign before a number is numbering too, as READMEs number their questions (a tag has a letter, `#define` none of this)
  /^(?:\(|#)?\d{1,3}(?:\.\d{1,3}|-\d{1,3}(?=[.)]))*\s*[.):\-–]\s+/,
  // `#3 Why does …`, `#2 과적합이란?`: the number sign and a number of two digits at most alone, before a question word or
  // a task's verb, or Korean or Chinese; a rank is worded (`#1 Priority for Q3?`), and so is an issue's number (`#124 What …`)
  /^#\d{1,2}\s+(?=(?:What|Why|How|When|Where|Which|Who|Whom|Whose|Is|Are|Was|Were|Do|Does|Did|Can|Could|Should|Would|Will|Explain|Describe|Compare|Define|Name|List|Give|Implement|Write|Design)\b|[\p{Script=Hangul}\p{Script=Han}])/u,
  // `01 LoRA 的核心思想是什么？`: a zero-padded number and a space, as WeChat, Brunch and Medium posts number their sections
  // (a bare `3 ways to …` is wording); not the 0-1 knapsack, `01 背包问题`
  /^0{1,2}[1-9][ \t]+(?!背包)(?=\S)/u,
  // `01 (单选)…`: a quiz's number and the kind of question it is
  new RegExp(String.raw`^${NUMBERED_KIND}\s*`),
  // `1.为什么 relu 会失活？`, `2.[code]AlexNet …`: a number glued to the words it numbers
  /^\(?\d{1,3}[.)](?=[\p{L}[(])/u,
  // `1、Redis 为什么这么快？`: a number and the ideographic comma, as Chinese notes number their questions (CSDN's posts),
  // no space after it (section-numbers.ts leaves `1、` to the questions: a Chinese numeral numbers sections)
  /^[0-9０-９]{1,3}[ \t]*、[ \t]*/u,
  // `2:为什么考虑从上家离职？`: after a colon, only before Chinese, Japanese or Korean (`1:1 mapping` is a ratio)
  new RegExp(String.raw`^\d{1,3}[:：](?=[${HAN_KANA_SCRIPTS}\p{Script=Hangul}])`, 'u'),
  // `1.Q: What is a perceptron?`: a number glued to the label after it
  new RegExp(String.raw`^\d{1,3}[.)](?=${QUESTION_LABEL}\s*\d*\s*[:：.)])`, 'i'),
  /^\(?\d{1,3}\)\s*/,
  // `a) 1-stage와 2-stage의 차이는?`, `(b) …`: a sub-question's letter; not the first of letters the question goes on
  // with (`(a) K-means와 (b) GMM의 차이는?`), which names what it asks about
  /^\(?[a-z]\)\s+(?!.*\(b\))/,
  /^[①-⑳]\s*/u,
  // `1️⃣ Why is …?`, `1️⃣0️⃣ …`: a number in keycap emoji, as posts number their points (a digit, U+FE0F, U+20E3)
  /^(?:\d\ufe0f?\u20e3)+\s*/u,
  // `↳ 풀링 대신 stride를 쓰면?`, `ㄴ 왜요?`: the arrow or corner that hangs a follow-up under its question
  new RegExp(String.raw`^(?:${HANGING_ARROW}|${POINTING_ARROW}|└[─-]*|ㄴ(?=\s))\s*`, 'u'),
];
/** A colon after a question's mark at its end (`What is X?:`), which only led on to the answer. */
const QUESTION_MARK_THEN_COLON = new RegExp(String.raw`(${QUESTION_MARK})[:：]$`);
/** The words a speaker fills speech with before naming a question's turn, each with its comma or full stop or not (`Okay, and, um,`). */
const SPEECH_FILLERS = String.raw`(?:(?:okay|ok|um+|uh+|erm|so|and|alright|all right|right|well|now|then)[,.]?\s+)*`;
/** A question's turn named by the word question: `question one`, `question number 2`, `the next question`, `one more question`, `다음 질문`. */
const QUESTION_NAMED = String.raw`question\s+(?:number\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})|(?:the\s+)?(?:first|second|third|fourth|fifth|next|last|final|another)\s+question|one\s+more\s+question|(?:첫\s?번째|두\s?번째|세\s?번째|다음|마지막)\s?질문`;
/**
 * A question's turn named, as a speaker says it before asking, with the mark that closes it: `question one.`, `question
 * number 2,`, `Okay, um, next question.`, `the last one:`, `one more question,`, `다음 질문.` (after the fillers of speech).
 */
const QUESTION_TURN = String.raw`(?:${QUESTION_NAMED}|(?:the\s+)?(?:first|second|third|fourth|fifth|next|last|final|another)\s+one|one\s+more)`;
/**
 * A few words a speaker says before naming the turn, closed by a comma (`Okay so first thing, question one.`, `Alright,
 * moving on, next question.`): up to four words, and only before a turn named by the word question and closed as a
 * sentence is (`.`, `!`, `:`). A question's own words before a turn it mentions stay (`Between TCP and UDP, the first
 * one, why is it reliable?`, `What did you do in the last question, and why?`).
 */
const LEAD_IN = String.raw`(?:[\p{L}']+\s+){0,3}[\p{L}']+,\s+`;
export const NAMED_TURN = String.raw`${SPEECH_FILLERS}(?:${QUESTION_TURN}\s*(?:[:：]|[.,!](?=\s))|${LEAD_IN}(?:${QUESTION_NAMED})\s*(?:[:：]|[.!](?=\s)))`;
/**
 * A question's turn named without a mark, as auto-generated captions (no punctuation) say it: `so the first question
 * is what …?`, `next one why …?`; only before a word that opens a question.
 */
const UNMARKED_TURN = String.raw`${SPEECH_FILLERS}${QUESTION_TURN}(?:\s+is)?`;
/** The words a spoken question opens with, after a lead that names no turn with a mark. */
const SPOKEN_QUESTION_WORD = String.raw`(?=\s+(?:what|why|how|when|where|which|who|whose|can|could|would|should|do|does|did)\b)`;
/**
 * `First question: what is …?`, `Next: how do you …?`, `Last one: …?`, `question one. What is …?`, `so the first
 * question is what …?`, the last answer acknowledged, `Great. How …?`: how an interviewer leads to a question, as a transcript (subtitles, parse/subtitles.ts; a voice memo's, parse/spoken-questions.ts) says
 * it; only before words that ask (`Next: Transformers` names a section). The question after it was spoken mid-sentence:
 * its first word, a word of small letters, takes a capital once the lead is gone.
 */
const SPOKEN_LEAD = new RegExp(String.raw`^(?:(?:the\s+)?(?:first|second|third|fourth|fifth|next|last|final|another)\s*[:：]|${NAMED_TURN}|(?:${UNMARKED_TURN}|${ACKNOWLEDGEMENT})${SPOKEN_QUESTION_WORD})\s+(?=[^${QUESTION_MARKS}]*${QUESTION_MARK}\s*$)`, 'iu');
const OPENS_WITH_TURN = new RegExp(String.raw`^${SPEECH_FILLERS}${QUESTION_TURN}(?![\p{L}\d])`, 'iu');

/** Whether a line of speech opens by naming a question's turn (`next one why …`, `so the first question is …`): a new question's start. */
export function opensWithQuestionTurn(line: string): boolean {
  return OPENS_WITH_TURN.test(line);
}
const EDGE_EMOJI = new RegExp(String.raw`^[${EMOJI_CHARACTERS}\s]+|[${EMOJI_CHARACTERS}\s]+$`, 'gu');
// Whitespace that is not a lone space: most prompts have none, and replacing
// each single space with itself would copy the whole text (this runs on every paragraph).
const SPACING = /\s\s+|(?! )\s/g;
const LINK_CLUTTER = /^(?:src|source|sources|link|ref|refs|reference|출처|참고|원문|\d+)$/i;

/** Text of inline nodes, leaving out links that are citations rather than words. */
export function inlineText(nodes: readonly (PhrasingContent | Nodes)[]): string {
  let out = '';
  // A citation's own brackets go with it ("[[src](url)]", "([ref](url))"): the next text starts after its closer.
  let skip = 0;
  // Inside a `<script>` or the like, or a ruby's reading, up to its end tag: nothing it holds is words
  // (parse/hidden-html.ts). One that nothing closes is no element but words about one (`put JS <script>s just
  // before </body>`): read on.
  let hiddenUntil: RegExp | undefined;
  nodes.forEach((node, index) => {
    if (!hiddenUntil && node.type === 'html') {
      const end = hiddenElementEnd(node.value) ?? rubyAnnotationEnd(node.value);
      if (end && nodes.some((later, at) => at > index && later.type === 'html' && end.test(later.value.trim()))) hiddenUntil = end;
    }
    if (hiddenUntil) {
      if (node.type === 'html' && hiddenUntil.test(node.value.trim())) hiddenUntil = undefined;
      skip = 0;
      return;
    }
    if (node.type === 'text') out += node.value.slice(skip);
    else if (node.type === 'inlineCode') out += node.value;
    else if (node.type === 'inlineMath') out += `\\(${node.value}\\)`;
    else if (node.type === 'break') out += ' ';
    else if (node.type === 'html') out += /^<br\s*\/?>$/i.test(node.value.trim()) ? ' ' : '';
    else if (node.type === 'link' || node.type === 'linkReference') {
      const text = inlineText(node.children);
      // `[[src]](url)` links the text "[src]": a citation in brackets is still a citation.
      const bare = text.trim().replace(/^\[(.*)\]$/, '$1');
      if (!LINK_CLUTTER.test(bare) && !/^https?:\/\//.test(bare)) out += text;
      else {
        const next = nodes[index + 1];
        const closer = out.endsWith('[') ? ']' : out.endsWith('(') ? ')' : undefined;
        if (closer && next?.type === 'text' && next.value.startsWith(closer)) {
          out = out.slice(0, -1);
          skip = 1;
          return;
        }
      }
    } else if ('children' in node) out += inlineText(node.children as PhrasingContent[]);
    skip = 0;
  });
  return out;
}

/**
 * Whether both ends of `text` are printable ASCII, where EDGE_EMOJI cannot
 * match (no ASCII character is pictographic): the usual English prompt skips
 * a Unicode-class scan of the whole text.
 */
function hasPlainEdges(text: string): boolean {
  const printable = (code: number) => code > 0x20 && code < 0x7f;
  return printable(text.charCodeAt(0)) && printable(text.charCodeAt(text.length - 1));
}

/** The inline content of paragraphs that word one question together (a task's scene, then what to do), a space between. */
export function asOneLine(paragraphs: readonly Paragraph[]): PhrasingContent[] {
  return paragraphs.flatMap((paragraph, k): PhrasingContent[] => (k === 0 ? paragraph.children : [{ type: 'text', value: ' ' }, ...paragraph.children]));
}

/**
 * Cleaned prompts by raw text. Reading a note asks for the same paragraph's wording many times over (each
 * recognizer, the walk, the checks of what a block is): 78,000 calls for 19,000 texts in the benchmark's
 * 10,000 questions. Bounded in texts and in their length (a prompt is short; a long paragraph is cleaned
 * each time), and emptied when full, so that a long watch session keeps no more than a few MB.
 */
const cleaned = new Map<string, string>();
const CLEANED_KEPT = 8192;
const CLEANED_LONGEST = 300;

export function cleanPrompt(raw: string): string {
  if (raw.length > CLEANED_LONGEST) return cleanPromptOnce(raw);
  let text = cleaned.get(raw);
  if (text === undefined) {
    if (cleaned.size >= CLEANED_KEPT) cleaned.clear();
    cleaned.set(raw, (text = cleanPromptOnce(raw)));
  }
  return text;
}

function cleanPromptOnce(raw: string): string {
  let text = raw.replace(SPACING, ' ').trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of NUMBERING) {
      const next = text.replace(pattern, '');
      if (next !== text && next.trim() !== '') {
        text = next;
        changed = true;
      }
    }
    const lead = SPOKEN_LEAD.exec(text)?.[0];
    if (lead !== undefined && text.length > lead.length) {
      const rest = text.slice(lead.length);
      // A word of small letters only (`what`, `how`, `what's`); a name keeps its case (`k-NN`, `iPhone`).
      text = /^[a-z]+(?:['’][a-z]+)?[\s,]/.test(rest) ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
      changed = true;
    }
    const trimmed = (hasPlainEdges(text) ? text : text.replace(EDGE_EMOJI, '')).trim();
    if (trimmed !== text && trimmed !== '') {
      text = trimmed;
      changed = true;
    }
  }
  // Emphasis markers left in plain text (`**What is X?**` copied as-is).
  text = text.replace(/^(\*\*|__)(.+)\1$/, '$2').replace(/^([*_])(.+)\1$/, '$2');
  // A colon after the question mark only led on to the answer (`**What is X?:**`).
  return withoutQuotes(text.replace(ASKED_BY, '').trim().replace(QUESTION_MARK_THEN_COLON, '$1'));
}

/**
 * ` - Google, Amazon Interview Question`, ` (GitHub/Microsoft, 2025)` or ` (asked at Naver, 2023)` after a
 * question: who asked it, and when, as question banks scraped from sites name them (the wording as written keeps it).
 */
const ASKED_BY = /\s+[-–—|]\s+[\p{L}\p{N}&.,' ]{1,80}?\s+[Ii]nterview\s+[Qq]uestions?\s*$|\s*\((?:\p{Lu}[\p{L}\p{N}&./' -]{0,30},\s*)+(?:19|20)\d{2}\)$|\s*\([Aa]sked (?:at|by|in) [^()]{1,60}\)$/u;

/**
 * `3.4.1 为什么需要非线性激活函数？`: a book's section number before a question that the walk took for one, and
 * an exercise's step label (`Step 3.`, STEP_LABEL).
 * Left out only of a question's final wording: while the walk decides what asks, `2.1.1 What companies want`
 * must stay the numbered section title it is (cleanPrompt keeps the number). `1.1 Bias - Variance Tradeoff`
 * numbers a heading; elsewhere two points are needed, as a line may start with a decimal (`0.5 dropout: too much?`).
 */
export function withoutSectionNumber(prompt: string, heading: boolean): string {
  const rest = prompt.replace(heading ? /^\d{1,3}(?:\.\d{1,3}){1,3}\s+(?=\D)/ : /^\d{1,3}(?:\.\d{1,3}){2,3}\s+(?=\D)/, '').replace(STEP_LABEL, '');
  return rest.trim() === '' ? prompt : rest;
}

/**
 * A question's final wording, or a topic's name, without the colon a title ends in (`### 1. **Precision**:`,
 * `## Precision and Recall (Overview):`), or the two of an outliner's attribute whose value is nested under it
 * (Roam's `Bias of an estimator::`): it introduced what followed it. Read while the walk decides (a
 * numbered title ending in a colon labels a point of an answer), and left out of the wording after; a
 * sentence keeps its colon, which leads into what it shows or lists (`… computed using this formula:`), and
 * so does a multiple-choice stem (`… is equivalent to:`).
 */
export function withoutTrailingColon(text: string): string {
  const rest = text.replace(/\s*(?:::|[:：])$/, '');
  return rest !== text && isTitleLike(rest) ? rest : text;
}

const QUOTE_PAIRS: Readonly<Record<string, string>> = { '"': '"', '“': '”', '「': '」', '『': '』' };

/** `#### Q1: "Why is X better?"`: a question quoted whole, as an interviewer's words, reads without the marks (none inside). */
function withoutQuotes(text: string): string {
  const close = QUOTE_PAIRS[text[0] ?? ''];
  if (close === undefined || text.length < 3 || !text.endsWith(close)) return text;
  const inner = text.slice(1, -1);
  // Only a quoted question: a quoted title ("What to expect when Facing Gandhi") stays the quotation it is.
  return inner.includes(text[0]!) || inner.includes(close) || !endsWithQuestionMark(inner) ? text : inner.trim();
}
