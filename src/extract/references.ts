/**
 * A references section (`## References`, `#### Further reading`, `### 참고`, `**参考资料**`, or the same words on
 * a line of their own in copied text) says where a post's material comes from: it asks nothing,
 * names no topic for the questions after it, and is not part of the answer above it. The walk
 * leaves it out and says so.
 */
import type { Heading, Link, List, ListItem, Nodes, Paragraph, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { cleanPrompt, inlineText } from '../wording/prompt-text.js';
import { endsWithQuestionMark, isInterrogative } from '../wording/interrogative.js';
import { lineSpan } from '../report/line-span.js';

const NAME = String.raw`(?:references?|sources?|further\s+reading|bibliography|citations?|resources|useful\s+links|reading\s+list|see\s+also|참고(?:\s*(?:자료|문헌|링크))?|출처|레퍼런스|参考(?:资料|文献|链接|資料|リンク)?|延伸阅读|扩展阅读|拓展阅读|相关链接|相关阅读|出处|来源)`;
/** One name or several joined ("References and further reading", "참고 및 출처"), with a colon or not, or in brackets (`(참고)`, `[출처]`). */
const NAMES = String.raw`${NAME}(?:\s*(?:,|&|/|and|및)\s*${NAME})*`;
const TITLE = new RegExp(String.raw`^(?:${NAMES}\s*[:：]?|[(\[【（]\s*${NAMES}\s*[)\]】）])$`, 'iu');

/** The block that names a references section: a heading, or a paragraph that is only its name. */
export type ReferencesTitle = Heading | Paragraph;

export function isReferencesTitle(text: string): boolean {
  return TITLE.test(text.trim());
}

export function isReferencesHeading(block: RootContent): block is Heading {
  return block.type === 'heading' && isReferencesTitle(cleanPrompt(inlineText(block.children)));
}

/**
 * "References", "Further reading:", "**참고 자료**" on a line of their own: the name of a references
 * section in text that lost its heading marks. "What references would you cite?" and "Sources of
 * label noise" only contain the word.
 */
export function isReferencesLine(block: RootContent): boolean {
  return block.type === 'paragraph' && !isLong(block) && isReferencesTitle(cleanPrompt(inlineText(block.children)));
}

/** Longer in the source than any title could be: most paragraphs are, and need not be read to know they are none. */
function isLong(block: Paragraph): boolean {
  const { start, end } = block.position ?? {};
  return start?.offset !== undefined && end?.offset !== undefined && end.offset - start.offset > 120;
}

/** What marks a line as a reference: an address, or how papers and books are cited ("et al.", arXiv, doi, ISBN). */
const CITATION = /https?:\/\/|\bwww\.|\bet al\.|\barxiv\b|\bdoi\b|\bisbn\b/i;

/**
 * A paragraph whose every line cites: `https://arxiv.org/abs/1502.03167`, `[Adam](https://...)`,
 * "Srivastava et al., 2014". References copied without their bullets are such lines.
 */
export function isCitationParagraph(block: RootContent): boolean {
  return block.type === 'paragraph' && lineTexts(block).every((line) => CITATION.test(line));
}

/** The lines of a paragraph, with each link's address written out (a link's text alone does not say it is one). */
function lineTexts(paragraph: Paragraph): string[] {
  const write = (node: Nodes): string => {
    if (node.type === 'text' || node.type === 'inlineCode') return node.value;
    if (node.type === 'break') return '\n';
    if (node.type === 'link') return `${node.children.map(write).join('')} ${node.url}`;
    return 'children' in node ? node.children.map(write).join('') : '';
  };
  return write(paragraph).split('\n').filter((line) => line.trim() !== '');
}

/** An info note for a section left out: its title and its lines, so the user can find it. */
export function noteReferences(vfile: VFile, title: ReferencesTitle, content: readonly RootContent[]): void {
  const start = title.position?.start;
  const end = (content.at(-1) ?? title).position?.end;
  vfile.info(`Left out a references section ("${cleanPrompt(inlineText(title.children))}", ${lineSpan(start, end)}): not a question, and not part of the answer above it`, {
    place: start,
    ruleId: 'references',
    source: 'qbank',
  });
}

/**
 * A label that says the line after it links elsewhere: a references name, or a page's navigation ("Related", "Up",
 * "Next"; a pager's `다음: 정규화`, `이전 글:`, `次へ:`, `下一篇：` in Korean, Japanese and Chinese pages).
 */
const LINKS_LABEL = new RegExp(String.raw`^(?:${NAME}|related(?:\s+(?:notes?|pages?|posts?|questions?))?|links?|up|parent|back(?:\s+to)?|next|previous|prev|관련(?:\s*(?:글|노트|문서|질문))?|같이\s*보기|(?:다음|이전)(?:\s*(?:글|편|장|페이지))?|次へ|前へ|下一(?:篇|页|章)|上一(?:篇|页|章))\s*[:：]\s*\S`, 'iu');

/**
 * `Related: [Interview Questions – Loss Functions](...)`, one line that points at other pages
 * (as Notion and Obsidian notes end): like a references section, not a question, not an answer.
 * A line that asks is not one.
 */
export function isLinksLine(block: RootContent): boolean {
  if (block.type !== 'paragraph') return false;
  const text = inlineText(block.children).trim();
  return !text.includes('\n') && LINKS_LABEL.test(text) && !endsWithQuestionMark(text);
}

/**
 * `- [List of ML questions](https://…)`: an item that is only a link to another page points there,
 * as a `Related:` line does; it asks nothing unless its text asks (`- [Why is L1 sparse?](…)`). A link
 * to a heading on the page (`#…`) is a table of contents' entry instead (question-list.ts).
 */
export function isLinkItem(item: ListItem): item is ListItem & { children: [Paragraph] } {
  const link = linkElsewhere(item);
  return link !== undefined && !isInterrogative(cleanPrompt(inlineText(link.children)));
}

/** The link to another page that is all an item holds. */
function linkElsewhere(item: ListItem): Link | undefined {
  const [line, ...more] = item.children;
  if (more.length > 0 || line?.type !== 'paragraph' || line.children.length !== 1) return undefined;
  const [link] = line.children;
  return link!.type === 'link' && !link.url.startsWith('#') ? link : undefined;
}

/**
 * The entries under a references title: a list of links to other pages, whatever their texts say
 * (`- [如何理解CNN中的池化？](https://www.zhihu.com/…)` cites the page that asks), or a list that asks nothing.
 */
export function isReferenceList(list: List, asks: (list: List) => boolean): boolean {
  return list.children.every((item) => linkElsewhere(item) !== undefined) || !asks(list);
}

/**
 * A list whose items are mostly links to other pages, as a list of further question lists or reading
 * is: none of its other items asks (one may be a question that lost its list).
 */
export function isLinkList(list: List): boolean {
  const links = list.children.filter(isLinkItem).length;
  if (links === 0 || links * 2 < list.children.length) return false;
  return list.children.every((item) => isLinkItem(item) || !asksInFirstLine(item));
}

function asksInFirstLine(item: ListItem): boolean {
  const [line] = item.children;
  return line?.type === 'paragraph' && isInterrogative(cleanPrompt(inlineText(line.children)));
}

/** One note for links to other pages left out: the items of a list of questions that only link elsewhere (`isLinkItem`), or a whole `isLinkList`. */
export function noteLinks(vfile: VFile, links: ReadonlyArray<ListItem & { children: [Paragraph] }>, list?: List): void {
  const [first] = links;
  if (!first) return;
  const text = cleanPrompt(inlineText(first.children[0].children));
  const span = lineSpan((list ?? first).position?.start, (list ?? links.at(-1)!).position?.end);
  const what = list ? `a list of links to other pages ("${text}", …; ${span})` : links.length === 1 ? `a link to another page ("${text}")` : `${links.length} links to other pages ("${text}", …; ${span})`;
  vfile.info(`Left out ${what}: not ${links.length === 1 && !list ? 'a question' : 'questions'}, and not part of an answer`, {
    place: (list ?? first).position?.start,
    ruleId: 'references',
    source: 'qbank',
  });
}

export function noteLinksLine(vfile: VFile, block: RootContent): void {
  const text = block.type === 'paragraph' ? cleanPrompt(inlineText(block.children)) : '';
  vfile.info(`Left out a line of links to other pages ("${text}"): not a question, and not part of an answer`, {
    place: block.position?.start,
    ruleId: 'references',
    source: 'qbank',
  });
}
