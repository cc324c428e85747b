/**
 * A subtitle file of a recorded mock interview (SubRip `.srt`, WebVTT `.vtt`) is read as its transcript: the cues'
 * numbers and timecodes are left out (one note says so), and their text is joined into lines, a sentence that runs
 * over two cues one line, so that its questions are answered by what is said after them.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { subtitlesToText } from '../../src/parse/subtitles.js';

const asked = (text: string, file: string): unknown[] =>
  readNote(text, file).questions.map((question) => [question.question, question.occurrences[0]!.line, question.answer?.markdown ?? null]);

const srt = [
  '1',
  '00:00:05,000 --> 00:00:08,500',
  'What is the difference between bagging and boosting?',
  '',
  '2',
  '00:00:09,000 --> 00:00:14,800',
  'Bagging reduces variance with bootstrap samples,',
  '',
  '3',
  '00:00:14,800 --> 00:00:19,000',
  'boosting reduces bias sequentially.',
  '',
  '4',
  '00:00:20,000 --> 00:00:23,500',
  'How do you handle missing values',
  'in a tree model?',
  '',
  '5',
  '00:00:24,000 --> 00:00:29,000',
  'XGBoost learns a default direction at each split.',
  '',
].join('\n');

describe('SubRip subtitles', () => {
  it('are read as the transcript, each answer the cues said after its question, without cue numbers or timecodes', () => {
    expect(asked(srt, 'interview.srt')).toEqual([
      ['What is the difference between bagging and boosting?', 3, 'Bagging reduces variance with bootstrap samples, boosting reduces bias sequentially.'],
      ['How do you handle missing values in a tree model?', 15, 'XGBoost learns a default direction at each split.'],
    ]);
  });

  it('are told as read so, once, not line by line', () => {
    expect(messagesOf(readNote(srt, 'interview.srt').vfile)).toEqual(['1:subtitles']);
    expect(readNote(srt, 'interview.srt').vfile.messages[0]!.reason).toBe('Read as SubRip subtitles: the text of its 5 cues as the lines of a transcript; their numbers and timecodes left out');
  });

  it('are read so without their cue numbers too, as a copy of them may have lost them', () => {
    const unnumbered = srt.split('\n').filter((line) => !/^\d+$/.test(line)).join('\n');
    expect(readNote(unnumbered, 'interview.txt').questions.map((question) => question.question)).toEqual([
      'What is the difference between bagging and boosting?',
      'How do you handle missing values in a tree model?',
    ]);
  });
});

describe('WebVTT subtitles', () => {
  it("are read without their header, NOTE blocks and cue ids, a voice tag naming the speaker and other tags gone", () => {
    const vtt = [
      'WEBVTT - mock interview',
      'Kind: captions',
      '',
      'NOTE recorded with OBS',
      '',
      'q1',
      '00:05.000 --> 00:08.500 align:start',
      '<v Interviewer>What is <i>dropout</i>?',
      '',
      '00:09.000 --> 00:12.000',
      '<v Me>It zeroes random units,',
      '',
      '00:12.000 --> 00:14.000',
      '<v Me>and scales the rest &amp; more.',
    ].join('\n');
    const read = subtitlesToText(vtt.split('\n'), 'vtt');
    // One speaker's sentence over two cues is one line, under one label.
    expect(read.text).toBe('Interviewer: What is dropout?\nMe: It zeroes random units, and scales the rest & more.');
    expect([read.lineOf(1), read.lineOf(2), read.cues, read.otherBlocks]).toEqual([8, 11, 3, 1]);
  });
});
