/**
 * YAML front matter (`---` ... `---` at the very top), as Jekyll and Hugo
 * write it. It is blanked out of the Markdown rather than cut, so that
 * line numbers and offsets of everything after it stay true.
 */
import { parse as parseYaml } from 'yaml';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** 1-based line of the closing fence. */
  endLine: number;
  error?: string;
}

const OPEN = /^---[ \t]*\n/;
const CLOSE = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export function splitFrontMatter(text: string): { frontMatter?: FrontMatter; body: string } {
  if (!OPEN.test(text)) return { body: text };
  const close = CLOSE.exec(text.slice(3));
  if (!close) return { body: text };
  const end = 3 + close.index + close[0].length;
  const yamlText = text.slice(text.indexOf('\n') + 1, 3 + close.index + 1);
  const endLine = text.slice(0, 3 + close.index + 1).split('\n').length;
  const blank = text.slice(0, end).replace(/[^\n]/g, ' ');
  let data: Record<string, unknown> = {};
  let error: string | undefined;
  try {
    const parsed: unknown = parseYaml(yamlText);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  } catch (cause) {
    error = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
  }
  return { frontMatter: { data, endLine, ...(error ? { error } : {}) }, body: blank + text.slice(end) };
}
