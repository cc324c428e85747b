/**
 * Wordings that normalise to one id but differ in their symbols ("What is
 * C++?", "What is C#?", "What is C?"; P(A|B) and P(A, B)) are different
 * questions: each gets an id of its own and the merge keeps them apart,
 * while the id a build gave before stays with one of them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type BuildOptions } from '../../src/build/build.js';
import { collect } from '../../src/build/collect.js';
import { dedupe } from '../../src/dedupe/index.js';
import { symbolVariants, withSymbolVariantIds } from '../../src/dedupe/symbol-variants.js';
import { questionId, symbolForm, symbolVariantId } from '../../src/normalise/question-id.js';
import type { Question } from '../../src/schema/question-bank.js';
import { question } from './question-builder.js';

/** A question as the normalise stage makes it: its id from the real id function. */
function asked(text: string, file = 'notes.md', line = 1, answer: string | null = null): Question {
  return { ...question({ question: text, file, line, answer }), id: questionId(text) };
}

const holding = (questions: Question[], text: string) => questions.find((q) => q.occurrences.some((o) => o.question === text))!;

describe('the symbol form of a wording', () => {
  it('keeps the symbols that change what is asked, one word each, and drops spacing, case and other punctuation', () => {
    expect(symbolForm('What is C++?')).toBe('what is c + +');
    expect(symbolForm('what is  C ++')).toBe('what is c + +');
    expect(symbolForm('What is P(A|B)?')).toBe('what is p a | b');
    expect(symbolForm('Is x ≤ y?')).toBe('is x ≤ y');
    expect(symbolForm('What is A/B testing?')).toBe('what is a b testing');
  });

  it('leaves the id function as it was: wordings that differ only in symbols still normalise to one id', () => {
    // Ids made before variants were told apart stay the ids of their questions.
    expect(questionId('What is C++?')).toBe(questionId('What is C?'));
    expect(symbolVariantId('What is C++?')).not.toBe(symbolVariantId('What is C#?'));
    expect(symbolVariantId('What is C++?')).toBe(symbolVariantId('what is c ++'));
  });
});

describe('merging symbol variants', () => {
  it('keeps "What is C++?", "What is C#?" and "What is C?" three questions with three ids', () => {
    const texts = ['What is C++ used for?', 'What is C# used for?', 'What is C used for?'];
    const result = dedupe(texts.map((text, i) => asked(text, 'notes.md', i + 1)));
    expect(result.questions.map((q) => q.question)).toEqual(texts);
    expect(new Set(result.questions.map((q) => q.id)).size).toBe(3);
    // The variant without symbols keeps the shared id.
    expect(holding(result.questions, 'What is C used for?').id).toBe(questionId('What is C used for?'));
    expect(holding(result.questions, 'What is C++ used for?').id).toBe(symbolVariantId('What is C++ used for?'));
  });

  it('compares C++, C# and F# as words of their own, so rewordings that do not share an id stay apart too', () => {
    const texts = ["What's C++ used for?", 'What is C# used for?', 'Explain what F# is used for.', 'Could you tell me what C++ is used for?', 'Explain what C is used for.'];
    const result = dedupe(texts.map((text, i) => asked(text, 'notes.md', i + 1)));
    expect(result.questions.map((q) => q.occurrences.map((o) => o.question))).toEqual([
      ["What's C++ used for?", 'Could you tell me what C++ is used for?'],
      ['What is C# used for?'],
      ['Explain what F# is used for.'],
      ['Explain what C is used for.'],
    ]);
  });

  it('keeps P(A|B) and P(A, B) apart though their words are the same, links them as related and logs why', () => {
    const result = dedupe([asked('What is P(A|B)?', 'notes.md', 1), asked('What is P(A, B)?', 'notes.md', 2)]);
    const [conditional, joint] = [holding(result.questions, 'What is P(A|B)?'), holding(result.questions, 'What is P(A, B)?')];
    expect(result.questions).toHaveLength(2);
    expect(conditional.related).toEqual([joint.id]);
    expect(joint.related).toEqual([conditional.id]);
    expect(result.decisions).toEqual([
      expect.objectContaining({ verdict: 'kept-apart', reason: 'the wordings differ in their symbols', score: 1 }),
    ]);
  });

  it('still merges the same wording spaced differently, and a merge override still joins variants', () => {
    expect(dedupe([asked('What is C++?', 'a.md'), asked('What is C ++ ?', 'b.md')]).questions).toHaveLength(1);
    const forced = dedupe([asked('What is P(A|B)?', 'notes.md', 1), asked('What is P(A, B)?', 'notes.md', 2)], {
      overrides: { merge: [['What is P(A|B)?', 'What is P(A, B)?']] },
    });
    expect(forced.questions).toHaveLength(1);
  });

  it('gives the shared id, when no variant is without symbols, to the one found first', () => {
    const variants = symbolVariants([asked('What is C#?', 'b.md', 1), asked('What is C++?', 'a.md', 9)]);
    expect(variants.map((variant) => [variant.id, variant.questions.map((q) => q.question)])).toEqual([
      [questionId('What is C++?'), ['What is C++?']],
      [symbolVariantId('What is C#?'), ['What is C#?']],
    ]);
  });

  it('lets a variant that had its own id in the previous build keep it when another is found before it', () => {
    // Last build: "C++" (a.md) kept the shared id, "C#" (b.md) had its own. Now a note found before both asks "C++" too...
    const previousIds = [questionId('What is C++?'), symbolVariantId('What is C#?')];
    const now = [asked('What is C#?', '0-new.md', 1), asked('What is C++?', 'a.md', 9), asked('What is C#?', 'b.md', 1)];
    const result = dedupe(now, { previousIds });
    expect(holding(result.questions, 'What is C#?').id).toBe(symbolVariantId('What is C#?'));
    expect(holding(result.questions, 'What is C++?').id).toBe(questionId('What is C++?'));
  });

  it('lets a variant keep its own id when the one that had the shared id is no longer asked', () => {
    const previousIds = [questionId('What is C++?'), symbolVariantId('What is C#?')];
    expect(dedupe([asked('What is C#?', 'b.md', 1)], { previousIds }).questions.map((q) => q.id)).toEqual([symbolVariantId('What is C#?')]);
    // And one never told apart keeps the shared id.
    expect(dedupe([asked('What is C++?', 'a.md', 1)], { previousIds }).questions.map((q) => q.id)).toEqual([questionId('What is C++?')]);
  });
});

