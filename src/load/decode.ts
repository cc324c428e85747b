/**
 * Bytes -> text, with the encoding detected rather than assumed: notes come
 * from editors, browsers and old Windows machines. UTF-8 is the default;
 * a byte order mark or an unambiguous NUL pattern means UTF-16; bytes that
 * are not UTF-8 but read well as CP949, GBK, Shift_JIS, EUC-JP or Windows-1252
 * are decoded so;
 * anything that looks like a binary file is refused with a reason.
 * Never throws: every decision is reported as a diagnostic.
 */
import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from '../report/diagnostic.js';
import { binarySignature } from './binary-signature.js';
import { readAsCjk } from './legacy-cjk.js';
import { placesIn } from './position.js';
import { decodeWindows1252, isUndefinedInWindows1252 } from './windows-1252.js';
import { strictDecode } from './strict-decode.js';
import { shareOfNonAscii } from './non-ascii-share.js';

export interface DecodedText {
  kind: 'text';
  text: string;
  /** 'utf-8', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be', 'euc-kr', 'gb18030', 'shift_jis', 'euc-jp' or 'windows-1252'. */
  encoding: string;
  diagnostics: Diagnostic[];
}

export type Decoded = DecodedText | { kind: 'binary'; reason: string };

/** More NUL bytes than this share (or than 8) means a binary file, not a text with stray NULs. */
const NUL_SHARE_OF_BINARY = 0.01;
/** More control characters (NUL included) than this share means a binary file. */
const CONTROL_SHARE_OF_BINARY = 0.1;
/**
 * When no encoding reads the bytes and more than this share of them are not
 * UTF-8, the file is binary (compressed or random data): decoding it would
 * give a page of U+FFFD, not a note.
 */
const INVALID_SHARE_OF_BINARY = 0.2;

export function decodeBytes(bytes: Uint8Array): Decoded {
  const signature = binarySignature(bytes);
  if (signature) return { kind: 'binary', reason: `binary file (${signature})` };

  const declared = byteOrderMark(bytes);
  if (declared) {
    const decoded = decodeUtf16Or32(bytes.subarray(declared.length), declared.encoding);
    if (decoded.kind === 'binary') return decoded;
    const message = `Decoded as ${declared.encoding.toUpperCase()} (byte order mark)`;
    decoded.diagnostics.unshift(info('encoding', message, { line: 1, column: 1 }));
    return withoutNuls(decoded);
  }

  const inferred = utf16ByNulPattern(bytes);
  if (inferred) {
    const text = strictDecode(inferred, bytes);
    if (text !== undefined && controlShare(text) <= CONTROL_SHARE_OF_BINARY) {
      const message = `Decoded as ${inferred.toUpperCase()} (no byte order mark; inferred from the pattern of NUL bytes)`;
      const diagnostics = [info('encoding', message, { line: 1, column: 1 })];
      return withoutNuls({ kind: 'text', text, encoding: inferred, diagnostics });
    }
  }

  const binary = binaryByContent(bytes);
  if (binary) return { kind: 'binary', reason: `binary file (${binary})` };

  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  const decoded = decodeUtf8OrLegacy(body);
  return decoded.kind === 'binary' ? decoded : withoutNuls(decoded);
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return { encoding: 'utf-32le', length: 4 };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

function decodeUtf16Or32(bytes: Uint8Array, encoding: string): Decoded {
  if (encoding.startsWith('utf-32')) {
    const text = decodeUtf32(bytes, encoding === 'utf-32le');
    if (text === undefined) return { kind: 'binary', reason: `binary file (not valid ${encoding.toUpperCase()})` };
    return { kind: 'text', text, encoding, diagnostics: [] };
  }
  const strict = strictDecode(encoding, bytes);
  if (strict !== undefined) return { kind: 'text', text: strict, encoding, diagnostics: [] };
  // Odd length or unpaired surrogates: keep what decodes, mark the rest.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const bad = text.indexOf('\ufffd');
  const place = bad >= 0 ? placesIn(text)(bad) : undefined;
  const message = `Invalid ${encoding.toUpperCase()}: replaced what does not decode with U+FFFD`;
  return { kind: 'text', text, encoding, diagnostics: [warning('invalid-encoding', message, place)] };
}

/** TextDecoder has no UTF-32; these files are rare enough for a plain loop. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string | undefined {
  if (bytes.length % 4 !== 0) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 4) {
    const codePoint = view.getUint32(i, littleEndian);
    if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return undefined;
    parts.push(String.fromCodePoint(codePoint));
  }
  return parts.join('');
}

/**
 * UTF-16 without a byte order mark is recognisable only when the text is
 * mostly ASCII: then every other byte is NUL, on the odd side for little
 * endian and the even side for big endian. Korean-only UTF-16 has no such
 * pattern and is left to the other checks.
 */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 1 << 16));
  const pairs = sample.length >> 1;
  // No NUL at all, nothing to count (most files: a native search).
  if (pairs < 2 || sample.indexOf(0) < 0) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNuls++;
    if (sample[i + 1] === 0) oddNuls++;
  }
  if (oddNuls >= pairs * 0.3 && evenNuls <= pairs * 0.02) return 'utf-16le';
  if (evenNuls >= pairs * 0.3 && oddNuls <= pairs * 0.02) return 'utf-16be';
  return undefined;
}

/** A byte that `isBinaryControl` counts. */
const BINARY_CONTROL = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/;

