/**
 * Front matter at the very top, as Jekyll and Hugo write it: YAML between `---` lines, TOML between
 * `+++` lines, or a JSON object from a `{` line to a `}` line (Hugo's other two forms). It is blanked out of the Markdown rather than cut, so that line
 * numbers and offsets of everything after it stay true.
 */
import type { Yaml } from 'mdast';
import type { Options } from 'mdast-util-frontmatter';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

/** Hugo's TOML front matter as remark-frontmatter reads it (mdast itself types only YAML's). */
export interface Toml extends Omit<Yaml, 'type'> {
  type: 'toml';
}

/** Hugo's JSON front matter: the object's lines between its own `{` and `}` lines, as remark-frontmatter's custom matters keep them. */
export interface Json extends Omit<Yaml, 'type'> {
  type: 'json';
}

declare module 'mdast' {
  interface FrontmatterContentMap {
    toml: Toml;
    json: Json;
  }
  interface RootContentMap {
    toml: Toml;
    json: Json;
  }
}

export type FrontMatterNode = Yaml | Toml | Json;

/** Each front matter's language by its node's type, for messages. */
export const FRONT_MATTER_LANGUAGE: Record<FrontMatterNode['type'], string> = { yaml: 'YAML', toml: 'TOML', json: 'JSON' };

/** How mdast-util-frontmatter writes each node back: JSON's braces are its fences. */
export const FRONT_MATTER_MATTERS: Options = ['yaml', 'toml', { type: 'json', fence: { open: '{', close: '}' } }];

export interface FrontMatter {
  data: Record<string, unknown>;
  /** 1-based line of the closing fence. */
  endLine: number;
  error?: string;
  /** The front matter as written, the node remark-frontmatter makes of it: what a compiler writes back. */
  node: FrontMatterNode;
}

interface Fences {
  type: FrontMatterNode['type'];
  open: RegExp;
  close: RegExp;
  parse: (text: string) => unknown;
}

const YAML: Fences = { type: 'yaml', open: /^---[ \t]*\n/, close: /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/, parse: parseYaml };
// TOML's dates become the strings YAML gives for them (`2023-05-01`): JSON writes each as its ISO text.
const TOML: Fences = { type: 'toml', open: /^\+\+\+[ \t]*\n/, close: /\n\+\+\+[ \t]*(?:\n|$)/, parse: (text) => JSON.parse(JSON.stringify(parseToml(text))) as unknown };

// Only an object whose first line names a key (`"title": …`) is front matter: a note may open on a brace of its own.
const JSON_OBJECT: Fences = { type: 'json', open: /^\{[ \t]*\n(?=[ \t]*")/, close: /\n\}[ \t]*(?:\n|$)/, parse: (text) => JSON.parse(`{${text}}`) as unknown };

export function splitFrontMatter(text: string): { frontMatter?: FrontMatter; body: string } {
  const fences = [YAML, TOML, JSON_OBJECT].find((each) => each.open.test(text));
  if (!fences) return { body: text };
  // The closing fence is searched from the opening line's break on.
  const from = text.indexOf('\n');
  const close = fences.close.exec(text.slice(from));
  if (!close) return { body: text };
  const end = from + close.index + close[0].length;
  // The closing fence's line starts after the line break the match begins with.
  const closeStart = from + close.index + 1;
  const inner = text.slice(text.indexOf('\n') + 1, closeStart);
  const endLine = text.slice(0, closeStart).split('\n').length;
  const closeFence = /^[^\n]*/.exec(text.slice(closeStart))![0];
  const node: FrontMatterNode = {
    type: fences.type,
    value: inner.replace(/\n$/, ''),
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: endLine, column: closeFence.length + 1, offset: closeStart + closeFence.length } },
  };
  const blank = text.slice(0, end).replace(/[^\n]/g, ' ');
  let data: Record<string, unknown> = {};
  let error: string | undefined;
  try {
    const parsed: unknown = fences.parse(inner);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  } catch (cause) {
    error = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
  }
  return { frontMatter: { data, endLine, ...(error ? { error } : {}), node }, body: blank + text.slice(end) };
}
