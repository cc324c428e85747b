/**
 * A page's date stamp closing an answer (`2024-03-15`, `Updated: 2024-03-16`, `작성일: 2024. 3. 2`), as blogs print
 * one under each post or part: left out of the answer with a `date-stamp` note. An answer that is only a date, or
 * that answers a question asking when, keeps it.
 */
import { describe, expect, it } from 'vitest';
import { STAMP } from '../../src/extract/date-stamps.js';
import { backtracking } from '../helpers/backtracking.js';
import { answersOf, messagesOf, readNote } from '../helpers/read-note.js';

describe('a date stamp closing an answer', () => {
  it('is left out of the answer, and said so, in any of the forms a page prints', () => {
    const note =
      '## 면접 질문\n\n### What is a confusion matrix?\n\nA table of predicted against actual classes.\n\n2024-03-15\n\n' +
      '### What is precision?\n\nTP / (TP + FP).\n\nUpdated: March 16, 2024\n\n### 배치 정규화란?\n\n미니배치 통계로 정규화한다.\n\n작성일: 2024. 3. 2\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is a confusion matrix?', 'A table of predicted against actual classes.'],
      ['What is precision?', 'TP / (TP + FP).'],
      ['배치 정규화란?', '미니배치 통계로 정규화한다.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['7:date-stamp', '13:date-stamp', '19:date-stamp']);
  });

  it("is labelled as the line telling a page's last change is (`마지막 수정:`, `最后编辑于`): one list of the labels (date-shapes.ts)", () => {
    const note = '### What is precision?\n\nTP / (TP + FP).\n\n마지막 수정: 2024-03-02\n\n### What is recall?\n\nTP / (TP + FN).\n\n最后编辑于 2024-03-02 10:21\n\n### 배치 정규화란?\n\n미니배치 통계로 정규화한다.\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is precision?', 'TP / (TP + FP).'],
      ['What is recall?', 'TP / (TP + FN).'],
      ['배치 정규화란?', '미니배치 통계로 정규화한다.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['5:date-stamp', '11:date-stamp']);
  });

  it('stays where it is the answer, the question asks for a date, or the text above leads into it', () => {
    expect(answersOf('### Release date of BERT\n\n2018-10-11\n\n### When was the Transformer published?\n\nIn the paper by Vaswani et al.\n\n2017-06-12\n')).toEqual([
      ['Release date of BERT', '2018-10-11'],
      ['When was the Transformer published?', 'In the paper by Vaswani et al.\n\n2017-06-12'],
    ]);
    expect(answersOf('### Which paper introduced the Transformer?\n\nAttention Is All You Need, first posted on:\n\n2017-06-12\n\n### 트랜스포머 논문 공개일은?\n\narXiv에 올라왔다.\n\n2017-06-12\n')).toEqual([
      ['Which paper introduced the Transformer?', 'Attention Is All You Need, first posted on:\n\n2017-06-12'],
      ['트랜스포머 논문 공개일은?', 'arXiv에 올라왔다.\n\n2017-06-12'],
    ]);
  });

  it('is left out under a question that only names a date without asking for one (`knowledge cutoff`, `split by date`)', () => {
    expect(answersOf('### What is a knowledge cutoff?\n\nThe date after which the model saw no text.\n\n2024-03-15\n')).toEqual([['What is a knowledge cutoff?', 'The date after which the model saw no text.']]);
    expect(answersOf('### How do you split time-series data by date?\n\nTrain on the past, validate on a later window.\n\n2024-03-15\n')).toEqual([
      ['How do you split time-series data by date?', 'Train on the past, validate on a later window.'],
    ]);
  });

  it('is a date alone on its line: a sentence that holds a date is the answer\'s', () => {
    expect(answersOf('### What is BERT?\n\nA bidirectional encoder.\n\nIt was released on 2018-10-11.\n')).toEqual([['What is BERT?', 'A bidirectional encoder.\n\nIt was released on 2018-10-11.']]);
  });

  it('is told in linear time', () => {
    expect(backtracking(STAMP)).toBeUndefined();
  });
});
