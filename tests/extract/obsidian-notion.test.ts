/**
 * Notes from Obsidian and Notion, read end to end (parse, extract,
 * normalise): question callouts, Obsidian's own syntax inside answers, and
 * the tables of questions Notion exports.
 */
import { describe, expect, it } from 'vitest';
import { answersOf, readNote } from '../helpers/read-note.js';

const rules = (vfile: ReturnType<typeof readNote>['vfile']) => vfile.messages.map((message) => `${message.line}:${message.ruleId}:${message.fatal === false ? 'warning' : 'info'}`);

describe('question callouts', () => {
  it('reads a question callout: its title asks, its body answers', () => {
    const note = readNote('# Notes\n\n> [!question] What is self-attention?\n> A weighted sum of values.\n\n> [!question] What is the complexity of self-attention?\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is self-attention?', 'A weighted sum of values.'],
      ['What is the complexity of self-attention?', null],
    ]);
    expect(note.questions[0]!.occurrences[0]).toMatchObject({ line: 3, question: 'What is self-attention?' });
    expect(rules(note.vfile)).toEqual([]);
  });

  it('reads [!faq], folded [!question]- and open [!question]+ callouts the same way', () => {
    expect(answersOf('> [!faq] Why divide by $\\sqrt{d_k}$?\n> To keep the softmax out of tiny gradients.\n\n> [!question]- What is dropout?\n> Zeroing units at random.\n\n> [!QUESTION]+ What is a residual?\n> A skip connection.\n')).toEqual([
      ['Why divide by \\(\\sqrt{d_k}\\)?', 'To keep the softmax out of tiny gradients.'],
      ['What is dropout?', 'Zeroing units at random.'],
      ['What is a residual?', 'A skip connection.'],
    ]);
  });

  it('asks in the first line of the body when the callout has no title, or one that only labels it (`Question`), written there as it is', () => {
    expect(answersOf('> [!question]\n> What is batch norm?\n> Normalising activations per batch.\n')).toEqual([['What is batch norm?', 'Normalising activations per batch.']]);
    const [question] = readNote('> [!question] Question\n> Why use tanh?\n> Because it is zero-centred.\n').questions;
    expect([question!.question, question!.occurrences[0]!.question, question!.answer?.text]).toEqual(['Why use tanh?', 'Why use tanh?', 'Because it is zero-centred.']);
  });

  it('keeps a note callout inside an answer, its marker shown as a plain title', () => {
    const [question] = readNote('> [!question] What is attention?\n> A weighted sum.\n>\n> > [!note] Remember\n> > Keys and queries.\n>\n> > [!warning]\n> > Quadratic cost.\n').questions;
    const markdown = question!.answer!.markdown;
    expect(markdown).toContain('> **Remember**\n>\n> Keys and queries.');
    expect(markdown).toContain('> **Warning**');
    expect(markdown).not.toContain('[!');
    expect(question!.answer!.html).toContain('<strong>Remember</strong>');
  });

  it('keeps a note callout under a heading question in its answer, titled in bold', () => {
    const [question] = readNote('## What is PPO?\n\nA clipped policy-gradient method.\n\n> [!note]- Remember\n> The clip is 0.2.\n').questions;
    expect(question!.answer!.markdown).toBe('A clipped policy-gradient method.\n\n> **Remember**\n>\n> The clip is 0.2.');
  });

  it('answers a question callout with no body by the text that follows it', () => {
    expect(answersOf('> [!question] What is PPO?\n\nA clipped policy-gradient method.\n\n> [!question] What is TRPO?\n> A trust-region method.\n')).toEqual([
      ['What is PPO?', 'A clipped policy-gradient method.'],
      ['What is TRPO?', 'A trust-region method.'],
    ]);
  });

  it('answers a question callout by the answer callout after it (`> [!answer]- Answer`), its title left out unless it says more', () => {
    expect(answersOf('> [!question] What is self-attention?\n> Each token attends to every other.\n\n> [!question] Why use multi-head attention?\n\n> [!answer]- Answer\n> Different heads learn different relations.\n')).toEqual([
      ['What is self-attention?', 'Each token attends to every other.'],
      ['Why use multi-head attention?', 'Different heads learn different relations.'],
    ]);
    expect(answersOf('## What is BERT?\n\n> [!solution] An encoder pre-trained by masking words.\n\n## What is GPT?\n\n> [!answer]\n> A decoder.\n')).toEqual([
      ['What is BERT?', 'An encoder pre-trained by masking words.'],
      ['What is GPT?', 'A decoder.'],
    ]);
    // The `Related:` line names no section: the questions have no topic but the title's.
    expect(readNote('Related: [[Attention]] · [[BERT]]\n\n> [!question] What is self-attention?\n> Each token attends to every other.\n').questions[0]!.topic).toBeNull();
  });

  it('reads a heading answered by an answer callout as a question, however worded, as one answered by a "View Answer" button', () => {
    expect(answersOf('# Optimizers\n\n### SGD vs Adam vs AdamW\n\n> [!answer]-\n> Adam adapts the step per weight; AdamW decouples weight decay.\n\n### Momentum\n\n> [!solution] A running average of the gradients.\n\n### Nesterov\n\n> [!note] Later\n> Look ahead before stepping.\n')).toEqual([
      ['SGD vs Adam vs AdamW', 'Adam adapts the step per weight; AdamW decouples weight decay.'],
      ['Momentum', 'A running average of the gradients.'],
    ]);
  });

  it('notes a tip or note callout between questions as an aside, joined to no answer', () => {
    const note = readNote('> [!question] What is A?\n> Alpha.\n\n> [!tip]\n> Read the paper first.\n\n> [!question] What is B?\n\n> [!note] Remember\n> Not on the list.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is A?', 'Alpha.'],
      ['What is B?', null],
    ]);
    expect(rules(note.vfile)).toEqual(['4:callout-aside:info', '9:callout-aside:info']);
  });
});

