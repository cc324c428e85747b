/**
 * A StrataScratch problem copied as text opens with its title, its difficulty, its number and the companies that
 * asked it, a name a line. Those labels are left out, each line noted: the last company's name was the problem's topic.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const problem = (head: string) =>
  `Highest Salary In Department\n${head}\n\nFind the employee with the highest salary per department.\nOutput the department name and the salary.\n\nTables: employee\n\nMy answer:\nSELECT department, MAX(salary) FROM employee GROUP BY department;\n`;

describe('a copied StrataScratch problem', () => {
  it('leaves out its difficulty, its number and the companies listed under it: no company is the topic of the problem', () => {
    const note = readNote(problem('Difficulty: Medium\nID 9897\nAmazon\nDoorDash'), 'salary.txt');
    expect(note.questions.map((question) => [question.question, question.topic])).toEqual([['Find the employee with the highest salary per department.', null]]);
    expect(messagesOf(note.vfile)).toEqual(['2:site-chrome', '3:site-chrome', '4:site-chrome', '5:site-chrome']);
  });

  it('keeps the lines under its number when they run on into the problem, and a name alone in a note that is no copy of such a page', () => {
    const runOn = readNote(problem('Difficulty: Medium\nID 9897\nAmazon\nFind it fast.'), 'salary.txt');
    // Amazon stays with the line it runs on into, the note's text before its question.
    expect(messagesOf(runOn.vfile)).toEqual(['2:site-chrome', '3:site-chrome', '4:preamble']);
    const notes = readNote('Which company asked about window functions?\nDoorDash\n', 'notes.txt');
    expect(notes.questions.map((question) => question.answer?.text)).toEqual(['DoorDash']);
  });
});
