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

  it('cuts a word of prose longer than a line where it may be hyphenated, with its hyphen', () => {
    const lines = breakLines([{ kind: 'text', text: 'backpropagation regularization', style: BODY }], shaper, { width: 30, strut });
    const texts = lines.map((line) => lineText(line).trim());
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(30.01);
    // Nothing but the hyphens added: the words read back whole.
    expect(texts.join(' ').replace(/- /g, '')).toBe('backpropagation regularization');
    // Each cut is at one of the dictionary's points: back·prop·a·ga·tion, reg·u·lar·iza·tion.
    const points = { backpropagation: [4, 8, 9, 11], regularization: [3, 4, 7, 10] };
    const pieces = texts.flatMap((text) => text.split(' '));
    let read = '';
    for (const piece of pieces) {
      if (!piece.endsWith('-')) {
        read = '';
        continue;
      }
      read += piece.slice(0, -1);
      const whole = Object.keys(points).find((key) => key.startsWith(read)) as keyof typeof points;
      expect(points[whole], `cut after "${read}"`).toContain(read.length);
    }
    expect(pieces.filter((piece) => piece.endsWith('-')).length).toBeGreaterThan(1);
    // No line ends with a piece of fewer than three letters before its hyphen (`u-` over `lar-`), however narrow.
    const narrow = breakLines([{ kind: 'text', text: 'regularization internationalization', style: BODY }], shaper, { width: 18, strut });
    for (const text of narrow.map((line) => lineText(line).trim()).filter((text) => text.endsWith('-'))) expect(text.length - 1).toBeGreaterThanOrEqual(3);
  });

  it('hyphenates English words only: the US English patterns cut other languages wrongly (İst-anb-ul)', () => {
    const lines = breakLines([{ kind: 'text', text: 'Überparametrisierung', style: BODY }], shaper, { width: 30, strut });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map(lineText).join('')).toBe('Überparametrisierung');
  });

  it('cuts an identifier, a number or code where it runs out of room, without a hyphen', () => {
    for (const [text, style] of [
      ['resnet50_imagenet_pretrained', BODY],
      ['backpropagation', { ...BODY, code: true }],
    ] as const) {
      const lines = breakLines([{ kind: 'text', text, style }], shaper, { width: 30, strut });
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.map(lineText).join('')).toBe(text);
    }
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