describe('Obsidian syntax in answers and questions', () => {
  const note = readNote(
    '# RL interview\n\n## What is the exploration–exploitation trade-off?\nSee [[Multi-armed bandits|bandits]] and [[epsilon-greedy]].\n![[exploration.png|300]]\n#rl #concept\n\n' +
      '## What is the Bellman equation? %% ask Jin %%\n$$V(s) = \\max_a R(s,a)$$\n%% private: ask Jin about this %%\n\n' +
      '## What is C# used for?\nFixed in #12; see `%%timeit` and `[[x]]`.\n%%\nmulti-line\n\nprivate\n%%\n',
  );
  const [tradeOff, bellman, csharp] = note.questions;

  it('shows a wikilink as its words and an embedded picture as an image of the file', () => {
    expect(tradeOff!.answer!.markdown).toBe('See bandits and epsilon-greedy.\n![exploration.png](exploration.png)');
    expect(tradeOff!.answer!.html).toContain('<img src="exploration.png" alt="exploration.png">');
  });

  it('leaves a line of tags out of the answer, with an info note', () => {
    expect(tradeOff!.answer!.text).not.toContain('#rl');
    expect(rules(note.vfile)).toContain('6:tag-line:info');
  });

  it('never lets a comment reach a question, an answer or the wording as written', () => {
    expect(bellman!.question).toBe('What is the Bellman equation?');
    expect(bellman!.occurrences[0]!.question).toBe('## What is the Bellman equation?');
    expect(bellman!.answer!.markdown).toBe('$$\nV(s) = \\max_a R(s,a)\n$$');
    expect(JSON.stringify(note.questions)).not.toMatch(/Jin|private/);
  });

  it('leaves C#, issue numbers and code as they are', () => {
    expect(csharp!.question).toBe('What is C# used for?');
    expect(csharp!.answer!.markdown).toBe('Fixed in #12; see `%%timeit` and `[[x]]`.');
    expect(rules(note.vfile)).toEqual(['6:tag-line:info']);
  });
});

