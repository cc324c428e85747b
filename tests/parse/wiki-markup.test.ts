/**
 * A Redmine page in Textile, or a Confluence or Jira page in its wiki markup, copied as its source: its blocks open
 * with signatures (`h3. `, `bq. `, `bc. `), read as the Markdown they stand for.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { wikiBlockAt } from '../../src/parse/wiki-markup.js';

/** Each question's wording, topic and answer as Markdown, and the notes at their lines. */
const read = (note: string) => {
  const { questions, vfile } = readNote(note, 'wiki.txt');
  return { rows: questions.map((question) => [question.question, question.topic ?? null, question.answer?.markdown ?? null]), messages: messagesOf(vfile) };
};

describe("a wiki page's headings", () => {
  it('are headings of their level, each question without its h3. and under the topic of its h2., one that asks without a question mark too', () => {
    const { rows, messages } = read(
      [
        'h1. ML notes',
        '',
        'h2. Data',
        '',
        'h3. What is data leakage?',
        '',
        'Information from outside the training window leaks into features.',
        '',
        'h2. Models',
        '',
        'h3. Explain L2 regularization.',
        '',
        'It penalises large weights.',
        '',
      ].join('\n'),
    );
    expect(rows).toEqual([
      ['What is data leakage?', 'Data', 'Information from outside the training window leaks into features.'],
      ['Explain L2 regularization.', 'Models', 'It penalises large weights.'],
    ]);
    expect(messages).toEqual(['1:wiki-markup']);
  });

  it('is a heading alone beside Confluence macros, the question without its h2. and number, and text in a note with nothing else of the markup', () => {
    const { rows } = read(['h2. 1. 배치 정규화를 쓰는 이유는?', '', '{expand:title=답변}', '학습을 안정화한다.', '{expand}', ''].join('\n'));
    expect(rows).toEqual([['배치 정규화를 쓰는 이유는?', null, '학습을 안정화한다.']]);
    const plain = read('What does h1. mean in Textile?\n\nh1. Title makes a heading of the first level.\n');
    expect(plain.rows).toEqual([['What does h1. mean in Textile?', null, 'h1. Title makes a heading of the first level.']]);
    expect(plain.messages).toEqual([]);
  });
});

describe("a wiki page's blocks", () => {
  it('read bc. as code, bq. as a quote, <pre><code class> as code in its language, its tags and {{toc}} left out with a note at each line', () => {
    const { rows, messages } = read(
      [
        'h1. 팀 위키',
        '',
        '{{toc}}',
        '',
        'h3. Explain L2 regularization.',
        '',
        'bc. loss = mse(y, y_hat) + lam * (w ** 2).sum()',
        '',
        '큰 가중치에 벌점을 준다.',
        '',
        'h3. model.eval()은 무엇을 바꾸나요?',
        '',
        '<pre><code class="python">',
        'model.eval()',
        'with torch.no_grad():',
        '    out = model(x)',
        '</code></pre>',
        '',
        'bq. 주의: eval()은 gradient 계산을 끄지 않는다.',
        '',
      ].join('\n'),
    );
    expect(rows).toEqual([
      ['Explain L2 regularization.', null, '```\nloss = mse(y, y_hat) + lam * (w ** 2).sum()\n```\n\n큰 가중치에 벌점을 준다.'],
      ['model.eval()은 무엇을 바꾸나요?', null, '```python\nmodel.eval()\nwith torch.no_grad():\n    out = model(x)\n```\n\n> 주의: eval()은 gradient 계산을 끄지 않는다.'],
    ]);
    expect(messages).toEqual(['1:wiki-markup', '3:wiki-markup', '13:wiki-markup', '17:wiki-markup']);
  });

  it("read a table headed by Textile's |_. cells or Confluence's || bars as a table", () => {
    const textile = read(['h3. Random forest와 gradient boosting의 차이는?', '', '|_. 항목 |_. Random forest |', '| 학습 방식 | 병렬 배깅 |', '', 'h3. 다음 질문은?', '', '답.', ''].join('\n'));
    expect(textile.rows[0]).toEqual(['Random forest와 gradient boosting의 차이는?', null, '| 항목    | Random forest |\n| ----- | ------------- |\n| 학습 방식 | 병렬 배깅         |']);
    const confluence = read(['h2. Precision과 Recall의 차이는?', '', '||지표||정의||', '|Precision|TP / (TP + FP)|', '', 'h2. 다음 질문은?', '', '답.', ''].join('\n'));
    expect(confluence.rows[0]).toEqual(['Precision과 Recall의 차이는?', null, '| 지표        | 정의             |\n| --------- | -------------- |\n| Precision | TP / (TP + FP) |']);
  });
});

