/**
 * Front matter at the very top, as Jekyll and Hugo write it: YAML between `---` lines, or TOML between
 * `+++` lines (Hugo's other form). It is blanked out of the Markdown rather than cut, so that line
 * numbers and offsets of everything after it stay true.
 */
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** 1-based line of the closing fence. */
  endLine: number;
  error?: string;
}

interface Fences {
  open: RegExp;
  close: RegExp;
  parse: (text: string) => unknown;
}

const YAML: Fences = { open: /^---[ \t]*\n/, close: /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/, parse: parseYaml };
// TOML's dates become the strings YAML gives for them (`2023-05-01`): JSON writes each as its ISO text.
const TOML: Fences = { open: /^\+\+\+[ \t]*\n/, close: /\n\+\+\+[ \t]*(?:\n|$)/, parse: (text) => JSON.parse(JSON.stringify(parseToml(text))) as unknown };

export function splitFrontMatter(text: string): { frontMatter?: FrontMatter; body: string } {
  const fences = YAML.open.test(text) ? YAML : TOML.open.test(text) ? TOML : undefined;
  if (!fences) return { body: text };
  const close = fences.close.exec(text.slice(3));
  if (!close) return { body: text };
  const end = 3 + close.index + close[0].length;
  const inner = text.slice(text.indexOf('\n') + 1, 3 + close.index + 1);
  const endLine = text.slice(0, 3 + close.index + 1).split('\n').length;
  const blank = text.slice(0, end).replace(/[^\n]/g, ' ');
  let data: Record<string, unknown> = {};
  let error: string | undefined;
  try {
    const parsed: unknown = fences.parse(inner);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  } catch (cause) {
    error = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
  }
  return { frontMatter: { data, endLine, ...(error ? { error } : {}) }, body: blank + text.slice(end) };
}
