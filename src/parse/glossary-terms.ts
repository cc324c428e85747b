/**
 * A glossary's term (glossary-lines.ts, glossary-lists.ts): whether a line gives one, a term, a colon and its
 * definition, and where its colon stands; and a paragraph that gives one cut into the term, its card's question, and
 * the definition, its answer.
 */
import type { Paragraph, PhrasingContent, Text } from 'mdast';
import type { Point } from 'unist';
import { ANSWER_PREFIX } from './answer-line.js';
import { HINT_LABEL, isAdmonitionTitle, isAnswerLabel, isInterrogative, isSectionTitle, asksAnswerer, labelsAdvice } from '../wording/interrogative.js';
import { FOLLOW_UP_HEAD, inlineText, labelsQuestion } from '../wording/prompt-text.js';
import { ANY_QUESTION_MARK } from '../wording/marks.js';
import { ANY_HAN_KANA, HAN_KANA_SCRIPTS } from '../wording/scripts.js';

/** A glossary's term: a question whatever its wording, as a definition list's term is (definition-lists.ts), asked on its own. */
export const GLOSSARY_TERM: Paragraph['data'] = { definitionTerm: true, card: true };

/** A line's term, a colon (full-width too; not Obsidian's `::` of a card) and its definition; the term no longer than a title's five words. */
const TERM_LINE = /^(\s*)([^\s:：][^:：]{0,58}?)\s*([:：])(?![:：])[ \t]*(\S.*)$/u;

/**
 * Which marks part a term from its definition: a colon only (`colon`, wherever a line is read alone), or, in a list under
 * a glossary's title, an arrow or a dash too (`any`: `- Epoch -> one pass over the data`, `- Epoch — one pass …`).
 */
export type TermSeparators = 'colon' | 'any';

/**
 * A cheat sheet's arrow or dash after a term: `->`, `→`, `=>`, `⇒`, `—`, and `-`, `--` or `–` between spaces (a hyphen
 * inside a word, `t-SNE`, parts nothing).
 */
const OTHER_SEPARATOR = String.raw`->|→|=>|⇒|—|(?<=\s)(?:--?|–)(?=\s)`;
const OTHER_TERM_LINE = new RegExp(String.raw`^(\s*)([^\s:：](?:(?!${OTHER_SEPARATOR}).){0,58}?)\s*(${OTHER_SEPARATOR})[ \t]*(\S.*)$`, 'u');
const ANY_OTHER_SEPARATOR = new RegExp(OTHER_SEPARATOR, 'u');
/** After a term set in bold, its separator and the spaces around it (`**Epoch**: …`, `**Epoch** -> …`, `**Epoch** - …`). */
const SEPARATOR_AHEAD: Record<TermSeparators, RegExp> = {
  colon: /^[ \t]*[:：](?![:：])[ \t]*/u,
  any: /^(?:[ \t]*(?:[:：](?![:：])|->|→|=>|⇒|—)|[ \t]+(?:--?|–)(?=\s))[ \t]*/u,
};

/** Han, kana or Hangul: a definition in Chinese, Japanese or Korean says much in few words. */
const CJK = new RegExp(String.raw`[${HAN_KANA_SCRIPTS}\p{Script=Hangul}]`, 'u');

/** Labels a note's lines open with that name no term: what they say of the text (`Note: …`, `Source: …`, `Instructions: …`). */
const NOT_A_TERM = /^(?:notes?|instructions?|sources?|references?|links?|tags?|date|author|topics?|keywords?|summary|todo|example|e\.g|i\.e|see|cf|참고|출처|예시|예|注意|注|参考|例)$/i;

/** How a term's definition is judged: as a sentence's words (`strict`), or, among many that are, any words or formula (`brief`). */
export type DefinitionRule = 'strict' | 'brief';

/** Where a line's colon stands (its 0-based column), when the line is a glossary's term over its definition. */
export function glossaryTermLine(line: string, rule: DefinitionRule = 'strict'): number | undefined {
  return termSeparator(line, rule, 'colon')?.at;
}

/** Where a line's separator stands (its 0-based column) and its length, when the line is a glossary's term over its definition: a colon first. */
function termSeparator(line: string, rule: DefinitionRule, separators: TermSeparators): { at: number; length: number } | undefined {
  const byColon = separatedTerm(TERM_LINE.exec(line), line, rule);
  if (byColon || separators === 'colon') return byColon;
  const other = OTHER_TERM_LINE.exec(line);
  // `Input -> Conv -> Pool`: a chain of steps, no term over its definition.
  return other && !ANY_OTHER_SEPARATOR.test(other[4]!) ? separatedTerm(other, line, rule) : undefined;
}

function separatedTerm(match: RegExpExecArray | null, line: string, rule: DefinitionRule): { at: number; length: number } | undefined {
  if (!match) return undefined;
  const [, indent, term, separator, definition] = match as unknown as [string, string, string, string, string];
  if (!namesTerm(term) || !defines(definition, rule)) return undefined;
  if (ANSWER_PREFIX.test(line) || labelsQuestion(line) || HINT_LABEL.test(line) || FOLLOW_UP_HEAD.test(line)) return undefined;
  return { at: indent.length + line.slice(indent.length).indexOf(separator, term.length), length: separator.length };
}

