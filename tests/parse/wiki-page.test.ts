/**
 * A wiki page's source (MediaWiki's or DokuWiki's, told by its headings, or a Zim page, told by its header) is read as the
 * Markdown it stands for, line for line: its headings as headings of their level (the reverse in DokuWiki and Zim), its code, formulas, lists and markup as a
 * Markdown note's own, and what prints no text left out with a note at its line.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';
import { wikiDialect, wikiToMarkdown } from '../../src/parse/wiki-page.js';

const asked = (text: string, file = 'page.txt') =>
  readNote(text, file).questions.map((question) => [question.question, question.topic, question.answer?.markdown ?? null, question.occurrences[0]!.line]);

describe('a MediaWiki page\'s source', () => {
  it('is read line for line, its == sections the topics of the === questions under them, one that does not ask with ? too', () => {
    const page = ['== Detection ==', '', '=== What is non-maximum suppression? ===', "It keeps the highest-scoring box and drops the boxes whose '''IoU''' with it is high.", '', '=== IoU 계산 방법 ===', '<syntaxhighlight lang="python">', 'def iou(a, b):', '    return inter / union', '</syntaxhighlight>', '', '== Segmentation ==', '', '=== Why does U-Net use skip connections? ===', '* To bring back detail:', "** lost in ''downsampling''", '# see [https://arxiv.org/abs/1505.04597 the paper]', ''].join('\n');
    const read = readNote(page);
    expect(read.summary).toMatchObject({ format: 'wiki' });
    expect(asked(page)).toEqual([
      ['What is non-maximum suppression?', 'Detection', 'It keeps the highest-scoring box and drops the boxes whose **IoU** with it is high.', 3],
      ['IoU 계산 방법', 'Detection', '```python\ndef iou(a, b):\n    return inter / union\n```', 6],
      ['Why does U-Net use skip connections?', 'Segmentation', '- To bring back detail:\n  - lost in *downsampling*\n\n1. see [the paper](https://arxiv.org/abs/1505.04597)', 14],
    ]);
  });

  it('reads <math> as a formula, displayed alone on an indented line (:<math>), and leaves templates, switches and categories out, each with a note at its line', () => {
    const page = ['{{Infobox study', '| week = 5', '}}', '__TOC__', '', '== Losses ==', '', '=== Why do detectors need focal loss? ===', 'It down-weights easy anchors: <math>FL(p_t) = -(1-p_t)^\\gamma \\log(p_t)</math>', '', '=== What is IoU? ===', 'Overlap over union:', ':<math>IoU = |A \\cap B| / |A \\cup B|</math>', '', '[[Category:Interview]]', '[[Category:Vision]]'].join('\n');
    const read = readNote(page);
    expect(read.questions.map((question) => question.answer?.markdown)).toEqual(['It down-weights easy anchors: $FL(p_t) = -(1-p_t)^\\gamma \\log(p_t)$', 'Overlap over union:\n\n$$\nIoU = |A \\cap B| / |A \\cup B|\n$$']);
    expect(read.vfile.messages.filter((message) => message.ruleId === 'wiki-page').map((message) => [message.line, message.reason])).toEqual([
      [1, "Read as a MediaWiki page's source: its headings, code, lists and markup as the Markdown they stand for"],
      [1, 'Left out the template {{Infobox study}} (lines 1-3): it prints no text of the page'],
      [4, 'Left out the switch __TOC__ (line 4): it prints no text of the page'],
      [15, "Left out the page's categories (lines 15-16): it prints no text of the page"],
    ]);
  });
  it('reads a {| table as a pipe table, its rows on its last lines, its ! row the header, its caption over it, cell attributes left out', () => {
    const page = ['== Metrics ==', '', '=== Which metric suits which task? ===', 'Compare them:', '{| class="wikitable"', '|+ By task', '! Task !! Metric', '|-', "| Classification || '''F1'''", '|-', '| style="color:red" | Detection', '| mAP', '|}', 'It depends on the data.', '', '=== What is recall? ===', 'Found positives:', '{|', '|+ Counts', '! TP', '|-', '| 12', '|}', 'Text under it.'].join('\n');
    expect(asked(page)).toEqual([
      ['Which metric suits which task?', 'Metrics', 'Compare them:\n\nBy task\n\n| Task           | Metric |\n| -------------- | ------ |\n| Classification | **F1** |\n| Detection      | mAP    |\n\nIt depends on the data.', 3],
      ['What is recall?', 'Metrics', 'Found positives:\n\n| TP |\n| -- |\n| 12 |\n\nText under it.', 16],
    ]);
    expect(readNote(page).vfile.messages.filter((message) => message.ruleId === 'wiki-page').map((message) => [message.line, message.reason]).slice(1)).toEqual([
      [19, 'Left out the table\'s caption "Counts" (line 19): no line of its own over the table'],
    ]);
  });
  it('reads a cell whose name=value pairs run together (a=a=a=…) as its text, not as attributes to leave out', () => {
    const cell = `${'a='.repeat(40)}a | kept`;
    const page = ['== Metrics ==', '', '=== Which metric? ===', 'See:', '{|', '! Name', '|-', `| ${cell}`, '|}', 'Done.'].join('\n');
    expect(asked(page)[0]![2]).toContain(`${'a='.repeat(40)}a \\| kept`);
  });

  it('reads <ref>…</ref> as a footnote cited where it stands, a named one cited again by name, defined at <references /> ({{Reflist}}) or at the page\'s end', () => {
    const page = ['== Detection ==', '', '=== What is non-maximum suppression? ===', 'It keeps the best box.<ref name="nms">Neubeck & Van Gool, 2006.</ref> Then drops overlaps.', '', '=== What is IoU? ===', "Overlap over union.<ref>''Jaccard'', 1901.</ref> Also the Jaccard index.<ref name=\"nms\" />"].join('\n');
    const answers = ['It keeps the best box.[^1] Then drops overlaps.\n\n[^1]: Neubeck & Van Gool, 2006.', 'Overlap over union.[^2] Also the Jaccard index.[^1]\n\n[^2]: *Jaccard*, 1901.\n\n[^1]: Neubeck & Van Gool, 2006.'];
    // Written under the last answer, the definitions stand in it in their order; each answer carries those it cites.
    expect(readNote(page).questions.map((question) => question.answer?.markdown)).toEqual([answers[0], 'Overlap over union.[^2] Also the Jaccard index.[^1]\n\n[^1]: Neubeck & Van Gool, 2006.\n\n[^2]: *Jaccard*, 1901.']);
    const listed = [...page.split('\n'), '', '== References ==', '<references />', ''].join('\n');
    expect(readNote(listed).questions.map((question) => question.answer?.markdown)).toEqual(answers);
    const templated = [...page.split('\n'), '', '== Notes ==', '{{Reflist}}'].join('\n');
    expect(readNote(templated).questions.map((question) => question.answer?.markdown)).toEqual(answers);
    expect(readNote(templated).vfile.messages.map((message) => message.reason).join('\n')).not.toContain('Reflist');
    const uncited = ['== Detection ==', '', '=== What is IoU? ===', 'Overlap over union.', '', '=== What is NMS? ===', 'Keeps the best box.', '<references />'].join('\n');
    expect(readNote(uncited).vfile.messages.filter((message) => message.ruleId === 'wiki-page').map((message) => [message.line, message.reason]).slice(1)).toEqual([
      [8, 'Left out <references /> (line 8): the page cites no reference'],
    ]);
  });
});

describe('a DokuWiki page\'s source', () => {
  it('reads more = as a bigger heading, its opening one the title, and <code python> as code in its language', () => {
    const page = ['====== NLP 면접 질문 ======', '', '//정리: 연구실 위키//', '', '===== 언어 모델 =====', '', '==== Perplexity의 정의는? ====', '평균 음의 로그우도에 **exp**를 취한 값.', '<code python>', 'ppl = math.exp(total_nll / n_tokens)', '</code>', '', '==== BPE 토크나이저가 OOV를 줄이는 이유 ====', '  * 자주 나오는 문자 쌍을 합친다.', '    * 처음 보는 단어도 쪼갤 수 있다.', ''].join('\n');
    const read = readNote(page);
    expect(read.summary).toMatchObject({ format: 'wiki', title: 'NLP 면접 질문' });
    expect(asked(page)).toEqual([
      ['Perplexity의 정의는?', '언어 모델', '평균 음의 로그우도에 **exp**를 취한 값.\n\n```python\nppl = math.exp(total_nll / n_tokens)\n```', 7],
      ['BPE 토크나이저가 OOV를 줄이는 이유', '언어 모델', '- 자주 나오는 문자 쌍을 합친다.\n  - 처음 보는 단어도 쪼갤 수 있다.', 13],
    ]);
    expect(read.vfile.messages.map((message) => message.reason).join('\n')).not.toContain('<mark>');
  });
  it('reads ^ head ^ and | cell | lines as a pipe table written from the blank line over them, and leaves one with no room its lines of text', () => {
    const page = ['====== ML ======', '', '===== Metrics =====', '', '==== Which metric suits which task? ====', 'Compare them:', '', '^ Task ^ Metric ^', '| Classification | **F1** |', '| Detection | [[map|mAP]] |', '', '==== What is recall? ====', 'Found positives:', '| TP | FN |'].join('\n');
    expect(asked(page).map(([question, , answer]) => [question, answer])).toEqual([
      ['Which metric suits which task?', 'Compare them:\n\n| Task           | Metric |\n| -------------- | ------ |\n| Classification | **F1** |\n| Detection      | mAP    |'],
      ['What is recall?', 'Found positives:\n\\| TP | FN |'],
    ]);
  });

  it('writes a table right under a heading with no blank line between, a heading needing none, its Question and Answer columns questions', () => {
    const page = ['====== ML ======', '', '===== Glossary =====', '^ Question ^ Answer ^', '| What is dropout? | Zeroing units at random. |', '', '===== Detection =====', '==== What is NMS? ====', 'Keeps the best box.'].join('\n');
    expect(asked(page).map(([question, , answer]) => [question, answer])).toEqual([
      ['What is dropout?', 'Zeroing units at random.'],
      ['What is NMS?', 'Keeps the best box.'],
    ]);
  });

  it('reads {{file}} of a file that is no picture as its caption, or its name where it has none (it was left out)', () => {
    const page = ['====== ML ======', '', '===== Metrics =====', '', '==== What is recall? ====', 'See {{notes.pdf}} and {{slides.pdf|the slides}}.', '', '==== What is precision? ====', 'TP over predicted positives.'].join('\n');
    expect(asked(page)[0]![2]).toBe('See notes.pdf and the slides.');
  });
});

describe('a Zim page', () => {
  it('is told by its header, however few its headings: the header left out with a note, ====== the title, ===== a section, **bold** bold', () => {
    // rv10: a page of one question was no wiki page (too few headings), and a page of three was MediaWiki's: its title a
    // level-six heading under the questions', no title, and its **bold** escaped.
    const page = ['Content-Type: text/x-zim-wiki', 'Wiki-Format: zim 0.6', 'Creation-Date: 2024-03-01T10:12:44+09:00', '', '====== RL 면접 ======', '', '===== On-policy와 off-policy의 차이는? =====', 'On-policy는 **현재 정책** 데이터로만 학습.'];
    const read = readNote(page.join('\n'), 'RL.txt');
    expect(read.summary).toMatchObject({ format: 'wiki', title: 'RL 면접' });
    expect(asked(page.join('\n'), 'RL.txt')).toEqual([['On-policy와 off-policy의 차이는?', null, 'On-policy는 **현재 정책** 데이터로만 학습.', 7]]);
    expect(read.vfile.messages.filter((message) => message.ruleId === 'wiki-page').map((message) => [message.line, message.reason])).toEqual([
      [1, "Read as a Zim page's source: its headings, code, lists and markup as the Markdown they stand for"],
      [1, "Left out Zim's header (lines 1-3: Content-Type, Wiki-Format, Creation-Date): it tells the page's format, and prints no text of it"],
    ]);
  });

  it('reads its code and verbatim blocks, check boxes, tab-nested and lettered items, highlights, sub- and superscripts, links and pictures; $ and <tag> are text', () => {
    const page = ['Content-Type: text/x-zim-wiki', 'Wiki-Format: zim 0.6', '', '====== ML ======', '', '===== Training =====', '', '==== Why clip gradients? ====', "Exploding gradients: __clip the norm__ to ''max_norm'', costs $0 <b>now</b>.", '{{{code: lang="python" linenumbers="True"', 'clip_grad_norm_(params, 1.0)', '}}}', '', '==== What to check first? ====', '[ ] the data', '[*] the loss', '\t* the //labels// ~~twice~~', 'a. x_{i} and e^{2}', "'''", 'raw **text**', "'''", 'See [[https://arxiv.org|the paper]] {{./plot.png}}'].join('\n');
    expect(asked(page).map(([question, topic, answer]) => [question, topic, answer])).toEqual([
      ['Why clip gradients?', 'Training', 'Exploding gradients: <mark>clip the norm</mark> to `max_norm`, costs \\$0 \\<b>now\\</b>.\n\n```python\nclip_grad_norm_(params, 1.0)\n```'],
      ['What to check first?', 'Training', '- [ ] the data\n- [x] the loss\n  - the *labels* ~~twice~~\n\n1. x<sub>i</sub> and e<sup>2</sup>\n\n```\nraw **text**\n```\n\nSee [the paper](https://arxiv.org) ![](./plot.png)'],
    ]);
  });
});

describe('a note that is no wiki page', () => {
  it('is read as before with a setext underline, a highlight, one line between runs of = or two with no markup only a wiki writes', () => {
    const markdown = ['Statistics', '==========', '', '==Key point==', '', '## What is a p-value?', '', 'The probability of a result at least as extreme.', ''].join('\n');
    expect(readNote(markdown).summary.format).toBe('markdown');
    const copied = ['===== SQL + ML mixed prep =====', 'What is a window function?', 'A function over a frame of rows.', 'What is bagging?', 'Training on bootstrap samples.'].join('\n');
    expect(readNote(copied).summary.format).not.toBe('wiki');
    const sections = ['== SQL ==', '', 'What is a **window function**?', '', 'A function over a frame of rows.', '', '== ML ==', '', '* What is bagging?', '', 'Training on bootstrap samples.'].join('\n');
    expect(readNote(sections).summary.format).not.toBe('wiki');
  });
});

describe('a wiki page\'s long lines', () => {
  it('reads a line of many spaces between a heading\'s marks, or after a term, in time', () => {
    // A lazy heading's or term's text tried the spaces after each of its characters: 100,000 spaces took minutes.
    const spaces = ' '.repeat(100_000);
    const lines = ['== Detection ==', '', `=== What is NMS?${spaces}x`, `=== What is IoU?${spaces}===`, `;Term${spaces}x`, `;Term${spaces}: text`, `== Spaced${spaces}==`, ''];
    expect(wikiDialect(lines.join('\n'), lines)).toBe('mediawiki');
    expect(wikiToMarkdown(lines, 'mediawiki').markdown.split('\n')).toEqual(['## Detection', '', `=== What is NMS?${spaces}x`, '### What is IoU?', `- '''Term${spaces}x'''`, '- **Term**: text', '## Spaced', '']);
  });
});

describe('a wiki page of many headings', () => {
  it('is told by its first heading when the dialects\' signs tie, however many headings follow', () => {
    // The levels after the first were spread into Math.max, which overflows the stack past some 100,000 of them.
    const lines = ['====== Notes ======', ...Array.from({ length: 300_000 }, () => '== What is NMS? ==')];
    expect(wikiDialect(lines.join('\n'), lines)).toBe('dokuwiki');
    expect(wikiDialect(lines.slice(1).join('\n'), lines.slice(1))).toBe('mediawiki');
  });
});
