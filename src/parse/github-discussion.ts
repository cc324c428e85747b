/**
 * A copy of a GitHub discussion in its Q&A category: the discussion's title with its number (`How can both happen at
 * once? #1234`, or the number on a line of its own), GitHub's line `jiwoo-kim asked this question in Q&A` under it, the asker's post, then the marked
 * answer and the other comments (their chrome: site-chrome.ts). The title is the question; the asker's post says it
 * again at more length (its last sentence asks the same) and was read as a second question, which took the answer, the
 * title a note's title with its number. As on a 지식iN page (naver-kin.ts), the asker's post is their words, no
 * question of the notes, and the number no word of the title: both are left out. Code the post shows, which a title
 * pointing at it asks about (`Why does this code print 3?`), stays: the question shows it (extract/shown-blocks.ts).
 * Read only where GitHub's line stands under the title, so that no other note's title loses a `#123`.
 */
import { GITHUB_ASKED } from './site-chrome.js';
import { opensCode } from './code-lines.js';
import { pointsAtShown } from '../extract/shown-blocks.js';
import { LAST_QUESTION_MARK } from '../wording/marks.js';

/** The discussion's number, as GitHub sets it after its title (`How can both happen at once? #1234`) or as a copy may, on a line of its own under it. */
const NUMBER = /(?:^|\s)(#\d{1,7})$/;
/** Between the title and GitHub's line, its chrome only (`Answered by ptrblck`): no more lines than this. */
const MOST_CHROME_UNDER_TITLE = 2;

/** A copied GitHub discussion's number and the asker's words (0-based indices into the note's lines). */
export interface GithubDiscussion {
  /** The discussion's number (`#1234`) and its line: the title's, or its own under it. */
  number: { index: number; text: string } | undefined;
  /** The asker's post, when the title asks: its lines but for the code it shows that the title points at. */
  askerWords: number[];
}

/**
 * The discussion `trimmed` (the note's lines, trimmed) is a copy of; `chrome`: its lines that are GitHub's (forumChrome),
 * the comments' names and dates among them. None where no line `X asked this question in …` of the copy's stands under a title.
 */
export function githubDiscussion(trimmed: readonly string[], chrome: ReadonlySet<number>): GithubDiscussion {
  const none: GithubDiscussion = { number: undefined, askerWords: [] };
  // GitHub's line, in a copy of a thread (a line quoted in a note's answer is no copy's, and stays).
  const asked = trimmed.findIndex((line, index) => chrome.has(index) && GITHUB_ASKED.test(line));
  if (asked === -1) return none;
  const titleOrNumber = lineOver(trimmed, chrome, asked);
  if (titleOrNumber === undefined) return none;
  const found = NUMBER.exec(trimmed[titleOrNumber]!);
  // The number alone on its line: the title is over it.
  const alone = found?.index === 0;
  const titleAt = alone ? lineOver(trimmed, chrome, titleOrNumber) : titleOrNumber;
  if (titleAt === undefined) return none;
  const number = found ? { index: titleOrNumber, text: found[1]! } : undefined;
  const words = found && !alone ? trimmed[titleAt]!.slice(0, found.index) : trimmed[titleAt]!;
  // A title that does not ask (`Overfitting with ResNet-18`) leaves the asking to the post: it stays.
  if (!LAST_QUESTION_MARK.test(words)) return { number, askerWords: [] };
  const post = postUnder(trimmed, chrome, asked);
  const shown = pointsAtShown(words) ? codeLines(trimmed, post) : new Set<number>();
  return { number, askerWords: post.filter((index) => !shown.has(index)) };
}

/** The line over the line at `under` (GitHub's, the number's) that is neither blank nor chrome, a few lines of chrome between at most. */
function lineOver(trimmed: readonly string[], chrome: ReadonlySet<number>, under: number): number | undefined {
  let between = 0;
  for (let at = under - 1; at >= 0; at--) {
    if (trimmed[at] === '') continue;
    if (!chrome.has(at)) return at;
    if (++between > MOST_CHROME_UNDER_TITLE) return undefined;
  }
  return undefined;
}

/**
 * The asker's post under GitHub's line at `asked` (its name and date, chrome, first): its lines up to the next of
 * GitHub's (the answer's or a reply's header). A page copied only so far, with the note's own text after it, has no
 * such line under the post: then the post is its first paragraph, and what follows is the note's.
 */
function postUnder(trimmed: readonly string[], chrome: ReadonlySet<number>, asked: number): number[] {
  const post: number[] = [];
  /** Where the post's first paragraph ends: the first blank line after one of its lines. */
  let firstParagraph: number | undefined;
  for (let at = asked + 1; at < trimmed.length; at++) {
    if (trimmed[at] === '') {
      if (post.length > 0) firstParagraph ??= post.length;
      continue;
    }
    if (chrome.has(at)) {
      if (post.length > 0) return post;
      continue;
    }
    post.push(at);
  }
  return post.slice(0, firstParagraph ?? post.length);
}

/** The lines of `post` that are code: each run of its lines (to a blank line) that opens as code does. */
function codeLines(trimmed: readonly string[], post: readonly number[]): Set<number> {
  const lines = new Set(post);
  const code = new Set<number>();
  for (const at of post) {
    const goesOn = lines.has(at - 1);
    if (goesOn ? code.has(at - 1) : opensCode(trimmed[at]!, trimmed[at + 1])) code.add(at);
  }
  return code;
}
