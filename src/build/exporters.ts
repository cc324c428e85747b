/**
 * The output formats, each an exporter from a question bank to files in the
 * output folder. Adding a format is adding an entry here.
 *
 * Each exporter's code loads when it first runs: the PDF's fonts, MathJax
 * and pdfkit, and the deck's SQLite, took about 0.6 s to load, which a
 * build that asks for another format, or whose outputs are as the last
 * build wrote them (output-memo.ts), does not need.
 */
import type { QuestionBank } from '../schema/question-bank.js';
import type { Diagnostic } from '../report/diagnostic.js';
import type { Format } from '../config/config.js';
import type { QuestionTexts } from '../export/json/index.js';
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

/** Each exporter's code, loaded when it first runs. */
const exporterCode = {
  json: () => import('../export/json/index.js'),
  anki: () => import('../export/anki/index.js'),
  pdf: () => import('../export/pdf/index.js'),
} satisfies Record<Format, () => Promise<unknown>>;

/** Loads these exporters' code now: for the benchmark, which times what they do and not their loading. */
export async function loadExporterCode(formats: readonly Format[]): Promise<void> {
  await Promise.all(formats.map((format) => exporterCode[format]()));
}

export const exporters: Record<Format, Exporter> = {
  json: async (bank, settings, context) => {
    // The build's own bank is valid: written without the whole-bank check (each question is checked as it is written).
    const { writeJson } = await exporterCode.json();
    const write = (texts?: QuestionTexts) => writeJson(bank, { outDir: settings.outDir, ...(texts ? { texts } : {}) });
    const written = context?.jsonTexts ? await withRememberedTexts(settings.outDir, context.jsonTexts, write) : await write();
    return { files: written.files, diagnostics: [] };
  },
  anki: async (bank, settings) => {
    // The build's own bank is valid: written unchecked (schema/bank-check.ts).
    const { writeDeck } = await exporterCode.anki();
    const now = sourceDateEpoch();
    const result = await writeDeck(bank, { outDir: settings.outDir, sourceRoot: settings.cwd, ...(now ? { now } : {}), ...settings.anki });
    return { files: [result.file], diagnostics: result.diagnostics, reads: result.media };
  },
  pdf: async (bank, settings) => {
    const { writeSheet } = await exporterCode.pdf();
    const result = await writeSheet(bank, { outDir: settings.outDir, sourceRoot: settings.cwd, ...settings.pdf });
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
