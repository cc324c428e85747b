/**
 * A slide deck copied as text (PowerPoint's outline with speaker notes, Google Slides' plain text): its slides'
 * numbers, its notes' labels, the presenter, empty boxes' placeholders and a closing slide that only thanks are
 * the deck's frame, left out with a note; a slide's notes answer its title's question.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { slideFrame } from '../../src/parse/slide-deck.js';

const deck = [
  'Slide 1',
  'ML interview study, week 3',
  'Presenter: Jin Park',
  '',
  'Slide 2',
  'Q. Why does attention fix the RNN bottleneck?',
  'Notes:',
  'An RNN squeezes the past into one hidden state; attention looks at every step directly.',
  '',
  'Slide 3',
  'Q. Pre-LN vs Post-LN',
  'Speaker notes:',
  'Pre-LN trains stably without warmup; Post-LN may score a little higher but is unstable.',
  '',
  'Slide 4',
  'Thank you!',
  'Click to add notes',
].join('\n');

describe('a slide deck copied as text', () => {
  it("reads each slide's notes as the answer of its question, without the numbers, labels, presenter, placeholder and closing slide", () => {
    const read = readNote(deck, 'deck.txt');
    expect(read.questions.map((question) => [question.question, question.answer?.markdown ?? null, question.topic])).toEqual([
      ['Why does attention fix the RNN bottleneck?', 'An RNN squeezes the past into one hidden state; attention looks at every step directly.', null],
      ['Pre-LN vs Post-LN', 'Pre-LN trains stably without warmup; Post-LN may score a little higher but is unstable.', null],
    ]);
    expect(messagesOf(read.vfile).filter((message) => /slide/.test(message))).toEqual([
      '1:slide-frame', '3:slide-frame', '5:slide-frame', '7:slide-frame', '10:slide-frame', '12:slide-frame', '15:slide-frame', '16:closing-slide', '17:slide-frame',
    ]);
  });

  it('is told by two slide numbers at least, each opening a block: one `Slide 1` line is a note\'s own words', () => {
    expect(slideFrame(['Slide 1', 'Title', '', 'What is a slide?'].map((line) => line.trim())).size).toBe(0);
    expect(slideFrame(['See slide 2', 'Slide 3 shows it', 'Notes:'])).toEqual(new Map());
  });

  it('keeps a last slide that says more than thanks', () => {
    const frame = slideFrame(['슬라이드 1', '제목', '', '슬라이드 2', '감사합니다', 'Adam은 왜 빠른가?']);
    expect([...frame]).toEqual([[0, 'slide-frame'], [3, 'slide-frame']]);
  });
});
