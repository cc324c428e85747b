/**
 * How Chinese and Japanese documents number their sections, at a line's head: `一、机器学习基础`, `（二）深度学习`,
 * `(三)`, `第一部分 …`, `第一章 …`, `第1章 …` (Japanese), and a Roman numeral before Han or kana (`Ⅰ. 基礎`, `II、模型`).
 * A Chinese numeral (or a chapter's 第…章) numbers sections, never the questions of a note, which count in
 * Arabic digits; so `1、什么是过拟合？` is not read here: `1、` numbers questions as often as sections.
 * Korean titles (`제1장 기초`, `Ⅰ. 통계`) read as titles by their Hangul already (interrogative.ts).
 */
import { HAN_KANA_SCRIPTS } from './scripts.js';

const CHINESE_NUMERAL = '[一二三四五六七八九十百零〇]{1,4}';
const DIGITS = '[0-9０-９]{1,3}';
/** `Ⅱ` (one character) or `IV` written with Latin capitals; the lookahead keeps it from matching nothing. */
const ROMAN = '(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))';
/** The parts a document counts with 第…: part, chapter, section, lecture, lesson, unit. */
const PART = '(?:部分|章|节|節|部|篇|讲|講|编|編|课|課|单元|単元)';

/** Each form of number, its number captured: `一、`, `（一）`, `第一章` (its part too), `Ⅱ.`. */
const FORMS: readonly { kind: string; pattern: RegExp }[] = [
  { kind: 'enumerated', pattern: new RegExp(String.raw`^\s*(${CHINESE_NUMERAL})[、．.]\s*`, 'u') },
  { kind: 'bracketed', pattern: new RegExp(String.raw`^\s*[(（](${CHINESE_NUMERAL})[)）]\s*`, 'u') },
  { kind: 'part', pattern: new RegExp(String.raw`^\s*第(${CHINESE_NUMERAL}|${DIGITS})(${PART})[:：]?\s*`, 'u') },
  { kind: 'roman', pattern: new RegExp(String.raw`^\s*(${ROMAN})[、．.]\s*(?=[${HAN_KANA_SCRIPTS}])`, 'u') },
];

/** A section's number at a line's head: its form (`part:章` for 第…章), its value (1 for `一`, `Ⅰ`, `第1章`), and the words after it. */
export interface SectionNumber {
  kind: string;
  value: number | undefined;
  title: string;
}

export function sectionNumberOf(line: string): SectionNumber | undefined {
  for (const { kind, pattern } of FORMS) {
    const found = pattern.exec(line);
    if (!found) continue;
    const number = found[1]!;
    return { kind: found[2] ? `${kind}:${found[2]}` : kind, value: valueOf(number), title: line.slice(found[0].length) };
  }
  return undefined;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
const ROMAN_CHARACTERS = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ';
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** `十二` → 12, `3` or `３` → 3, `Ⅳ` or `IV` → 4; undefined for a numeral not read here (`一百零一`). */
function valueOf(number: string): number | undefined {
  if (/^[0-9０-９]+$/.test(number)) return Number(number.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10)));
  const tens = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(number);
  if (tens) return (tens[1] ? CHINESE_DIGITS.indexOf(tens[1]) : 1) * 10 + (tens[2] ? CHINESE_DIGITS.indexOf(tens[2]) : 0);
  if (/^[一二三四五六七八九]$/.test(number)) return CHINESE_DIGITS.indexOf(number);
  if (number.length === 1 && ROMAN_CHARACTERS.includes(number)) return ROMAN_CHARACTERS.indexOf(number) + 1;
  if (/^[IVX]+$/.test(number)) {
    // Subtractive where a smaller numeral stands before a larger (`IV`, `IX`).
    const values = [...number].map((numeral) => ROMAN_VALUES[numeral]!);
    return values.reduce((sum, value, k) => sum + (value < (values[k + 1] ?? 0) ? -value : value), 0);
  }
  return undefined;
}
