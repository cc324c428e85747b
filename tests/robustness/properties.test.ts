/**
 * Properties of the per-file pipeline (parse, extract, normalise) on text no
 * one wrote by hand: it never fails, its questions always fit the published
 * schema, every question-shaped line becomes a question or is reported, and
 * the same text always gives the same result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceQuestions } from '../../src/build/source-questions.js';
import { normaliseText } from '../../src/load/index.js';
import { diagnosticsOf } from '../../src/report/reporter.js';
import type { Diagnostic } from '../../src/report/diagnostic.js';
import { Question } from '../../src/schema/question-bank.js';
import { readNote } from '../helpers/read-note.js';

/** Modest by default to keep the suite fast; QBANK_PROPERTY_RUNS=20 searches twenty times as long. */
const SCALE = Number(process.env.QBANK_PROPERTY_RUNS ?? 1);
const runs = (count: number) => ({ numRuns: Math.max(1, Math.round(count * SCALE)) });

interface Read {
  result: SourceQuestions;
  diagnostics: Diagnostic[];
}

/** One file through the pipeline, as the build reads it (after the load stage's text normalisation). */
function read(raw: string, file = 'notes/generated.md'): Read {
  const text = normaliseText(raw).text;
  const { vfile, ...result } = readNote(text, file);
  return { result, diagnostics: diagnosticsOf(vfile) };
}

/** The invariants every read must keep, whatever the input. */
function expectSound(raw: string): Read {
  const outcome = read(raw);
  // A thrown error is caught per file and reported as `read-failed`: that is a bug here.
  expect(outcome.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'read-failed')).toEqual([]);
  const lines = normaliseText(raw).text.split('\n').length;
  for (const question of outcome.result.questions) {
    expect(() => Question.parse(question)).not.toThrow();
    for (const occurrence of question.occurrences) {
      expect(occurrence.line).toBeGreaterThanOrEqual(1);
      expect(occurrence.line).toBeLessThanOrEqual(lines);
    }
  }
  expect(outcome.result.summary.questions).toBe(outcome.result.questions.length);
  return outcome;
}

// ---------------------------------------------------------------------------
// Arbitrary text

const FRAGMENTS = [
  '#', '## ', '### Q: ', '- ', '* ', '1. ', '  - ', '\t', '> ', 'Q: ', 'A: ', '**', '__', '*', '`', '```', '~~~', '$', '$$', '\\(', '\\)', '\\[', '\\]',
  '<details>', '</details>', '<summary>', '</summary>', '<div markdown="1">', '</div>', '<br/>', '<!--', '-->', '<script>', '<pre>',
  '---', '|', '| a | b |', '|---|---|', '[x](y)', '![i](p.png)', '[^1]', '<https://a.b>', '&amp;', '&#0;', '\\', '?', '？', '이란?', '무엇인가?',
  '경사 하강법', 'What is', 'Explain', '🤔', '👶', '\u200d', '\ufe0f', '•', '◦', '\n', '\n\n', ' ', '    ', 'def f():', 'return x', '\r\n', '\u0000',
];

const soup = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 80 }).map((parts) => parts.join(''));

describe('on arbitrary text', () => {
  it('never fails and gives schema-valid questions (any code points, lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => void expectSound(text)), runs(150));
  });

  it('never fails and gives schema-valid questions on Markdown-ish soup', () => {
    fc.assert(fc.property(soup, (text) => void expectSound(text)), runs(300));
  });

  it('gives the same result twice', () => {
    fc.assert(
      fc.property(soup, (text) => {
        expect(read(text)).toEqual(read(text));
      }),
      runs(100),
    );
  });
});

// ---------------------------------------------------------------------------
// Arbitrary Markdown notes, built from the shapes notes take, with the line
// of every question-shaped line known.

type Construct = 'heading' | 'numbered-heading' | 'bullet' | 'qa' | 'bold' | 'details';

interface Note {
  text: string;
  /** Line number -> the unique term its question asks about. */
  questions: Map<number, string>;
}

const term = (index: number, korean: boolean) => (korean ? `용어${index}` : `term${index}`);
const promptOf = (index: number, korean: boolean, style: number) =>
  korean ? `${term(index, true)}란 무엇인가?` : [`What is ${term(index, false)}?`, `Why does ${term(index, false)} matter?`, `How is ${term(index, false)} computed?`][style % 3]!;