describe('symbol variants in a build', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
  const project = () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'qbank-symbols-'));
    roots.push(root);
    mkdirSync(path.join(root, 'notes'));
    writeFileSync(path.join(root, 'notes', 'languages.md'), '## What is C++ used for?\n\nSpeed.\n\n## What is C# used for?\n\nUnity.\n');
    writeFileSync(path.join(root, 'notes', 'more.md'), '## What is C# used for?\n\nGames.\n\n## What is dropout?\n\nNoise.\n');
    return root;
  };

  it('gives unmerged questions (--no-dedupe) ids by wording too: a repeat shares one, a variant does not', async () => {
    const root = project();
    const { bank } = await collect({ cwd: root, inputs: ['notes'], dedupe: false, cache: false });
    const ids = (text: string) => bank.questions.filter((q) => q.question === text).map((q) => q.id);
    expect(ids('What is C# used for?')).toHaveLength(2);
    expect(new Set(ids('What is C# used for?')).size).toBe(1);
    expect(ids('What is C# used for?')[0]).not.toBe(ids('What is C++ used for?')[0]);
    expect(withSymbolVariantIds(bank.questions)).toEqual(bank.questions);
  });

  it('brings an edited answer of a variant up to date on a cached rebuild, as a build without the cache does', async () => {
    const root = project();
    const options = (extra: Partial<BuildOptions>): BuildOptions => ({ cwd: root, inputs: ['notes'], formats: ['json'], cache: { dir: path.join(root, 'cache') }, ...extra });
    await build(options({ outDir: 'cached' }));
    const file = path.join(root, 'notes', 'more.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Games.', 'Games, and the whole of Unity scripting.'));
    const rebuilt = await build(options({ outDir: 'cached' }));
    await build(options({ outDir: 'plain', cache: false }));
    expect(rebuilt.bank.questions.find((q) => q.question === 'What is C# used for?')!.answer?.text).toContain('Unity scripting');
    expect(readFileSync(path.join(root, 'cached', 'questions.json'), 'utf8')).toBe(readFileSync(path.join(root, 'plain', 'questions.json'), 'utf8'));
  });
});
