import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { repairMojibake } from '../../src/load/mojibake.js';

/** What a UTF-8 string looks like after a round trip through Windows-1252 (Latin-1 for its five holes). */
function asWindows1252Mojibake(text: string): string {
  const table = new Map<number, string>([
    [0x80, '€'], [0x82, '‚'], [0x83, 'ƒ'], [0x84, '„'], [0x85, '…'], [0x86, '†'], [0x87, '‡'],
    [0x88, 'ˆ'], [0x89, '‰'], [0x8a, 'Š'], [0x8b, '‹'], [0x8c, 'Œ'], [0x8e, 'Ž'], [0x91, '‘'],
    [0x92, '’'], [0x93, '“'], [0x94, '”'], [0x95, '•'], [0x96, '–'], [0x97, '—'], [0x98, '˜'],
    [0x99, '™'], [0x9a, 'š'], [0x9b, '›'], [0x9c, 'œ'], [0x9e, 'ž'], [0x9f, 'Ÿ'],
  ]);
  return [...Buffer.from(text, 'utf8')].map((b) => table.get(b) ?? String.fromCharCode(b)).join('');
}

describe('repairMojibake', () => {
  it('repairs the waving hand of seed 001, whose first byte went through Windows-1257', () => {
    // c5a1 c5b8 e28098 e280b9 in the file: š (0xF0 in Windows-1257), Ÿ ‘ ‹ (Windows-1252).
    const { text, repairs } = repairMojibake('Best of luck šŸ‘‹');
    expect(text).toBe('Best of luck 👋');
    expect(repairs).toEqual([{ index: 13, before: 'šŸ‘‹', after: '👋' }]);
  });

  it.each([
    ['Itâ€™s', 'It’s'],
    ['â€œquotedâ€\u009d', '“quoted”'],
    ['waitâ€¦', 'wait…'],
    ['a â€” b', 'a — b'],
    ['ä¸­æ–‡', '中文'],
    ['í•œêµ­ì–´ ë…¸íŠ¸', '한국어 노트'],
    ['Ð¿Ñ€Ð¸Ð²ÐµÑ‚', 'привет'],
    ['ðŸŽ‰ done', '🎉 done'],
  ])('repairs %j to %j', (broken, repaired) => {
    expect(repairMojibake(broken).text).toBe(repaired);
  });

  it('repairs what UTF-8 -> Windows-1252 did to CJK, Hangul, emoji and typographic punctuation', () => {
    const original = 'Q: 경사 하강법 — “gradient descent”… 🚀 学习';
    const broken = asWindows1252Mojibake(original);
    expect(broken).not.toBe(original);
    expect(repairMojibake(broken).text).toBe(original);
  });

  it.each([
    ['café', 'accented letters are not a UTF-8 sequence'],
    ['naïve', 'a lone lead byte followed by ASCII'],
    ['Ã', 'a stray Ã'],
    ['cafÃ©', 'valid UTF-8 for é, but é is Latin-1: ambiguous, left as written'],
    ['„Ü“', 'one two-byte reading (U+0713) is not convincing enough'],
    ['Ä…', 'one two-byte reading alone'],
    ['1½×2¾ °C · ²', 'Latin-1 symbols next to each other'],
    ['Hello — “world” … ’s', 'real typographic punctuation'],
    ['한국어 노트, 中文, 👋', 'text that is already right'],
  ])('leaves %j alone (%s)', (text) => {
    expect(repairMojibake(text)).toEqual({ text, repairs: [] });
  });

  it('needs corroboration for a letter followed only by prose punctuation, the shape of "café”…"', () => {
    // "café”…" reads as E9 94 85 (U+9505) and must stay; 학 (ED 95 99) has the same shape, "í•™".
    expect(repairMojibake('café”…').text).toBe('café”…');
    expect(repairMojibake('(í•™)').text).toBe('(í•™)');
    // With a convincing neighbour in the same run it is repaired.
    expect(repairMojibake('(í•™ìŠµ)').text).toBe('(학습)');
  });

  it('reports adjacent repaired characters as one repair, separate words separately', () => {
    const text = 'Itâ€™s ì•ˆë…• and ðŸ‘‹';
    const { repairs } = repairMojibake(text);
    expect(repairs.map((r) => [r.index, r.before, r.after])).toEqual([
      [text.indexOf('â€™'), 'â€™', '’'],
      [text.indexOf('ì•ˆë…•'), 'ì•ˆë…•', '안녕'],
      [text.indexOf('ðŸ‘‹'), 'ðŸ‘‹', '👋'],
    ]);
  });

  it('changes nothing in prose without mojibake: words in any script with their punctuation (property)', () => {
    const from = (chars: string) => fc.constantFrom(...chars);
    const syllables = (low: number, high: number) =>
      fc.array(fc.integer({ min: low, max: high }), { minLength: 1, maxLength: 4 }).map((cs) => String.fromCodePoint(...cs));
    const word = fc.oneof(
      fc.array(from('abcxyzABC'), { minLength: 1, maxLength: 8 }).map((c) => c.join('')),
      fc.constantFrom('café', 'naïve', 'résumé', 'déjà', 'à', 'é', 'Übung', 'Straße', 'cœur', 'señor', 'Ærø', 'façade', 'Škoda', 'Dvořák'),
      syllables(0xac00, 0xd7a3), // Hangul
      syllables(0x4e00, 0x9fff), // CJK ideographs
      from('👋🚀✅').map((e) => e),
      fc.constantFrom('m²', '3×3', '90°', '1½', '👩\u200d💻'),
    );
    const closing = from('…’”»™®,').map((c) => c).chain((c) => fc.constantFrom('', c, '”…', '…”', '\u00a0»'));
    const gap = fc.constantFrom(' ', ' — ', ' · ', ' × ', '\n', '\t', ' “', ' «\u00a0', ' (', ') ');
    const prose = fc.array(fc.tuple(word, closing, gap), { maxLength: 12 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(prose, (text) => {
        expect(repairMojibake(text).text).toBe(text);
      }),
    );
  });

  it('undoes Windows-1252 mojibake of characters outside Latin-1 between ASCII words (property)', () => {
    // Characters whose mojibake alone is convincing (see the corroboration test above).
    const wide = fc.constantFrom(...'한국어습경사中文字👋🚀’“”—…•→∇∈');
    const word = fc.array(wide, { minLength: 1, maxLength: 6 }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (words) => {
        const original = words.join(' and ');
        expect(repairMojibake(asWindows1252Mojibake(original)).text).toBe(original);
      }),
    );
  });
});
