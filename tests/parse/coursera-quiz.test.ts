/**
 * A Coursera quiz's page copied after it was submitted: its head, each question's number and points, the page's
 * `Correct` / `Incorrect` marks and its footer are site chrome; an option marked `Incorrect` is the learner's wrong
 * pick, left out with a note, so the course's explanation alone answers; and the course's notation `a[2](12)` in an
 * option is no Markdown link, so the copy is read as copied text.
 */
import { describe, expect, it } from 'vitest';
import { courseraQuizLines } from '../../src/parse/coursera-quiz.js';
import { detectFormat } from '../../src/parse/detect-format.js';
import { readNote } from '../helpers/read-note.js';

const quiz = [
  'Week 3 Quiz - Shallow Neural Networks',
  'Graded Quiz • 30 min',
  'Due Jun 9, 11:59 PM KST',
  '',
  'Grade received 80%',
  '',
  '1.',
  'Question 1',
  'Which of the following are true? (Check all that apply.)',
  '',
  'a[2](12) denotes the activation vector of the 2nd layer for the 12th training example.',
  '',
  '1 / 1 point',
  '',
  'Correct',
  '',
  '2.',
  'Question 2',
  'What happens if you initialize all the weights to zero?',
  '',
  'Each neuron computes something different from the first iteration.',
  '',
  'Incorrect',
  'Each neuron computes the same thing and they stay symmetric.',
  '',
  '0 / 1 point',
  '',
  'Like',
  'Dislike',
  'Report an issue',
  '',
].join('\n');

describe('a copied Coursera quiz', () => {
  it('is copied text though an option writes `a[2](12)`', () => {
    expect(detectFormat(quiz)).toBe('plaintext');
  });

  it('asks each question without its number or `Question N`, and answers with the options selected', () => {
    const { questions } = readNote(quiz, 'quiz.txt');
    expect(questions.map((question) => question.question)).toEqual(['Which of the following are true? (Check all that apply.)', 'What happens if you initialize all the weights to zero?']);
    expect(questions[0]!.answer?.text).toBe('a[2](12) denotes the activation vector of the 2nd layer for the 12th training example.');
  });

  it('is answered by the explanation alone where the page marks the learner’s option `Incorrect`, the option left out with a note', () => {
    const { questions, vfile } = readNote(quiz, 'quiz.txt');
    expect(questions[1]!.answer?.text).toBe('Each neuron computes the same thing and they stay symmetric.');
    const wrong = vfile.messages.find((message) => message.ruleId === 'wrong-choice');
    expect(wrong?.line).toBe(21);
    expect(wrong?.reason).toContain('Each neuron computes something different from the first iteration.');
  });

  it('leaves out the page’s head, numbers, points, marks and footer, noting each line', () => {
    const { vfile } = readNote(quiz, 'quiz.txt');
    const chrome = vfile.messages.filter((message) => message.ruleId === 'site-chrome').map((message) => message.line);
    expect(chrome).toEqual([2, 3, 5, 7, 13, 15, 17, 23, 26, 28, 29, 30]);
  });

  it('is told by `Question N` over each question and a `Correct` or `Incorrect` line alone; a note with no such heads keeps those words', () => {
    const { questions } = readNote('Week 3 Quiz\n\nQuestion 1\nWhat happens if all weights are zero?\n\nThey differ.\n\nIncorrect\nThey stay symmetric.\n\nQuestion 2\nWhy tanh?\n\nIts output is centred.\n\nCorrect\n', 'quiz.txt');
    expect(questions.map((question) => question.answer?.text)).toEqual(['They stay symmetric.', 'Its output is centred.']);
    const note = readNote('Self-check\n\nIs zero initialisation fine?\nIncorrect\nThe units stay symmetric.\n', 'note.txt');
    expect(note.questions[0]!.answer?.text).toBe('Incorrect\nThe units stay symmetric.');
  });
});

describe('brackets in copied prose', () => {
  it('make no Markdown link when glued to a Latin letter or pointing to digits alone; apart, or glued to Korean text, they do', () => {
    expect(detectFormat('Notation\n\nWhat is a[2](12)?\n\nThe activation of layer 2 for example 12.\n\nWhat is W[1]?\n\nSee [2](3).\n')).toBe('plaintext');
    expect(detectFormat('Notes\n\nWhat is dropout?\n\nSee [the paper](https://arxiv.org/abs/1207.0580).\n')).toBe('markdown');
    expect(detectFormat('Notes\n\n드롭아웃이란?\n\n자세한 내용은[논문](https://arxiv.org/abs/1207.0580) 참고.\n')).toBe('markdown');
  });
});

describe('a copied Coursera quiz of many numbered lines', () => {
  it('leaves out a number over the head that says it again, and only it, however many lines are numbers alone', () => {
    // Each number alone copied all the lines under it to find the next: quadratic (100,000 took 36 s).
    const count = 200_000;
    const lines = ['Graded Quiz', ...Array.from({ length: count }, () => '2.'), '', '3.', '', 'Question 3', 'What?', '1 / 1 point', 'Correct'];
    const chrome = courseraQuizLines(lines).chrome;
    // The quiz's head, the number 3. over its question's head, its points and its mark: no 2. the next text line does not say again.
    expect(chrome).toEqual([0, count + 2, count + 6, count + 7]);
  });
});
