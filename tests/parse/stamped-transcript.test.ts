/**
 * A video's transcript copied from its page (YouTube's "Show transcript") holds a time stamp alone on a line over
 * each caption line. It is read as the transcript: the stamps left out (one note says how many), the caption lines
 * joined as subtitles' cues are, so that an answer is what was said after its question, whole.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';
import { stampedTranscript } from '../../src/parse/stamped-transcript.js';

const copied = [
  'Transcript',
  '',
  '0:00',
  'Welcome back to the channel.',
  '0:10',
  'Okay, first question: what is the bias-variance tradeoff?',
  '0:15',
  'Bias is error from wrong assumptions, variance is error from',
  '0:20',
  'sensitivity to the training set.',
  '0:31',
  'Great. How would you reduce variance without more data?',
  '0:36',
  'Regularization, ensembling with bagging, or early stopping.',
].join('\n');

describe('a video transcript copied with its time stamps', () => {
  it('is read without the stamps, a sentence over two caption lines one line, and the interviewer\'s lead out of each question', () => {
    const read = readNote(copied, 'transcript.txt');
    expect(read.questions.map((question) => [question.question, question.occurrences[0]!.line, question.answer?.markdown ?? null])).toEqual([
      ['What is the bias-variance tradeoff?', 6, 'Bias is error from wrong assumptions, variance is error from sensitivity to the training set.'],
      ['How would you reduce variance without more data?', 12, 'Regularization, ensembling with bagging, or early stopping.'],
    ]);
    expect(read.vfile.messages.find((message) => message.ruleId === 'stamped-transcript')?.reason).toBe(
      "Read as a video's transcript copied with its time stamps: its 6 time stamp lines (`0:03`) left out, the caption lines under them joined into the lines of a transcript",
    );
  });

  it('is not what times a note names alone on their lines are: a schedule from 9:00, stamps going back, or stamps over no text', () => {
    const schedule = ['9:00', 'Standup', '9:30', 'What is left to review?', '10:00', 'Design review', '10:30', 'Lunch'];
    expect(stampedTranscript(schedule)).toBeUndefined();
    expect(stampedTranscript(['0:05', 'a', '0:10', 'b', '0:02', 'c', '0:20', 'd'])).toBeUndefined();
    expect(stampedTranscript(['0:05', '0:10', '0:15', '0:20', 'd'])).toBeUndefined();
    expect(stampedTranscript(['0:05', 'a', '0:10', 'b', '0:15', 'c'])).toBeUndefined();
  });
});
