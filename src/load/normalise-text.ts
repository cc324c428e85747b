/**
 * Cleans decoded text so that every later stage sees one form of it:
 * LF line endings, mojibake repaired, invisible characters gone, Unicode
 * spaces as ASCII spaces, styled letters (𝘖𝘶𝘳) as plain ones, a PDF's
 * ligatures (ﬁ) as their letters, NFC. Tabs stay (indentation carries code and
 * nesting), and no newline is ever added or removed, so a line number found
 * in the result is the line number in the user's file.
 *
 * One info diagnostic per kind of change, at its first place (each mojibake
 * repair is reported on its own, since it rewrites what the user reads).
 * Places are taken in the text as it was before that step; later steps only
 * shift columns, never lines.
 */
import type { Diagnostic } from '../report/diagnostic.js';
import { repairMojibake } from './mojibake.js';
import { placesIn } from './position.js';

export interface NormalisedText {
  text: string;
  diagnostics: Diagnostic[];
}

/** Past this many, mojibake repairs are summed up in one message instead of one each. */
const MOJIBAKE_MESSAGES = 100;

export function normaliseText(input: string): NormalisedText {
  const diagnostics: Diagnostic[] = [];
  let text = input;
  for (const step of [lineEndings, mojibake, invisibleCharacters, unicodeSpaces, styledLetters, ligatures, symbolFontBullets, fullWidthLabels, unicodeNfc]) {
    const result = step(text);
    text = result.text;
    diagnostics.push(...result.diagnostics);
  }
  return { text, diagnostics };
}

function lineEndings(text: string): NormalisedText {
  const first = text.indexOf('\r');
  if (first < 0) return { text, diagnostics: [] };
  let crlf = 0;
  let lone = 0;
  for (const match of text.matchAll(/\r\n?/g)) {
    if (match[0].length === 2) crlf++;
    else lone++;
  }
  const counts = [crlf && `${crlf} CRLF`, lone && `${lone} lone CR`].filter(Boolean).join(' and ');
  const message = `Converted ${counts} line ${crlf + lone === 1 ? 'ending' : 'endings'} to LF`;
  return {
    text: text.replace(/\r\n?/g, '\n'),
    diagnostics: [note('line-endings', message, text, first)],
  };
}

function mojibake(text: string): NormalisedText {
  const { text: repaired, repairs } = repairMojibake(text);
  if (repairs.length === 0) return { text, diagnostics: [] };
  const placeAt = placesIn(text);
  const diagnostics: Diagnostic[] = repairs.slice(0, MOJIBAKE_MESSAGES).map((repair) => ({
    severity: 'info',
    ruleId: 'mojibake-repaired',
    message: `Repaired mojibake: "${repair.before}" -> "${repair.after}"`,
    ...placeAt(repair.index),
  }));
  const rest = repairs.length - MOJIBAKE_MESSAGES;
  if (rest > 0) {
    const message = `Repaired ${rest} more mojibake ${rest === 1 ? 'sequence' : 'sequences'}`;
    diagnostics.push({ severity: 'info', ruleId: 'mojibake-repaired', message, ...placeAt(repairs[MOJIBAKE_MESSAGES]!.index) });
  }
  return { text: repaired, diagnostics };
}

const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

function invisibleName(char: string): string {
  switch (char) {
    case '\u200b':
      return 'zero-width space';
    case '\u200c':
      return 'zero-width non-joiner';
    case '\u200d':
      return 'zero-width joiner';
    case '\u2060':
      return 'word joiner';
    case '\ufeff':
      return 'zero-width no-break space';
    case '\u00ad':
      return 'soft hyphen';
    case '\u180e':
      return 'Mongolian vowel separator';
    default:
      return /[\u2061-\u2064]/.test(char) ? 'invisible math operator' : 'bidirectional mark';
  }
}

const EMOJI = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}]$/u;

