import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, type Decoded } from '../../src/load/decode.js';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))));

function asText(decoded: Decoded) {
  if (decoded.kind !== 'text') throw new Error(`expected text, got binary: ${decoded.reason}`);
  return decoded;
}

describe('decodeBytes: UTF-8', () => {
  it('reads UTF-8 without a byte order mark and says nothing about it', () => {
    const decoded = asText(decodeBytes(utf8('What is dropout?\n드롭아웃이란?\n')));
    expect(decoded).toEqual({ kind: 'text', text: 'What is dropout?\n드롭아웃이란?\n', encoding: 'utf-8', diagnostics: [] });
  });

  it('takes as plain UTF-8 exactly the bytes a strict UTF-8 decoder accepts, with the same text', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    // Text of every plane, without controls (which make a file binary), its bytes sometimes damaged:
    // overlong forms, encoded surrogates, cut sequences, stray continuation bytes.
    const text = fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => s.replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, ''));
    const damage = fc.array(fc.tuple(fc.nat(), fc.constantFrom(0x80, 0xbf, 0xc0, 0xc1, 0xed, 0xf4, 0xf5, 0xff)), { maxLength: 2 });
    fc.assert(
      fc.property(text, damage, (value, changes) => {
        const input = utf8(`a ${value} z`);
        for (const [at, byte] of changes) input[at % input.length] = byte;
        let expected: string | undefined;
        try {
          expected = strict.decode(input);
        } catch {
          expected = undefined;
        }
        const decoded = decodeBytes(input);
        const plain = decoded.kind === 'text' && decoded.encoding === 'utf-8' && decoded.diagnostics.length === 0;
        expect(plain ? decoded.text : undefined).toBe(expected?.replaceAll('\u0000', ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('drops a UTF-8 byte order mark', () => {
    const decoded = asText(decodeBytes(bytes([0xef, 0xbb, 0xbf], '# Notes\n')));
    expect(decoded.text).toBe('# Notes\n');
    expect(decoded.encoding).toBe('utf-8');
  });

  it('replaces invalid UTF-8 with U+FFFD and warns once, naming the first bad place and the count', () => {
    const input = bytes('한국어 line\nsecond é ', [0xff, 0x80], ' tail\n', [0xc3]);
    const decoded = asText(decodeBytes(input));
    expect(decoded.text).toBe('한국어 line\nsecond é \ufffd\ufffd tail\n\ufffd');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.diagnostics).toHaveLength(1);
    expect(decoded.diagnostics[0]).toMatchObject({ severity: 'warning', ruleId: 'invalid-utf8', line: 2, column: 10 });
    expect(decoded.diagnostics[0]!.message).toContain('3 byte sequences');
    expect(decoded.diagnostics[0]!.message).toContain('2:10');
  });
});

describe('decodeBytes: UTF-16 and UTF-32', () => {
  const sample = 'Q: 경사 하강법?\r\nA: 👋 gradient descent\n';

  it('reads UTF-16 LE with a byte order mark', () => {
    const decoded = asText(decodeBytes(bytes([0xff, 0xfe], [...Buffer.from(sample, 'utf16le')])));
    expect(decoded.text).toBe(sample);
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.diagnostics).toEqual([expect.objectContaining({ severity: 'info', ruleId: 'encoding' })]);
  });

  it('reads UTF-16 BE with a byte order mark', () => {
    const be = Buffer.from(sample, 'utf16le').swap16();
    const decoded = asText(decodeBytes(bytes([0xfe, 0xff], [...be])));
    expect(decoded.text).toBe(sample);
    expect(decoded.encoding).toBe('utf-16be');
  });

  it('recognises UTF-16 without a byte order mark from the NUL bytes of mostly-ASCII text', () => {
    const text = 'What is overfitting?\nA model that memorises noise.\n';
    const le = asText(decodeBytes(new Uint8Array(Buffer.from(text, 'utf16le'))));
    const be = asText(decodeBytes(new Uint8Array(Buffer.from(text, 'utf16le').swap16())));
    expect([le.text, le.encoding]).toEqual([text, 'utf-16le']);
    expect([be.text, be.encoding]).toEqual([text, 'utf-16be']);
    expect(le.diagnostics[0]!.message).toMatch(/no byte order mark/);
  });

  it('reads UTF-32 LE with a byte order mark', () => {
    const codePoints = [...'A👋'].map((c) => c.codePointAt(0)!);
    const body = Buffer.alloc(codePoints.length * 4);
    codePoints.forEach((cp, i) => body.writeUInt32LE(cp, i * 4));
    expect(asText(decodeBytes(bytes([0xff, 0xfe, 0, 0], [...body]))).text).toBe('A👋');
  });
});

describe('decodeBytes: legacy encodings', () => {
  it('reads EUC-KR (CP949) Korean that is not valid UTF-8, and says so', () => {
    const korean = '경사 하강법이란 무엇인가?\n손실 함수를 줄이는 방법.\n';
    const euckr = [...korean].flatMap((c) => encodeEucKr(c));
    const decoded = asText(decodeBytes(new Uint8Array(euckr)));
    expect(decoded.text).toBe(korean);
    expect(decoded.encoding).toBe('euc-kr');
    expect(decoded.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', ruleId: 'encoding' })]);
    expect(decoded.diagnostics[0]!.message).toContain('EUC-KR');
  });

  it('reads the Hangul only CP949 has (똠, 햏, 뷁: Korean Windows saves them; plain EUC-KR has no code for them)', () => {
    // CP949 codes as Windows and glibc's iconv write them: 똠 8C 63, 햏 C1 64, 뷁 94 EE; the rest is EUC-KR.
    const note = bytes('# ', [0x8c, 0x63], ' ', [0xc1, 0x64], ' ', [0x94, 0xee], ' ', ...[...'이란 무엇인가?\n'].map((c) => encodeEucKr(c)));
    const decoded = asText(decodeBytes(note));
    expect(decoded.text).toBe('# 똠 햏 뷁 이란 무엇인가?\n');
    expect(decoded.encoding).toBe('euc-kr');
  });

  it('reads Windows-1252 text, typographic quotes included (which Node 20 would decode as Latin-1)', () => {
    const decoded = asText(decodeBytes(bytes('caf', [0xe9], ' ', [0x93], 'quoted', [0x94], ' ', [0x85], '\n')));
    expect(decoded.text).toBe('café “quoted” …\n');
    expect(decoded.encoding).toBe('windows-1252');
  });

  it('keeps a UTF-8 note with a single bad byte as UTF-8 instead of re-reading it as a legacy encoding', () => {
    const decoded = asText(decodeBytes(bytes('한국어 노트 é ', [0xe9], '\n')));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('한국어 노트 é \ufffd\n');
  });
});

describe('a note saved in a Chinese, Japanese or Korean Windows "ANSI" encoding', () => {
  const hex = (digits: string) => new Uint8Array(Buffer.from(digits, 'hex'));

  it('is read as GBK when it is Chinese, though CP949 reads the same bytes without error', () => {
    // 问：什么是梯度爆炸？ / 答：梯度指数级增大。 in GBK; CP949 reads them as 狂：痂척角炅똑괵珞？
    const decoded = asText(decodeBytes(hex('cecaa3bacab2c3b4cac7ccddb6c8b1acd5a8a3bf0ab4f0a3baccddb6c8d6b8cafdbcb6d4f6b4f3a1a30a')));
    expect(decoded.text).toBe('问：什么是梯度爆炸？\n答：梯度指数级增大。\n');
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.diagnostics).toEqual([expect.objectContaining({ ruleId: 'encoding', message: expect.stringContaining('GBK') })]);
  });

  it('is read as Shift_JIS when it is Japanese, instead of being refused as a binary file', () => {
    // バッチ正規化の利点は？ / 学習が安定します。 as Japanese Windows saves it.
    const decoded = asText(decodeBytes(hex('836f8362836090b38b4b89bb82cc9798935f82cd81480a8a778f4b82aa88c092e882b582dc82b781420a')));
    expect(decoded.text).toBe('バッチ正規化の利点は？\n学習が安定します。\n');
    expect(decoded.encoding).toBe('shift_jis');
    expect(decoded.diagnostics[0]!.message).toContain('Shift_JIS');
  });

  it('is read as EUC-JP when it is Japanese in the Unix encoding', () => {
    const decoded = asText(decodeBytes(hex('a5d0a5c3a5c1c0b5b5acb2bda4cecdf8c5c0a4cfa1a90ab3d8bdaca4acb0c2c4eaa4b7a4dea4b9a1a30a')));
    expect(decoded.text).toBe('バッチ正規化の利点は？\n学習が安定します。\n');
    expect(decoded.encoding).toBe('euc-jp');
  });

  it('is still read as CP949 when it is Korean with a few Hanja, which GBK also reads without error', () => {
    const decoded = asText(
      decodeBytes(hex('b0e6bbe720c7cfb0adb9fd28cccbded8f9bbcbbddbf629c0ccb6f520b9abbef9c0ceb0a13f0abcd5bdc720c7d4bcf6b8a620c1d9c0ccb4c220b9e6b9fd2e0a')),
    );
    expect(decoded.text).toBe('경사 하강법(傾斜下降法)이란 무엇인가?\n손실 함수를 줄이는 방법.\n');
    expect(decoded.encoding).toBe('euc-kr');
  });
});

describe('decodeBytes: binary files', () => {
  it.each([
    ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
    ['PDF document', [...Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')]],
    ['ZIP archive', [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]],
    ['SQLite database', [...Buffer.from('SQLite format 3\0')]],
    ['gzip archive', [0x1f, 0x8b, 8, 0]],
  ])('refuses a %s by its magic number', (name, magic) => {
    const decoded = decodeBytes(bytes(magic, 'rest of the file'));
    expect(decoded).toEqual({ kind: 'binary', reason: `binary file (${name})` });
  });

  it('refuses a file full of NUL bytes', () => {
    const data = new Uint8Array(4096);
    for (let i = 0; i < data.length; i += 3) data[i] = 0x41;
    expect(decodeBytes(data)).toMatchObject({ kind: 'binary', reason: 'binary file (NUL bytes)' });
  });

  it.each([
    ['SOH', 0x01],
    ['backspace', 0x08],
    ['shift out', 0x0e],
    ['substitute', 0x1a],
    ['unit separator', 0x1f],
  ])('refuses a file of which more than a tenth is control characters (%s)', (_, control) => {
    // One control byte in every five: too many for a note.
    const data = utf8('abcd'.repeat(200)).map((byte, i) => (i % 5 === 4 ? control : byte));
    expect(decodeBytes(data)).toMatchObject({ kind: 'binary', reason: 'binary file (control characters)' });
  });

  it('reads tab, line breaks, vertical tab, form feed and escape as text, however many', () => {
    const text = 'a\tb\nc\r\nd\u000be\ff\u001b[1mg\n'.repeat(50);
    expect(asText(decodeBytes(utf8(text))).text).toBe(text);
  });

  it('refuses random bytes that no encoding reads', () => {
    const data = new Uint8Array(2048).map((_, i) => ((i * 73 + 41) % 251) | 0x80);
    expect(decodeBytes(data).kind).toBe('binary');
  });

  it('does not take a note that starts like a magic number for binary ("ID3 is ...")', () => {
    expect(asText(decodeBytes(utf8('ID3 is a decision tree algorithm.\n'))).text).toMatch(/^ID3/);
  });

  it('removes a few stray NUL bytes from a text file, with a warning at the first and the lines named', () => {
    const text = 'line one\nline\0 two\nthree\n' + 'more text to make the NULs a tiny share\n'.repeat(3) + 'end\0\n';
    const decoded = asText(decodeBytes(utf8(text)));
    expect(decoded.text).toBe(text.replaceAll('\0', ''));
    expect(decoded.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', ruleId: 'nul-bytes', line: 2, column: 5 }),
    ]);
    expect(decoded.diagnostics[0]!.message).toBe('Removed 2 NUL bytes (lines 2, 7)');
  });
});

/** EUC-KR bytes of one character, found by searching the decoder (Node has no EUC-KR encoder). */
function encodeEucKr(char: string): number[] {
  if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)];
  const decoder = new TextDecoder('euc-kr');
  for (let lead = 0xb0; lead <= 0xc8; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      if (decoder.decode(Uint8Array.of(lead, trail)) === char) return [lead, trail];
    }
  }
  throw new Error(`no EUC-KR code for ${char}`);
}