function binaryByContent(bytes: Uint8Array): string | undefined {
  // Most files have none: one native search over the bytes as Latin-1 (a character per byte) finds that out.
  if (!BINARY_CONTROL.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'))) return undefined;
  let nuls = 0;
  let controls = 0;
  // An indexed loop (not for-of, which is several times slower on a Buffer): every byte of every file passes here.
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte >= 0x20) continue;
    if (byte === 0) nuls++;
    else if (isBinaryControl(byte)) controls++;
  }
  if (nuls > Math.max(8, bytes.length * NUL_SHARE_OF_BINARY)) return 'NUL bytes';
  if (nuls + controls > bytes.length * CONTROL_SHARE_OF_BINARY) return 'control characters';
  return undefined;
}

/** C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape. */
function isBinaryControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d && code !== 0x1b;
}

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isBinaryControl(text.charCodeAt(i))) controls++;
  return controls / text.length;
}

interface Utf8Scan {
  /** Well-formed sequences of two to four bytes. */
  multiByte: number;
  /** Ill-formed subsequences, each of which becomes one U+FFFD. */
  invalid: number;
  firstInvalid: number;
}

/** Counts as the WHATWG UTF-8 decoder does, so `invalid` equals the number of U+FFFD it emits. */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { multiByte: 0, invalid: 0, firstInvalid: -1 };
  const fail = (at: number): void => {
    if (scan.invalid++ === 0) scan.firstInvalid = at;
  };
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let needed: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else {
      fail(i);
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < needed; k++, j++) {
      const byte = bytes[j];
      if (byte === undefined || byte < low || byte > high) {
        ok = false;
        break;
      }
      low = 0x80;
      high = 0xbf;
    }
    if (ok) scan.multiByte++;
    else fail(i);
    // On failure the offending byte is not consumed: it may start the next sequence.
    i = j;
  }
  return scan;
}

function decodeUtf8OrLegacy(bytes: Uint8Array): Decoded {
  // Most notes are valid UTF-8: a native check says so without a byte-by-byte
  // scan in JavaScript, which only ill-formed input needs. (Node's strict
  // TextDecoder gives the same answer several times slower.)
  if (isUtf8(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return { kind: 'text', text, encoding: 'utf-8', diagnostics: [] };
  }
  const scan = scanUtf8(bytes);
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

  // Only when UTF-8 explains less of the non-ASCII bytes than it fails on is
  // a legacy encoding considered; a UTF-8 note with one bad byte stays UTF-8.
  if (scan.invalid >= scan.multiByte) {
    const legacy = decodeLegacy(bytes);
    if (legacy) return legacy;
  }

  if (scan.invalid > Math.max(16, bytes.length * INVALID_SHARE_OF_BINARY)) {
    return { kind: 'binary', reason: 'binary file (not text in UTF-8 or a known legacy encoding)' };
  }
  const text = utf8.decode(bytes);
  const firstIndex = utf8.decode(bytes.subarray(0, scan.firstInvalid)).length;
  const place = placesIn(text)(firstIndex);
  const sequences = scan.invalid === 1 ? 'byte sequence' : 'byte sequences';
  const message =
    `Invalid UTF-8: ${scan.invalid} ${sequences} replaced with U+FFFD, ` +
    `the first at ${place.line}:${place.column}`;
  return { kind: 'text', text, encoding: 'utf-8', diagnostics: [warning('invalid-utf8', message, place)] };
}

const WESTERN_PUNCTUATION = new Set([...'€‚„…†‡ˆ‰‹‘’“”•–—˜™›¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿×÷\u00a0\u00ad']);

function decodeLegacy(bytes: Uint8Array): DecodedText | undefined {
  const cjk = readAsCjk(bytes);
  if (cjk) return legacyText(cjk.text, cjk.encoding, cjk.name);
  let nonAsciiBytes = 0;
  for (const byte of bytes) {
    if (isUndefinedInWindows1252(byte)) return undefined;
    if (byte >= 0x80) nonAsciiBytes++;
  }
  // Western text is mostly ASCII with accented letters and typographic punctuation.
  if (nonAsciiBytes > bytes.length * 0.3) return undefined;
  const western = decodeWindows1252(bytes);
  if (shareOfNonAscii(western, (c) => /\p{L}/u.test(c) || WESTERN_PUNCTUATION.has(c)) >= 0.9) {
    return legacyText(western, 'windows-1252', 'Windows-1252');
  }
  return undefined;
}

function legacyText(text: string, encoding: string, name: string): DecodedText {
  const message = `Not valid UTF-8; decoded as ${name}, which reads it without errors`;
  return { kind: 'text', text, encoding, diagnostics: [warning('encoding', message, { line: 1, column: 1 })] };
}

/** A few stray NUL bytes in a text file are removed (they would end C strings downstream). */
function withoutNuls(decoded: DecodedText): DecodedText {
  const first = decoded.text.indexOf('\0');
  if (first < 0) return decoded;
  const placeAt = placesIn(decoded.text);
  const lines: number[] = [];
  let count = 0;
  for (let i = first; i >= 0; i = decoded.text.indexOf('\0', i + 1)) {
    count++;
    const { line } = placeAt(i);
    if (lines[lines.length - 1] !== line) lines.push(line);
  }
  const shown = lines.length > 5 ? `${lines.slice(0, 5).join(', ')}, ...` : lines.join(', ');
  const message = `Removed ${count} NUL ${count === 1 ? 'byte' : 'bytes'} (${lines.length === 1 ? 'line' : 'lines'} ${shown})`;
  return {
    ...decoded,
    text: decoded.text.replaceAll('\0', ''),
    diagnostics: [...decoded.diagnostics, warning('nul-bytes', message, placeAt(first))],
  };
}

function info(ruleId: string, message: string, place?: { line: number; column: number }): Diagnostic {
  return { severity: 'info', ruleId, message, ...place };
}

function warning(ruleId: string, message: string, place?: { line: number; column: number }): Diagnostic {
  return { severity: 'warning', ruleId, message, ...place };
}
