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

  // YouTube's auto-generated captions, as downloaders save them: each cue's text opens with a line of one space, its
  // words carry karaoke timings, and each line rolls: shown again atop the next cue, and alone in a cue of 10 ms.
  const youtube = [
    'WEBVTT',
    'Kind: captions',
    'Language: en',
    '',
    '00:00:00.000 --> 00:00:02.310 align:start position:0%',
    ' ',
    'so<00:00:00.480><c> the</c><00:00:00.640><c> first</c><00:00:00.960><c> question</c><00:00:01.360><c> is</c>',
    '',
    '00:00:02.310 --> 00:00:02.320 align:start position:0%',
    'so the first question is',
    ' ',
    '',
    '00:00:02.320 --> 00:00:05.110 align:start position:0%',
    'so the first question is',
    'what<00:00:02.800><c> is</c><00:00:03.040><c> gradient</c><00:00:03.520><c> clipping?</c>',
    '',
    '00:00:05.110 --> 00:00:05.120 align:start position:0%',
    'what is gradient clipping?',
    ' ',
    '',
    '00:00:05.120 --> 00:00:08.070 align:start position:0%',
    'what is gradient clipping?',
    'it<00:00:05.600><c> rescales</c><00:00:06.000><c> the</c><00:00:06.240><c> gradient</c>',
    '',
    '00:00:08.070 --> 00:00:08.080 align:start position:0%',
    'it rescales the gradient',
    ' ',
    '',
    '00:00:08.080 --> 00:00:10.950 align:start position:0%',
    'it rescales the gradient',
    'next<00:00:08.560><c> one</c><00:00:08.800><c> why</c><00:00:09.000><c> do</c><00:00:09.200><c> we</c><00:00:09.400><c> use</c><00:00:09.600><c> warmup?</c>',
    '',
    '00:00:10.950 --> 00:00:10.960 align:start position:0%',
    'next one why do we use warmup?',
    ' ',
    '',
    '00:00:10.960 --> 00:00:13.000 align:start position:0%',
    'next one why do we use warmup?',
    'early<00:00:11.440><c> updates</c><00:00:11.680><c> are</c><00:00:11.920><c> noisy</c>',
  ].join('\n');

  it("keep a cue's text whole over a line of spaces (WebVTT ends it only at an empty line), its karaoke tags gone, and rolling captions' repeats left out, with a note of how many", () => {
    expect(asked(youtube, 'talk.vtt')).toEqual([
      ['What is gradient clipping?', 7, 'it rescales the gradient'],
      ['Why do we use warmup?', 31, 'early updates are noisy'],
    ]);
    expect(readNote(youtube, 'talk.vtt').vfile.messages[0]!.reason).toBe(
      "Read as WebVTT subtitles: the text of its 9 cues as the lines of a transcript; their numbers and timecodes, and its header, left out; 8 lines that only repeated the cue before's last line, as rolling captions do, left out too",
    );
  });

  it('part two cues at a line of spaces where the next cue or a NOTE follows it, and keep a line said again where the captions do not roll', () => {
    const vtt = ['WEBVTT', '', '00:01.000 --> 00:02.000', 'Is that right?', '   ', '00:02.000 --> 00:03.000', 'No.', '', '00:03.000 --> 00:04.000', 'No.', ' ', 'NOTE cut here', '', '00:05.000 --> 00:06.000', 'Why not?'].join('\n');
    const read = subtitlesToText(vtt.split('\n'), 'vtt');
    expect([read.text, read.cues, read.otherBlocks, read.repeats]).toEqual(['Is that right?\nNo.\nNo.\nWhy not?', 4, 1, 0]);
  });
});