/** A term as a glossary names one: a title's few capitalised words, in title or sentence case, or Han and kana; asking nothing, no label. */
function namesTerm(term: string): boolean {
  // A term set in bold or italics is judged without its marks (`termColon`): `**Note` would pass for a word, the label unseen.
  if (/^[*_]/.test(term)) return false;
  if (ANY_QUESTION_MARK.test(term) || NOT_A_TERM.test(term) || isAdmonitionTitle(term) || isAnswerLabel(term)) return false;
  const words = term.split(/\s+/);
  if (words.length > 5) return false;
  // `t-SNE`, `k-NN`: a known form written with a capital inside its word. `Learning rate`: a term in sentence case, not
  // the opening of a sentence (`For example: …`, `In short: …`).
  return (
    isSectionTitle(term) ||
    // A term in Chinese or Japanese has no capitals to be told by.
    (ANY_HAN_KANA.test(term) && term.length <= 20) ||
    (words.length === 1 && /\p{Lu}/u.test(term)) ||
    (/^\p{Lu}/u.test(term) && !SENTENCE_OPENER.test(term) && /^[\p{L}\p{N}\s'’()/&+.-]+$/u.test(term))
  );
}

/** `when` or `where` and a subject (`when a model …`, `where the loss …`), not a verb that asks (`when does …`, `where is …`). */
const DEFINING_CLAUSE = /^(?:when|whenever|where|wherein|whereby)\s+(?!(?:is|are|was|were|do|does|did|can|could|would|should|will|shall|may|might|must|has|have|had)\b)[\p{L}\p{N}]/iu;

/** Words that open a sentence, not a term: `For example`, `In other words`, `This means`, `We get`. */
const SENTENCE_OPENER = /^(?:for|in|on|at|as|if|when|while|this|that|these|those|it|its|there|here|so|but|and|or|then|thus|also|i|we|you|they|he|she|my|our|your|their|to|with|by|from|after|before|because|since|once|how|what|why|which|who|where)\b/i;

/**
 * A definition: a sentence's words, not a number, a time or an address alone (`Date: 10:30`, `See: https://…`), nor a
 * question. A line is judged alone, before the lines it wraps onto are known: a clause that opens with `when` or
 * `where` and goes on with its subject (`Overfitting: when a model learns the noise` over `and fails to generalise.`)
 * defines, though it reads as a question asked without its mark; one that asks (`how would you …`, `is it …`,
 * `when does …`, `explain …`) does not.
 */
function defines(definition: string, rule: DefinitionRule): boolean {
  const text = definition.trim();
  if (/^\S+:\/\//.test(text) || (isInterrogative(text) && !(DEFINING_CLAUSE.test(text) && !ANY_QUESTION_MARK.test(text)))) return false;
  // `ReLU: max(0, x)`, `Stemming: chopping suffixes` among a glossary's sentences: a formula, a few words.
  if (rule === 'brief') return /[\p{L}\p{N}]/u.test(text);
  return text.split(/\s+/).length >= 3 || (CJK.test(text) && text.length >= 5);
}

/**
 * `Dropout: explain why it reduces overfitting` among a glossary's lines: a term as a glossary names one, then, after its
 * colon, a task set to who answers (`explain …`, `give an example`) rather than its definition. A question on the term, one of
 * the glossary's lines all the same; one that asks otherwise (`Interviewer: how would you …`, `Overfitting: when does
 * …?`) ends the glossary (glossary-lines.ts).
 */
export function ordersOnTerm(line: string): boolean {
  const match = /[:：]/.test(line) ? TERM_LINE.exec(line) : null;
  if (!match) return false;
  const [, , term, , order] = match as unknown as [string, string, string, string, string];
  return namesTerm(term) && !labelsAdvice(term) && !ANY_QUESTION_MARK.test(order) && asksAnswerer(order);
}

/**
 * Where a line's colon stands when the line gives a term (`glossaryTermLine`), its term set in bold or not: a Markdown
 * note's `**Learning rate**: …` and `**Learning rate:** …` are judged as `Learning rate: …`, the colon where the line
 * has it (inside the bold, `colonInBold` says so).
 */
export function termColon(line: string): number | undefined {
  const colon = glossaryTermLine(line);
  if (colon !== undefined) return colon;
  const bold = BOLD_TERM.exec(line);
  if (!bold) return undefined;
  const [lead, mark, term] = bold as unknown as [string, string, string];
  if (glossaryTermLine(`${term}: ${line.slice(lead.length).trimStart()}`) === undefined) return undefined;
  return lead.length - 1 - (lead.endsWith(mark) ? mark.length : 0);
}

/** Whether the colon at `colon` of a term's line (`termColon`) stands inside its term's marks: `**Learning rate:** …`, `*Epoch:* …`. */
export function colonInBold(line: string, colon: number): boolean {
  return /^[:：][*_]/.test(line.slice(colon));
}

/**
 * A term set in bold or italics at the line's start, the colon after it (`**Learning rate**:`) or inside it
 * (`**Learning rate:**`, `*Epoch:*`); the marks around the term alone (`**Ratio: 3:1** of …` gives none).
 */
const BOLD_TERM = /^\s*(\*\*|__|\*|_)([^*_:：\n]{1,60}?)(?:\1[ \t]*[:：]|[ \t]*[:：]\1)(?![:：*_])/;

/** A glossary's term and its definition: a paragraph cut at the colon after the term. */
export interface TermSides {
  term: Paragraph;
  definition: Paragraph;
}

/**
 * A paragraph cut after its term: `Term: …` in its text, or a term set in bold or italics with the colon after it
 * (`**Term**: …`) or inside it (`**Term:** …`); the definition is the rest of the paragraph, the lines it wraps onto
 * included. The term and its definition are judged as a glossary's line is (`glossaryTermLine`): a title's few words
 * asking nothing, a sentence's words after them.
 */
export function termSides(first: Paragraph, rule: DefinitionRule = 'strict', separators: TermSeparators = 'colon'): TermSides | undefined {
  if (!first.position) return undefined;
  const [lead, next] = first.children;
  if (lead?.type === 'text') {
    // Judged on the whole first line (a link may follow in the definition), cut in the text that holds the separator.
    const line = inlineText(first.children).split('\n', 1)[0]!;
    const separator = termSeparator(line, rule, separators);
    if (separator === undefined) return undefined;
    const end = separator.at + separator.length;
    return lead.value.slice(0, end) !== line.slice(0, end) ? undefined : cutAtSeparator(first, separator.at, separator.length);
  }
  if ((lead?.type !== 'strong' && lead?.type !== 'emphasis') || !lead.position) return undefined;
  const term = inlineText(lead.children).trim();
  const inside = /[:：]$/.test(term);
  const ahead = !inside && next?.type === 'text' ? SEPARATOR_AHEAD[separators].exec(next.value)?.[0] : undefined;
  if (!inside && ahead === undefined) return undefined;
  const definition = inlineText(first.children.slice(1))
    .slice(ahead?.length ?? 0)
    .trim();
  if (glossaryTermLine(`${inside ? term.slice(0, -1).trim() : term}: ${definition.split('\n', 1)[0]}`, rule) === undefined) return undefined;
  const front: PhrasingContent[] = inside ? withoutColon(lead.children) : lead.children;
  // The definition starts after the separator and the spaces after it, in the next text node.
  const after = next?.type === 'text' ? (ahead?.length ?? /^[ \t]*/.exec(next.value)![0].length) : 0;
  const backNodes = next?.type === 'text' ? [...(next.value.length > after ? [sliced(next, after)] : []), ...first.children.slice(2)] : first.children.slice(1);
  if (backNodes.length === 0 || front.length === 0) return undefined;
  return {
    term: { type: 'paragraph', children: front, position: { start: first.position.start, end: lead.position.end }, data: { ...first.data, ...GLOSSARY_TERM } },
    definition: { type: 'paragraph', children: backNodes, position: { start: backNodes[0]!.position!.start, end: first.position.end } },
  };
}

/** The paragraph, opened by a text node, cut at the separator at `at` of that text (`length` long) into the term and the definition (after the spaces past the separator). */
function cutAtSeparator(paragraph: Paragraph, at: number, length: number): TermSides | undefined {
  const node = paragraph.children[0] as Text;
  if (!node.position) return undefined;
  const end = at + length;
  const spaces = /^[ \t]*/.exec(node.value.slice(end))![0].length;
  const head = node.value.slice(0, at).trimEnd();
  const rest = [...(node.value.length > end + spaces ? [sliced(node, end + spaces)] : []), ...paragraph.children.slice(1)];
  if (head === '' || rest.length === 0) return undefined;
  return {
    term: { type: 'paragraph', children: [{ type: 'text', value: head, position: { start: node.position.start, end: shifted(node.position.start, at) } }], position: { start: paragraph.position!.start, end: shifted(node.position.start, at) }, data: { ...paragraph.data, ...GLOSSARY_TERM } },
    definition: { type: 'paragraph', children: rest, position: { start: rest[0]!.position!.start, end: paragraph.position!.end } },
  };
}

/** A text node from `from` on (a cut on its first line: its start moves along that line). */
function sliced(node: Text, from: number): Text {
  return { type: 'text', value: node.value.slice(from), position: { start: shifted(node.position!.start, from), end: node.position!.end } };
}

/** A point `by` characters further along its line. */
function shifted(point: Point, by: number): Point {
  return { line: point.line, column: point.column + by, ...(point.offset === undefined ? {} : { offset: point.offset + by }) };
}

/** Phrasing content whose last text ends with a colon, without it (`**Term:**`'s term). */
function withoutColon(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const last = nodes[nodes.length - 1];
  if (last?.type !== 'text') return [...nodes];
  const value = last.value.replace(/[ \t]*[:：]\s*$/, '');
  return value === '' ? nodes.slice(0, -1) : [...nodes.slice(0, -1), { ...last, value }];
}