/** A ZWJ inside an emoji sequence (👩‍💻, 🏳️‍🌈) joins a picture, it does not hide text. */
function joinsEmoji(text: string, offset: number): boolean {
  let before = codePointBefore(text, offset);
  if (before?.codePoint === 0xfe0f) before = codePointBefore(text, before.index);
  const after = text.codePointAt(offset + 1);
  return (
    before !== undefined &&
    after !== undefined &&
    EMOJI.test(String.fromCodePoint(before.codePoint)) &&
    EMOJI.test(String.fromCodePoint(after))
  );
}

function codePointBefore(text: string, offset: number): { codePoint: number; index: number } | undefined {
  if (offset <= 0) return undefined;
  const low = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) {
    const high = text.charCodeAt(offset - 2);
    if (high >= 0xd800 && high <= 0xdbff) return { codePoint: text.codePointAt(offset - 2)!, index: offset - 2 };
  }
  return { codePoint: low, index: offset - 1 };
}

function invisibleCharacters(text: string): NormalisedText {
  let first = -1;
  let count = 0;
  const names = new Set<string>();
  const cleaned = text.replace(INVISIBLE, (char: string, offset: number) => {
    if (char === '\u200d' && joinsEmoji(text, offset)) return char;
    if (first < 0) first = offset;
    count++;
    names.add(invisibleName(char));
    return '';
  });
  if (count === 0) return { text, diagnostics: [] };
  const message = `Removed ${count} invisible ${count === 1 ? 'character' : 'characters'} (${[...names].join(', ')})`;
  return { text: cleaned, diagnostics: [note('invisible-characters', message, text, first)] };
}

/**
 * No-break, narrow, thin, ideographic and the other Unicode spaces; the line
 * and paragraph separators too, which editors show as breaks but line
 * counters (and the Markdown parser) do not.
 */
const UNICODE_SPACE = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;

function unicodeSpaces(text: string): NormalisedText {
  let first = -1;
  let count = 0;
  const replaced = text.replace(UNICODE_SPACE, (_space: string, offset: number) => {
    if (count++ === 0) first = offset;
    return ' ';
  });
  if (count === 0) return { text, diagnostics: [] };
  const message = `Replaced ${count} non-breaking or other Unicode ${count === 1 ? 'space' : 'spaces'} with ASCII spaces`;
  return { text: replaced, diagnostics: [note('unicode-spaces', message, text, first)] };
}

/**
 * `text` with each character `pattern` (global) finds in its compatibility form (NFKC: `𝐁` -> `B`, `ﬁ` -> `fi`):
 * how many were, and where the first stood.
 */
function inCompatibilityForm(text: string, pattern: RegExp): { text: string; count: number; first: number } {
  let first = -1;
  let count = 0;
  const replaced = text.replace(pattern, (character: string, offset: number) => {
    if (count++ === 0) first = offset;
    return character.normalize('NFKC');
  });
  return { text: replaced, count, first };
}

/**
 * Letters and digits from Unicode's mathematical alphabets (𝘖𝘶𝘳, 𝐁𝐨𝐥𝐝, 𝟏𝟐), as posts for sites without
 * emphasis style their text: the plain letters they stand for (their compatibility form), which every
 * font has and search finds. Emphasis is the Markdown's to say.
 */
const STYLED_LETTER = /[\u{1D400}-\u{1D7FF}]/gu;

function styledLetters(text: string): NormalisedText {
  const { text: plain, count, first } = inCompatibilityForm(text, STYLED_LETTER);
  if (count === 0) return { text, diagnostics: [] };
  const message = `Replaced ${count} styled ${count === 1 ? 'letter' : 'letters'} (mathematical bold or italic, as in "${[...text.slice(first, first + 40)].slice(0, 10).join('')}") with plain ones`;
  return { text: plain, diagnostics: [note('styled-letters', message, text, first)] };
}

/**
 * The Latin ligatures a PDF's text keeps when copied (`ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ`, U+FB00–FB06: `overﬁtting`, `Deﬁne`): the letters
 * they join, as the author typed them, so that a question reads, is searched and is set in any font as `overfitting`.
 */
const LIGATURE = /[\uFB00-\uFB06]/g;

