/**
 * A diagnostic from a stage that has no vfile of its own (exporters, the CLI).
 * Stages that read a source file report through `vfile` messages instead;
 * the reporter prints both in the same `file:line:column: message` form.
 */
export type Severity = 'info' | 'warning' | 'error';

export interface Diagnostic {
  file?: string;
  line?: number;
  column?: number;
  severity: Severity;
  ruleId: string;
  message: string;
}
