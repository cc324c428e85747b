/**
 * What the README shows of questions.json works as shown: its Ajv example type-checks as the project's
 * TypeScript does (`"module": "nodenext"`), runs in an `.mjs`, and tells a valid bank from a broken one;
 * its example's comment lists every source format the schema has.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SourceSummary } from '../../src/schema/question-bank.js';
import { repoRoot } from '../helpers/read-note.js';
import { runQbank, tempProject } from '../helpers/temp-project.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('\n## questions.json\n'), readme.indexOf('\n## Merging duplicates\n'));

/** The README's fenced code blocks in the questions.json section that hold `text`. */
function blocksWith(text: string): string[] {
  return [...section.matchAll(/^```\w*\n([\s\S]*?)^```$/gm)].map((match) => match[1]!).filter((code) => code.includes(text));
}

/** TypeScript's errors for `code` as a module of this project (an `.mts` beside the tests, never written), with its compiler options. */
function typeErrors(code: string): string[] {
  const file = path.join(repoRoot, 'tests', 'schema', 'readme-example.mts');
  const config = ts.getParsedCommandLineOfConfigFile(path.join(repoRoot, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const options = { ...config.options, noEmit: true };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) => (name === file ? ts.createSourceFile(name, code, language) : getSourceFile.call(host, name, language, ...rest));
  host.fileExists = (name) => name === file || fileExists.call(host, name);
  host.readFile = (name) => (name === file ? code : readFile.call(host, name));
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
}

describe("the README's Ajv example", () => {
  const [example] = blocksWith("'ajv/dist/2020.js'");

  it('is there, once', () => {
    expect(blocksWith("'ajv/dist/2020.js'")).toHaveLength(1);
  });

  it('type-checks under the project\'s TypeScript options (module nodenext)', () => {
    expect(typeErrors(example!)).toEqual([]);
  }, 120_000);

  it('runs as an ES module in a project with a build, and reports a bank the schema refuses', async () => {
    const project = tempProject();
    expect((await runQbank(project, 'build', '--format', 'json', '--no-cache')).code).toBe(0);
    // The project has Ajv installed, as a user's would (linked after the build, which would keep its cache there).
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(project, 'node_modules'), 'dir');
    const run = () => spawnSync(process.execPath, ['--input-type=module', '--eval', example!], { cwd: project, encoding: 'utf8' });
    const valid = run();
    expect([valid.status, valid.stderr]).toEqual([0, '']);
    const file = path.join(project, 'dist', 'questions.json');
    const bank = JSON.parse(readFileSync(file, 'utf8')) as { questions: Array<{ id?: string }> };
    delete bank.questions[0]!.id;
    writeFileSync(file, JSON.stringify(bank));
    expect(run().stderr).toContain("must have required property 'id'");
  });
});

describe("the README's questions.json example", () => {
  it('lists every source format of the schema', () => {
    const [example] = blocksWith('"sources"');
    const listed = /\/\/ format: (.+)$/m.exec(example!)?.[1]?.split(' | ');
    expect(listed).toEqual(SourceSummary.shape.format.options);
  });
});
