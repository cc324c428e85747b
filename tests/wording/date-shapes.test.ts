/**
 * One list of the dates' shapes (src/wording/date-shapes.ts), which a post's byline, a blog's chrome, a page's
 * stamp and a chat's day line read. The numeric date had been written four times; two of the copies took fewer
 * forms than the byline's, and now take its: a category's listed post dated with slashes (`2024/03/14`), a Zhihu
 * answer's date spaced as Korean blogs space it (`编辑于 2024. 3. 14.`). The Korean blog's date over its time stays the
 * dotted shape alone (DOTTED_DATE): that line is chrome wherever it stands, where a `2024-03-14 21:37` may be an answer's.
 */
import { describe, expect, it } from 'vitest';
import { chromeAfter, isSiteChrome } from '../../src/parse/site-chrome.js';

describe('the numeric date every reader of chrome takes', () => {
  it("takes a category's listed post dated with slashes, as a byline's date", () => {
    const listed = chromeAfter("'딥러닝' 카테고리의 다른 글")!;
    for (const line of ['2024.03.14', '2024-03-14', '2024. 3. 14.', '2024/03/14']) expect(listed.isChrome(line)).toBe(true);
    expect(listed.isChrome('2024년 3월 14일에 배운 것')).toBe(false);
  });

  it("takes a Zhihu answer's date spaced or ended with a dot", () => {
    for (const line of ['编辑于 2024-03-14 10:21', '发布于 2024/3/14', '编辑于 2024. 3. 14. 10:21 · IP 属地北京']) expect(isSiteChrome(line)).toBe(true);
  });

  it("reads a blog's date over its time as chrome only in the Korean blog's dotted shape", () => {
    expect(isSiteChrome('2023. 4. 12. 21:37')).toBe(true);
    expect(['2023-04-12 21:37', '2023/04/12 21:37', '2023. 4. 12.'].filter(isSiteChrome)).toEqual([]);
  });
});
