/**
 * A forum post copied with its BBCode (Discuz!, phpBB) is read as the page shows it: bold lines ask, `[code]` is code,
 * spoilers fold answers away, a reader's quoted reply is no question, and the forum's own lines are left out.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { bbcodeToMarkdown, endQuotesAtTheirClose, isBbcodePost } from '../../src/parse/bbcode-post.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

const post = [
  '[size=4][b]一面（50min）[/b][/size]',
  '',
  '[b]1. 为什么要除以 sqrt(d_k)？[/b]',
  '[spoiler=参考答案]防止 softmax 饱和。[/spoiler]',
  '',
  '[b]2. 手写 softmax（数值稳定）[/b]',
  '[code]',
  'def softmax(x):',
  '    e = np.exp(x - x.max())',
  '    return e / e.sum()',
  '[/code]',
  '',
  '[b]3. 讲一下 LoRA 的原理[/b]',
  '冻结 W，只训练低秩 BA，见[url=https://arxiv.org/abs/2106.09685]论文[/url]。',
  '',
  '[quote]楼主好人，请问二面有没有问项目？[/quote]',
  '有的，不过就不贴了。',
  '',
  '[color=gray]本帖最后由 算法小白 于 2023-10-12 21:30 编辑[/color]',
  '回复 举报',
].join('\n');

describe('a forum post written in BBCode', () => {
  it('is read with each bold line a question, answered by the spoiler, the code block or the text under it', () => {
    const note = readNote(post, 'post.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown, question.topic])).toEqual([
      ['为什么要除以 sqrt(d_k)？', '防止 softmax 饱和。', '一面（50min）'],
      ['手写 softmax（数值稳定）', '```python\ndef softmax(x):\n    e = np.exp(x - x.max())\n    return e / e.sum()\n```', '一面（50min）'],
      ['讲一下 LoRA 的原理', '冻结 W，只训练低秩 BA，见[论文](https://arxiv.org/abs/2106.09685)。', '一面（50min）'],
    ]);
  });

  it("is read without a reader's quoted reply after its last question, nor the forum's own lines, each told at its line", () => {
    const note = readNote(post, 'post.txt');
    expect(messagesOf(note.vfile)).toEqual(['1:bbcode-post', '16:forum-reply', '17:forum-reply', '19:site-chrome', '20:site-chrome']);
  });

  it('keeps a quote before its last question as a quote of the answer, ended at its closing tag', () => {
    const note = readNote('[b]1. Why scale by sqrt(d_k)?[/b]\n[quote]Attention is all you need[/quote]\nIt keeps the softmax out of saturation.\n\n[b]2. Explain LoRA[/b]\nLow-rank updates.\n', 'post.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['Why scale by sqrt(d_k)?', '> Attention is all you need\n\nIt keeps the softmax out of saturation.'],
      ['Explain LoRA', 'Low-rank updates.'],
    ]);
  });

  it('reads a spoiler and a list over lines of their own as the answer they hold', () => {
    const note = readNote('[b]1. Explain LoRA[/b]\n[spoiler=Answer]\nLow-rank updates.\n[/spoiler]\n\n[b]2. List the parts of a Transformer[/b]\n[list]\n[*]Encoder\n[*]Decoder\n[/list]\n', 'post.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['Explain LoRA', 'Low-rank updates.'],
      ['List the parts of a Transformer', '- Encoder\n- Decoder'],
    ]);
  });
  it('keeps a spoiler\'s title that names no answer (a hint) in italics over what it folds, reads [list=1] as a numbered list, and code whose [/code] ends its last line as code', () => {
    const note = readNote(['[b]1. Explain LoRA[/b]', '[spoiler=提示]Think about rank.[/spoiler]', '', '[b]2. List the steps of training[/b]', '[list=1]', '[*]Forward', '[*]Backward', '[/list]', '', '[b]3. 手写 softmax[/b]', '[code]', 'def softmax(x):', '    return np.exp(x) / np.exp(x).sum()[/code]', '', '[b]4. What is BN?[/b]', '[spoiler=参考答案]Normalises a batch.[/spoiler]', ''].join('\n'), 'post.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['Explain LoRA', '*提示* Think about rank.'],
      ['List the steps of training', '1. Forward\n2. Backward'],
      ['手写 softmax', '```python\ndef softmax(x):\n    return np.exp(x) / np.exp(x).sum()\n```'],
      ['What is BN?', 'Normalises a batch.'],
    ]);
  });

  it('writes an inline [code] that holds backticks as one code span, its text as written', () => {
    const note = readNote('[b]1. How do you write a code span in Markdown?[/b]\nWith [code]``a``[/code] or [code]`b`[/code].\n\n[b]2. What is BN?[/b]\nNormalises a batch.\n', 'post.txt');
    expect(note.questions.map((question) => question.answer?.markdown)).toEqual(['With ` ``a`` ` or `` `b` ``.', 'Normalises a batch.']);
  });

  it('reads an item on its list\'s tag line ([list=1][*]Forward) as an item', () => {
    const note = readNote('[b]1. List the steps of training[/b]\n[list=1][*]Forward\n[*]Backward[/list]\n\n[b]2. List two activations[/b]\n[list][*]ReLU\n[*]GELU\n[/list]\n', 'post.txt');
    expect(note.questions.map((question) => question.answer?.markdown)).toEqual(['1. Forward\n2. Backward', '- ReLU\n- GELU']);
  });
});

describe('a BBCode post whose questions are numbered lines', () => {
  const numbered = [
    '[size=5][b]美团 NLP 一面[/b][/size]',
    '',
    '1. 手写 softmax',
    '[code=python]',
    'def softmax(x):',
    '    return np.exp(x) / np.exp(x).sum()',
    '[/code]',
    '2. BN 和 LN 的区别？',
    '[b]答：[/b]BN 跨样本，LN 跨特征。',
    '3. 为什么要除以 sqrt(d_k)？',
    '[b][color=red]防止饱和[/color][/b]。',
  ].join('\n');

  it("is read with a code block right under an item as that item's answer, and a bold label as bold", () => {
    const note = readNote(numbered, 'post.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['手写 softmax', '```python\ndef softmax(x):\n    return np.exp(x) / np.exp(x).sum()\n```'],
      ['BN 和 LN 的区别？', 'BN 跨样本，LN 跨特征。'],
      ['为什么要除以 sqrt(d_k)？', '**防止饱和**。'],
    ]);
  });
});

describe('a BBCode thread with replies under the post', () => {
  const thread = [
    '[b]一面[/b]',
    '1. 为什么要除以 sqrt(d_k)？',
    '[quote]Attention is all you need[/quote]',
    '防止 softmax 饱和。',
    '2. KV cache 为什么能加速？',
    '[code]',
    'cache[layer] = (k, v)',
    '[/code]',
    '',
    '板凳',
    '楼主好人',
    '回复 举报',
  ].join('\n');

  it("reads a quote under a numbered question as that question's, and leaves the replies from a floor on out", () => {
    const note = readNote(thread, 'post.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['为什么要除以 sqrt(d_k)？', '> Attention is all you need\n\n防止 softmax 饱和。'],
      ['KV cache 为什么能加速？', '```\ncache[layer] = (k, v)\n```'],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['1:bbcode-post', '10:site-chrome', '11:forum-reply', '12:site-chrome']);
  });
});

describe('a Markdown note that shows BBCode in its code', () => {
  it('is read as Markdown, the BBCode in its code block kept as written', () => {
    const note = readNote('## How do you write bold in a forum post?\n\n```\n[b]1. Bold[/b]\n[b]2. Bold[/b]\n[quote]Quoted[/quote]\n```\n\n## What does `[code]` do?\n\nIt keeps the spaces.\n', 'note.md');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['How do you write bold in a forum post?', '```\n[b]1. Bold[/b]\n[b]2. Bold[/b]\n[quote]Quoted[/quote]\n```'],
      ['What does [code] do?', 'It keeps the spaces.'],
    ]);
  });
});

describe('the cost of reading a BBCode post', () => {
  afterEach(() => vi.restoreAllMocks());

  it('searches for the [/code] nothing writes once, not again from each [code] under the first', () => {
    const post = Array.from({ length: 1_000 }, () => '[code]').join('\n\n');
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    const read = bbcodeToMarkdown(post);
    const searches = exec.mock.contexts.filter((pattern) => (pattern as RegExp).source.includes('\\[\\/code\\]')).length;
    exec.mockRestore();
    expect(read.markdown).not.toContain('```');
    // Only the first [code] searches down the post (the 1,000 here searched two million lines).
    expect(searches).toBeLessThan(10 * 2_000);
  });
});

describe('a note of many tags or fences left open', () => {
  // Each opening searched on to its closing, or to the note's end when it had none: time quadratic in the openings
  // left open (100,000 [b] took 38 s, 40,000 fences 18 s).
  const pairs = '[b]1. Bold?[/b]\n[b]2. Bold?[/b]\n[i]x[/i]';

  it('is told a post by its pairs, however many openings never close before them', () => {
    expect(isBbcodePost('[b]x\n'.repeat(200_000) + '[code=' + '[quote='.repeat(100_000) + '\n' + pairs)).toBe(true);
    expect(isBbcodePost('[b]x\n'.repeat(200_000) + '[/b][/i][/i]')).toBe(false);
  });

  it('is told a post by tags out of its code, however many fences never close', () => {
    expect(isBbcodePost('~~~~a\n'.repeat(100_000) + pairs)).toBe(true);
    expect(isBbcodePost('~~~~a\n'.repeat(100_000) + '```\n' + pairs + '\n```\n')).toBe(false);
  });
});

describe('a post of many [code] lines never closed', () => {
  it('leaves each as written, each looked for its [/code] in time', () => {
    // Each [code] searched on to the post's end for its closing: quadratic (20,000 took 14 s).
    const lines = bbcodeToMarkdown('[b]1. Q?[/b]\n' + '[code]\n'.repeat(80_000) + '[b]2. Q?[/b]\n[i]x[/i]').markdown.split('\n');
    expect(lines).toHaveLength(80_003);
    expect([lines[0], ...new Set(lines.slice(1, -2)), ...lines.slice(-2)]).toEqual(['### 1. Q?', '[code]', '### 2. Q?', '*x*']);
  });
});

describe('a post of many quotes', () => {
  it('ends each quote with text right under it at its [/quote], the quote of each found in time', () => {
    // Each quote searched all the quotes' ends for its own: quadratic in the quotes (60,000 took 12 s).
    const count = 300_000;
    const line = (number: number) => ({ line: number, column: 1, offset: 5 * (number - 1) });
    const at = (number: number) => ({ start: line(number), end: { ...line(number), column: 4, offset: 5 * (number - 1) + 3 } });
    const quotes: RootContent[] = Array.from({ length: count }, (_, k) => ({ type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'a', position: at(2 * k + 1) }], position: at(2 * k + 1) }], position: at(2 * k + 1) }));
    const markdown = '> a\n\n'.repeat(count) + '> q\nreply\n';
    const tail = parseMarkdown('> q\nreply\n').tree;
    visit(tail, (node) => {
      for (const point of node.position ? [node.position.start, node.position.end] : []) Object.assign(point, { line: point.line + 2 * count, offset: point.offset! + 5 * count });
    });
    const tree: Root = { type: 'root', children: [...quotes, ...tail.children] };
    endQuotesAtTheirClose(tree, markdown, [...Array.from({ length: count }, (_, k) => 2 * k + 2), 2 * count + 1]);
    expect(tree.children).toHaveLength(count + 2);
    expect(tree.children.slice(-2).map((block) => [block.type, toString(block), block.position?.start.line])).toEqual([
      ['blockquote', 'q', 2 * count + 1],
      ['paragraph', 'reply', 2 * count + 2],
    ]);
  });
});

describe('a post of long lines of tags never closed by a ]', () => {
  it('leaves each line as written, its tags looked for in time', () => {
    // A tag's value was read on to the line's end from each opening after the line's last ]: quadratic in those
    // (100 lines of 16,000 characters of [quote=a took 50 s).
    const long = ['[quote=a ', '[size=a ', '[spoiler=a ', '[img=a '].flatMap((tag) => Array.from({ length: 100 }, () => tag.repeat(1_800)));
    const lines = bbcodeToMarkdown(['[b]1. Q?[/b]', ...long, '[b]2. Q?[/b]', '[i]x[/i]'].join('\n')).markdown.split('\n');
    expect(lines).toEqual(['### 1. Q?', ...long.map((line) => line.trimEnd()), '### 2. Q?', '*x*']);
  });
});

describe('a post with a line of many links never closed', () => {
  it('reads its closed link as Markdown and leaves the rest as written, in time', () => {
    // Each [url=…] read on to the line's end for its [/url]: quadratic in those left open (20,000 took 7 s).
    const open = '[url=x]a '.repeat(150_000);
    const lines = bbcodeToMarkdown(['[b]1. Q?[/b]', `[url=https://a.b]Link[/url] ${open}`, '[b]2. Q?[/b]', '[i]x[/i]'].join('\n')).markdown.split('\n');
    expect(lines).toEqual(['### 1. Q?', `[Link](https://a.b) ${open.trimEnd()}`, '### 2. Q?', '*x*']);
  });
});

describe("a post's pictures", () => {
  it('reads [img]…[/img] and [img=…]…[/img] as Markdown pictures', () => {
    const lines = bbcodeToMarkdown(['[b]1. What does a ResNet block look like?[/b]', '[img]https://i.imgur.com/res.png[/img] [IMG=640,480]https://i.imgur.com/block.png[/IMG]'].join('\n')).markdown.split('\n');
    expect(lines).toEqual(['### 1. What does a ResNet block look like?', '![](https://i.imgur.com/res.png) ![](https://i.imgur.com/block.png)']);
  });

  it('leaves openings nested in one another\'s values ([img=[img=…]) as written, in time, and reads the picture after them', () => {
    // Each [img= was read on to the ] after it, again from each opening before that ]: quadratic in those (20,000 took 5 s).
    const nested = `${'[img='.repeat(100_000)}x]y`;
    const lines = bbcodeToMarkdown(['[b]1. Q?[/b]', `${nested} [img]a.png[/img]`, '[b]2. Q?[/b]'].join('\n')).markdown.split('\n');
    expect(lines).toEqual(['### 1. Q?', `${nested} ![](a.png)`, '### 2. Q?']);
  });
});