describe('tables of questions (Notion exports)', () => {
  it('reads each row of a Question | Answer table as a question and its answer', () => {
    const note = readNote('# Metrics\n\n| Question | Answer |\n| --- | --- |\n| What is ROC AUC? | Area under the **ROC** curve. |\n| What is the F1 score? | Harmonic mean: $F_1 = \\frac{2PR}{P+R}$ |\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is ROC AUC?', 'Area under the **ROC** curve.'],
      ['What is the F1 score?', 'Harmonic mean: $F_1 = \\frac{2PR}{P+R}$'],
    ]);
    expect(note.questions[1]!.occurrences[0]).toMatchObject({ line: 6, question: 'What is the F1 score?' });
  });

  it('knows the header in other words, cases and languages, and tags each question with its rating column\'s', () => {
    expect(answersOf('| q | A |\n|---|---|\n| What is L1? | Lasso. |\n').map(([question]) => question)).toEqual(['What is L1?']);
    expect(answersOf('|  **QUESTION**  | answer: |\n|---|---|\n| What is L2? | Ridge. |\n').map(([question]) => question)).toEqual(['What is L2?']);
    expect(answersOf('| 질문 | 답변 |\n|---|---|\n| 드롭아웃이란? | 무작위로 끄기. |\n')).toEqual([['드롭아웃이란?', '무작위로 끄기.']]);
    const note = readNote('| 문제 | 해설 | 난이도 |\n|---|---|---|\n| 배치 정규화란? | 배치마다 정규화. | 쉬움 |\n| | 주인 없는 해설 | |\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([['배치 정규화란?', '배치마다 정규화.']]);
    expect(rules(note.vfile)).toEqual(['4:orphan-text:warning']);
    expect(note.questions[0]!.tags).toEqual(['쉬움']);
  });

  it('reads a table of questions without an answer column as questions without answers, its rating column their tags', () => {
    const note = readNote('# ML questions\n\n| Question | Level |\n| --- | --- |\n| What is the problem with ReLU? | Fundamental |\n| [Why L1 sparse?](https://stats.stackexchange.com/q/45643) | Advance |\n| Explain the kernel trick | Advance |\n');
    expect(note.questions.map((question) => [question.question, question.answer, question.flags])).toEqual([
      ['What is the problem with ReLU?', null, ['no-answer']],
      ['Why L1 sparse?', null, ['no-answer']],
      ['Explain the kernel trick', null, ['no-answer']],
    ]);
    expect(note.questions[1]!.occurrences[0]).toMatchObject({ line: 6 });
    expect(note.questions.map((question) => question.tags)).toEqual([['level-fundamental'], ['level-advance'], ['level-advance']]);
    expect(rules(note.vfile)).toEqual([]);
  });

  it('takes an `Answer Link` column for the answers: the link is the answer its author gives', () => {
    const note = readNote('| Question | Answer Link | Difficulty |\n|---|---|---|\n| Explain the bias-variance tradeoff. | [Answer](https://example.org/bias-variance) | Medium |\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['Explain the bias-variance tradeoff.', '[Answer](https://example.org/bias-variance)']]);
  });

  it('reads a `Question Title` column as the questions, as sites list their banks', () => {
    const note = readNote('## Quick Reference\n\n| # | Question Title | Difficulty |\n|---|---|---|\n| 1 | What is a PyTorch tensor? | Easy |\n| 2 | What is the difference between view() and reshape()? | Medium |\n');
    expect(note.questions.map((question) => question.question)).toEqual(['What is a PyTorch tensor?', 'What is the difference between view() and reshape()?']);
  });

  it('keeps a table whose question column mostly does not ask as content, with no answer column to say otherwise', () => {
    const [question] = readNote('## How do you evaluate a chatbot?\n\nBy the questions it gets right.\n\n| Question | Score |\n| --- | --- |\n| Factual recall | 0.8 |\n| Multi-hop reasoning | 0.5 |\n| What is 2+2? | 1.0 |\n').questions;
    expect(question!.answer!.markdown).toContain('| Factual recall');
    expect(answersOf('What do we measure?\n\n| Q | Metric |\n| --- | --- |\n| Latency | ms |\n| Throughput | req/s |\n')).toEqual([['What do we measure?', expect.stringContaining('| Latency')]]);
  });

  it("makes the table the note's structure: a line above it that asks is its introduction, not a question", () => {
    const note = readNote('Which of these came up in my interviews?\n\n| Question | Answer |\n| --- | --- |\n| What is X? | Y. |\n');
    expect(note.questions.map((question) => question.question)).toEqual(['What is X?']);
    expect(rules(note.vfile)).toEqual(['1:preamble:info']);
  });

  it('keeps any other table inside the answer it stands in', () => {
    const [question] = readNote('## What metrics suit imbalance?\n\n| Metric | Use |\n| --- | --- |\n| PR AUC | rare positives |\n').questions;
    expect(question!.answer!.markdown).toContain('| Metric | Use');
    // `| Term | Definition |` in an answer is its glossary, as any table there is.
    const [defined] = readNote('## What do these inits do?\n\n| Term | Definition |\n| --- | --- |\n| He init | Var(W) = 2/fan_in |\n').questions;
    expect(defined!.answer!.markdown).toMatch(/^\| Term +\| Definition/);
  });

  it("reads a table headed as a flashcard's sides (`| Front | Back |`) as cards, whatever its fronts say", () => {
    const note = readNote('# Anki import table\n\n| Front | Back |\n|-------|------|\n| Xavier init | Var(W) = 2/(fan_in + fan_out) |\n| Why not init all weights to zero? | Symmetry |\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Xavier init', 'Var(W) = 2/(fan_in + fan_out)'],
      ['Why not init all weights to zero?', 'Symmetry'],
    ]);
    // Its first two columns, a tags column beside them; not `| Operation | Front | Back |`, which compares a deque's ends.
    const tagged = readNote('| Front | Back | Tags |\n| --- | --- | --- |\n| ReLU | max(0, x) | activations |\n');
    expect(tagged.questions.map((question) => [question.question, question.answer?.text])).toEqual([['ReLU', 'max(0, x)']]);
    const compared = readNote('## What does a deque offer?\n\n| Operation | Front | Back |\n| --- | --- | --- |\n| push | push_front | push_back |\n');
    expect(compared.questions.map((question) => question.question)).toEqual(['What does a deque offer?']);
  });

  it('notes a "Related:" line of links after the questions instead of warning of it', () => {
    const note = readNote('| Question | Answer |\n| --- | --- |\n| What is X? | Y. |\n\n---\n\nRelated: [Loss functions](Loss%20Functions%209a8b.md)\n');
    expect(note.questions).toHaveLength(1);
    expect(rules(note.vfile)).toEqual(['7:references:info']);
    // A line that asks may be a lost question: still a warning.
    expect(rules(readNote('| Question | Answer |\n| --- | --- |\n| What is X? | Y. |\n\n---\n\nRelated: what about Z?\n').vfile)).toEqual(['7:orphan-text:warning']);
  });

  it('leaves out the "Related:" lines that end the note after the last answer, and keeps one inside an answer', () => {
    const note = readNote('## What is the law of total probability?\n\nSum over a partition.\n\nRelated: [[Conditional probability]], [[Bayes theorem]]\n');
    expect(note.questions.map((question) => question.answer?.text)).toEqual(['Sum over a partition.']);
    expect(rules(note.vfile)).toEqual(['5:references:info']);
    const inside = readNote('## What is the law of total probability?\n\nSum over a partition.\n\nRelated: [[Bayes theorem]]\n\nIt follows from additivity.\n');
    expect(inside.questions[0]!.answer?.text).toBe('Sum over a partition.\nRelated: Bayes theorem\nIt follows from additivity.');
  });

  it("leaves out a page's pager line after the last answer in Korean, Japanese or Chinese (`다음: 정규화`, `次へ：`, `下一篇：`)", () => {
    for (const pager of ['다음: 정규화', '이전 글: MLE', '次へ：正則化', '下一篇：正则化']) {
      const note = readNote(`## MLE와 MAP의 차이는?\n\nMAP는 사전 분포를 곱해 최대화합니다.\n\n${pager}\n`);
      expect(note.questions.map((question) => question.answer?.text)).toEqual(['MAP는 사전 분포를 곱해 최대화합니다.']);
      expect(rules(note.vfile)).toEqual(['5:references:info']);
    }
  });
});

