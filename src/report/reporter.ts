/**
 * One reporter for every diagnostic, whether it came as a vfile message
 * (stages that read a source) or as a `Diagnostic` (exporters, the CLI):
 * `file:line:column: severity: message [rule]`, sorted by place.
 */
import type { VFile } from 'vfile';
import type { Diagnostic, Severity } from './diagnostic.js';

export function diagnosticsOf(file: VFile): Diagnostic[] {
  return file.messages.map((message) => ({
    file: file.path ?? message.file ?? undefined,
    ...(message.line ? { line: message.line } : {}),
    ...(message.column ? { column: message.column } : {}),
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    ruleId: message.ruleId ?? 'qbank',
    message: message.reason,
  })) as Diagnostic[];
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