describe("a Textile page's phrase markup", () => {
  const page = (answer: string) => `h1. ML notes\n\nh2. Models\n\nh3. Explain L2 regularization.\n\n${answer}\n\nh3. What is dropout?\n\nIt zeroes units.\n`;
  const answer = (text: string) => read(page(text)).rows[0]![2];

  it('is read as Markdown: *bold* bold, _em_ emphasis, @code@ a code span, "words":url a link', () => {
    expect(answer('*Weight decay*, or _ridge_: raise @lam@ (see "the docs(PyTorch)":https://pytorch.org/docs).')).toBe('**Weight decay**, or *ridge*: raise `lam` (see [the docs](https://pytorch.org/docs)).');
    // A Korean particle may follow a closing mark.
    expect(answer('*가중치 감쇠*라고도 하며 _작은 가중치_를 선호한다.')).toBe('**가중치 감쇠**라고도 하며 *작은 가중치*를 선호한다.');
  });

  it('marks nothing inside a word or a product: 2*3*4, snake_case_name and kim@corp.com stay as written', () => {
    expect(answer('2*3*4 and snake_case_name, mail kim@corp.com or lee@corp.com')).toBe('2\\*3\\*4 and snake_case_name, mail kim\\@corp.com or lee\\@corp.com');
  });

  it('leaves a paragraph\'s signature `p. ` off its text, and reads markup in a list item and a table cell too', () => {
    expect(answer('p(note). Keep *weights* small.')).toBe('Keep **weights** small.');
    expect(answer('* use @weight_decay@\n* tune _lam_')).toBe('- use `weight_decay`\n- tune *lam*');
    expect(answer('|_. Term |_. Meaning |\n| @lam@ | *strength* |')).toContain('| `lam` | **strength** |');
  });

  it('is text in a note not written in Textile', () => {
    expect(readNote('Explain L2 regularization.\n\np. Keep *weights* small, raise @lam@.\n', 'notes.txt').questions[0]!.answer?.markdown).toBe('p. Keep \\*weights\\* small, raise @lam\\@.');
  });
});

describe("a wiki page's many blocks", () => {
  // Blocks are asked for at each line: each one's end was searched for from its line to the note's end (quadratic).
  const nexts = (lines: string[]) => lines.map((_, k) => wikiBlockAt(lines, k)).map((block) => (block ? `${block.kind} ${block.next}` : undefined));

  it('reads each of many <pre> lines as code to the one </pre> at the end, and none when nothing closes them (60,000 took over a minute)', () => {
    const pres = Array.from({ length: 60_000 }, () => '<pre>x');
    expect(nexts([...pres, '</pre>']).slice(0, -1)).toEqual(pres.map(() => 'code 60001'));
    expect(nexts(pres).every((block) => block === undefined)).toBe(true);
  });

  it('reads each of many bq. lines over one paragraph as a quote to its blank line (60,000 took 28 s)', () => {
    const quotes = Array.from({ length: 100_000 }, () => 'bq. x');
    expect(nexts([...quotes, '', 'bq. y'])).toEqual([...quotes.map(() => 'quote 100000'), undefined, 'quote 100002']);
  });
});