describe('tables of questions written in HTML (Confluence and wiki exports)', () => {
  // As Confluence exports one: no header cells, the first row's bold words name the columns, one tag a line.
  const exported = [
    '<table border="1">',
    '<tbody>',
    '<tr>',
    '<td><strong>Index</strong></td>',
    '<td><strong>Question</strong></td>',
    '<td><strong>Answer</strong></td>',
    '<td><strong>Type</strong></td>',
    '</tr>',
    '<tr>',
    '<td>1</td>',
    '<td><strong title="">What is pep 8?</strong></td>',
    '<td><span>A style guide for <strong>Python</strong> code.</span></td>',
    '<td>python-basic</td>',
    '</tr>',
    '<tr>',
    '<td>&nbsp;2</td>',
    '<td><strong>What is a list comprehension?</strong></td>',
    '<td>',
    '<p>A list built from an iterable.</p>',
    '<pre>squares = [n**2 for n in numbers]</pre>',
    '</td>',
    '<td>python-basic</td>',
    '</tr>',
    '</tbody>',
    '</table>',
  ].join('\n');

  it('reads each row as a question and its answer, where the question is written, and names the other columns', () => {
    const note = readNote(exported);
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is pep 8?', 'A style guide for **Python** code.'],
      ['What is a list comprehension?', 'A list built from an iterable.\n\n```\nsquares = [n**2 for n in numbers]\n```'],
    ]);
    expect(note.questions.map((question) => question.occurrences[0]!.line)).toEqual([11, 17]);
    expect(rules(note.vfile)).toEqual(['1:table-columns:info']);
  });

  it('reads a table with header cells, after a heading, as a Markdown table of questions is read', () => {
    const note = readNote('# Python\n\n<table>\n<tr><th>Question</th><th>Answer</th></tr>\n<tr><td>What is a tuple?</td><td>An immutable sequence.</td></tr>\n</table>\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['What is a tuple?', 'An immutable sequence.']]);
    expect(note.questions[0]!.occurrences[0]).toMatchObject({ line: 5 });
  });

  it('keeps any other HTML table in the answer it stands in, as HTML', () => {
    const [question] = readNote('## What metrics suit imbalance?\n\n<table>\n<tr><th>Metric</th><th>Use</th></tr>\n<tr><td>PR AUC</td><td>rare positives</td></tr>\n</table>\n').questions;
    expect(question!.answer!.markdown).toContain('<td>PR AUC</td>');
  });

  it('lets no script, event handler or javascript: link of a cell into the answer', () => {
    const [question] = readNote(
      '<table>\n<tr><th>Question</th><th>Answer</th></tr>\n<tr><td>What is XSS?</td><td><p>Injected script.</p><script>alert(1)</script><img src="x.png" onerror="alert(2)"><a href="javascript:alert(3)">demo</a></td></tr>\n</table>\n',
    ).questions;
    const { html, markdown } = question!.answer!;
    expect(html).toContain('Injected script.');
    for (const output of [html, markdown]) expect(output).not.toMatch(/<script|onerror|javascript:/i);
  });
});

