/**
 * Chooses among the "ANSI" encodings of Korean, Chinese and Japanese Windows for bytes that are
 * not UTF-8. Their double-byte ranges overlap, so most Korean or Chinese bytes decode without
 * error in both CP949 and GBK: the reading chosen is the one whose letters are mostly the common
 * characters of its language (`common-cjk.ts`), and each candidate must read without errors.
 */
import iconv from 'iconv-lite';
import { isCommonIn, type CjkLanguage } from './common-cjk.js';
import { strictDecode } from './strict-decode.js';
import { shareOfNonAscii } from './non-ascii-share.js';

export interface CjkReading {
  text: string;
  /** 'euc-kr' (read as CP949), 'gb18030', 'shift_jis' or 'euc-jp'. */
  encoding: string;
  /** How a diagnostic names it. */
  name: string;
}

interface Candidate {
  encoding: string;
  name: string;
  language: CjkLanguage;
  decode: (bytes: Uint8Array) => string | undefined;
}

// In order of preference when two read equally well: Korean first, as it was the only one read before.
const CANDIDATES: readonly Candidate[] = [
  { encoding: 'euc-kr', name: 'EUC-KR (CP949)', language: 'korean', decode: decodeCp949 },
  { encoding: 'gb18030', name: 'GBK (GB18030)', language: 'chinese', decode: (b) => strictDecode('gb18030', b) },
  { encoding: 'shift_jis', name: 'Shift_JIS', language: 'japanese', decode: (b) => strictDecode('shift_jis', b) },
  { encoding: 'euc-jp', name: 'EUC-JP', language: 'japanese', decode: (b) => strictDecode('euc-jp', b) },
];

/**
 * Below this share of common characters among its letters a reading is not taken: a Korean
 * note has most of its syllables in the list, Chinese read as Korean a tenth or less.
 */
const COMMON_SHARE_OF_READING = 0.3;

export function readAsCjk(bytes: Uint8Array): CjkReading | undefined {
  let best: { candidate: Candidate; text: string; share: number } | undefined;
  /** The CP949 reading, kept for the fallback below: a large note is not decoded again. */
  let korean: string | undefined;
  for (const candidate of CANDIDATES) {
    const text = candidate.decode(bytes);
    if (text === undefined) continue;
    if (candidate.language === 'korean') korean = text;
    const share = commonShare(text, candidate.language);
    if (share >= COMMON_SHARE_OF_READING && (!best || share > best.share)) best = { candidate, text, share };
    // Every letter common: no later reading can do better (it must do strictly better), so none is decoded.
    if (best?.share === 1) break;
  }
  if (best) return { text: best.text, encoding: best.candidate.encoding, name: best.candidate.name };
  // A Korean note of few and rare words (`똠 햏`) has no common syllables but is still mostly Hangul (four letters in
  // five), which Chinese read as CP949 never is (a good third of it comes out as Hanja).
  if (korean !== undefined && shareOfNonAscii(korean, isHangulSyllable, isLetter) >= HANGUL_SHARE_OF_KOREAN) {
    return { text: korean, encoding: 'euc-kr', name: 'EUC-KR (CP949)' };
  }
  return undefined;
}

const HANGUL_SHARE_OF_KOREAN = 0.8;

/**
 * The share of the text's letters beyond ASCII (and of its private-use characters, which a wrong
 * reading of user-defined rows gives) that are common in `language`. Punctuation and full-width
 * forms, which all these encodings share, are not counted.
 */
function commonShare(text: string, language: CjkLanguage): number {
  return shareOfNonAscii(text, (char) => isCommonIn(language, char), isCountedLetter);
}

/** What a reading's share counts: a letter, or a private-use character; no full-width form. */
function isCountedLetter(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (isLetter(char) || (code >= 0xe000 && code <= 0xf8ff)) && !(code >= 0xff01 && code <= 0xff5e);
}

const LETTER = /\p{L}/u;

function isLetter(char: string): boolean {
  return LETTER.test(char);
}

function isHangulSyllable(char: string): boolean {
  return char >= '\uac00' && char <= '\ud7a3';
}

/**
 * EUC-KR as Korean Windows saves it is CP949 (Unified Hangul Code), its superset: 8,822 more
 * syllables (똠, 햏, 뷁) in lead bytes 0x81 to 0xC6. Node's `euc-kr` TextDecoder is ICU's plain
 * EUC-KR, which reads those as something else (똠 became `c`) or fails, so iconv-lite's CP949 is
 * used. It replaces what it cannot read with U+FFFD, which no CP949 byte sequence stands for:
 * one in the text means the bytes are not CP949.
 */
function decodeCp949(bytes: Uint8Array): string | undefined {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'cp949');
  return text.includes('\uFFFD') ? undefined : text;
}

