/**
 * A library user builds with the settings of `qbank.config.json` as the CLI does:
 * `configuredBuildOptions` reads the file, `build()` itself reads none.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, configuredBuildOptions } from '../../src/index.js';
import { buildOptionsFrom } from '../../src/cli/options.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const folder = (config?: unknown) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qbank-config-'));
  dirs.push(dir);
  if (config !== undefined) writeFileSync(path.join(dir, 'qbank.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
};

describe('configuredBuildOptions', () => {
  it('gives the options of the config file, with the overrides named by the file', async () => {
    const dir = folder({ inputs: ['notes'], out: 'site', formats: ['anki'], anki: { deckName: 'Study::ML' }, dedupe: { keepApart: [['What is X?', 'What is Y?']] } });
    const options = await configuredBuildOptions(dir);
    expect(options).toMatchObject({ cwd: dir, inputs: ['notes'], outDir: 'site', formats: ['anki'], anki: { deckName: 'Study::ML' } });
    expect(options.dedupe).toEqual({ overrides: { keepApart: [['What is X?', 'What is Y?']], file: 'qbank.config.json' } });
  });

  it("gives the PDF's name as written, the command line's over the config file's (build() adds its .pdf)", async () => {
    expect((await configuredBuildOptions(folder({ pdf: { fileName: 'ml-sheet' } }))).pdf?.fileName).toBe('ml-sheet');
    expect(buildOptionsFrom([], { pdfName: 'sheet' }, { pdf: { fileName: 'other' } }, folder()).pdf?.fileName).toBe('sheet');
  });

  it("takes the config file's paths relative to its folder, as tsconfig.json and eslint do, wherever qbank runs from", async () => {
    const dir = folder();
    const project = path.join(dir, 'proj');
    mkdirSync(project);
    writeFileSync(path.join(project, 'qbank.config.json'), JSON.stringify({ inputs: ['notes', '../shared', path.join(dir, 'elsewhere')], out: 'site' }));
    const options = await configuredBuildOptions(dir, 'proj/qbank.config.json');
    // Given relative to the folder the build runs in, naming the same folders as from the config's.
    expect(options.inputs?.map((input) => path.resolve(dir, input))).toEqual([path.join(project, 'notes'), path.join(dir, 'shared'), path.join(dir, 'elsewhere')]);
    expect(path.resolve(dir, options.outDir!)).toBe(path.join(project, 'site'));
    expect(options.inputs).toEqual([path.join('proj', 'notes'), 'shared', path.join(dir, 'elsewhere')]);
    // From the config's own folder, as `npm start` runs: the paths as written.
    const here = await configuredBuildOptions(project);
    expect(here).toMatchObject({ inputs: ['notes', '../shared', path.join(dir, 'elsewhere')], outDir: 'site' });
  });

  it('gives the defaults of `qbank build` where there is no config file', async () => {
    const options = await configuredBuildOptions(folder());
    expect(options).toMatchObject({ inputs: ['sources'], outDir: 'dist', formats: ['json', 'anki', 'pdf'], dedupe: {} });
  });

  it('throws ConfigError naming the file for a config that is not valid', async () => {
    const dir = folder({ formats: ['docx'] });
    await expect(configuredBuildOptions(dir)).rejects.toBeInstanceOf(ConfigError);
    await expect(configuredBuildOptions(dir)).rejects.toThrow(/qbank\.config\.json: formats\.0/);
  });
});
