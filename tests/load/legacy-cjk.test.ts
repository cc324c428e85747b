/**
 * The reading of a legacy CJK note (legacy-cjk.ts) is the one whose letters are most the common characters of its
 * language; each candidate encoding is decoded once, and none after a reading all of whose letters are common, which no
 * later one can beat.
 */
import iconv from 'iconv-lite';
import { describe, expect, it, vi } from 'vitest';

/** The encodings strictly decoded (every candidate but CP949, which iconv-lite reads), in order. */
const decoded = vi.hoisted(() => [] as string[]);
vi.mock('../../src/load/strict-decode.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/load/strict-decode.js')>();
  return {
    strictDecode: (encoding: string, bytes: Uint8Array) => {
      decoded.push(encoding);
      return original.strictDecode(encoding, bytes);
    },
  };
});
const { readAsCjk } = await import('../../src/load/legacy-cjk.js');

const cp949 = (text: string) => new Uint8Array(iconv.encode(text, 'cp949'));

describe('a Korean note saved as CP949', () => {
  it('is read as CP949 and no other reading is tried when every letter of it is a common syllable', () => {
    decoded.length = 0;
    const note = '경사 하강법이란 무엇인가?\n손실 함수를 최소화하는 방법.\n';
    expect(readAsCjk(cp949(note))).toEqual({ text: note, encoding: 'euc-kr', name: 'EUC-KR (CP949)' });
    expect(decoded).toEqual([]);
  });

  it('has the other readings tried, each once, when some of its letters are not common (Hanja), and is still read as CP949', () => {
    decoded.length = 0;
    const note = '경사 하강법(傾斜下降法)이란 무엇인가?\n';
    expect(readAsCjk(cp949(note))?.encoding).toBe('euc-kr');
    expect(decoded).toEqual(['gb18030', 'shift_jis', 'euc-jp']);
  });
});
