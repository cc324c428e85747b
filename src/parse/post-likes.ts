/**
 * A Korean blog post's likes with the count of its comments on one line, as Velog shows them under the post:
 * `좋아요 12 · 댓글 3`. The page's, not the last answer's; but a note on ranking or features writes the same line as
 * its data (`원본 로그 한 줄은 이렇게 생겼다:` over it, `예를 들어 어떤 글이` / `좋아요 12 · 댓글 3` / `이면 점수는 …`).
 * So the line is chrome only where no answer leads into it: not under a line ending in a colon or stopping
 * mid-sentence; and in copied text, where it may stand anywhere, only beside the page's other lines (`공유하기`,
 * `구독하기`, `관련글`, a footer's opening) or ending the note under them. Closing a Markdown note, the footer's walk
 * (page-footer.ts) reads it only at the note's end.
 */
import { filledNear } from './filled-lines.js';
import { opensPageFooter } from './footer-openings.js';
import { isSiteChrome } from './site-chrome.js';
import { isTagLine } from './tag-lines.js';

/** Most notes hold no such line: a line not opening with the word is not tried against the pattern. */
const LIKES_WORD = '좋아요';
/** The likes and the comments' count, the whole line (`좋아요 12 · 댓글 3`, `좋아요 12 댓글 3`, `좋아요 12|댓글 3`). */
const LIKES_AND_COMMENTS = /^좋아요\s*\d+(?:\s*[·•|]\s*|\s+)댓글\s*\d+$/;
/**
 * A line an answer goes on from, into the line under it: it ends in a colon (`예시 입력:`), a comma or a dangling
 * word (`and`, `of`), or a Korean word with a particle that ends no sentence (`예를 들어 어떤 게시글이`), after
 * another word. A noun may end so too (`정확도`): the line then stays, as it did before it was known.
 */
const LEADS_ON = /(?:[:：,，(\[–—-]|\S\s+(?:and|or|the|a|an|to|of|with|because|but|is|are)|\S\s+[가-힣]*(?:이|가|을|를|은|는|에|의|와|과|로|고|며|면|서|데|도|만))$/;

/** The patterns a line of likes, and the line over it, are read with; exported for the test that none of them backtracks. */
export const POST_LIKES_PATTERNS: readonly RegExp[] = [LIKES_AND_COMMENTS, LEADS_ON];

/**
 * The lines (0-based) of `lines`, the note's lines (trimmed or not), that are a post's likes and comments. `beside`:
 * only beside the page's other lines, as copied text needs (a Markdown note's footer walk reads its end only).
 */
export function postLikes(lines: readonly string[], beside: boolean): number[] {
  const likes: number[] = [];
  lines.forEach((line, index) => {
    const said = line.trim();
    if (!said.startsWith(LIKES_WORD) || !LIKES_AND_COMMENTS.test(said)) return;
    const above = filledNear(lines, index, -1);
    if (above !== undefined && LEADS_ON.test(lines[above]!.trim())) return;
    if (beside) {
      const under = filledNear(lines, index, 1);
      const isPage = (near: number | undefined) => near !== undefined && (isSiteChrome(lines[near]!) || opensPageFooter(lines[near]!));
      // Ending the note, under the post's tags too (`#딥러닝 #면접`).
      const closing = under === undefined && above !== undefined && isTagLine(lines[above]!.trim());
      if (!isPage(above) && !isPage(under) && !closing) return;
    }
    likes.push(index);
  });
  return likes;
}
