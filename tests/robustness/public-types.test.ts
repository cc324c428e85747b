/**
 * A TypeScript consumer can name every type the public functions take and give: the package's
 * `exports` map allows no deep import, so a type used in a signature and not exported from 'qbank'
 * could only be reached through indexed-access types.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const INDEX = path.resolve(import.meta.dirname, '../../src/index.ts');

describe("the types of qbank's public signatures", () => {
  it('are all exported from the package root', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qbank-types-'));
    const consumer = path.join(dir, 'consumer.ts');
    const index = INDEX.replace(/\.ts$/, '.js');
    writeFileSync(
      consumer,
      [
        `import type { DiscoveredFile, Discovery, DiscoverOptions, DedupeThresholds, Verdict, DecisionSide, DeckState, QuestionTexts, ReadSourcesOptions, MemoisedDedupeOptions, QuestionOrigins } from ${JSON.stringify(index)};`,
        // Each is the type a signature names.
        `import type { loadSource, discoverInputs, DedupeOptions, MergeDecision, BuildApkgOptions, JsonExportOptions, CollectOptions, Collection } from ${JSON.stringify(index)};`,
        'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
        'export const checks: [',
        '  Same<Parameters<typeof loadSource>[0], DiscoveredFile>,',
        '  Same<Awaited<ReturnType<typeof discoverInputs>>, Discovery>,',
        '  Same<NonNullable<Parameters<typeof discoverInputs>[1]>, DiscoverOptions>,',
        "  Same<NonNullable<DedupeOptions['thresholds']>, DedupeThresholds>,",
        "  Same<MergeDecision['verdict'], Verdict>,",
        "  Same<MergeDecision['a'], DecisionSide>,",
        "  Same<NonNullable<BuildApkgOptions['previous']>, DeckState>,",
        "  Same<NonNullable<JsonExportOptions['texts']>, QuestionTexts>,",
        "  Same<NonNullable<CollectOptions['cache']>, NonNullable<ReadSourcesOptions['cache']>>,",
        "  Same<Exclude<CollectOptions['dedupe'], false | undefined>, Pick<MemoisedDedupeOptions, 'overrides' | 'previousIds' | 'previousQuestions'>>,",
        "  Same<NonNullable<Collection['origins']>, QuestionOrigins>,",
        '] = [true, true, true, true, true, true, true, true, true, true, true];',
      ].join('\n'),
    );
    const program = ts.createProgram([consumer], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      skipLibCheck: true,
      types: ['node'],
    });
    const problems = ts.getPreEmitDiagnostics(program, program.getSourceFile(consumer)).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(problems).toEqual([]);
  }, 60_000);
});