/** Answer material: what notes put under a question. Never question-shaped itself. */
const answerBlock = fc.constantFrom(
  ['It is the answer.'],
  ['경사를 따라 내려간다.'],
  ['- first point', '- second point', '  - nested point'],
  ['```python', 'def f(x):', '    return x * 2', '```'],
  ['```', 'unclosed code'],
  ['$$', 'x^2 + y^2', '$$'],
  ['Inline \\(a + b\\) and $c$ and \\( unbalanced.'],
  ['\\[ E = mc^2 \\]'],
  ['<div markdown="1">', '', 'Wrapped answer.', '', '</div>'],
  ['Use <br/> breaks 👶 and <b>bold</b> and <script>alert(1)</script>.'],
  ['| a | b |', '|---|---|', '| 1 | 2 |'],
  ['> quoted answer'],
  ['<!-- a comment that never closes'],
  ['<details>', '<summary>Answer</summary>', '', 'Hidden answer.'],
  ['Emoji 🤔\u200d🔥 and Hangul 한국어 mixed.'],
);

const noteArbitrary: fc.Arbitrary<Note> = fc
  .record({
    construct: fc.constantFrom<Construct>('heading', 'numbered-heading', 'bullet', 'qa', 'bold', 'details'),
    depth: fc.integer({ min: 1, max: 4 }),
    preamble: fc.boolean(),
    items: fc.array(
      fc.record({ korean: fc.boolean(), style: fc.nat(), answer: fc.array(answerBlock, { maxLength: 3 }), emoji: fc.boolean() }),
      { minLength: 1, maxLength: 8 },
    ),
  })
  .map(({ construct, depth, preamble, items }) => {
    const lines: string[] = [];
    const questions = new Map<number, string>();
    if (preamble) lines.push('Some notes I keep for interviews.', '');
    items.forEach((item, index) => {
      const prompt = promptOf(index + 1, item.korean, item.style) + (item.emoji && construct === 'bold' ? ' 👶' : '');
      const answer = item.answer.flat();
      questions.set(lines.length + 1, term(index + 1, item.korean));
      switch (construct) {
        case 'heading':
          lines.push(`${'#'.repeat(depth)} ${prompt}`, '', ...answer, '');
          break;
        case 'numbered-heading':
          lines.push(`${'#'.repeat(depth)} ${index + 1}. ${prompt}`, '', ...answer, '');
          break;
        case 'bullet':
          lines.push(`- ${prompt}`, ...answer.map((line) => (line === '' ? '' : `  ${line}`)), '');
          break;
        case 'qa':
          lines.push(`Q: ${prompt}`, '', `A: ${answer.length > 0 ? 'The answer.' : ''}`, '', ...answer, '');
          break;
        case 'bold':
          lines.push(`**${prompt}**`, '', ...answer, '');
          break;
        case 'details':
          // The question starts at the <details> line that opens its block.
          lines.push('<details>', `<summary>${prompt}</summary>`, '', ...answer, '', '</details>', '');
          break;
      }
    });
    return { text: lines.join('\n'), questions };
  });

/** Lines a diagnostic speaks for: its own line, or the span it names. */
function covers(diagnostic: Diagnostic, line: number): boolean {
  const at = diagnostic.line ?? 0;
  if (at === line) return true;
  const span = /lines (\d+)-(\d+)/.exec(diagnostic.message);
  if (span && Number(span[1]) <= line && line <= Number(span[2])) return true;
  if (diagnostic.ruleId === 'unclosed-block' && at < line) {
    const ended = /before line (\d+)/.exec(diagnostic.message);
    return ended === null || line < Number(ended[1]);
  }
  return false;
}

describe('on arbitrary Markdown notes', () => {
  it('never fails and gives schema-valid questions', () => {
    fc.assert(fc.property(noteArbitrary, (note) => void expectSound(note.text)), runs(150));
  });

  it('turns every question-shaped line into that question, or reports it', () => {
    fc.assert(
      fc.property(noteArbitrary, (note) => {
        const { result, diagnostics } = expectSound(note.text);
        for (const [line, asked] of note.questions) {
          const found = result.questions.find((question) => question.occurrences[0]!.line === line);
          if (found) {
            expect(found.question).toContain(asked);
            expect(found.question).not.toMatch(/answer|The answer/i);
          } else {
            expect(diagnostics.filter((diagnostic) => covers(diagnostic, line)), `line ${line} (${asked}) of\n${note.text}`).not.toEqual([]);
          }
        }
      }),
      runs(200),
    );
  });

  it('gives the same result twice', () => {
    fc.assert(
      fc.property(noteArbitrary, (note) => {
        expect(read(note.text)).toEqual(read(note.text));
      }),
      runs(60),
    );
  });
});