describe('a bold question set in a quote over its answer (Notion callouts, boxed pairs)', () => {
  it('reads the quote as the same lines outside it: the bold line asks, the lines under it answer', () => {
    const note = readNote('## Deep learning\n\n> 💡 **What is a residual connection?**\n> A shortcut that adds a block\'s input to its output.\n\n> 💡 **What is layer norm?**\n> Normalising over the features of one example.\n>\n> - no batch statistics\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null, question.occurrences[0]!.line])).toEqual([
      ['What is a residual connection?', "A shortcut that adds a block's input to its output.", 3],
      ['What is layer norm?', 'Normalising over the features of one example.\n\n- no batch statistics', 6],
    ]);
    expect(rules(note.vfile)).toEqual([]);
  });

  it('keeps such a quote inside an answer where the note asks in headings, as the same lines unquoted stay there', () => {
    const note = readNote('## What is attention?\nWeighing values by query-key similarity.\n\n> **Why scale by the square root of d?**\n> Without it the softmax saturates.\n\n## What is a transformer?\nA stack of attention layers.\n');
    expect(note.questions.map((question) => question.question)).toEqual(['What is attention?', 'What is a transformer?']);
    expect(note.questions[0]!.answer!.markdown).toContain('> **Why scale by the square root of d?**\n> Without it the softmax saturates.');
  });

  it("reads the Markdown of a Notion callout exported as `<aside>` (its answer's lists and emphasis), not one block of HTML", () => {
    const note = readNote('## What is stationarity?\n\n<aside>\n💡 A series whose **mean** and variance do not change:\n- no trend\n- no seasonality\n\n</aside>\n\n## What is differencing?\n');
    expect(note.questions[0]!.answer!.markdown).toBe('💡 A series whose **mean** and variance do not change:\n\n- no trend\n- no seasonality');
  });

  it("leaves a Notion callout's `<aside>` tags out unremarked, its content read: the answer's label (`✅ **답변**`) goes as `답:` does, a placeholder under it is one, and a callout over the first question is the preamble's text", () => {
    const note = readNote(
      '# LLM 평가\n\n<aside>\n💡 **핵심 요약**: 자동 지표 → 사람 평가\n\n</aside>\n\n## 벤치마크 오염이란?\n\n<aside>\n✅ **답변**\n\n테스트셋이 학습 데이터에 섞이는 것.\n\n</aside>\n\n## 평가셋은 어떻게 만드나요?\n\n<aside>\n✅ **답변**\n\n(작성 중)\n\n</aside>\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null, question.flags])).toEqual([
      ['벤치마크 오염이란?', '테스트셋이 학습 데이터에 섞이는 것.', []],
      ['평가셋은 어떻게 만드나요?', '(작성 중)', ['placeholder-answer']],
    ]);
    expect(rules(note.vfile)).toEqual(['4:preamble:info']);
    expect(note.vfile.messages[0]!.reason).toBe('Text before the first question (line 4) is not part of any answer: "💡 핵심 요약: 자동 지표 → 사람 평가"');
  });

  it('keeps an `<aside>` tag with no partner as written', () => {
    const note = readNote('## What is stationarity?\n\n<aside>\n💡 A series whose mean does not change.\n');
    expect(rules(note.vfile)).toContain('3:html-left-out:info');
  });

  it('takes a quote of a bold question alone for a quotation, not a question', () => {
    const note = readNote('**What is dropout?**\nZeroing units at random.\n\n> **Is it only for training?**\n\nYes: at inference every unit is kept.\n');
    expect(note.questions.map((question) => question.question)).toEqual(['What is dropout?']);
  });
});

