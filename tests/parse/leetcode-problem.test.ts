/**
 * A LeetCode problem page copied as text: the problem, then the learner's own solution, among the page's tabs, its
 * feedback widget and its stats. The widget asks the reader, not the interview; all of it is left out, each line noted.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const problem =
  '1. Two Sum\nSolved\nEasy\nTopics\nCompanies\nHint\nGiven an array of integers nums and an integer target, return indices of the two numbers such that they add up to target.\n\nExample 1:\n\nInput: nums = [2,7,11,15], target = 9\nOutput: [0,1]\n';

describe('a copied LeetCode problem page', () => {
  it("leaves out its tabs, its widget's question with its rating and buttons, and its stats with their counts: the learner's solution answers the problem", () => {
    const note = readNote(`${problem}\nSeen this question in a real interview before?\n1/5\nYes\nNo\nAccepted\n14.2M\nSubmissions\n26.5M\nAcceptance Rate\n53.6%\n\nMy solution: one pass with a dict, O(n).\n`, 'two-sum.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      [
        'Given an array of integers nums and an integer target, return indices of the two numbers such that they add up to target.',
        'Example 1:\nInput: nums = [2,7,11,15], target = 9\nOutput: [0,1]\nMy solution: one pass with a dict, O(n).',
      ],
    ]);
    expect(messagesOf(note.vfile)).toEqual([2, 3, 4, 5, 6, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23].map((line) => `${line}:site-chrome`));
  });

  it('keeps those words in a note that is no copy of such a page (one mark of it at most): they may answer', () => {
    const note = readNote('Was the offer accepted?\nAccepted\n\nHow hard was the coding round?\nEasy\n\nSeen this question in a real interview before?\nYes\n', 'notes.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Was the offer accepted?', 'Accepted'],
      ['How hard was the coding round?', 'Easy'],
      ['Seen this question in a real interview before?', 'Yes'],
    ]);
  });
});