function ligatures(text: string): NormalisedText {
  const { text: letters, count, first } = inCompatibilityForm(text, LIGATURE);
  if (count === 0) return { text, diagnostics: [] };
  const word = /\S*$/.exec(text.slice(Math.max(0, first - 20), first))![0] + /^\S*/.exec(text.slice(first, first + 20))![0];
  const message = `Replaced ${count} ${count === 1 ? 'ligature' : 'ligatures'} (as in "${word}", as a PDF's copied text keeps them) with the letters ${count === 1 ? 'it joins' : 'they join'}`;
  return { text: letters, diagnostics: [note('ligatures', message, text, first)] };
}

/**
 * A question's or answer's label typed in full-width letters, as a Japanese or Chinese keyboard types it (`Ｑ１．`,
 * `Ａ：`), opening a line (after its indent, a bullet or a bold mark): the ASCII label it stands for (`Q1.`, `A:`),
 * which every reader of labels knows. Only the label: full-width text elsewhere (`ＡＩ`, `Ａ社`) is the author's.
 * Each character becomes one, so columns stay where they were.
 */
const FULL_WIDTH_LABEL = /^([ \t]*(?:[-*+•]\s+)?(?:\*\*)?)([ＱＡ](?:[０-９]+[．：）.:)]?|[．：）]))/gmu;

function fullWidthLabels(text: string): NormalisedText {
  let first = -1;
  let example = '';
  let count = 0;
  const folded = text.replace(FULL_WIDTH_LABEL, (_, lead: string, label: string, offset: number) => {
    if (count++ === 0) [first, example] = [offset + lead.length, label];
    return lead + label.normalize('NFKC');
  });
  if (count === 0) return { text, diagnostics: [] };
  const message = `Read ${count} full-width ${count === 1 ? 'label' : 'labels'} (as "${example}") as ${count === 1 ? 'its' : 'their'} ASCII letters and digits`;
  return { text: folded, diagnostics: [note('full-width-labels', message, text, first)] };
}

/**
 * The bullets of Word's Symbol and Wingdings fonts, which a document saved as plain text keeps as the private-use
 * characters those fonts draw them at (`\uF0B7` and a tab before each item): the bullets they are, so that
 * the lines read as a list.
 */
const SYMBOL_FONT_BULLETS: Readonly<Record<string, string>> = { '\uF0B7': '•', '\uF0A7': '▪', '\uF0D8': '➢', '\uF0FC': '✓', '\uF06E': '■', '\uF0A8': '□', '\uF076': '❖' };
const SYMBOL_FONT_BULLET = /^([ \t]*)([\uF0B7\uF0A7\uF0D8\uF0FC\uF06E\uF0A8\uF076])/gm;

function symbolFontBullets(text: string): NormalisedText {
  let first = -1;
  let count = 0;
  const bulleted = text.replace(SYMBOL_FONT_BULLET, (_, indent: string, bullet: string, offset: number) => {
    if (count++ === 0) first = offset + indent.length;
    return indent + SYMBOL_FONT_BULLETS[bullet]!;
  });
  if (count === 0) return { text, diagnostics: [] };
  const message = `Replaced ${count} ${count === 1 ? 'bullet' : 'bullets'} of Word's Symbol font (private-use characters, as a document saved as text keeps them) with Unicode ones`;
  return { text: bulleted, diagnostics: [note('symbol-font-bullets', message, text, first)] };
}

function unicodeNfc(text: string): NormalisedText {
  const nfc = text.normalize('NFC');
  if (nfc === text) return { text, diagnostics: [] };
  let first = 0;
  while (first < text.length && text.charCodeAt(first) === nfc.charCodeAt(first)) first++;
  // Composition never crosses a line break, so changed lines can be counted line by line.
  const changedLines = text.split('\n').filter((line) => line !== line.normalize('NFC')).length;
  const message = `Normalised to Unicode NFC (${changedLines} ${changedLines === 1 ? 'line' : 'lines'} changed)`;
  return { text: nfc, diagnostics: [note('unicode-normalisation', message, text, first)] };
}

function note(ruleId: string, message: string, text: string, index: number): Diagnostic {
  return { severity: 'info', ruleId, message, ...placesIn(text)(index) };
}
