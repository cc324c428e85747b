/**
 * A synthetic notes folder of a given number of questions: files of 50-200
 * questions in the styles of `note-styles.ts`, a fifth of the questions
 * reworded repeats of earlier ones (often from another file), seeded so the
 * same size always gives the same bytes.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Random } from './random.js';
import { freshMeaning, meaningKey, templateCount, wordMeaning, type Meaning } from './questions.js';
import { syntheticAnswer } from './answers.js';
import { KOREAN_STYLE, NOTE_STYLES, type NoteItem, type NoteSection } from './note-styles.js';

export interface CorpusOptions {
  questions: number;
  /** Folder to write into; emptied first. */
  dir: string;
  seed?: number;
  /** Share of questions that reword an earlier one; default 0.2. */
  repeatShare?: number;
}

export interface CorpusFile {
  /** Absolute path. */
  path: string;
  style: string;
  questions: number;
  bytes: number;
}

export interface Corpus {
  dir: string;
  files: CorpusFile[];
  questions: number;
  repeats: number;
  bytes: number;
}

const TOPICS = ['Fundamentals', 'Optimization', 'Regularization', 'Neural Networks', 'Convolutional Networks', 'Sequence Models', 'Transformers', 'Classical ML', 'Statistics', 'Evaluation', 'Deployment'];
const KOREAN_TOPICS = ['딥러닝', '머신러닝', '통계', '최적화', '자연어 처리', '컴퓨터 비전'];
const KOREAN_FILE_SHARE = 0.12;

interface Asked {
  meaning: Meaning;
  variant: number;
}

export async function generateCorpus(options: CorpusOptions): Promise<Corpus> {
  const random = new Random((options.seed ?? 20240607) ^ options.questions);
  const repeatShare = options.repeatShare ?? 0.2;
  await rm(options.dir, { recursive: true, force: true });
  await mkdir(options.dir, { recursive: true });
  const taken = new Set<string>();
  const asked: Record<'en' | 'ko', Asked[]> = { en: [], ko: [] };
  const files: CorpusFile[] = [];
  let remaining = options.questions;
  let repeats = 0;
  let bytes = 0;

  while (remaining > 0) {
    const korean = random.chance(KOREAN_FILE_SHARE);
    const style = korean ? KOREAN_STYLE : random.weighted(NOTE_STYLES);
    const count = Math.min(remaining, random.int(50, 200));
    const items: NoteItem[] = [];
    for (let i = 0; i < count; i++) {
      const lang = korean && random.chance(0.85) ? 'ko' : 'en';
      const pool = asked[lang];
      let meaning: Meaning;
      let variant: number;
      if (pool.length > 0 && random.chance(repeatShare)) {
        const original = random.pick(pool);
        meaning = original.meaning;
        const templates = templateCount(meaning);
        variant = (original.variant + random.int(1, Math.max(1, templates - 1))) % templates;
        repeats++;
      } else {
        meaning = freshMeaning(random, lang, taken);
        taken.add(meaningKey(meaning));
        variant = random.int(0, templateCount(meaning) - 1);
        pool.push({ meaning, variant });
      }
      items.push({ question: wordMeaning(meaning, variant), answer: syntheticAnswer(random, meaning) });
    }
    const text = style.render({ title: noteTitle(random, files.length, korean), sections: intoSections(random, items, korean) });
    const file = path.join(options.dir, `${String(files.length + 1).padStart(4, '0')}-${style.name}${style.extension}`);
    await writeFile(file, text);
    const size = Buffer.byteLength(text);
    files.push({ path: file, style: style.name, questions: count, bytes: size });
    bytes += size;
    remaining -= count;
  }
  return { dir: options.dir, files, questions: options.questions, repeats, bytes };
}

function intoSections(random: Random, items: NoteItem[], korean: boolean): NoteSection[] {
  const sections: NoteSection[] = [];
  for (let start = 0; start < items.length; ) {
    const size = random.int(5, 25);
    sections.push({ topic: random.pick(korean ? KOREAN_TOPICS : TOPICS), items: items.slice(start, start + size) });
    start += size;
  }
  return sections;
}

function noteTitle(random: Random, index: number, korean: boolean): string {
  if (korean) return `${random.pick(['딥러닝 인터뷰', '머신러닝 면접 질문', '면접 질문 모음'])} ${index + 1}`;
  return `${random.pick(['Interview Questions', 'ML Interview Notes', 'Deep Learning Flashcards', 'Interview Question Bank'])} ${index + 1}`;
}
