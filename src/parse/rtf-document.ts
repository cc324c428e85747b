/**
 * An RTF document (macOS TextEdit saves one by default, WordPad and Word on request) is its plain text: what
 * its groups print, paragraph by paragraph (`\par`, and TextEdit's `\` at a line's end), `\line` a line break
 * and `\tab` a tab, `\'e9` a byte in the document's code page (`\ansicpg1252`, `\ansicpg949` of a Korean
 * Windows), `\u8226?` a character by its number. The groups that print nothing are left out: the tables of
 * fonts, colours and styles, the document's properties (`\info`), pictures and objects, headers and footers,
 * a field's instruction (a link's address; its result, the words shown, stays), and every `{\*\…}` group.
 * Formatting (fonts, sizes, bold) is dropped. No npm package was taken: none maintained reads RTF as text
 * (README, Libraries).
 */
import { convertedText, type ConvertedText, type TextLine } from './converted-text.js';

/** What every RTF file starts with (`{\rtf1`; some writers leave out the version). */
const RTF_START = /^\{\\rtf/;

export function isRtfDocument(text: string): boolean {
  return RTF_START.test(text);
}

/** Groups that hold no text of the document's (RTF 1.9's destinations, those that print nothing). */
const SKIPPED = new Set(
  (
    'fonttbl colortbl stylesheet listtable listoverridetable revtbl rsidtbl filetbl info pict object shp shpinst ' +
    'header headerl headerr headerf footer footerl footerr footerf footnote annotation atnid atnauthor fldinst ' +
    'xe tc bkmkstart bkmkend generator themedata colorschememapping latentstyles datastore xmlnstbl pgdsctbl ' +
    'mmathPr docvar field-instruction nonshppict'
  ).split(' '),
);

/** Control words that stand for a character. */
const CHARACTERS: Readonly<Record<string, string>> = {
  tab: '\t',
  emdash: '—',
  endash: '–',
  emspace: ' ',
  enspace: ' ',
  qmspace: ' ',
  bullet: '•',
  lquote: '‘',
  rquote: '’',
  ldblquote: '“',
  rdblquote: '”',
  cell: '\t',
};

/** A control word: its name, its number, the space that ends it (none of the text's). */
const CONTROL_WORD = /([a-zA-Z]{1,32})(-?\d{1,10})? ?/y;
/** Text up to the next control word, group or line break. */
const PLAIN_RUN = /[^\\{}\r\n]+/y;

/** Control words that end a line. */
const BREAKS = new Set(['par', 'line', 'sect', 'page', 'row']);

/** The code pages `\ansicpg` names, by the names TextDecoder knows them by. */
function codePage(number: number): string {
  switch (number) {
    case 932:
      return 'shift_jis';
    case 936:
      return 'gbk';
    case 949:
      return 'euc-kr';
    case 950:
      return 'big5';
    case 10000:
      return 'macintosh';
    default:
      return number === 874 || (number >= 1250 && number <= 1258) ? `windows-${number}` : 'windows-1252';
  }
}

interface Group {
  /** The group prints nothing (a destination left out). */
  skipped: boolean;
  /** How many characters stand after `\uN` for readers that do not know Unicode (`\ucN`, 1 unless set). */
  fallback: number;
}

/** The plain text of an RTF document, each line at the line of the file its text starts on. */
export function rtfToText(rtf: string): ConvertedText & { unclosed: number } {
  const lines: TextLine[] = [];
  let line = '';
  let lineStart: number | undefined;
  let fileLine = 1;
  let decoder = new TextDecoder('windows-1252');
  /** Bytes of `\'hh` escapes not yet decoded: a double-byte code page writes a character as two. */
  let bytes: number[] = [];
  /** Fallback characters after a `\uN` still to skip. */
  let skip = 0;
  const groups: Group[] = [{ skipped: false, fallback: 1 }];
  let group = groups[0]!;
  /** The document's group (`{\rtf1 …}`) was closed. */
  let closedRoot = false;
  /** A `{\*` was just read: the group is an optional destination, left out. */
  let optional = false;
  /** The first control word of a group names its destination. */
  let groupStart = false;

  const flushBytes = (): void => {
    if (bytes.length === 0) return;
    line += decoder.decode(Uint8Array.from(bytes));
    bytes = [];
  };
  const print = (text: string): void => {
    if (group.skipped) return;
    if (skip > 0) {
      skip--;
      return;
    }
    flushBytes();
    if (lineStart === undefined && text.trim() !== '') lineStart = fileLine;
    line += text;
  };
  const endLine = (): void => {
    flushBytes();
    lines.push({ text: line.trimEnd(), fileLine: lineStart ?? fileLine });
    line = '';
    lineStart = undefined;
  };

  for (let i = 0; i < rtf.length; ) {
    const char = rtf[i]!;
    if (char === '{') {
      groups.push({ ...group });
      group = groups.at(-1)!;
      groupStart = true;
      skip = 0;
      i++;
      continue;
    }
    if (char === '}') {
      if (groups.length > 1) groups.pop();
      if (groups.length === 1) closedRoot = true;
      group = groups.at(-1)!;
      groupStart = false;
      optional = false;
      skip = 0;
      i++;
      continue;
    }
    if (char === '\n' || char === '\r') {
      // A line break of the file is none of the text's.
      if (char === '\n') fileLine++;
      i++;
      continue;
    }
    if (char !== '\\') {
      groupStart = false;
      if (skip > 0) {
        print(char);
        i++;
        continue;
      }
      // A run of text at once: most of a document's characters are.
      PLAIN_RUN.lastIndex = i;
      const end = PLAIN_RUN.test(rtf) ? PLAIN_RUN.lastIndex : i + 1;
      print(rtf.slice(i, end));
      i = end;
      continue;
    }
    const next = rtf[i + 1];
    if (next !== undefined && /[a-zA-Z]/.test(next)) {
      CONTROL_WORD.lastIndex = i + 1;
      const word = CONTROL_WORD.exec(rtf)!;
      i = CONTROL_WORD.lastIndex;
      const name = word[1]!;
      const parameter = word[2] === undefined ? undefined : Number(word[2]);
      if (groupStart && (optional || SKIPPED.has(name))) group.skipped = true;
      groupStart = false;
      optional = false;
      if (name === 'bin' && parameter !== undefined && parameter > 0) {
        // Binary data, as many bytes as it says: no text.
        i += parameter;
      } else if (name === 'ansicpg' && parameter !== undefined) {
        decoder = new TextDecoder(codePage(parameter));
      } else if (name === 'mac') {
        decoder = new TextDecoder('macintosh');
      } else if (name === 'uc' && parameter !== undefined) {
        group.fallback = Math.max(0, parameter);
      } else if (name === 'u' && parameter !== undefined) {
        print(String.fromCharCode(parameter < 0 ? parameter + 0x10000 : parameter));
        if (!group.skipped) skip = group.fallback;
      } else if (BREAKS.has(name)) {
        if (!group.skipped) endLine();
      } else if (CHARACTERS[name] !== undefined) {
        print(CHARACTERS[name]);
      }
      continue;
    }
    // A control symbol: a backslash and one character.
    i += 2;
    if (next === '*') {
      optional = true;
      continue;
    }
    groupStart = false;
    if (next === "'") {
      const hex = rtf.slice(i, i + 2);
      i += 2;
      if (!/^[0-9a-fA-F]{2}$/.test(hex) || group.skipped) continue;
      if (skip > 0) {
        skip--;
        continue;
      }
      bytes.push(parseInt(hex, 16));
      continue;
    }
    if (next === '\n' || next === '\r') {
      // TextEdit ends each paragraph with a backslash at the line's end: `\par`.
      if (next === '\n') fileLine++;
      if (!group.skipped) endLine();
      continue;
    }
    if (next === '~') print('\u00a0');
    else if (next === '_') print('-');
    else if (next === '\\' || next === '{' || next === '}') print(next);
    // `\-` (an optional hyphen), `\|`, `\:` print nothing.
  }
  if (line.trim() !== '' || bytes.length > 0) endLine();
  // The document's own group is open until its last `}`: a file cut short leaves it, and those in it, open.
  return { ...convertedText(lines), unclosed: closedRoot ? 0 : groups.length - 1 };
}
