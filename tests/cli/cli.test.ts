/**
 * The qbank command as its users meet it: help, build, check, the summary,
 * and exit codes (0 success, 1 failure or --strict warnings, 2 usage error).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDF_COLUMNS } from '../../src/config/config.js';
import { runQbank, tempProject } from '../helpers/temp-project.js';

describe('qbank --help', () => {
  it('documents both commands and exits 0', async () => {
    const run = await runQbank(process.cwd(), '--help');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/build \[options\] \[inputs\.\.\.\]/);
    expect(run.out).toMatch(/check \[options\] \[inputs\.\.\.\]/);
  });

  it('documents the build options', async () => {
    const run = await runQbank(process.cwd(), 'build', '--help');
    expect(run.code).toBe(0);
    for (const option of ['--out <dir>', '--format <list>', '--strict', '--deck-name <name>', '--include-unanswered']) expect(run.out).toContain(option);
  });
});

describe('qbank build', () => {
  const project = tempProject();

  it('reads sources/ by default, writes dist/ and prints a summary', async () => {
    const run = await runQbank(project, 'build', '--format', 'json');
    expect(run.code).toBe(0);
    expect(readdirSync(path.join(project, 'dist')).sort()).toEqual(['questions.json', 'questions.schema.json']);
    expect(run.out).toMatch(/^Read 5 files: found 126 questions, \d+ after merging duplicates; \d+ of them without an answer\.$/m);
    expect(run.out).toContain('Wrote dist/questions.json, dist/questions.schema.json.');
    // Warnings go to stderr with file:line:column.
    expect(run.err).toContain('sources/deep-learning-interview-korean-english.txt:93:3: warning:');
  });

  it('fails with --strict when there are warnings, and builds all the same', async () => {
    const fresh = tempProject();
    const run = await runQbank(fresh, 'build', '--format', 'json', '--strict');
    expect(run.code).toBe(1);
    expect(run.err).toContain('warning:');
    expect(readdirSync(path.join(fresh, 'dist')).sort()).toEqual(['questions.json', 'questions.schema.json']);
  });

  it('names skipped files and why', async () => {
    const dir = tempProject(false);
    mkdirSync(path.join(dir, 'notes'));
    writeFileSync(path.join(dir, 'notes', 'a.md'), '## What is X?\n\nX.\n');
    writeFileSync(path.join(dir, 'notes', 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
    const run = await runQbank(dir, 'build', 'notes', '--format', 'json', '--out', 'out');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Skipped 1 file:\n {2}notes\/photo\.png: .+/);
  });

  it('counts the pictures of a folder full of them on one line, and still names a note it could not read', async () => {
    const dir = tempProject(false);
    mkdirSync(path.join(dir, 'notes', 'img'), { recursive: true });
    writeFileSync(path.join(dir, 'notes', 'a.md'), '## What is X?\n\nX.\n');
    writeFileSync(path.join(dir, 'notes', 'broken.md'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 9]));
    for (let k = 0; k < 12; k++) writeFileSync(path.join(dir, 'notes', 'img', `figure-${k}.png`), 'not looked at');
    const run = await runQbank(dir, 'build', 'notes', '--format', 'json', '--out', 'out');
    expect(run.out).toMatch(/Skipped 13 files:\n {2}notes\/broken\.md: .+\n {2}12 files: not a text file \(\.png\)\n/);
    // A reason that names another file is no reason to count by: the file keeps its line.
    // Two files for one such reason: still a line each, not "2 files: same file as ...".
    symlinkSync(path.join(dir, 'notes', 'a.md'), path.join(dir, 'notes', 'again.md'));
    symlinkSync(path.join(dir, 'notes', 'a.md'), path.join(dir, 'notes', 'again2.md'));
    const twice = await runQbank(dir, 'build', 'notes', '--format', 'json', '--out', 'out');
    expect(twice.out).toMatch(/^ {2}notes\/again\.md: same file as notes\/a\.md$/m);
    expect(twice.out).toMatch(/^ {2}notes\/again2\.md: same file as notes\/a\.md$/m);
    expect(twice.out).not.toMatch(/\d+ files: same file as/);
  });
});

describe('-f, --format', () => {
  it('adds to the list when given again, as a comma does', async () => {
    const dir = tempProject(false);
    mkdirSync(path.join(dir, 'notes'));
    writeFileSync(path.join(dir, 'notes', 'a.md'), '## What is X?\n\nX.\n');
    const repeated = await runQbank(dir, 'build', 'notes', '-f', 'json', '-f', 'anki', '--out', 'repeated');
    const listed = await runQbank(dir, 'build', 'notes', '-f', 'json,anki', '--out', 'listed');
    expect([repeated.code, listed.code]).toEqual([0, 0]);
    expect(readdirSync(path.join(dir, 'repeated')).sort()).toEqual(readdirSync(path.join(dir, 'listed')).sort());
    expect(readdirSync(path.join(dir, 'repeated'))).toEqual(expect.arrayContaining(['questions.json', 'ML Interview.apkg']));
    expect(readdirSync(path.join(dir, 'repeated')).some((file) => file.endsWith('.pdf'))).toBe(false);
    // Each repeat is checked as a list is.
    expect((await runQbank(dir, 'build', 'notes', '-f', 'json', '--format', 'docx', '--out', 'bad')).err).toContain('unknown format docx');
  });

  it('says so in --help', async () => {
    // As wrapped to the terminal's width: compared with its spaces and line breaks as one space.
    const help = (await runQbank(process.cwd(), 'build', '--help')).out.replace(/\s+/g, ' ');
    expect(help).toMatch(/-f, --format <list> comma-separated formats: json, anki, pdf \(default: all\); given again, adds to the list \(-f json -f anki\)/);
  });
});

describe('notes that cannot be read', () => {
  it('are warnings, so --strict fails on a lost note but not on a skipped image', async () => {
    const dir = tempProject(false);
    mkdirSync(path.join(dir, 'notes'));
    writeFileSync(path.join(dir, 'notes', 'a.md'), '## What is X?\n\nX.\n');
    writeFileSync(path.join(dir, 'notes', 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
    expect((await runQbank(dir, 'build', 'notes', '--format', 'json', '--out', 'out', '--strict')).code).toBe(0);

    writeFileSync(path.join(dir, 'notes', 'b.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0, 0]));
    const run = await runQbank(dir, 'build', 'notes', '--format', 'json', '--out', 'out', '--strict');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^notes\/b\.md:1:1: warning: Not read \(.+\): its questions are missing from the outputs \[note-skipped\]$/m);
  });
});

describe('the config file', () => {
  it('is named, as file:line:column, by the warnings about its overrides', async () => {
    const dir = tempProject(false);
    writeFileSync(path.join(dir, 'a.md'), '## What is X?\n\nX.\n\n## What is Y?\n\nY.\n');
    const dedupe = { merge: [['What is X?', 'What is Z?'], ['What is X?', 'What is Y?']], keepApart: [['What is X?', 'What is Y?']] };
    writeFileSync(path.join(dir, 'qbank.config.json'), JSON.stringify({ inputs: ['.'], dedupe }));
    const run = await runQbank(dir, 'build', '--format', 'json');
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/^qbank\.config\.json:1:1: warning: dedupe\.merge: no question matches "What is Z\?" \[dedupe-override\]$/m);
    // A conflict the comparison itself finds, from a matching kept in the cache or made afresh.
    expect(run.err).toMatch(/^qbank\.config\.json:1:1: warning: dedupe\.merge: "What is (?:X\?" and "What is Y|Y\?" and "What is X)\?" are also kept apart; keeping them apart \[dedupe-override\]$/m);
  });
  it.each([
    ['UTF-8', 'utf8'],
    ['UTF-16 ("Unicode")', 'utf16le'],
  ] as const)('is read when saved as %s with a byte order mark (Windows Notepad)', async (_, encoding) => {
    const dir = tempProject();
    writeFileSync(path.join(dir, 'qbank.config.json'), Buffer.from(`\uFEFF${JSON.stringify({ inputs: ['sources'], formats: ['json'], out: 'from-config' })}\n`, encoding));
    const run = await runQbank(dir, 'build');
    expect(run.code).toBe(0);
    expect(existsSync(path.join(dir, 'from-config', 'questions.json'))).toBe(true);
  });
});

describe('a config file in another folder (--config proj/qbank.config.json)', () => {
  const project = () => {
    const dir = tempProject(false);
    mkdirSync(path.join(dir, 'proj', 'notes'), { recursive: true });
    writeFileSync(path.join(dir, 'proj', 'notes', 'a.md'), '## What is X?\n\nX.\n');
    return dir;
  };

  it('reads its inputs and writes its output folder relative to its own folder, for build and check', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'proj', 'qbank.config.json'), JSON.stringify({ inputs: ['notes'], out: 'site', formats: ['json'] }));
    const run = await runQbank(dir, 'build', '--config', 'proj/qbank.config.json');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Wrote ${['proj/site/questions.json', 'proj/site/questions.schema.json'].join(', ')}.`);
    expect(existsSync(path.join(dir, 'site'))).toBe(false);
    const check = await runQbank(dir, 'check', '--config', 'proj/qbank.config.json');
    expect(check.code).toBe(0);
    expect(check.out).toMatch(/^proj\/notes\/a\.md: 1 question/m);
  });

  it('names itself when an input it names is not found', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'proj', 'qbank.config.json'), JSON.stringify({ inputs: ['notes', 'drafts'] }));
    for (const command of ['build', 'check']) {
      const run = await runQbank(dir, command, '--config', 'proj/qbank.config.json');
      expect(run.code).toBe(2);
      expect(run.err).toBe('qbank: input proj/drafts not found (named in proj/qbank.config.json)');
    }
    // An input named on the command line is the command line's.
    expect((await runQbank(dir, 'build', 'drafts', '--config', 'proj/qbank.config.json')).err).toBe('qbank: input drafts not found');
  });
});

describe('a cache folder that cannot be used (--cache-dir)', () => {
  const notes = () => {
    const dir = tempProject(false);
    mkdirSync(path.join(dir, 'notes'));
    writeFileSync(path.join(dir, 'notes', 'a.md'), '## What is X?\n\nX.\n');
    writeFileSync(path.join(dir, 'a-file'), 'not a folder');
    return dir;
  };
  const warnings = (err: string) => err.split('\n').filter((line) => line.includes('cache'));

  it.each([
    ['a file', 'a-file', 'it is a file, not a folder'],
    ['under a file', 'a-file/cache', 'a folder above it is a file'],
  ])('is said once, %s, and the build and the check go on without it', async (_what, cacheDir, why) => {
    const dir = notes();
    const warning = `qbank: warning: the cache folder ${cacheDir} cannot be used (${why}): going on without the cache, reading every file afresh`;
    const build = await runQbank(dir, 'build', 'notes', '--format', 'json', '--out', 'out', '--cache-dir', cacheDir);
    expect(build.code).toBe(0);
    expect(warnings(build.err)).toEqual([warning]);
    expect(existsSync(path.join(dir, 'out', 'questions.json'))).toBe(true);
    const check = await runQbank(dir, 'check', 'notes', '--cache-dir', cacheDir, '--strict');
    expect(check.code).toBe(0);
    expect(warnings(check.err)).toEqual([warning]);
    expect(readFileSync(path.join(dir, 'a-file'), 'utf8')).toBe('not a folder');
  });

  // Root may write anywhere.
  it.skipIf(process.getuid?.() === 0)('is said when it may not be written', async () => {
    const dir = notes();
    mkdirSync(path.join(dir, 'ro'), { mode: 0o555 });
    const build = await runQbank(dir, 'build', 'notes', '--format', 'json', '--out', 'out', '--cache-dir', 'ro');
    expect(build.code).toBe(0);
    expect(warnings(build.err)).toEqual(['qbank: warning: the cache folder ro cannot be used (it cannot be written: permission denied (EACCES)): going on without the cache, reading every file afresh']);
  });

  it('is not said of a folder that can be used, made when missing', async () => {
    const dir = notes();
    const build = await runQbank(dir, 'build', 'notes', '--format', 'json', '--out', 'out', '--cache-dir', 'new/cache');
    expect(warnings(build.err)).toEqual([]);
    expect(readdirSync(path.join(dir, 'new', 'cache')).length).toBeGreaterThan(0);
  });
});

describe('reproducible decks', () => {
  it('give the same bytes in fresh output folders when SOURCE_DATE_EPOCH pins the clock', async () => {
    const project = tempProject();
    // Put back as it was: the files after this one in its worker share its environment.
    const was = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    try {
      expect((await runQbank(project, 'build', '--format', 'anki', '--out', 'one')).code).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 1100)); // a second later, on the clock
      expect((await runQbank(project, 'build', '--format', 'anki', '--out', 'two')).code).toBe(0);
    } finally {
      if (was === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = was;
    }
    expect(readFileSync(path.join(project, 'one', 'ML Interview.apkg')).equals(readFileSync(path.join(project, 'two', 'ML Interview.apkg')))).toBe(true);
  });
});

describe('usage errors exit with 2', () => {
  const project = tempProject();

  it('rejects an unknown format', async () => {
    const run = await runQbank(project, 'build', '--format', 'docx');
    expect(run.code).toBe(2);
    expect(run.err).toContain('unknown format docx');
  });

  it('leaves no handler of Ctrl-C behind: a program that runs qbank and goes on is interrupted as it would be without it', async () => {
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    expect((await runQbank(project, 'build', '--format', 'docx')).code).toBe(2);
    expect((await runQbank(project, 'build', 'sources', '--out', 'sources')).code).toBe(2);
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before);
  });

  it('refuses an output folder that is one of the inputs', async () => {
    const run = await runQbank(project, 'build', 'sources', '--out', 'sources');
    expect(run.code).toBe(2);
    expect(run.err).toBe('qbank: the output folder sources is, or contains, the input sources: choose an output folder that holds no notes');
    expect(existsSync(path.join(project, 'sources', 'questions.json'))).toBe(false);
  });

  it('refuses in check, too, a configured output folder that holds the inputs (check reads what build would)', async () => {
    const configured = tempProject();
    writeFileSync(path.join(configured, 'qbank.config.json'), JSON.stringify({ inputs: ['sources'], out: '.' }));
    for (const command of ['build', 'check']) {
      const run = await runQbank(configured, command);
      expect(run.code).toBe(2);
      expect(run.err).toBe('qbank: the output folder . is, or contains, the input sources: choose an output folder that holds no notes');
    }
  });

  it('refuses --time-budget with --workers 0, where no read can be stopped half-way', async () => {
    const run = await runQbank(project, 'check', '--workers', '0', '--time-budget', '1');
    expect(run.code).toBe(2);
    expect(run.err).toContain('--time-budget needs worker threads');
    expect((await runQbank(project, 'check', '--workers', '0')).code).toBe(0);
  });

  it('rejects an unknown option', async () => {
    expect((await runQbank(project, 'build', '--frobnicate')).code).toBe(2);
  });

  it('rejects --columns outside the sheet\'s limit, naming the limit', async () => {
    for (const columns of ['0', '7', '2.5', 'many']) {
      const run = await runQbank(project, 'build', '--format', 'pdf', '--columns', columns);
      expect(run.code).toBe(2);
      expect(run.err).toContain(`--columns takes a whole number from ${PDF_COLUMNS.min} to ${PDF_COLUMNS.max}, not ${columns}`);
    }
  });

  it('rejects pdf.columns outside the same limit in the config file, in the same words', async () => {
    for (const columns of [PDF_COLUMNS.min - 1, PDF_COLUMNS.max + 1, 2.5, 'three']) {
      const configured = tempProject(false);
      writeFileSync(path.join(configured, 'qbank.config.json'), JSON.stringify({ pdf: { columns } }));
      const run = await runQbank(configured, 'check');
      expect(run.code).toBe(2);
      expect(run.err).toContain(`pdf.columns: must be a whole number from ${PDF_COLUMNS.min} to ${PDF_COLUMNS.max}`);
    }
  });

  it('refuses an empty list of inputs or formats, which would write an empty bank or nothing at all', async () => {
    for (const [config, message] of [
      [{ inputs: [] }, 'inputs: must name at least one file or folder'],
      [{ formats: [] }, 'formats: must name at least one format'],
    ] as const) {
      const configured = tempProject(false);
      writeFileSync(path.join(configured, 'qbank.config.json'), JSON.stringify(config));
      const run = await runQbank(configured, 'build');
      expect(run.code).toBe(2);
      expect(run.err).toContain(message);
      expect(existsSync(path.join(configured, 'dist'))).toBe(false);
    }
    const run = await runQbank(tempProject(), 'build', '-f', '');
    expect(run.code).toBe(2);
    expect(run.err).toContain('unknown format (none)');
  });
});

describe('qbank check', () => {
  const project = tempProject();

  it('reports per file and every diagnostic as file:line:column, and writes nothing', async () => {
    const run = await runQbank(project, 'check');
    expect(run.code).toBe(0);
    expect(run.out).toContain('sources/deep-learning-interview-korean-english.txt: 15 questions, 3 without an answer');
    expect(run.out).toContain('sources/preparing-ml-dl-interview.txt: 8 questions, 0 without an answer');
    expect(run.out).toMatch(/^sources\/rapid-fire-and-coding-qa\.txt:75:1: info: Left out site chrome: "Comments" \[site-chrome\]$/m);
    expect(existsSync(path.join(project, 'dist'))).toBe(false);
    expect(run.out).not.toContain('Deduplication:');
  });

  it('accepts -v as build does, and prints the same report with it (check prints notes always)', async () => {
    const plain = await runQbank(project, 'check');
    const verbose = await runQbank(project, 'check', '-v');
    expect(verbose.code).toBe(0);
    expect(verbose.out).toBe(plain.out);
  });

  it('reads what a build would: not the outputs a build wrote into the folder it checks', async () => {
    const notes = tempProject(false);
    writeFileSync(path.join(notes, 'dropout.md'), '## What is dropout?\n\nRandom zeroing.\n');
    expect((await runQbank(notes, 'build', '.', '--format', 'json')).code).toBe(0);
    expect(existsSync(path.join(notes, 'dist', 'questions.json'))).toBe(true);
    const run = await runQbank(notes, 'check', '.');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Read 1 file: found 1 question');
    expect(run.out).not.toContain('dist/');
  });

  it('lists every merge and near miss with --dupes, after a build that did not make the list', async () => {
    const fresh = tempProject();
    /** The merge the cache remembers: its first line names it, the value follows. */
    const rememberedMerge = () => {
      const dir = path.join(fresh, '.cache-q');
      const entry = readdirSync(dir)
        .map((name) => readFileSync(path.join(dir, name), 'utf8'))
        .find((text) => (JSON.parse(text.slice(0, text.indexOf('\n'))) as { file: string }).file === '<dedupe>');
      return JSON.parse(entry!.slice(entry!.indexOf('\n') + 1)) as { decisions?: unknown };
    };
    expect((await runQbank(fresh, 'build', '--format', 'json', '--cache-dir', '.cache-q')).code).toBe(0);
    expect(rememberedMerge().decisions).toBeUndefined();
    const run = await runQbank(fresh, 'check', '--dupes', '--cache-dir', '.cache-q');
    expect(rememberedMerge().decisions).toBeDefined();
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Deduplication: [1-9]\d* merges, \d+ kept apart or near misses:$/m);
    expect(run.out).toMatch(/^ {2}merged \(\d\.\d\d; [^)]+\)\n {4}sources\/\S+:\d+ \[[0-9a-f]{16}\] .+\n {4}sources\/\S+:\d+ \[[0-9a-f]{16}\] .+$/m);
  });
});
