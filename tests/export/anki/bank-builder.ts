/**
 * Hand-made question banks for the Anki exporter's tests (the extraction stages are not needed:
 * each test states exactly the questions it exports), plus readers for what the exporter wrote:
 * the deck read back with sql.js, and the independent Python checker.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { SCHEMA_VERSION, type Answer, type Question, type QuestionBank } from '../../../src/schema/question-bank.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const VERIFY_APKG = resolve(REPO_ROOT, '../shared/tools/verify_apkg.py');

/** An answer whose HTML is given; markdown and text are derived crudely (the exporter reads html only). */
export function answer(html: string): Answer {
  const text = html.replace(/<[^>]*>/g, '');
  return { markdown: text, html, text };
}

export interface QuestionSpec {
  question: string;
  answer?: Answer | null;
  topic?: string | null;
  file?: string;
  line?: number;
  ko?: string;
  lang?: Question['lang'];
  kind?: Question['kind'];
  flags?: Question['flags'];
  tags?: string[];
  /** More places the same question was found. */
  alsoAt?: { file: string; line: number }[];
}

/** A schema-shaped question; its id is a hash of the question text, like the real pipeline's. */
export function question(spec: QuestionSpec): Question {
  const file = spec.file ?? 'notes/ml-basics.md';
  const answerValue = spec.answer === undefined ? answer(`<p>Answer to ${spec.question}</p>`) : spec.answer;
  const topic = spec.topic === undefined ? null : spec.topic;
  const first = { file, line: spec.line ?? 1, question: spec.question, topic, answer: answerValue };
  const more = (spec.alsoAt ?? []).map((at) => ({ ...at, question: spec.question, topic, answer: null }));
  return {
    id: createHash('sha1').update(spec.question).digest('hex').slice(0, 16),
    question: spec.question,
    translations: spec.ko ? { ko: spec.ko } : {},
    choices: [],
    answer: answerValue,
    topic,
    tags: spec.tags ?? [],
    lang: spec.lang ?? 'en',
    kind: spec.kind ?? 'concept',
    flags: spec.flags ?? (answerValue === null ? ['no-answer'] : []),
    related: [],
    occurrences: [first, ...more],
  };
}

export function bank(questions: Question[]): QuestionBank {
  const counts = new Map<string, number>();
  for (const q of questions) for (const o of q.occurrences) counts.set(o.file, (counts.get(o.file) ?? 0) + 1);
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: [...counts].map(([file, n]) => ({ file, format: 'markdown' as const, questions: n })),
    questions,
  };
}

/** The questions most tests use: English, Korean, math, code, topics, an unanswered one. */
export function sampleQuestions(): Question[] {
  return [
    question({
      question: 'What is gradient descent?',
      topic: 'Optimization',
      line: 3,
      answer: answer(
        '<p>It updates the weights against the gradient: <span class="math math-inline">\\(\\theta \\leftarrow \\theta - \\eta \\nabla L(\\theta)\\)</span>.</p>',
      ),
    }),
    question({
      question: '경사 하강법(Gradient Descent)이란?',
      ko: '경사 하강법이란 무엇인가?',
      lang: 'ko',
      topic: '최적화',
      file: 'notes/한국어 노트.md',
      line: 7,
      answer: answer('<ul>\n<li>손실 함수의 기울기 반대 방향으로 이동합니다.</li>\n<li>학습률이 보폭을 정합니다.</li>\n</ul>'),
    }),
    question({
      question: 'Explain the softmax function',
      topic: 'Fundamentals',
      line: 12,
      answer: answer(
        '<p>It maps scores to probabilities: <span class="math math-inline">\\(\\sigma(z)_i = e^{z_i} / \\sum_j e^{z_j}\\)</span>, so that</p><div class="math math-display">\\[\\sum_i \\sigma(z)_i = 1\\]</div><div class="math math-display">\\[\\sigma(z) \\in (0, 1)^n\\]</div>',
      ),
    }),
    question({
      question: 'Implement softmax in NumPy',
      kind: 'coding',
      topic: 'Fundamentals',
      line: 20,
      flags: ['code-indentation-lost'],
      answer: answer(
        '<pre><code class="language-python">def softmax(x):\n    e = np.exp(x - np.max(x))\n    return e / e.sum()  # normalise\n</code></pre>',
      ),
    }),
    question({ question: 'What is batch normalization?', topic: 'Fundamentals', line: 30, answer: null }),
  ];
}

export interface DeckNote {
  id: number;
  guid: string;
  mid: number;
  mod: number;
  tags: string[];
  fields: string[];
  sfld: string | number;
  csum: number;
  deck: string;
}

export interface DeckContents {
  notes: DeckNote[];
  decks: { id: number; name: string }[];
  models: Record<string, { id: number; name: string; flds: { name: string }[]; tmpls: { qfmt: string; afmt: string }[]; css: string; mod: number }>;
  media: Record<string, string>;
  members: Record<string, Uint8Array>;
  colVer: number;
}

/** Read an .apkg back: unzip it and query its collection with sql.js. */
export async function readDeck(bytes: Uint8Array): Promise<DeckContents> {
  const members = unzipSync(bytes);
  const SQL = await initSqlJs();
  const db = new SQL.Database(members['collection.anki2']);
  try {
    const [col] = db.exec('select ver, models, decks from col')[0]!.values;
    const decks = JSON.parse(col![2] as string) as Record<string, { id: number; name: string }>;
    const deckName = new Map(Object.values(decks).map((d) => [d.id, d.name]));
    const rows = db.exec(
      'select n.id, n.guid, n.mid, n.mod, n.tags, n.flds, n.sfld, n.csum, c.did from notes n join cards c on c.nid = n.id order by c.due',
    );
    const notes = (rows[0]?.values ?? []).map((r) => ({
      id: r[0] as number,
      guid: r[1] as string,
      mid: r[2] as number,
      mod: r[3] as number,
      tags: (r[4] as string).trim().split(' ').filter(Boolean),
      fields: (r[5] as string).split('\u001f'),
      sfld: r[6] as string | number,
      csum: r[7] as number,
      deck: deckName.get(r[8] as number) ?? '?',
    }));
    return {
      notes,
      decks: Object.values(decks).map((d) => ({ id: d.id, name: d.name })),
      models: JSON.parse(col![1] as string),
      media: JSON.parse(strFromU8(members['media']!)),
      members,
      colVer: col![0] as number,
    };
  } finally {
    db.close();
  }
}

/** Run the independent checker (../shared/tools/verify_apkg.py) on a deck file. */
export function verifyApkg(deck: string, ...args: string[]): { status: number | null; output: string; report: VerifyReport } {
  if (!existsSync(VERIFY_APKG)) throw new Error(`The deck checker is not at ${VERIFY_APKG}: the tests expect the shared tools next to the repository (../shared)`);
  const result = spawnSync('python3', [VERIFY_APKG, deck, '--json', ...args], { encoding: 'utf8' });
  if (result.error || result.stdout.trim() === '') throw new Error(`verify_apkg.py gave no report: ${result.error?.message ?? result.stderr}`);
  const lines = result.stdout.trim().split('\n');
  const report = JSON.parse(lines[0] ?? '{}') as VerifyReport;
  return { status: result.status, output: result.stdout + result.stderr, report };
}

export interface VerifyReport {
  ok: boolean;
  errors: { code: string }[];
  warnings: { code: string; examples: string[] }[];
  stats: Record<string, number>;
  compare: { same_guid_set: boolean; common: number; changed_notes_not_newer: number } | null;
}
