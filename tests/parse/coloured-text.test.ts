/**
 * GitHub draws math but drops styles, so READMEs colour text with a formula
 * (`${\color{red} Objective:}$`). A formula that only colours text is read as
 * that text; one with math besides the colour stays math.
 */
import { describe, expect, it } from 'vitest';
import { colouredText } from '../../src/parse/coloured-text.js';
import { readNote } from '../helpers/read-note.js';

describe('coloured text written as math', () => {
  it('is its text, whichever way the colour is written', () => {
    expect(colouredText('{\\color{red} Objective:}')).toBe('Objective:');
    expect(colouredText('\\color{blue}{\\text{ML-DL Interview}}')).toBe('ML-DL Interview');
    expect(colouredText('\\textcolor{green}{\\textbf{Note}}')).toBe('Note');
    expect(colouredText('\\color{red}\\text{Bias}\\ \\text{and variance}')).toBe('Bias and variance');
  });

  it('is math when there is math besides the colour, or no colour at all', () => {
    expect(colouredText('\\color{red}{x^2 + y^2}')).toBeUndefined();
    expect(colouredText('{\\color{red} \\frac{1}{2}}')).toBeUndefined();
    expect(colouredText('\\text{loss}')).toBeUndefined();
  });

  it('names the section its heading opens, as plain text', () => {
    const note = readNote('# ${\\color{blue} ML Interview}$\n\n# ${\\color{red} Basics}$<br>\n\n## 1.Q: What is a Perceptron?\n\nA linear classifier.\n\n## 2.Q: What is $\\color{red}{x^2}$ here?\n\nA square.\n');
    expect(note.questions.map((question) => [question.question, question.topic])).toEqual([
      ['What is a Perceptron?', 'Basics'],
      ['What is \\(\\color{red}{x^2}\\) here?', 'Basics'],
    ]);
  });
});