describe('a Notion page of one question', () => {
  const page =
    '# Local Minima\n\n날짜: 2022/10/14\n상태: 딥러닝\n\n> Local Minima 문제에도 불구하고 딥러닝이 잘 되는 이유는?\n>\n> - GD가 Local Minima 문제를 피하는 방법은?\n> - 찾은 해가 Global Minimum인지 알 수 있는 방법은?\n\n**고차원 공간에서는 Local Minima가 아주 드물기 때문이다.**\n\n### 추가 질문\n\n- GD가 Local Minima 문제를 피하는 방법은?\n\n    ⇒ Momentum, Adam 같은 optimizer를 쓴다.\n';

  it('asks in the quote under its title and properties, and answers in the rest of the page', () => {
    const note = readNote(page);
    const asked = note.questions.map((question) => [question.question, question.answer?.text ?? null, question.occurrences.map((occurrence) => occurrence.line)]);
    // The follow-ups listed in the quote are questions without an answer of their own there; one the page answers
    // under `### 추가 질문` is asked again there, and merging makes one answered question of the two.
    expect(asked).toEqual([
      ['Local Minima 문제에도 불구하고 딥러닝이 잘 되는 이유는?', '고차원 공간에서는 Local Minima가 아주 드물기 때문이다.', [6]],
      ['GD가 Local Minima 문제를 피하는 방법은?', null, [8]],
      ['찾은 해가 Global Minimum인지 알 수 있는 방법은?', null, [9]],
      ['GD가 Local Minima 문제를 피하는 방법은?', 'Momentum, Adam 같은 optimizer를 쓴다.', [15]],
    ]);
    expect(rules(note.vfile)).toEqual(['3:preamble:info']);
  });

  it('takes a quote that asks lower on the page, or one quoting more than questions, for no question of the page', () => {
    const quoted = readNote('# Attention\n\nSome context first.\n\n> Why scale the dot product?\n\nBecause the softmax saturates.\n');
    expect(quoted.questions.map((question) => question.question)).not.toContain('Why scale the dot product?');
    const passage = readNote('# Attention\n\n> Why scale the dot product?\n>\n> The paper says the variance grows with d.\n\nNotes on the paper.\n');
    expect(passage.questions.map((question) => question.question)).not.toContain('Why scale the dot product?');
  });
});

