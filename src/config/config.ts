/**
 * `qbank.config.json`: the settings a user keeps beside their notes. One zod
 * schema validates the file and types it; command-line options override it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { PDF_COLUMNS, PDF_COLUMNS_RANGE } from '../export/pdf/columns.js';
import { decodeBytes } from '../load/decode.js';

export const CONFIG_FILE_NAME = 'qbank.config.json';

/** What is read and where outputs go when neither the command line nor the config file says. */
export const DEFAULT_INPUTS: readonly string[] = ['sources'];
export const DEFAULT_OUT_DIR = 'dist';

export const FORMATS = ['json', 'anki', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

/** How many columns a PDF page may have (the sheet's own limit): checked by `pdf.columns` here and by `--columns`. */
export { PDF_COLUMNS, PDF_COLUMNS_RANGE };

const columnsError = `must be ${PDF_COLUMNS_RANGE}`;

const QuestionRef = z.string().min(1).describe('A question id, or the exact question text.');

export const QbankConfig = z
  .object({
    inputs: z.array(z.string()).min(1, 'must name at least one file or folder').optional().describe('Files or folders to read (default: ["sources"]).'),
    out: z.string().optional().describe('Output folder (default: "dist").'),
    formats: z.array(z.enum(FORMATS)).min(1, 'must name at least one format').optional(),
    anki: z
      .object({
        deckName: z.string().min(1).optional(),
        includeUnanswered: z.boolean().optional(),
      })
      .strict()
      .optional(),
    pdf: z
      .object({
        fileName: z.string().min(1).optional(),
        title: z.string().min(1).optional(),
        paper: z.enum(['A4', 'Letter']).optional(),
        columns: z.number(columnsError).int(columnsError).min(PDF_COLUMNS.min, columnsError).max(PDF_COLUMNS.max, columnsError).optional(),
        includeUnanswered: z.boolean().optional(),
      })
      .strict()
      .optional(),
    dedupe: z
      .object({
        merge: z.array(z.array(QuestionRef).min(2)).optional().describe('Groups of questions to merge whatever their score.'),
        keepApart: z.array(z.array(QuestionRef).min(2)).optional().describe('Groups of questions never to merge with each other.'),
      })
      .strict()
      .optional(),
  })
  .strict();

export type QbankConfig = z.infer<typeof QbankConfig>;

export class ConfigError extends Error {}

/** Reads the config file: the one named, or `qbank.config.json` in `cwd` when there is one. */
export async function loadConfig(cwd: string, explicit?: string): Promise<{ config: QbankConfig; file?: string }> {
  const file = path.resolve(cwd, explicit ?? CONFIG_FILE_NAME);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if (!explicit && (error as NodeJS.ErrnoException).code === 'ENOENT') return { config: {} };
    throw new ConfigError(`cannot read config ${file}: ${(error as Error).message}`);
  }
  // Decoded as notes are: Windows Notepad saves UTF-8 with a byte order mark, which JSON.parse refuses, or UTF-16 ("Unicode").
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary') throw new ConfigError(`${file}: not a text file (${decoded.reason})`);
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = QbankConfig.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new ConfigError(`${file}: ${problems.join('; ')}`);
  }
  return { config: parsed.data, file };
}
