/**
 * One reporter for every diagnostic, whether it came as a vfile message
 * (stages that read a source) or as a `Diagnostic` (exporters, the CLI):
 * `file:line:column: severity: message [rule]`, sorted by place.
 */
import type { VFile } from 'vfile';
import type { Diagnostic, Severity } from './diagnostic.js';

/** vfile's `fatal`: true is an error, false a warning, null or undefined an info. */
function severityOf(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info';
}

export function diagnosticsOf(file: VFile): Diagnostic[] {
  return file.messages.map((message): Diagnostic => {
    const path = file.path ?? message.file;
    return {
      ...(path ? { file: path } : {}),
      ...(message.line ? { line: message.line } : {}),
      ...(message.column ? { column: message.column } : {}),
      severity: severityOf(message.fatal),
      ruleId: message.ruleId ?? 'qbank',
      message: message.reason,
    };
  });
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const place = diagnostic.file ? `${diagnostic.file}:${diagnostic.line ?? 1}:${diagnostic.column ?? 1}: ` : '';
  return `${place}${diagnostic.severity}: ${diagnostic.message} [${diagnostic.ruleId}]`;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || ORDER[a.severity] - ORDER[b.severity],
  );
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return counts;
}
