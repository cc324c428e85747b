/**
 * A Confluence (or Jira) page copied as its wiki markup: its macros' tags (`{expand:title=답변}` … `{expand}`,
 * `{info}…{info}`, `{code:python}` … `{code}`) are markup, left out with a note; what they wrap is the answer.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { quoteAsides } from '../../src/parse/confluence-macros.js';

/** Each question's wording, topic and answer as Markdown, and the notes at their lines. */
const read = (note: string) => {
  const { questions, vfile } = readNote(note, 'confluence.txt');
  return { rows: questions.map((question) => [question.question, question.topic ?? null, question.answer?.markdown ?? null]), messages: messagesOf(vfile) };
};

describe("a Confluence page's macros", () => {
  it("leave their tags out of the answers, each line noted; a panel is a quote in the answer above, not the next question's topic", () => {
    const { rows, messages } = read(
      [
        '{toc}',
        '',
        '1. 배치 정규화를 쓰는 이유는?',
        '',
        '{expand:title=답변}',
        '학습을 안정화하고 더 큰 learning rate를 쓸 수 있게 한다.',
        '{expand}',
        '',
        '2. model.eval()은 무엇을 바꾸나요?',
        '',
        '{code:python}',
        'model.eval()',
        '{code}',
        '',
        '{info}Dropout과 BatchNorm의 동작이 바뀐다{info}',
        '',
        '3. Precision과 Recall의 차이는?',
        '',
        '{note}Precision은 TP / (TP + FP), Recall은 TP / (TP + FN).{note}',
        '',
      ].join('\n'),
    );
    expect(rows).toEqual([
      ['배치 정규화를 쓰는 이유는?', null, '학습을 안정화하고 더 큰 learning rate를 쓸 수 있게 한다.'],
      ['model.eval()은 무엇을 바꾸나요?', null, '```python\nmodel.eval()\n```\n\n> Dropout과 BatchNorm의 동작이 바뀐다'],
      ['Precision과 Recall의 차이는?', null, '> Precision은 TP / (TP + FP), Recall은 TP / (TP + FN).'],
    ]);
    expect(messages).toEqual([1, 5, 7, 11, 13, 15, 19].map((line) => `${line}:confluence-macro`));
  });

  it('keep a panel that asks as a quote in the answer above, not a bare quoted question, beside bare quoted questions in copied text', () => {
    const { rows } = read(
      [
        '> 과적합은 어떻게 막나요?',
        '정규화와 early stopping을 쓴다.',
        '{info}왜 검증 손실을 보나요?{info}',
        '학습 손실만으로는 알 수 없다.',
        '> Dropout은 언제 끄나요?',
        '추론할 때 끈다.',
        '{note}BatchNorm은 무엇을 바꾸나요?{note}',
        '이동 평균을 쓴다.',
      ].join('\n'),
    );
    expect(rows).toEqual([
      ['과적합은 어떻게 막나요?', null, '정규화와 early stopping을 쓴다.\n\n> 왜 검증 손실을 보나요?\n\n학습 손실만으로는 알 수 없다.'],
      ['Dropout은 언제 끄나요?', null, '추론할 때 끈다.\n\n> BatchNorm은 무엇을 바꾸나요?\n\n이동 평균을 쓴다.'],
    ]);
  });

  it('read what {code} and {noformat} wrap on lines of their own as code, the tags inside it as code too', () => {
    const { rows } = read('JSON 설정은 어떻게 쓰나요?\n\n{noformat}\n{"a": 1}\n{info}\n{noformat}\n\n{info}\n예시일 뿐이다.\n값은 바꿔 쓴다.\n{info}\n');
    expect(rows).toEqual([['JSON 설정은 어떻게 쓰나요?', null, '```\n{"a": 1}\n{info}\n```\n\n> 예시일 뿐이다.\n>\n> 값은 바꿔 쓴다.']]);
  });

  it('keep braces that are no pair of tags: a tag named once, a word in braces within a line, LaTeX', () => {
    expect(read('How do you print a variable in an f-string?\n\nPut its name in braces, as f"{code}" does, and f"{code}" again.\n').rows).toEqual([
      ['How do you print a variable in an f-string?', null, 'Put its name in braces, as f"{code}" does, and f"{code}" again.'],
    ]);
    expect(read('What does {toc} do in a wiki?\n\nIt inserts a table of contents.\n').rows).toEqual([['What does {toc} do in a wiki?', null, 'It inserts a table of contents.']]);
    expect(read('How do you mark a note in LaTeX?\n\nWith \\textbf{note} and \\emph{note}.\n').rows).toEqual([['How do you mark a note in LaTeX?', null, 'With \\textbf{note} and \\emph{note}.']]);
    expect(read('Which placeholder does the template fill?\n\n{info} is filled with the user\'s data.\n').rows).toEqual([
      ['Which placeholder does the template fill?', null, "{info} is filled with the user's data."],
    ]);
  });
});

describe('a page of many panels', () => {
  it('quotes each block in the panel its line stands in, the first of the panels that span it', () => {
    // Each block's panel was searched for among them all (quadratic: 40,000 panels took 3 s).
    const at = (line: number) => ({ start: { line: line + 1, column: 1 }, end: { line: line + 1, column: 5 } });
    const asides = Array.from({ length: 40_000 }, (_, k) => ({ first: 4 * k, last: 4 * k + 2, name: k === 0 ? 'info' : 'note' }));
    asides.push({ first: 0, last: 8, name: 'panel' });
    const blocks = Array.from({ length: 80_000 }, (_, k) => ({ type: 'paragraph' as const, children: [], position: at(2 * k + 1) }));
    const quoted = quoteAsides(blocks, asides);
    expect(quoted).toHaveLength(80_000);
    expect(quoted.slice(0, 4).map((block) => [block.type, block.type === 'blockquote' ? [block.data?.wikiMarkup, block.children.length] : block.position?.start.line])).toEqual([
      ['blockquote', ['info', 1]], ['blockquote', ['panel', 1]], ['blockquote', ['note', 1]], ['blockquote', ['panel', 1]],
    ]);
  });
});
