/**
 * qbank as a library: the same pipeline as the CLI, stage by stage.
 *
 *     import { build } from 'qbank';
 *     const result = await build({ inputs: ['notes'], outDir: 'dist', formats: ['json'] });
 */

// The published schema: zod definitions (for validation) and their types.
export {
  SCHEMA_VERSION,
  QuestionBank,
  Question,
  Answer,
  Choice,
  Context,
  Occurrence,
  SourceSummary,
  Flag,
  Language,
  QuestionKind,
  QuestionId,
  Translations,
} from './schema/question-bank.js';
export { questionBankJsonSchema } from './schema/json-schema.js';
export { checkedBank, InvalidBankError } from './schema/bank-check.js';

// The pipeline, whole.
export { build, UsageError, type BuildOptions, type BuildResult } from './build/build.js';
export { collect, type CollectOptions, type CollectProgress, type Collection, type FileReport, type MergeStats } from './build/collect.js';
export type { ReadStats, ReadSourcesOptions } from './build/read-sources.js';
export type { MemoisedDedupeOptions } from './build/dedupe-memo.js';
export type { QuestionOrigins } from './build/question-origins.js';
export type { ExportSettings } from './build/exporters.js';
export { questionsOfSource, type SourceQuestions } from './build/source-questions.js';
export { collectionDiagnostics } from './build/diagnostics.js';
export { watchBuild, type WatchOptions, type Watcher } from './cli/watch.js';
export { loadConfig, ConfigError, QbankConfig, FORMATS, type Format } from './config/config.js';
export { configuredBuildOptions } from './cli/options.js';

// Stage by stage.
export {
  loadInputs,
  loadSource,
  discoverInputs,
  normaliseText,
  type SourceFile,
  type SkippedFile,
  type LoadOptions,
  type LoadInputsOptions,
  type DiscoveredFile,
  type DiscoverOptions,
  type Discovery,
} from './load/index.js';
export { parseSource, parseMarkdown, parsePlainText, detectFormat, type Document, type SourceFormat } from './parse/index.js';
export type { TextSource } from './parse/document.js';
export { extractQuestions, recognizers, type Extraction } from './extract/extract.js';
export type { ExtractedQuestion, Construct } from './extract/extracted-question.js';
export type { Recognizer, PromptCandidate } from './extract/recognizers/recognizer.js';
export { qbankParse, remarkQuestions } from './extract/plugin.js';
export { normaliseQuestion, normaliseQuestions, questionId, type NormaliseContext } from './normalise/index.js';
export { exportJson, serialiseBank, type JsonExport, type JsonExportOptions, type QuestionTexts } from './export/json/index.js';
export { exportAnki, buildApkg, type ExportAnkiOptions, type ExportAnkiResult, type BuildApkgOptions, type BuiltApkg, type DeckState } from './export/anki/index.js';
export { exportPdf, renderPdf, type PdfExportOptions, type PdfExportResult, type PdfRenderOptions, type PdfRenderResult } from './export/pdf/index.js';
export type { ReadFile } from './export/answer-images.js';
export {
  dedupe,
  type DedupeOptions,
  type DedupeOverrides,
  type DedupeResult,
  type DedupeThresholds,
  type MergeDecision,
  type DecisionSide,
  type Verdict,
} from './dedupe/index.js';

// Diagnostics.
export type { Diagnostic, Severity } from './report/diagnostic.js';
export { formatDiagnostic, diagnosticsOf } from './report/reporter.js';
