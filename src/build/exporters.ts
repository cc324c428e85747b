/**
 * The output formats, each an exporter from a question bank to files in the
 * output folder. Adding a format is adding an entry here.
 */
import type { QuestionBank } from '../schema/question-bank.js';
import type { Diagnostic } from '../report/diagnostic.js';
import type { Format } from '../config/config.js';
import { exportJson, type QuestionTexts } from '../export/json/index.js';
import { exportAnki } from '../export/anki/index.js';
import { exportPdf } from '../export/pdf/index.js';
import { withRememberedTexts, type JsonTextMemo } from './json-texts.js';

export interface ExportSettings {
  outDir: string;
  /** Directory that occurrence paths are relative to (for media next to notes). */
  cwd: string;
  anki?: { deckName?: string; includeUnanswered?: boolean };
  pdf?: { fileName?: string; title?: string; paper?: 'A4' | 'Letter'; columns?: number; includeUnanswered?: boolean };
}

export interface ExportOutcome {
  files: string[];
  diagnostics: Diagnostic[];
  /** Files the export read besides the bank (the answers' pictures): a change to one makes it run again. */
  reads?: string[];
}

/** What a build knows besides the bank that lets an exporter reuse earlier work. */
export interface ExportContext {
  /** With the cache: the JSON export reuses the text of each question made from the same inputs as last time. */
  jsonTexts?: JsonTextMemo;
}

export type Exporter = (bank: QuestionBank, settings: ExportSettings, context?: ExportContext) => Promise<ExportOutcome>;

export const exporters: Record<Format, Exporter> = {
  json: async (bank, settings, context) => {
    const write = (texts?: QuestionTexts) => exportJson(bank, { outDir: settings.outDir, ...(texts ? { texts } : {}) });
    const written = context?.jsonTexts ? await withRememberedTexts(settings.outDir, context.jsonTexts, write) : await write();
    return { files: written.files, diagnostics: [] };
  },
  anki: async (bank, settings) => {
    const now = sourceDateEpoch();
    const result = await exportAnki(bank, { outDir: settings.outDir, sourceRoot: settings.cwd, ...(now ? { now } : {}), ...settings.anki });
    return { files: [result.file], diagnostics: result.diagnostics, reads: result.media };
  },
  pdf: async (bank, settings) => {
    const result = await exportPdf(bank, { outDir: settings.outDir, sourceRoot: settings.cwd, ...settings.pdf });
    return { files: [result.file], diagnostics: result.diagnostics, reads: result.pictures };
  },
};

/**
 * Anki updates a note only when its modification time grows, so a note that
 * is new or changed is stamped with the clock. For reproducible builds the
 * clock can be pinned with SOURCE_DATE_EPOCH (seconds), the usual convention.
 */
function sourceDateEpoch(): (() => number) | undefined {
  const value = process.env.SOURCE_DATE_EPOCH;
  if (!value || !/^\d+$/.test(value)) return undefined;
  const seconds = Number(value);
  return () => seconds;
}