describe("a Notion page's title over its properties", () => {
  const page =
    '# Attention 메커니즘\n\nStatus: 복습 필요\nTags: NLP, Transformer\nCreated: 2024년 3월 2일 오후 9:14\n\n# Q. Multi-head attention을 쓰는 이유는?\n\n여러 subspace를 동시에 본다.\n\n# Q. KV cache는 무엇인가요?\n\n이전 토큰의 key/value를 저장한다.\n';

  it('reads the title as the page\'s, not a question answered by the properties, where the questions are headings of its level', () => {
    const note = readNote(page);
    expect(answersOf(page)).toEqual([
      ['Multi-head attention을 쓰는 이유는?', '여러 subspace를 동시에 본다.'],
      ['KV cache는 무엇인가요?', '이전 토큰의 key/value를 저장한다.'],
    ]);
    // The properties are left out, said so; their tags file each of the page's questions, as front matter's would.
    expect(rules(note.vfile)).toEqual(['3:page-metadata:info']);
    expect(note.questions.map((question) => question.tags)).toEqual([
      ['nlp', 'transformer'],
      ['nlp', 'transformer'],
    ]);
  });

  it('keeps a first heading that asks, or is answered by one `Key: value` line, a question', () => {
    expect(answersOf('# What does softmax take and give?\n\nInput: logits\nOutput: probabilities\n\n# Why subtract the maximum?\n\nFor stability.\n')).toEqual([
      ['What does softmax take and give?', 'Input: logits\nOutput: probabilities'],
      ['Why subtract the maximum?', 'For stability.'],
    ]);
    expect(answersOf('# Softmax\n\nDefinition: exponentials over their sum.\n\n# Why subtract the maximum?\n\nFor stability.\n').map(([question]) => question)).toEqual(['Softmax', 'Why subtract the maximum?']);
  });
});
