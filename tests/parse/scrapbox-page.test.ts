/** Scrapbox pages copied as text: read as the Markdown they stand for, line for line. */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const asked = (text: string, file = 'page.txt') =>
  readNote(text, file).questions.map((question) => [question.question, question.occurrences[0]!.line, question.answer?.markdown ?? null]);

/** A page's lines: its title, then its outline, one space of indent per level. */
const page = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('a Scrapbox page copied as text', () => {
  it('asks with the bold lines of its outline, each answered by the lines indented under it, the bold line over them their topic', () => {
    const note = page(
      'MLシステム設計 面接メモ',
      '[* 面接で聞かれたこと]',
      ' [** Q. 推薦システムのコールドスタート問題にどう対処しますか？]',
      '  人気アイテムやコンテンツベースの特徴で初期推薦する',
      '  ユーザーにオンボーディングで好みを聞く',
      ' [** Q. オフライン評価とオンライン評価が一致しないのはなぜ？]',
      '  ログのバイアス（過去のモデルが見せたものしか記録されない）',
      '  指標の違い（NDCG vs CTR）',
      ' [** Q. 特徴量ストアを使う利点は？]',
      '  学習と推論で同じ特徴量を使える → training-serving skewを防ぐ',
      '[* 自分用メモ]',
      ' [面接対策まとめ] [推薦システム]',
      ' #面接 #ML',
    );
    const { questions, summary, vfile } = readNote(note, '33-scrapbox-page.txt');
    expect(summary.format).toBe('scrapbox');
    expect(summary.title).toBe('MLシステム設計 面接メモ');
    expect(questions.map((question) => [question.question, question.occurrences[0]!.line, question.topic, question.answer?.markdown])).toEqual([
      ['推薦システムのコールドスタート問題にどう対処しますか？', 3, '面接で聞かれたこと', '- 人気アイテムやコンテンツベースの特徴で初期推薦する\n- ユーザーにオンボーディングで好みを聞く'],
      ['オフライン評価とオンライン評価が一致しないのはなぜ？', 6, '面接で聞かれたこと', '- ログのバイアス（過去のモデルが見せたものしか記録されない）\n- 指標の違い（NDCG vs CTR）'],
      ['特徴量ストアを使う利点は？', 9, '面接で聞かれたこと', '- 学習と推論で同じ特徴量を使える → training-serving skewを防ぐ'],
    ]);
    // The section of page links and the line of tags are neither questions nor answers, and each is said so.
    expect(messagesOf(vfile).sort()).toEqual(['12:section-text', '13:tag-line', '1:scrapbox-page']);
  });

  it('gives each question as the page writes it, its brackets and all', () => {
    const note = page('Notes', '[* Basics]', ' [** What is overfitting?]', '  Fitting noise.', ' What is dropout?', '  Zeroing units at random.');
    expect(readNote(note, 'page.txt').questions.map((question) => question.occurrences[0]!.question)).toEqual(['[** What is overfitting?]', 'What is dropout?']);
  });

  it('reads a top-level line with lines indented under it as an item over its own, and top-level lines alone as a paragraph', () => {
    const note = page(
      'ML基礎',
      '[* 教師あり学習]',
      'Q. 過学習とは何ですか？',
      'A. 訓練データに過剰適合すること。',
      '',
      '[* 深層学習]',
      'バッチ正規化とは？',
      ' 各ミニバッチで活性化を正規化する手法',
      ' 学習が安定する',
      'ドロップアウトとは？',
      ' ランダムにユニットを無効化する',
    );
    expect(asked(note)).toEqual([
      ['過学習とは何ですか？', 3, '訓練データに過剰適合すること。'],
      ['バッチ正規化とは？', 7, '- 各ミニバッチで活性化を正規化する手法\n- 学習が安定する'],
      // A top-level line after an indented one starts an item of its own, not more of the item above.
      ['ドロップアウトとは？', 10, '- ランダムにユニットを無効化する'],
    ]);
  });

  it('reads its brackets as the Markdown they stand for: bold, italic, page links as their names, links, pictures and formulas', () => {
    const note = page(
      'Notes',
      '[* Deep learning]',
      ' [* What is softmax?]',
      '  [$ \\sigma(z)_i = e^{z_i} / \\sum_j e^{z_j} ]',
      '  It turns [[logits]] into a [/ distribution], see [確率分布] and [https://en.wikipedia.org/wiki/Softmax_function the article]',
      '  [https://gyazo.com/0123abcd]',
      ' [* Which is Adam\'s default learning rate?]',
      '  `1e-3` in [- Keras] most libraries; 2*3*4 and a_b_c are text',
    );
    expect(asked(note)).toEqual([
      [
        'What is softmax?',
        3,
        '- $\\sigma(z)_i = e^{z_i} / \\sum_j e^{z_j}$\n- It turns **logits** into a *distribution*, see 確率分布 and [the article](https://en.wikipedia.org/wiki/Softmax_function)\n- ![](https://gyazo.com/0123abcd)',
      ],
      ["Which is Adam's default learning rate?", 7, '- `1e-3` in ~~Keras~~ most libraries; 2\\*3\\*4 and a_b_c are text'],
    ]);
  });

  it('writes an address with parentheses whole, each link pointing to the address as written', () => {
    const note = page(
      'Notes',
      '[* Statistics]',
      ' [* What is bias?]',
      '  [https://en.wikipedia.org/wiki/Bias_(statistics) the article], [https://en.wikipedia.org/wiki/Bias_(statistics)]',
      '  [https://example.com/plot_(1).png]',
    );
    const answer = readNote(note, 'page.txt').questions[0]!.answer!;
    expect(answer.markdown).toBe(
      '- [the article](https://en.wikipedia.org/wiki/Bias_\\(statistics\\)), <https://en.wikipedia.org/wiki/Bias_(statistics)>\n- ![](https://example.com/plot_\\(1\\).png)',
    );
    expect(answer.html).toContain('<a href="https://en.wikipedia.org/wiki/Bias_(statistics)">the article</a>');
    expect(answer.html).toContain('<a href="https://en.wikipedia.org/wiki/Bias_(statistics)">https://en.wikipedia.org/wiki/Bias_(statistics)</a>');
    expect(answer.html).toContain('<img src="https://example.com/plot_(1).png" alt="">');
  });

  it('reads a code block as code in its language, and a table as a table, its first row the header', () => {
    const note = page(
      'Python',
      '[* Basics]',
      ' [* How do you reverse a list?]',
      '  With a slice:',
      '  code:reverse.py',
      '   xs = [1, 2, 3]',
      '   print(xs[::-1])  # [3, 2, 1]',
      '  or with reversed()',
      ' [* How do L1 and L2 differ?]',
      '  table:norms',
      '   Norm\tEffect',
      '   L1\tsparse weights',
      '   L2\tsmall weights',
    );
    expect(asked(note)).toEqual([
      ['How do you reverse a list?', 3, '- With a slice:\n\n```py\nxs = [1, 2, 3]\nprint(xs[::-1])  # [3, 2, 1]\n```\n\n- or with reversed()'],
      ['How do L1 and L2 differ?', 9, '- | Norm | Effect         |\n  | ---- | -------------- |\n  | L1   | sparse weights |\n  | L2   | small weights  |'],
    ]);
  });

  it('is told by its bold brackets over lines indented without bullets, whatever its name: copied text or a Markdown note with a bracket or two is not one', () => {
    const saved = page('Notes', '[* Basics]', ' [* What is dropout?]', '  Zeroing units at random.', ' [* What is bagging?]', '  Bootstrap aggregating.');
    expect(readNote(saved, 'notes.md').summary.format).toBe('scrapbox');
    const copied = page('Interview notes', 'What is a [page] link?', 'A link to another page. See [docs].', '', 'What is [* x]?', 'A bracket.');
    expect(readNote(copied, 'notes.txt').summary.format).not.toBe('scrapbox');
    const outline = page('Notes', '[* Basics]', '- [* What is dropout?]', '  - Zeroing units.', '- [* What is bagging?]', '  - Bootstrap aggregating.');
    expect(readNote(outline, 'notes.md').summary.format).not.toBe('scrapbox');
    const markdown = page('## [* What is dropout?]', '', ' Zeroing units.', ' At random.', '', '## [* What is bagging?]', '', ' Bootstrap aggregating.');
    expect(readNote(markdown, 'notes.md').summary.format).not.toBe('scrapbox');
  });
});
