import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseText } from '../../src/load/normalise-text.js';

const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

describe('normaliseText', () => {
  it('turns CRLF and lone CR into LF, reporting both kinds once at the first', () => {
    const { text, diagnostics } = normaliseText('a\r\nb\rc\r\nd');
    expect(text).toBe('a\nb\nc\nd');
    expect(diagnostics).toEqual([
      {
        severity: 'info',
        ruleId: 'line-endings',
        message: 'Converted 2 CRLF and 1 lone CR line endings to LF',
        line: 1,
        column: 2,
      },
    ]);
  });

  it('composes to NFC (Hangul typed on macOS arrives decomposed) and names the first changed place', () => {
    const nfd = '제목\n경사 하강법'.normalize('NFD');
    const { text, diagnostics } = normaliseText(nfd);
    expect(text).toBe('제목\n경사 하강법');
    expect(diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'unicode-normalisation', line: 1, column: 1, message: expect.stringContaining('2 lines') }),
    ]);
  });

  it('removes zero-width and invisible characters inside a question, with one message naming the kinds', () => {
    const input = 'Title\nWhat is\u200b drop\u00adout?\u2060 \u200e(\u202aLTR\u202c)\ufeff';
    const { text, diagnostics } = normaliseText(input);
    expect(text).toBe('Title\nWhat is dropout? (LTR)');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'invisible-characters', line: 2, column: 8 });
    expect(diagnostics[0]!.message).toBe(
      'Removed 7 invisible characters (zero-width space, soft hyphen, word joiner, bidirectional mark, zero-width no-break space)',
    );
  });

  it('keeps a zero-width joiner inside an emoji sequence and removes a dangling one', () => {
    const sequences = '👩\u200d💻 🏳\ufe0f\u200d🌈 👩🏽\u200d🔬';
    const { text } = normaliseText(`**Explain dropout** 🟢\u200d\n${sequences}\nA\u200dB`);
    expect(text).toBe(`**Explain dropout** 🟢\n${sequences}\nAB`);
  });

  it('turns non-breaking and other Unicode spaces into ASCII spaces but keeps tabs', () => {
    const { text, diagnostics } = normaliseText('Q:\u00a0What?\n\tindented\u202fcode\u3000x\u2003y');
    expect(text).toBe('Q: What?\n\tindented code x y');
    expect(diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'unicode-spaces', line: 1, column: 3, message: expect.stringContaining('4 ') }),
    ]);
  });

  it('turns the styled letters of social posts (mathematical italic and bold) into plain ones, once told', () => {
    const { text, diagnostics } = normaliseText('Why NMS?\n𝘖𝘶𝘳 𝘰𝘣𝘫𝘦𝘤𝘵 detector finds 𝐁𝐎𝐗𝐄𝐒, 𝟓 of them.');
    expect(text).toBe('Why NMS?\nOur object detector finds BOXES, 5 of them.');
    expect(diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'styled-letters', severity: 'info', line: 2, column: 1, message: 'Replaced 15 styled letters (mathematical bold or italic, as in "𝘖𝘶𝘳 𝘰𝘣𝘫𝘦𝘤𝘵") with plain ones' }),
    ]);
  });

  it("turns a PDF's ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) into the letters they join, once told, lines kept", () => {
    const { text, diagnostics } = normaliseText('Chapter 2\n2.1 What is overﬁtting?\nThe model ﬁts noise; eﬀect, ﬂow, oﬃce, baﬄe, ﬅ ﬆ.');
    expect(text).toBe('Chapter 2\n2.1 What is overfitting?\nThe model fits noise; effect, flow, office, baffle, st st.');
    expect(diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'ligatures', severity: 'info', line: 2, column: 17, message: 'Replaced 8 ligatures (as in "overﬁtting?", as a PDF\'s copied text keeps them) with the letters they join' }),
    ]);
  });

  it("turns the bullets of Word's Symbol font, which a document saved as text keeps as private-use characters, into bullets, once told", () => {
    const { text, diagnostics } = normaliseText('Answer:\n\uF0B7\tDrop rows\n  \uF0A7\tImpute the mean\nThe \uF0B7 in a line stays.');
    expect(text).toBe('Answer:\n•\tDrop rows\n  ▪\tImpute the mean\nThe \uF0B7 in a line stays.');
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'symbol-font-bullets', severity: 'info', line: 2, column: 1, message: expect.stringContaining('Replaced 2 bullets') })]);
  });

  it('reads the full-width label opening a line (`Ｑ１．`, `Ａ：`) as its ASCII letters, once told, and leaves full-width text elsewhere as typed', () => {
    const { text, diagnostics } = normaliseText('Ｑ１．過学習とは何ですか？\nＡ．汎化性能が落ちる現象。\n- **Ａ：** ＡＩ は Ａ社 の製品\nＡ社の例');
    expect(text).toBe('Q1.過学習とは何ですか？\nA.汎化性能が落ちる現象。\n- **A:** ＡＩ は Ａ社 の製品\nＡ社の例');
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'full-width-labels', severity: 'info', line: 1, column: 1, message: 'Read 3 full-width labels (as "Ｑ１．") as their ASCII letters and digits' })]);
  });

  it('repairs the seed-001 mojibake and reports it with its place, before and after', () => {
    const { text, diagnostics } = normaliseText('Intro\n  • Best of luck šŸ‘‹\n');
    expect(text).toBe('Intro\n  • Best of luck 👋\n');
    expect(diagnostics).toEqual([
      {
        severity: 'info',
        ruleId: 'mojibake-repaired',
        message: 'Repaired mojibake: "šŸ‘‹" -> "👋"',
        line: 2,
        column: 18,
      },
    ]);
  });

  it('repairs mojibake before removing soft hyphens and no-break spaces, which are mojibake bytes too', () => {
    // 학습 (ED 95 99 EC 8A B5) and 中 (E4 B8 AD: the AD reads as a soft hyphen).
    expect(normaliseText('í•™ìŠµ ä¸\u00ad').text).toBe('학습 中');
  });

  it('leaves clean text untouched and silent', () => {
    const clean = '# 딥러닝 면접\n\nWhat is a tensor?\n\t- a “typed” array — with shape…\n';
    expect(normaliseText(clean)).toEqual({ text: clean, diagnostics: [] });
  });

  it('never changes the number of lines (property)', () => {
    const piece = fc.constantFrom('a', '한', '\r\n', '\r', '\n', '\u200b', '\u200d', '\u00a0', '\u2028', 'e\u0301', '👋', 'â€™', '\t', '\ufeff');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const input = pieces.join('');
        const { text } = normaliseText(input);
        expect(text.includes('\r')).toBe(false);
        expect(text.split('\n').length).toBe(lineCount(input));
      }),
    );
  });

  it('is idempotent: normalising twice changes nothing more (property)', () => {
    const piece = fc.constantFrom('a', '한', '\r\n', '\r', '\u200b', '\u00ad', '\u00a0', 'e\u0301', 'šŸ‘‹', 'â€™', ' ', '\t');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const once = normaliseText(pieces.join('')).text;
        expect(normaliseText(once)).toEqual({ text: once, diagnostics: [] });
      }),
    );
  });
});
