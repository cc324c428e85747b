/**
 * Line breaking: Korean words are never cut, long words are, code keeps its
 * spaces, and every line fits its width.
 */
import { describe, expect, it } from 'vitest';
import { breakLines, canBreakBetween, type Line } from '../../../src/export/pdf/line-breaking.js';
import { BODY, layoutKit } from './layout-kit.js';

const { shaper, fonts } = layoutKit();
const strut = { ascent: fonts.ascent('sans', 8), descent: fonts.descent('sans', 8) };

function lineText(line: Line): string {
  return line.pieces.map((piece) => (piece.kind === 'text' ? piece.text : '□')).join('');
}

const KOREAN =
  '과적합은 모델이 학습 데이터에 지나치게 맞춰져서 새로운 데이터에 대한 일반화 성능이 떨어지는 현상이다. ' +
  '이를 막기 위해 데이터 증강, 정규화, 드롭아웃, 조기 종료, 교차 검증 같은 기법을 함께 사용한다.';

describe('breakLines', () => {
  it('breaks Korean text only between words', () => {
    const words = new Set(KOREAN.split(' '));
    for (const width of [60, 83, 110, 157]) {
      const lines = breakLines([{ kind: 'text', text: KOREAN, style: BODY }], shaper, { width, strut });
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) {
        for (const word of lineText(line).trim().split(' ')) expect(words, `width ${width}: "${word}"`).toContain(word);
      }
      expect(lines.map((line) => lineText(line).trim()).join(' ')).toBe(KOREAN);
    }
  });

  it('keeps every line within the width', () => {
    const text = `${KOREAN} Gradient descent moves the parameters against the gradient of the loss.`;
    const lines = breakLines([{ kind: 'text', text, style: BODY }], shaper, { width: 90, strut });
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(90.01);
  });

  it('cuts a word only when it is longer than a whole line', () => {
    const long = 'https://example.com/a/very/long/path/that/cannot/fit/on/one/line/of/a/cheat/sheet';
    const lines = breakLines([{ kind: 'text', text: `see ${long}`, style: BODY }], shaper, { width: 80, strut });
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map(lineText).join('')).toBe(`see${long}`);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(80.01);
  });

  it('may break after a hyphen between letters', () => {
    expect(canBreakBetween('s', '-', 'e')).toBe(true);
    expect(canBreakBetween(undefined, '-', '1')).toBe(false);
    expect(canBreakBetween('경', '사', '하')).toBe(false);
    expect(canBreakBetween('学', '習', '法')).toBe(true);
  });

  it('keeps runs of spaces and leading indentation in code, and indents wrapped lines', () => {
    const code = { ...BODY, code: true };
    const text = '        return e / e.sum(axis=axis,   keepdims=True)  # a comment that is long enough to wrap onto the next line';
    const lines = breakLines([{ kind: 'text', text, style: code }], shaper, {
      width: 230,
      strut,
      preserveSpaces: true,
      hangingIndent: 30,
    });
    expect(lines.length).toBeGreaterThan(1);
    expect(lineText(lines[0]!).startsWith('        return')).toBe(true);
    expect(lineText(lines[0]!)).toContain('axis,   keepdims');
    expect(lines[0]!.indent).toBe(0);
    expect(lines[1]!.indent).toBe(30);
    expect(lines[1]!.wrapped).toBe(true);
  });

  it('starts a new line at a hard break', () => {
    const lines = breakLines(
      [{ kind: 'text', text: 'one', style: BODY }, { kind: 'break' }, { kind: 'text', text: 'two', style: BODY }],
      shaper,
      { width: 200, strut },
    );
    expect(lines.map(lineText)).toEqual(['one', 'two']);
    expect(lines[1]!.wrapped).toBe(false);
  });

  it('keeps a formula box with the punctuation that follows it', () => {
    const box = { kind: 'box' as const, width: 30, ascent: 6, descent: 2, svg: '<svg/>' };
    const lines = breakLines(
      [{ kind: 'text', text: 'abc def ghi jkl mno', style: BODY }, box, { kind: 'text', text: ', then', style: BODY }],
      shaper,
      { width: 90, strut },
    );
    const withBox = lines.find((line) => line.pieces.some((piece) => piece.kind === 'box'))!;
    expect(lineText(withBox)).toMatch(/□,/);
    expect(withBox.ascent).toBeGreaterThanOrEqual(6);
  });
});
