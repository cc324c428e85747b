/**
 * Does a line ask something? English, Korean, Chinese and Japanese. Interview
 * notes ask with a question mark, with a question word, with an imperative
 * ("Explain ...", "Compare ..."), in Korean with an interrogative or request
 * ending, in Chinese with a question word or a task, in Japanese with か or an
 * imperative.
 */

import { ADVERB, isPluralOrGerund, modalWithoutSubject, NOT_IN_NOUN_PHRASE } from './modal-subject.js';
import { sectionNumberOf } from './section-numbers.js';
import { ANY_QUESTION_MARK, QUESTION_MARK, QUESTION_MARKS, isQuestionMark } from './marks.js';
import { ANY_KANA } from './scripts.js';
import { ratesQuestion, withoutRatingLabels } from './rating-labels.js';
import { DAY_DATE } from './date-shapes.js';

/** What opens an English question: a question word, an auxiliary or a modal (`how …`, `is …`, `can …`). */
export const QUESTION_WORD = /^(?:what|what's|whats|why|how|when|where|which|who|whom|whose|is|are|was|were|do|does|did|can|could|would|should|will|shall|may|might|have|has|had|in what|to what|any)\b/i;
/**
 * Without a question mark, a line that starts with an auxiliary and goes on with "not" or an
 * adjective has no subject: "Is sensitive to outliers", "Does not need scaling" in notes on a
 * model are statements whose subject is the heading. "Is ReLU differentiable at zero" asks.
 */
const AUXILIARY_WITHOUT_SUBJECT = /^(?:is|are|was|were|do|does|did|have|has|had)\s+(?:not\b|n't\b|\p{Ll}+(?:ive|ble|ous|ent|ant|al|ic|ful|less|ary)\b)/iu;
/** Before "of", such a verb is a noun: "List of ML questions", "State of the art", "Design of experiments". */
const IMPERATIVE = /^(?:explain|describe|compare|contrast|define|implement|write|list|name|give|discuss|derive|prove|state|outline|differentiate|distinguish|design|come up with|tell me|walk (?:me )?through|show (?:that|how)|summari[sz]e|illustrate|analy[sz]e|justify|enumerate|elaborate on|highlight (?:the|how|what|why|which)|please (?:explain|describe|tell))\b(?!\s+of\b)/i;
/** Drawing tasks (`Draw it.`, `Plot the ROC curve.`): with a word after them, not a title's `DRAW:` or `Sketch-a-Net`, `Sketch Me That Shoe`. */
const DRAWING = /^(?:[Dd]raw|[Ss]ketch|[Pp]lot)\s+\p{Ll}/u;
/**
 * `Pros and cons of each.`, `Difference between bagging and boosting`, `Role of 1x1 convolution`: what interview
 * lists ask in a noun phrase (as Korean asks `…의 차이점`, `…의 역할`); the last two as a title, with no verb that
 * would make them a sentence (`The difference between them is small.`).
 */
const WEIGHING =
  /^(?:(?:the\s+)?(?:pros and cons|advantages and disadvantages|strengths and weaknesses)\s+of\b|(?:(?:(?:key|main)\s+)?differences?\s+between|role\s+of)\b(?!.*\b(?:is|are|was|were|lies|plays)\b))/i;

/** `True or false: …`, `T/F: …`, `O/X: …`: a quiz's statement to judge, asking whatever its wording. */
const TRUE_OR_FALSE = new RegExp(String.raw`^(?:true or false|true\/false|t\/f|o\/x|참\s*(?:또는|or)\s*거짓)\s*[:：${QUESTION_MARKS}\-–—)]`, 'i');
/**
 * `ReLU는 음수 입력에서 gradient가 0이다. (O / X)`, `Dropout is used at test time. (T/F)`: the same, its choices in brackets
 * after it. O, X, T and F in capitals only: `(o/x)` and `(t/f)` may be a formula's ratio.
 */
const TRUE_OR_FALSE_AFTER = /\S\s*[(（[]\s*(?:O\s*\/\s*X|T\s*\/\s*F|[Tt]rue\s*(?:\/|or)\s*[Ff]alse|참\s*\/\s*거짓)\s*[)）\]]$/u;
/**
 * Tasks of coding lists, whose verbs are nouns and adjectives too ("Merge sort is stable",
 * "Compute cost grows"): imperative only with an object or a clause after them.
 */
const TASK_VERBS = 'find out|find|check|merge|generate|estimate|calculate|compute|solve|identify|evaluate|analy[sz]e|interpret|suggest|propose|justify|elaborate on|enumerate|determine|reverse|sort|count|code';
/**
 * The object may be a variable of the task's math too, or its math (`Find x such that Ax = b.`, `Find \(x\) such that …`);
 * a fault to mend is named by a pronoun as well (`… and logs are flooded. Fix it.`), which after `Check` or `Find` is no task.
 */
const TASK = new RegExp(`^(?:debug|fix|diagnose|troubleshoot)\\s+(?:it|them)\\b|^(?:${TASK_VERBS})\\s+(?:(?:the|a|an|all|each|every|two|three|some|any|its|their|your|if|whether|how|what|which|why|when|[a-z]|\\d+)\\b|\\\\\\(|\\$\\$?[^\\s$])`, 'i');
/**
 * After the scene a question sets (`Given a vector u, find vector v …`), such a verb is a task whatever follows
 * it, and so are verbs that elsewhere are a how-to's steps (`Given a generator of fair bits, create a biased
 * one`), also second in the clause (`Given a directory path, descend into it and find all duplicate files.`).
 */
const SCENE_TASK_VERBS = `${TASK_VERBS}|create|build|construct|design|implement|write|return|print|output`;
const TASK_AFTER_SCENE = new RegExp(`^(?:${SCENE_TASK_VERBS})\\b|^\\p{L}+\\s[^,;.]{0,60}?\\band\\s(?:${SCENE_TASK_VERBS})\\b`, 'iu');
/**
 * `…나누는 이유가 궁금합니다`, `…어떻게 다른지 궁금해요`, `…차이를 알고 싶습니다`: "I wonder why …", how Korean Q&A boards
 * (인프런, OKKY, 지식iN) and notes ask. Only after what is wondered about names a reason, a difference, a way or a clause
 * (`…인지`, `…는지`): `저도 궁금합니다` and `팀의 배포 주기가 궁금합니다` in an answer or a chat are a remark, not a question.
 */
const WONDERS = String.raw`(?:[는은인할될던]지|이유|차이(?:점)?|방법|원리|원인|역할|의미|장단점)(?:가|이|를|을)?\s*(?:궁금(?:합니다|해요|하다|하네요)|알고\s*싶(?:습니다|어요|다))`;
const KOREAN_ENDING = new RegExp(String.raw`(?:${WONDERS}|[인한는은던할된]가요?|나요|까요?|니까|입니까|습니까|ㅂ니까|[이]?란|이란|란\s*무엇|무엇인가요?|무엇일까요?|무엇|뭔가요?|뭐죠|어떻게|왜|차이(?:점)?(?:은|는|이)?|의\s*(?:역할|장단점|장점과\s*단점|원리)(?:은|는|이)?|이유(?:는|가)?|설명(?:해\s*(?:주세요|보세요|줘|봐)|하(?:세요|시오|라))|말(?:해\s*(?:주세요|보세요))|알려\s*주세요|(?:고르|쓰|적으|구하|찾으|채우|하|드|푸|그리|밝히|나타내|세우|보이)시오|구현(?:해\s*(?:주세요|보세요)|하(?:세요|시오|라))|해\s*(?:주세요|주십시오|보세요|봅시다)|[\uac00-\ud7a3]\s*(?:주세요|주십시오|봅시다)|(?:예시|예)를?\s*들어\s*보세요|골라\s*보세요|(?:하|히|기|리|우|추|고르|적으)세요|하라|(?:하여|해|보여|써)라|[\p{L}\d)]도요|[는은인할될던]지)\s*$`, 'u');
/**
 * Requests to the reader of a page, not tasks of an interview: "…를 참고해주세요" (see …), "PR로 보내주세요"
 * (send …), "링크를 클릭해주세요" (click …), "작성 규칙을 준수해주세요" (follow …), as a repository's notice says them.
 */
const READER_REQUEST = /(?:참고|클릭|확인|방문|문의|구독|공유|신청|연락|이용|준수|양해|주의|좋아요|스타|star)\s*(?:해|하여|를|을)?\s*(?:주세요|주십시오|바랍니다|보세요)|(?:보내|남겨|눌러|읽어|들러)\s*(?:주(?:세요|십시오)|보세요)\s*$|(?:저장|북마크|캡처|스크랩)(?:해)?\s*(?:두고|놓고)\s*보세요/i;
/**
 * A note's word to its reader on how to see the answers (`토글을 열어 답을 확인`, `클릭해서 정답 보기`, `해설 참고`), a
 * line as short as a section's title: it names no section of the questions under it.
 */
const TELLS_HOW_TO_READ = /(?:토글|접은\s*글|버튼)(?:을|를)?\s*(?:열|펼|누르|눌러|클릭)|(?:열어|펼쳐|눌러|클릭해|클릭하)(?:서|면|야)?\s.*(?:확인|보기|보세요|볼\s*수)|(?:답|정답|답안|해설|풀이|답변)(?:을|를|은|는)?\s*(?:확인|보기|참고)/;
const HANGUL = /[\uac00-\ud7a3]/;
/**
 * Whether a Korean line ends as a statement does: a sentence's `-다` after a verb or an adjective (`최댓값은 0.25이다`,
 * `기울기가 사라진다`), its polite `-습니다` (`계산이 빠릅니다`), or a note's terse predicate (`계산이 빠름`, `차원을 축소함`,
 * `학습이 안정됨`, `값이 커짐`), as answers are written. Only a clause, a word before the last ending in a particle
 * (`계산이`, `차원을`, `최댓값은`): a title names a thing, and one word (`콘다`, `라이다`, `결함`) or a compound (`데이터
 * 결함`, `질문 모음`) ending so is a noun.
 */
function statesInKorean(line: string): boolean {
  const text = line.replace(/\s*[.。]$/, '');
  const words = text.split(/\s+/);
  if (words.length < 2 || !words.slice(0, -1).some((word) => /[이가은는을를도에]$/.test(word))) return false;
  // `-ㅂ니다`, `-습니다`: a syllable ending in ㅂ before `니다` (`빠릅니다`, `합니다`, `있습니다`).
  if (text.endsWith('니다') && hasFinal(text[text.length - 3] ?? '', FINAL_BIEUP)) return true;
  const last = text[text.length - 1] ?? '';
  const before = text[text.length - 2] ?? '';
  // `-다` after a stem (`이다`, `있다`, `했다`), or after the `-ㄴ`/`-는` of a present tense (`사라진다`, `먹는다`).
  if (last === '다') return /[이하되있없같았었였했겠는]/.test(before) || hasFinal(before, FINAL_NIEUN);
  return /(?:함|됨|(?:있|없|같|높|낮|좋|많|적|작|짧|넓|좁|늦|얕|깊|옳)음|빠름|느림|다름|쉬움|어려움|가벼움|무거움|큼|짐)$/.test(text);
}

/** The final consonants ㄴ's and ㅂ's indexes among a Hangul syllable's finals. */
const FINAL_NIEUN = 4;
const FINAL_BIEUP = 17;

/** The index among the 28 finals of the final consonant a Hangul syllable ends in, 0 for none; undefined for any other character. */
export function hangulFinal(syllable: string): number | undefined {
  const code = syllable.charCodeAt(0) - 0xac00;
  return code >= 0 && code < 11172 ? code % 28 : undefined;
}

/** Whether `syllable` is a Hangul syllable ending in the final consonant at `final` (its index among the 28). */
function hasFinal(syllable: string, final: number): boolean {
  return hangulFinal(syllable) === final;
}
const HAN = /[\u4e00-\u9fff]/;
/** How a Japanese sentence ends when it asks (asksInJapanese): か after a word, or an imperative (the literary 〜よ, 示せ, なさい, ください). */
const JAPANESE_ASKING = /(?:[\u3040-\u309f\u4e00-\u9fff]か|[えけげせぜてでねべぺめれ]よ|示せ|書け|選べ|探せ|なさい|下さい|ください)$/u;
/**
 * A short Chinese line that asks without a question mark (`什么是batch normalization`, `如何理解 Internal
 * Covariate Shift`, `学习率衰减常用参数有哪些`): it opens with a question word (什么, 为什么, 如何, 怎么, 哪些,
 * 是否, 何为, 为啥), after a section number or not, or after the English name it asks about (`Transformer为何使用多头注意力`), or a task (简述, 解释, 比较, 手推, 请…, `你先做一下自我介绍`, `用梯度下降实现线性回归`, 手写…), or ends as a question does
 * (有哪些, 是什么, 吗, 呢, 介绍一下, 有啥关联, 是啥, 详细描述, and `1*1的卷积核的作用`, what something is for), or asks how two things differ (`K-Means 与 KNN 的区别`, `随机森林与决策树关系`).
 * A question word inside a line is no sign: a section (`面试官在考什么`) or prose (`没有什么太大的成绩`) holds one too.
 */
const CHINESE_ASKING =
  /^(?:\d{1,3}(?:\.\d{1,3})*\s*)?(?:[A-Za-z][\w-]{0,20}\s*(?=为什么|为何|如何|怎么))?(?:(?:请|试)?(?:简述|简要说明|解释|说明|比较|介绍|谈谈|讲讲|描述|阐述|推导|证明|列举|区分|手推|手撕)|(?:请|试)?(?:用|使用|基于)[^，,。]{1,20}?(?:实现|写出|编写)|(?:手写|写出|写一个|实现一个)|(?:请|你)?先?(?:做|说|讲|谈|聊)一下|什么|为什么|为何|如何|怎么|怎样|哪些|哪个|哪种|是否|何为|何谓|为啥)|(?:有哪些|是什么|吗|呢|介绍一下|说一下|讲一下|有啥[\u4e00-\u9fff]{0,4}|是啥|的作用|(?:详细|简要|简单)(?:描述|说明|解释|介绍)(?:一下)?)$|[与和、跟及].*(?:区别|异同|联系|关系)$/;
/** Longer than a heading or a question line: prose. */
const CHINESE_LINE_MOST = 40;
/** Difficulty tags before a question, as some interview books write them: `[E]`, `[M]`, `(Hard)`. */
export const DIFFICULTY_TAG = /^\s*[[(](?:E|M|H|easy|medium|hard)[\])]\s*/i;
/** Who asked it, before the question, as lists of interview questions name companies: `Google question – `, `eBay question – `. */
const ASKED_BY = /^(?=\S*\p{Lu})\p{L}[\p{L}&.' ]{0,30}\s(?:question|interview question)\s*[–—:-]\s+/u;
/** Abbreviations that lead on to what they name, compare or point to (`e.g.`, `i.e.`, `vs.`, `cf.`, `Fig.`): no sentence ends with one. */
const LEADING_ABBREVIATIONS = String.raw`vs|e\.g|i\.e|cf|ex|eg|ie|approx|incl|figs?`;
/** Words whose full stop does not end a sentence; `etc.` and `resp.` may end one too. */
const ABBREVIATION = new RegExp(String.raw`(?:^|\s|\()(?:${LEADING_ABBREVIATIONS}|etc|resp)\.$`, 'i');
const LEADING_ABBREVIATION = new RegExp(String.raw`(?:^|\s|\()(?:${LEADING_ABBREVIATIONS})\.$`, 'i');

/**
 * A hint's label, in brackets or not (`(hint: …)`, `Hint - …`, `Hints: …`, `Hint 1: …`, `힌트: …`, `提示：…`): after the
 * question on its line (`What is X? Hint: it's really a misnomer.`) part of it; under it, the question's hint (hints.ts).
 */
export const HINT_LABEL = /^[(（[]?\s*(?:hints?|힌트|提示|ヒント)(?:\s*\d{1,2})?\s*(?:[:：]|\s[-–—]\s)/i;
/** A title that names a hint, a fold's summary or a box's: `Hint`, `Hint 1`, `💡 Hints`, `힌트`, `提示`. */
export const HINT_TITLE = /^[\p{Extended_Pictographic}\ufe0f\s]*(?:hints?|힌트|提示|ヒント)(?:\s*\d{1,2})?\s*[:：.]?$/iu;
/** Such a hint closing a line, after a sentence. */
const CLOSING_HINT = new RegExp(`(?<=[.!${QUESTION_MARKS}])\\s+${HINT_LABEL.source.slice(1)}[^]*$`, 'i');

/** Strip what does not change whether a line asks: a difficulty tag, who asked it, a closing hint, trailing brackets and parentheticals, emoji, quotes. */
/** A closing remark in brackets that does not ask, and a full stop after it (`… (see below).`). */
const CLOSING_REMARK = new RegExp(String.raw`\s*[(（][^()（）${QUESTION_MARKS}]*[)）](\s*\.)?\s*$`);
/** Stops and spaces after a question's mark at its end (`What is X?.`). */
const STOP_AFTER_QUESTION_MARK = new RegExp(String.raw`(${QUESTION_MARK})[.。\s]+$`);

function core(text: string): string {
  // A rating at either end (`콜드 스타트 해결 방법은? ★★★`) says how much the question matters, not how it asks.
  return withoutRatingLabels(text)
    .wording.replace(DIFFICULTY_TAG, '')
    .replace(ASKED_BY, '')
    .replace(CLOSING_HINT, '')
    .replace(/\s*\[[^\]]*\]\s*$/, '')
    .replace(/[\p{Extended_Pictographic}\u200d\ufe0f]+/gu, '')
    // A closing remark in brackets, but for one that asks ("(why?)"); a full stop after it stays.
    .replace(CLOSING_REMARK, (_, stop?: string) => (stop ? '.' : ''))
    .replace(STOP_AFTER_QUESTION_MARK, '$1')
    .replace(/["'”’)\]）」』\s]+$/, '')
    .trim();
}

/** Whether a line is a quiz's statement to judge, its choices in brackets after it (TRUE_OR_FALSE_AFTER). */
function judgedAfter(text: string): boolean {
  const line = text.trimEnd();
  // Most lines end otherwise: no pattern run for them.
  if (!/[)）\]]$/.test(line) || !TRUE_OR_FALSE_AFTER.test(line) || wordCount(line) > 40) return false;
  const statement = line.replace(TRUE_OR_FALSE_AFTER, (choices) => choices[0]!).trim();
  return /\p{L}/u.test(statement) && isJudgedStatement(statement);
}

/**
 * `… (o/x)`, `… (t/f)`: a statement's choices in lower case; `… (X)`, `… (O)`, `… (T)`, `… (F)`: the author's verdict
 * written in their place (captured). A statement to judge only in a list of statements whose choices are written as
 * TRUE_OR_FALSE_AFTER reads them (parse/judged-statements.ts): elsewhere `(o/x)` may be a formula's ratio and `(X)` an aside.
 * The bracket stands apart from the statement, after a space or its full stop: glued to a letter it is a formula's
 * argument (`E(aX + b) = aE(X)`), no verdict.
 */
const LOOSELY_JUDGED_AFTER = /(?:\S\s+|[.。!！?？])[(（]\s*(?:([OXTF])|[Oo]\s*\/\s*[Xx]|[Tt]\s*\/\s*[Ff])\s*[)）]$/u;

/** How a line closes as a quiz's statement to judge: `choices`, as judgedAfter reads them, or `loose` (LOOSELY_JUDGED_AFTER). */
export interface Judgement {
  kind: 'choices' | 'loose';
  /** The verdict its author wrote in the choices' place (`X`), and where its bracket opens on the line. */
  verdict?: { mark: string; at: number };
}

/**
 * Whether a line is a quiz's statement to judge, and how its choices or its verdict close it (Judgement); undefined for
 * any other line. A loose one is a statement only where its list says so (parse/judged-statements.ts).
 */
export function judgement(text: string): Judgement | undefined {
  const line = text.trimEnd();
  // Most lines end otherwise: no pattern run for them.
  if (!/[)）]$/.test(line)) return undefined;
  if (judgedAfter(line)) return { kind: 'choices' };
  const found = LOOSELY_JUDGED_AFTER.exec(line);
  if (!found || wordCount(line) > 40) return undefined;
  const statement = line.slice(0, found.index + 1).trim();
  if (!/\p{L}/u.test(statement) || !isJudgedStatement(statement)) return undefined;
  const mark = found[1];
  return mark === undefined ? { kind: 'loose' } : { kind: 'loose', verdict: { mark, at: found.index + found[0].search(/[(（]/) } };
}

/**
 * Whether the words before a quiz's choices (`… (O/X)`) state something to judge: they end a sentence (`…0이다.`,
 * `…적용된다`, `… at test time.`), or are a full statement of several words. Review s68 found the choices after a data
 * dictionary's `is_fraud: label (True/False)` and a checklist's `강의 듣기 (O/X)` (done or not): a term and its
 * definition, a to-do in `-기`, which state nothing to judge.
 */
function isJudgedStatement(statement: string): boolean {
  if (/(?:[.。!！]|[다요])$/u.test(statement)) return true;
  return wordCount(statement) >= 4 && !/^[^:：]{1,40}[:：]\s/u.test(statement) && !statement.endsWith('기');
}

/**
 * The sentences of a line: each ends at `.`, `!` or `?` before a space, and the quotes or bracket that
 * close with it (`… known as “locally connected.” Explain …`), but for abbreviations ("vs.", "e.g.").
 * What reads a wording sentence by sentence reads it so (a translation that only asks, normalise/bilingual.ts).
 */
export function sentencesOf(line: string): string[] {
  return sentenceEnds(line).map((end, k, ends) => line.slice(ends[k - 1] ?? 0, end).trim()).filter(Boolean);
}

/** Whether the full stop closing `text` closes an abbreviation (`vs.`, `e.g.`), not a sentence. */
export function endsInAbbreviation(text: string): boolean {
  return ABBREVIATION.test(text);
}

/** Whether `text` ends in an abbreviation that leads on (`e.g.`, `i.e.`, `vs.`): what it introduces follows. */
export function endsLeadingOn(text: string): boolean {
  return LEADING_ABBREVIATION.test(text);
}

/**
 * Where a sentence ends: a full stop, an exclamation or a question mark before a space, or a full-width one (`？`,
 * `。`, `！`) before anything, as Chinese and Japanese write the next sentence right after it (`什么是过拟合？模型…`).
 */
const SENTENCE_END = new RegExp(String.raw`[.!${QUESTION_MARKS}]["'”’)\]）」』]*(?=\s)|[.!${QUESTION_MARKS}][）」』]+(?=\S)|[？。！]["'”’)\]」』）]*(?=\S)`, 'g');

/**
 * Where each sentence of `line` ends (an offset just past its mark, or the line's length for the last). A mark inside
 * brackets that close later on the line ends no sentence of it: the author's aside goes on (`… how to correct it (IPW?
 * position as feature at train)`); one that its bracket closes right after does (`Is it stable (really?) Yes, …`).
 */
function sentenceEnds(line: string): number[] {
  const ends: number[] = [];
  let start = 0;
  let enclosed: ((at: number) => boolean) | undefined;
  for (const match of line.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (match[0] === '.' && endsInAbbreviation(line.slice(start, end))) continue;
    if ((enclosed ??= insideBrackets(line))(end)) continue;
    ends.push(end);
    start = end;
  }
  if (line.slice(start).trim()) ends.push(line.length);
  return ends;
}

const OPENING_BRACKET = /[([（]/;
const CLOSING_BRACKET: Readonly<Record<string, string>> = { '(': ')', '[': ']', '（': '）' };

/**
 * Whether an offset of `line` stands inside a pair of brackets, opened before it and closed at or after it. Only pairs
 * that close count: `1) What is X? …` and an aside left open (`(see above`) hold no sentence.
 */
function insideBrackets(line: string): (at: number) => boolean {
  if (!OPENING_BRACKET.test(line)) return () => false;
  // How many pairs hold each offset, counted up where one opens and down past where it closes: linear in the line.
  const held = new Int32Array(line.length + 2);
  const open: number[] = [];
  for (let k = 0; k < line.length; k++) {
    const char = line[k]!;
    if ((char === '(' || char === ')') && isFace(line, k)) continue;
    if (char in CLOSING_BRACKET) {
      if (!isReversedFace(line, k)) open.push(k);
    } else if (char === ')' && isEnumerator(line, k)) {
      continue;
    } else if (open.length > 0 && CLOSING_BRACKET[line[open.at(-1)!]!] === char) {
      held[open.pop()! + 1]!++;
      held[k + 1]!--;
    } else if (open.length > 0 && CLOSERS.has(char)) {
      // A closer its open bracket does not take ends the pair (`(0, 1]`): an interval, not an aside.
      open.length = 0;
    }
  }
  for (let k = 1; k < held.length; k++) held[k]! += held[k - 1]!;
  return (at) => held[at]! > 0;
}

const CLOSERS = new Set(Object.values(CLOSING_BRACKET));

/** Whether the `)` at `at` numbers an item (`1) by definition`, `a) loads classes`): a digit or one letter at a word's start. */
function isEnumerator(line: string, at: number): boolean {
  return /(?:^|\s)(?:\d{1,2}|\p{L})$/u.test(line.slice(Math.max(0, at - 4), at));
}

/** Whether the `(` at `at` is a reversed smiley's mouth (`(: `): no aside opens there. */
function isReversedFace(line: string, at: number): boolean {
  return line[at] === '(' && line[at + 1] === ':' && (at + 2 >= line.length || /\s/.test(line[at + 2]!));
}

/** Whether the bracket at `at` is an emoticon's mouth (`:(`, `:)`, `;)`, `=)`, `:-(`): no aside opens or closes there. */
function isFace(line: string, at: number): boolean {
  const eyes = line[at - 1] === '-' ? line[at - 2] : line[at - 1];
  return eyes === ':' || eyes === ';' || eyes === '=';
}

/**
 * The brackets that close an aside at the end of a sentence (`… (resolver? authoritative?)`). Tried only from the first
 * of a run (the lookbehind): from each bracket of a long run in turn, a line of them took quadratic time.
 */
const CLOSING_BRACKETS = /(?<![)\]）])[)\]）]+$/u;

/** Patterns read on every line that ends in a bracket; exported for the test that none of them backtracks. */
export const CLOSING_BRACKET_PATTERNS: readonly RegExp[] = [CLOSING_BRACKETS, TRUE_OR_FALSE_AFTER, LOOSELY_JUDGED_AFTER];

/**
 * Whether `sentence` ends with a question mark, or with one its aside's bracket closes right after (`What is DNS
 * (resolver? authoritative?)`, `Is it stable (really?)`): the mark is the sentence's last, the bracket only closes it.
 */
function endsWithQuestionMarkOrAside(sentence: string): boolean {
  const text = sentence.trimEnd();
  return endsWithQuestionMark(text) || (CLOSING_BRACKETS.test(text) && endsWithQuestionMark(text.replace(CLOSING_BRACKETS, '')));
}

/**
 * Whether `line` asks only in the aside that closes it: `Deadlock conditions (how many? mutual exclusion, …)`, `Why a
 * 3-way handshake (why not 2? both sides must confirm)`. In a FAQ of one line per item, such an item asks (its aside
 * whole in it, no answer on its line), as its neighbours do.
 */
export function asksInClosingAside(line: string): boolean {
  const text = line.trimEnd();
  // Most lines end in no bracket, or hold no question mark: no scan.
  if (!CLOSING_BRACKETS.test(text) || !ANY_QUESTION_MARK.test(text)) return false;
  const opened = asideOpening(text);
  if (opened === undefined || opened === 0) return false;
  const before = text.slice(0, opened);
  return /\p{L}/u.test(before) && !ANY_QUESTION_MARK.test(before) && ANY_QUESTION_MARK.test(text.slice(opened));
}

/** Where the aside closing `text` opens: the bracket its last bracket pairs with, or undefined if none does. */
function asideOpening(text: string): number | undefined {
  const closing = text.at(-1)!;
  const opening = closing === ')' ? '(' : closing === ']' ? '[' : '（';
  let depth = 0;
  for (let k = text.length - 1; k >= 0; k--) {
    if (text[k] === closing && !isFace(text, k)) depth++;
    else if (text[k] === opening && !isFace(text, k) && --depth === 0) return k;
  }
  return undefined;
}

/**
 * Whether `text` ends with a question mark, ASCII or the full-width `？` of Korean and Chinese
 * input, spaces after it allowed. What may stand after the mark besides spaces (emoji, emphasis,
 * a closing bracket) is for the caller to strip: each reads a different kind of text.
 */
export function endsWithQuestionMark(text: string): boolean {
  const last = text.trimEnd().at(-1);
  return isQuestionMark(last);
}

/** A sentence's end before more on the line: the line may be more than one sentence. */
const SENTENCE_END_THEN_SPACE = new RegExp(String.raw`[.!${QUESTION_MARKS}]\s`);

export function isInterrogative(text: string): boolean {
  // Before `core`, which drops a closing parenthetical: the choices of a statement to judge are one.
  if (judgedAfter(text)) return true;
  const line = core(text);
  if (line.length < 3 || !/\p{L}/u.test(line)) return false;
  if (endsWithQuestionMark(line)) return true;
  if (line.length > 300 || wordCount(line) > 40) return false;
  // Most lines are one sentence: no splitting to find that out.
  if (!SENTENCE_END_THEN_SPACE.test(line)) return asksAlone(line);
  const [first, ...more] = sentencesOf(line);
  if (more.length === 0) return asksAlone(line);
  // "What is X? Give an example.", "Name some losses. Compare them.": each sentence asks or tells to do.
  if (asks(first!) && more.every(asks)) return true;
  // A line that starts with a question word and does not end as a statement asks, whatever is in between.
  return asksWithQuestionWord(line);
}

/**
 * Whether a line's last sentence asks, whatever comes before it: a scenario before the question
 * ("노트북으로 google.com에 접속을 했습니다. 과정을 설명해주세요."), a task named last ("Python an
 * interpreted language. Explain."). Too loose for a line on its own ("Batch norm normalises
 * activations. Compare layer norm." is prose): for an item of a list whose items mostly ask
 * (question-list.ts), where the list already says what its items are. A question answered after it
 * ("What is selection bias? It is the bias …") ends with its answer, not asking.
 */
export function endsAsking(text: string): boolean {
  const line = core(text);
  if (line.length < 3 || !/\p{L}/u.test(line)) return false;
  return asks(sentencesOf(line).at(-1)!);
}

/** What opens the object of a verb in the imperative: a determiner, a pronoun or a number ("Make a histogram", "Plot them"). */
const OBJECT = /^(?:a|an|the|this|these|those|each|every|all|some|any|its|their|your|our|my|it|them|two|three|\d+)$/i;

/**
 * Whether a sentence is worded as a task, whatever its verb (`Make a histogram of 2 variables.`, `Plot
 * the ROC curve.`): a capitalised word that may be a verb in its base form (no question word, function
 * word or adverb, no -s, -ing, -ed or -ly ending), then an object, the whole ending in a full stop.
 * Without a list of known task verbs that is weak evidence (`Use a learning rate of 1e-3.` is as often a
 * note): for an item of a list whose other items ask (question-list.ts), where the list says what its
 * items are. A task may lead with the scene it sets (`Given a skewed dataset, pick a metric.`,
 * `Suppose X, compute Y.`); the scene alone (`Given a directed graph.`) is none.
 */
export function readsAsTask(text: string): boolean {
  const line = core(text);
  if (!SCENE.test(line)) return isWordedAsTask(line);
  for (const task of afterScene(line)) if (isWordedAsTask(task[0]!.toUpperCase() + task.slice(1))) return true;
  // Or in a sentence of its own after the scene (`Let x ∈ R_n, L = …. Take the derivative of L with respect to x.`).
  const last = sentencesOf(line).at(-1)!;
  return last !== line && isWordedAsTask(last);
}

/**
 * Whether some sentence of a text is worded as a task (`readsAsTask`): a coding problem sets its scene
 * and its limits around the task (`There are two sorted arrays …. Find the median of the two sorted
 * arrays. The solution should have O(log(m+n)) complexity.`). Weaker still than a task alone: only for an
 * item of a list whose other items ask (question-list.ts).
 */
export function holdsTask(text: string): boolean {
  const line = core(text);
  return readsAsTask(line) || sentencesOf(line).some((sentence) => sentence !== line && readsAsTask(sentence));
}

/** `Gradient descent vs SGD vs mini-batch SGD.`: a comparison to draw, worded as a short title (not a sentence). */
const COMPARISON = /^[^.?!]{1,80}?\s(?:vs\.?|versus)\s[^.?!]{1,80}?(?:\svs\.?\s[^.?!]{1,80}?)*\.?$/i;
/**
 * `엔트로피와 지니 계수 비교`, `L1, L2 정규화의 비교`: two things joined and named to compare, in Korean; not a noun that
 * ends as `과` does (`실험 결과 비교`, `증강 효과 비교`).
 */
const KOREAN_COMPARISON = /^[^.?!]{1,60}?(?:와|(?<![결효성교학부통초])과|및|,)\s*[^.?!\s][^.?!]{0,59}?\s*(?:의\s*)?비교(?:하기)?$/u;

/**
 * Whether an item names two things or more to compare (`Bagging vs boosting.`, `엔트로피와 지니 계수 비교`). As weak as a task's
 * wording (notes compare too), it counts only where the list says its items ask (question-list.ts).
 */
export function readsAsComparison(text: string): boolean {
  const line = core(text);
  return wordCount(line) <= 12 && (COMPARISON.test(line) || KOREAN_COMPARISON.test(line));
}

/**
 * `IoU 계산 방법`, `과적합을 막는 방법은`: a short Korean title naming the way to do something, which asks as `How to
 * compute IoU` does. As weak as a task's wording (an answer defines a method so: `…를 찾아가는 방법`), it counts
 * only where the list says its items ask (question-list.ts).
 */
export function namesAWayTo(text: string): boolean {
  const line = core(text);
  return HANGUL.test(line) && isTitleLike(line) && /\S\s*방법(?:은|는)?$/u.test(line);
}

/**
 * `Knowledge distillation 설명`, `Transformer 구조 설명하기`: a short Korean title naming what to explain, which asks as
 * `Explain knowledge distillation` does. As weak as the name of a way (a page names its sections so: `문제 설명`), it
 * counts only where the list says its items ask (question-list.ts).
 */
export function namesWhatToExplain(text: string): boolean {
  const line = core(text);
  return HANGUL.test(line) && isTitleLike(line) && /\S\s+설명(?:하기)?$/u.test(line);
}

function isWordedAsTask(line: string): boolean {
  // Long enough for a task with its conditions (`Write a SQL query to count the number of unique users per day who …`).
  if (!line.endsWith('.') || wordCount(line) > 40) return false;
  const [, object = ''] = line.split(/\s+/);
  return OBJECT.test(object) && opensWithVerb(line);
}

/**
 * Whether a line opens with a capitalised word that may be a verb in its base form (`Reverse …`, `Find …`): no
 * question word, function word or adverb, no -s, -ing, -ed or -ly ending. Weaker than `readsAsTask`, which wants
 * an object after it: only where the note's structure says its lines are tasks (extract/cell-tasks.ts).
 */
export function opensWithVerb(line: string): boolean {
  const [verb = ''] = line.split(/\s+/, 1);
  if (!/^\p{Lu}\p{Ll}+$/u.test(verb)) return false;
  const word = verb.toLowerCase();
  if (QUESTION_WORD.test(word) || NOT_IN_NOUN_PHRASE.has(word) || ADVERB.test(word)) return false;
  // "Uses a kernel.", "Trained a model.", "Finally the loss falls.": a note's verb or an adverb, not a task's ("Apply" keeps its -ly).
  return !isPluralOrGerund(word) && !/(?:[^e]ed|(?<!p)ly)$/.test(word);
}

/**
 * A sentence that sets a scene (`Given a directed graph.`, `Suppose the data is skewed.`, `Let X be …`), not a
 * tutorial's narration (`Let's also check the dtypes.`, `Let us plot it.`).
 */
export const SCENE = /^(?:given|consider(?:ing)?|imagine|suppose|assume|let(?!['’]s\b|\s+us\b))\b/i;

/**
 * What may ask after the scene a sentence sets: each rest of it after a comma (or semicolon) that a word
 * follows (`Given a vector $$u$$, find …` gives `find …`, after `5, 3]$$, find …` and others that do not ask).
 */
function* afterScene(sentence: string): Generator<string> {
  for (const comma of sentence.matchAll(/[,;]\s*(?=\p{L})/gu)) yield sentence.slice(comma.index + comma[0].length);
}

/** A sentence in brackets (`(hint: two tables)`), or a hint (`Hint: …`): the asker's, after a question. */
const PARENTHETICAL = /^[([].*[)\]][.!?]?$/;
const isAskersAside = (asked: string, sentence: string) => PARENTHETICAL.test(sentence) || HINT_LABEL.test(sentence) || ratesQuestion(asked, sentence);

/**
 * `What is selection bias? It is the bias …`: the question a line opens with, when an answer follows it on
 * the line. The question runs up to the first sentence that does not ask, so a further question or task
 * after it is part of it (`What is X? If so, why? Yes, …`, `What is X? Give examples. X is …`); it must ask
 * with a question mark. Undefined when the line does not open with a question, or asks throughout.
 */
export function questionAnsweredAfter(line: string): string | undefined {
  const ends = sentenceEnds(line);
  const sentence = (k: number) => line.slice(ends[k - 1] ?? 0, ends[k]).trim();
  let asked = 0;
  // A parenthetical, a hint or a rating after a question is the asker's (`What is a join? (hint: two tables)`, `… ★★★`), part of it.
  // A sentence whose aside closes on its question mark asks (`What is DNS (resolver? authoritative?) Maps names …`).
  const asksOrAsideAsks = (text: string) => asks(text) || endsWithQuestionMarkOrAside(text);
  while (asked < ends.length && (asksOrAsideAsks(sentence(asked)) || (asked > 0 && isAskersAside(line.slice(0, ends[asked - 1]), sentence(asked))))) asked++;
  if (asked === 0 || asked === ends.length) return undefined;
  const question = line.slice(0, ends[asked - 1]).trim();
  return Array.from({ length: asked }, (_, k) => sentence(k)).some(endsWithQuestionMarkOrAside) ? question : undefined;
}

/**
 * Whether `after`, written after the question `asked` on its line (`What is dropout? - …`), asks it
 * again rather than answering it: it ends in a question mark, or it is written in the other script
 * and asks as Korean does without one (`드롭아웃이란 무엇인가`, `정규화를 하는 이유`): one question in two
 * languages (normalise/bilingual.ts). In the question's own script, an answer may start as a question
 * does (`When the model fits noise`), so only the question mark counts there.
 */
export function asksAgain(asked: string, after: string): boolean {
  return endsWithQuestionMark(after) || (HANGUL.test(asked) !== HANGUL.test(after) && endsAsking(after));
}

/** A sentence that asks: with a question mark, or as `asksAlone` reads one without. */
function asks(sentence: string): boolean {
  return endsWithQuestionMark(sentence) || asksAlone(sentence);
}

/** One sentence without a question mark: an imperative, a question word with a subject, or a Korean question or request ending. */
function asksAlone(sentence: string): boolean {
  if (SCENE.test(sentence)) {
    // A scene inside the scene (`Given a, given b, find …`) is read from a later comma: no reading within a reading.
    for (const task of afterScene(sentence)) if (!SCENE.test(task) && (TASK_AFTER_SCENE.test(task) || asksAlone(task))) return true;
    return false;
  }
  if ((IMPERATIVE.test(sentence) || TASK.test(sentence) || DRAWING.test(sentence) || WEIGHING.test(sentence) || TRUE_OR_FALSE.test(sentence)) && wordCount(sentence) <= 30) return true;
  if (QUESTION_WORD.test(sentence)) return asksWithQuestionWord(sentence);
  if (setsTaskOnTopic(sentence)) return true;
  // Kana make a line Japanese: Chinese has none.
  if (ANY_KANA.test(sentence) && !HANGUL.test(sentence)) return asksInJapanese(sentence);
  if (!HANGUL.test(sentence)) return asksInChinese(sentence);
  const bare = sentence.replace(/[.!]$/, '');
  return KOREAN_ENDING.test(bare) && !READER_REQUEST.test(bare);
}

/**
 * `Simpson's paradox — give an example.`, `Bias-variance tradeoff: explain it.`: the topic named first, a few words, then
 * after a dash or a colon the task set on it, as interview lists title a question. Only a task addressed to who answers
 * (ASKS_ANSWERER): a cheat sheet's label over what the thing does (`chi-squared test: determine if …`, `PCA — find the
 * directions of …`), over a statement (`Result: the loss fell.`), an answer's label (`Answer: compare …`), a step's
 * number (`Step 3 — give the reviewers context.`) and a title with a dash in it (`Step 2 — setup`) ask nothing.
 */
const TOPIC_THEN_TASK = /^([^:：—–]{2,60}?)(?:\s*[:：]|\s*[—–]|\s+--?)\s*(?=\p{L})/u;
function setsTaskOnTopic(sentence: string): boolean {
  // Most lines hold no such mark: no pattern run for them.
  if (!/[:：—–]|\s-/.test(sentence)) return false;
  const topic = TOPIC_THEN_TASK.exec(sentence);
  if (!topic || wordCount(topic[1]!) > 6 || namesAnswerPart(topic[1]!) || labelsAdvice(topic[1]!) || NUMBERED_LABEL.test(topic[1]!)) return false;
  const task = sentence.slice(topic[0].length);
  // A further label in it (`Dropout: explain why … Epoch: one full pass …`) is another line's, run into this one.
  return !/[:：]/.test(task) && asksAnswerer(task);
}

/**
 * Labels of advice to who answers, beside an admonition's `Tip` or `Note` (namesAnswerPart): `Pro tip: explain it with the
 * loss curves.` under an answer is the answer's remark, no topic a task is set on (review s68 found it cut off as a
 * question). Only here: as a heading, `## Goal` or `## Strategy` may name a topic.
 */
const ADVICE_LABEL = /^(?:(?:pro|interview(?:er)?|quick)\s+tips?|rule of thumb|reminder|key (?:idea|point|takeaway)s?|goal|strategy|tl;?dr)$/i;

/** Whether a text before a colon or a dash labels advice (ADVICE_LABEL), no topic. */
export function labelsAdvice(text: string): boolean {
  return ADVICE_LABEL.test(text.trim());
}

/** `Step 2`, `Day 3`, `Phase 1`: a label that numbers a procedure's steps, no topic (`Step 2: describe the change in the PR.`). */
const NUMBERED_LABEL = /^\p{L}+\s*\d{1,3}[a-z]?\.?$/iu;

/**
 * The tasks that only who answers is set, never what a thing does: `explain …`, `give an example`, `walk me through …`.
 * `give` only before what is asked for (GIVEN_ASKED): a definition or a step gives too (`Label smoothing: give the wrong
 * classes a small share …`, `## Memory — give your LLM a conversation history`), as review s68 found.
 */
const GIVEN_ASKED = String.raw`give\s+(?:(?:me|us)\s+)?(?:(?:an?|one|two|three|four|five|a few|some|\d+)\s+)?(?:counter-?)?(?:examples?|intuition|reasons?|analog(?:y|ies)|use[- ]cases?)\b`;
const ASKS_ANSWERER = new RegExp(
  String.raw`^(?:${GIVEN_ASKED}|(?:explain|describe|discuss|elaborate on|illustrate|justify|derive|prove|show (?:that|how)|tell me|walk (?:me )?through|please (?:explain|describe|tell))\b(?!\s+of\b))`,
  'i',
);

/** Whether a text opens with a task set to who answers (ASKS_ANSWERER: `explain why …`, `give an example`), in any case. */
export function asksAnswerer(text: string): boolean {
  return ASKS_ANSWERER.test(text) && wordCount(text) <= 30;
}

/**
 * A short Chinese line that asks without a question mark (CHINESE_ASKING): as plain as a question mark, for
 * Chinese notes seldom write one in a heading (`## 为什么要除以 sqrt(d_k)`).
 */
export function asksInChinese(line: string): boolean {
  // One sentence: a full stop may close it (`推导BP神经网络的反向求导。`), not stand inside it.
  const sentence = line.replace(/[.!！。]$/, '');
  return HAN.test(sentence) && !HANGUL.test(sentence) && sentence.length <= CHINESE_LINE_MOST && !sentence.includes('。') && CHINESE_ASKING.test(sentence);
}

/**
 * A Japanese sentence that asks without a question mark, as a check test writes its tasks: a question ending in
 * か (`どのゲートが作用すると考えられるか。`, `…ですか。`), or a task in the imperative (`dz/dx を求めよ。`,
 * `効果を２点挙げよ。`, `説明せよ。`, `示せ。`, `…しなさい。`, `…てください。`).
 */
function asksInJapanese(sentence: string): boolean {
  return JAPANESE_ASKING.test(sentence.replace(/[。.．!！\s]+$/u, ''));
}

/** `How to learn the parameters: minimise the cost`: a label and its value. */
const HOW_TO_LABEL = new RegExp(String.raw`^how to\b[^:${QUESTION_MARKS}]*:\s+\S`, 'i');

function asksWithQuestionWord(text: string): boolean {
  const words = wordCount(text);
  // "How to learn the parameters: minimise the cost" is a note, label and value, not a question.
  if (!QUESTION_WORD.test(text) || /[.!:;,]$/.test(text) || HOW_TO_LABEL.test(text) || words < 3 || words > 30) return false;
  return !AUXILIARY_WITHOUT_SUBJECT.test(text) && !modalWithoutSubject(text);
}

/** Whether a title has a word in it: "12.4", "#12-4" and "(3)" are numbers and anchors. */
export function hasWords(text: string): boolean {
  return /\p{L}/u.test(text);
}

/**
 * `What is the difference between Autoencoders and PCA.`: one sentence led by a question word that asks
 * when its full stop is read as the question mark it stands for. Only where something else says the line
 * is a question (a list of questions, a `Q19-` label): alone, `What matters is the data.` states.
 * `how to handle unbalanced data.` names a topic, as a title would.
 */
export function asksWithFullStop(text: string): boolean {
  const line = text.trim();
  if (!/^(?:what|how(?! to\b)|why|which|when|where|who)\b[^?:;]*\.$/i.test(line) || /[.!?]\s/.test(line)) return false;
  return isInterrogative(`${line.slice(0, -1)}?`);
}

/** A sentence that ends in a question mark, quotes or a bracket closing after it. */
const ASKS_BEFORE_QUOTES = new RegExp(String.raw`${QUESTION_MARK}["'”’)]*$`);

/**
 * `Your app gets 1M queries/day -- how do you optimise LLM cost? Cover token reduction.`, `"Is there an eval
 * framework?" Build golden datasets.`: a scene, a quote or a task around a sentence that asks with a question
 * mark. Only where something else says the line is a question (a list of questions): alone, prose asks so too.
 */
export function asksInASentence(text: string): boolean {
  if (!ANY_QUESTION_MARK.test(text)) return false;
  const sentences = sentencesOf(core(text));
  const at = sentences.findIndex((sentence) => ASKS_BEFORE_QUOTES.test(sentence.trim()));
  // A question that opens the line, with a question word, is answered after it (`What is selection bias? It is …`):
  // the FAQ's shape (question-list.ts), not this one.
  return at > 0 || (at === 0 && sentences.length > 1 && !QUESTION_WORD.test(sentences[0]!.trim()));
}

/** `No.1`, `Q 12`, `#3`, `문제 4`: a title that only numbers what comes under it, as an anchor does. */
export function onlyNumbers(text: string): boolean {
  return /^(?:no|nr|num|number|q|question|problem|문제|질문|번호)?\.?\s*#?\s*\d{1,4}(?:[-.]\d{1,3})*[.)]?$/i.test(text.trim());
}

/** Punctuation that ends a sentence or leads on, full-width too (`メリット：`, `1次関数において、`): no title ends so. */
const PUNCTUATION_END = new RegExp(String.raw`[.,:;!。、，：；！${QUESTION_MARKS}]$`);

/**
 * A short heading-like line ("Gradient descent", "Hyper Parameter",
 * "Steps of perceptron"): a prompt when an answer follows it, a section
 * title when questions follow it.
 */
export function isTitleLike(text: string): boolean {
  const line = text.trim();
  if (line.length === 0 || line.length > 80) return false;
  // Full-width too: `メリット：` and `1次関数において、` over a list label it or run on into it, as `Advantages:` does.
  if (PUNCTUATION_END.test(line)) return false;
  if (/[=]/.test(line)) return false;
  return wordCount(line) <= 8;
}

/**
 * A title that names a collection of questions (`09. Deep Learning Interview Preparation`, `1. Basic
 * Interview Questions`, `면접 질문 모음`, `高频面试题`): its number counts chapters, not questions.
 */
export function namesQuestionCollection(text: string): boolean {
  const line = text.trim();
  if (!isTitleLike(line)) return false;
  return ENDS_NAMING_COLLECTION.test(line) || ((ENDS_NAMING_NOTES.test(line) || OPENS_NAMING_NOTES.test(line)) && !TELLS_OF_INTERVIEWS.test(line));
}

/** What names a collection of questions at a title's end. */
const COLLECTION = String.raw`(?:\b(?:interview\s+)?questions|\binterview\s+(?:preparation|prep)|\bq\s*&\s*a|\bfaqs?|면접\s*(?:질문|준비)|질문\s*(?:모음|목록|리스트)|예상\s*질문|(?:面试|面試)\s*(?:题|題|问题|問題)(?:\s*(?:汇总|彙總|集锦|合集|总结))?|常见问题|高频问题)(?:\s*\(\d+\))?`;
const ENDS_NAMING_COLLECTION = new RegExp(`${COLLECTION}$`, 'iu');

/**
 * A learner's own notes for interviews (`Deep Learning Interview Notes`, `My ML Interview Notes`, `Interview notes:
 * Classical ML`, `2025 딥러닝 면접 정리`): a collection of questions as much as a list titled so, their headings naming
 * what to explain. Not a write-up of interviews had (`My Interview Notes`, `2024 하반기 면접 정리`, `면접 후기`,
 * `Interview notes: Google ML round`): its headings are its rounds and companies.
 */
const NOTES = String.raw`(?:\binterview\s+(?:study\s+)?notes|면접\s*(?:대비|정리|노트))`;
const ENDS_NAMING_NOTES = new RegExp(`${NOTES}$`, 'iu');
const OPENS_NAMING_NOTES = /^interview\s+(?:study\s+)?notes\s*[:：—–-]\s*\S/iu;
const TELLS_OF_INTERVIEWS = /^(?:my|our)\s+interview|상반기|하반기|후기|회고|경험|\bexperiences?\b|\bjourney\b|\brounds?\b|\bonsite\b/iu;

/**
 * A title that names a collection of questions and nothing they are about (`## Questions`, `## 면접 질문`, `## Common
 * Interview Questions`, `## 高频面试题`): no topic of the questions under it, as a note's title of the same words is not.
 */
const ONLY_COLLECTION = new RegExp(
  String.raw`^(?:\d{1,3}[.)]\s*)?(?:(?:common|frequently\s+asked|top\s+\d+|popular|sample|practice|more|other|additional|key|my|자주\s*(?:묻는|나오는)|기본|주요|핵심|추가|常见|高频)\s*)*(?:interview\s+)?(?:${COLLECTION}|${NOTES})$`,
  'iu',
);

export function namesOnlyQuestionCollection(text: string): boolean {
  const line = text.trim();
  return isTitleLike(line) && ONLY_COLLECTION.test(line);
}

const MINOR_WORDS = new Set(['a', 'an', 'and', 'or', 'of', 'the', 'for', 'in', 'on', 'to', 'vs', 'vs.', 'with', 'by', '&', 'at', 'from']);

/**
 * A section title in copied text: short, and every major word capitalised
 * ("Evaluation & Metrics", "Deep Learning Architectures") or Korean, or numbered
 * as Chinese and Japanese documents number sections ("一、机器学习基础").
 * "Ensemble effect", an answer line, is not.
 */
export function isSectionTitle(text: string): boolean {
  const line = text.trim();
  // `Written: 2024. 3. 2`, `작성일 2024-03-02`: a note's date says when, not what about.
  if (!isTitleLike(line) || DATED.test(line)) return false;
  // `一、机器学习基础`, `第1章 基礎`: a Chinese or Japanese document's numbered section, unless what it numbers asks
  // (`一、什么是过拟合`) or is a sentence, broken by a comma or a full stop, or as long as a question's line.
  const numbered = sectionNumberOf(line)?.title;
  if (numbered !== undefined) return /\p{L}/u.test(numbered) && numbered.length <= CHINESE_LINE_MOST && !/[，。；]/.test(numbered) && !isInterrogative(numbered);
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5) return false;
  if (HANGUL.test(line)) return !KOREAN_ENDING.test(line) && !TELLS_HOW_TO_READ.test(line) && !statesInKorean(line);
  const bare = (word: string) => word.replace(/^[(\["']+|[)\]"']+$/g, '');
  return words.every((word) => MINOR_WORDS.has(bare(word).toLowerCase()) || /^[\p{Lu}\d]/u.test(bare(word)) || !/\p{L}/u.test(word));
}

/** A day's date (`2024. 3. 2`, `March 2, 2024`), somewhere in a line: its shape is told in date-shapes.ts. */
const DATED = new RegExp(DAY_DATE, 'i');

/**
 * A line that names what to talk about in a few words (`P value and test hypothesis.`, `Overfitting how to
 * avoid`): ten words at most, no lead-in to something under it (`…:`), no scene (`Given this graph.`).
 * Where the lines around it ask, numbered as it is, it is a question too (question-list.ts, block-roles.ts).
 */
export function namesATopic(text: string): boolean {
  const line = text.trim();
  return hasWords(line) && !/[:：]$/.test(line) && !SCENE.test(line) && wordCount(line) <= 10;
}

/** Admonition titles of docs sites: their paragraph belongs to the answer above. */
export function isAdmonitionTitle(text: string): boolean {
  return /^(?:note|tip|hint|info|important|warning|caution|danger|example|see also|remark|attention|참고|주의|팁)$/i.test(text.trim());
}

/**
 * A heading that titles a part of an answer (`### Example`, `### Notes`, `### 예제`, `### 풀이`, `### Solution`), never
 * a concept to explain: an admonition's title, an answer's label, or one of these. `Examples` may name a term of a
 * glossary all the same (a dataset's rows): it says nothing there.
 */
export function namesAnswerPart(text: string): boolean {
  return isAdmonitionTitle(text) || isAnswerLabel(text) || ANSWER_PART.test(text.trim());
}

const ANSWER_PART =
  /^(?:examples|notes|tips|예시|예제|코드|code example|approach|접근(?:\s*방법)?|definition|정의|intuition|직관|formula|수식|why|how it works|원리|pros|cons|pros (?:and|&) cons|advantages|disadvantages|장점|단점|장단점)$/i;

/** The answer parts that belong to the answer above even after the last question (`### Example` under it): a post's closing `## Tips` may be the page's. */
export function namesOwnAnswerPart(text: string): boolean {
  return isAnswerLabel(text) || /^(?:example|예시|예제|코드|code example)$/i.test(text.trim());
}

/** Labels of a `<summary>` that hides an answer rather than asking. */
export function isAnswerLabel(text: string): boolean {
  // In brackets too, as Korean and Japanese notes title their folds: `[답안]`, `【回答】`.
  const label = text.trim().replace(/^[[【(（]\s*(.*?)\s*[\]】)）]$/u, '$1');
  return /^(?:[\p{Extended_Pictographic}\ufe0f\s]*)(?:show |view |see |reveal |(?:点击)?查看)?(?:the )?(?:answer|ans|solution|explanation|hint|details|more|정답|답안|답|해설|풀이|답변|参考答案|答案|解析|解答|答え|回答|解説)s?(?:\s*보기)?\s*[:.：]?$/iu.test(label);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Whether a line ends as a statement does: a stop or an exclamation, or the `다` a Korean statement ends with
 * (`…정규분포에 가까워진다`). A subject's name (`PPO의 clipping`) and a title end otherwise.
 */
export function endsStatement(line: string): boolean {
  return STATEMENT_END.test(line);
}

const STATEMENT_END = /(?:[.。!！]|다)$/u;
