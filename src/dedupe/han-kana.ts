/**
 * Chinese and Japanese in a wording. They are outside what qbank reads for meaning (English and
 * Korean), but they stand in notes beside them, and a wording read without them is only its Latin
 * words: `RAG 的典型应用场景有哪些？` was "RAG", and merged with "What is RAG?". A run of Han or Kana
 * has no spaces between its words, so it is compared by its character bigrams, as search engines
 * index these scripts: two wordings that share their text share their bigrams, and one that does not
 * write them at all (English) shares none.
 */
import type { CharacterPiece } from './korean.js';
import { HAN_KANA_BLOCKS } from '../wording/scripts.js';

/** A run of Han ideographs (and their extension A), Hiragana, Katakana and the prolonged sound mark. */
export const HAN_KANA_RUN = new RegExp(String.raw`[${HAN_KANA_BLOCKS}]+`, 'g');
export const STARTS_HAN_KANA = new RegExp(String.raw`^[${HAN_KANA_BLOCKS}]`);

/** A bigram weighs about a word: written Chinese words are mostly two characters long. */
const BIGRAM_WEIGHT = 0.5;

/** Bigram pieces of one run (a single character alone), keyed `hz:`. */
export function hanKanaPieces(run: string): CharacterPiece[] {
  const characters = [...run];
  if (characters.length === 1) return [{ key: `hz:${run}`, raw: run, weight: BIGRAM_WEIGHT }];
  const pieces: CharacterPiece[] = [];
  for (let i = 0; i + 1 < characters.length; i++) {
    const bigram = characters[i]! + characters[i + 1]!;
    pieces.push({ key: `hz:${bigram}`, raw: bigram, weight: BIGRAM_WEIGHT });
  }
  return pieces;
}
