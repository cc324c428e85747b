/**
 * READMEs written before GitHub rendered math show formulas as pictures of a
 * TeX rendering service; the TeX is in the picture's address. Read as math,
 * the formula reaches the answer's text, the card and the sheet.
 */
import { describe, expect, it } from 'vitest';
import { formulaOf } from '../../src/parse/formula-images.js';
import { readNote } from '../helpers/read-note.js';

describe('the TeX of a formula picture', () => {
  it('is read from codecogs, GitHub and Google Charts addresses, without codecogs\' rendering options', () => {
    expect(formulaOf('https://latex.codecogs.com/svg.latex?\\small&space;P(A|B)=\\frac{P(A\\cap&space;B)}{P(B)}')).toBe('P(A|B)=\\frac{P(A\\cap B)}{P(B)}');
    expect(formulaOf('https://latex.codecogs.com/png.latex?\\dpi{120}\\bg_white&space;\\lambda\\sum_i&space;|w_i|')).toBe('\\lambda\\sum_i |w_i|');
    expect(formulaOf('https://render.githubusercontent.com/render/math?math=y%3Dx')).toBe('y=x');
    expect(formulaOf('https://chart.apis.google.com/chart?cht=tx&chl=\\beta')).toBe('\\beta');
  });

  it('is none for other pictures', () => {
    expect(formulaOf('https://example.com/plot.png?size=large')).toBeUndefined();
    expect(formulaOf('images/12.4.graph.png')).toBeUndefined();
    expect(formulaOf('https://chart.apis.google.com/chart?cht=p3&chd=t:60,40')).toBeUndefined();
  });
});

describe('a formula picture in an answer', () => {
  it('is display math alone in its block, inline math in a line, with GitHub\'s link around it', () => {
    const note = readNote(
      '## 통계\n- 조건부 확률은 무엇일까요?\n  - <img src="https://latex.codecogs.com/svg.latex?\\small&space;P(A|B)=\\frac{P(A\\cap&space;B)}{P(B)}"/>\n- ReLU는 왜 비선형인가요?\n  - 양수일 때 [![img](https://render.githubusercontent.com/render/math?math=y%3Dx)](https://render.githubusercontent.com/render/math?math=y%3Dx)인 선형 함수와 <img src="https://latex.codecogs.com/svg.latex?y=0">인 함수의 결합이다.\n',
    );
    expect(note.questions.map((question) => question.answer?.markdown)).toEqual([
      '- $$\n  P(A|B)=\\frac{P(A\\cap B)}{P(B)}\n  $$',
      '- 양수일 때 $y=x$인 선형 함수와 $y=0$인 함수의 결합이다.',
    ]);
    expect(note.questions[1]!.answer!.text).toBe('• 양수일 때 \\(y=x\\)인 선형 함수와 \\(y=0\\)인 함수의 결합이다.');
  });
});
