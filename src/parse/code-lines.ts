/**
 * Recognising source code in plain text, where fences and indentation were
 * lost on the way from a web page. A line is code when it starts like a
 * statement, or when it is an assignment or expression whose right side
 * reads as an expression rather than as prose ("L2 = small weights" is prose,
 * "mu = x.mean(axis=0)" is code).
 */
import { LAST_QUESTION_MARK } from '../wording/marks.js';


/**
 * A Python decorator (`@property`, `@app.route("/")`, `@torch.no_grad()`): a dotted name, called or not, alone on its
 * line. A mention is none (`@minho-lee`, `@jisoo thanks!`): a handle has hyphens, and words follow it.
 */
const DECORATOR = /@[A-Za-z_][\w.]*(?=\(|\s*(?:#|$))/;
/**
 * SQL's clauses, in capitals as queries are written, each with what makes it a query's and not a sentence's
 * (`SELECT MAX(salary) FROM emp`, `WHERE salary < …`, `GROUP BY dept`): `WHERE filters rows before grouping` is prose.
 */
const SQL_CLAUSE = String.raw`(?:SELECT\s+(?:DISTINCT\s+)?[\w*(][^\n]*\bFROM\s+\w|INSERT\s+INTO\s+\w|UPDATE\s+\w+\s+SET\s+\w+\s*=|DELETE\s+FROM\s+\w|CREATE\s+(?:TABLE|INDEX|VIEW)\s+\w|WHERE\s+[\w.]+\s*(?:[<>=!]|IN\s*\(|LIKE\s|IS\s+(?:NOT\s+)?NULL|BETWEEN\s)|(?:GROUP|ORDER)\s+BY\s+[\w.]+(?:\s+(?:ASC|DESC))?(?:\s*,\s*[\w.]+(?:\s+(?:ASC|DESC))?)*\s*;?$|(?:LEFT|RIGHT|INNER|OUTER|FULL)?\s*JOIN\s+\w+(?:\s+\w+)?\s+ON\s+[\w.]+\s*=)`;
const STATEMENT = new RegExp(String.raw`^(?:${SQL_CLAUSE}|def|class|return|import|from\s+\S+\s+import|for\s.+\sin\s.+:|while\s.+:|if\s.+:|elif\s.+:|else\s*:|try\s*:|except\b.*:|finally\s*:|with\s.+:|raise\b|yield\b|lambda\b|pass$|break$|continue$|async\s+def|function\b|const\s|let\s|var\s|public\s|private\s|#include\b|print\(|${DECORATOR.source})`);
const ASSIGNMENT = /^([A-Za-z_][\w.]*(?:\[[^\]]*\])?(?:\s*,\s*[A-Za-z_][\w.]*)*)\s*(?:[+\-*/%]|\/\/|\*\*)?=\s*(.+)$/;
/**
 * An import, whatever its words (`import numpy as np`, `from torch import nn`): a statement's shape, where a sentence
 * (`import this module as well`) goes on past it.
 */
const IMPORT = /^(?:import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*|from\s+[\w.]+\s+import\s+(?:\*|\(?\w+(?:\s+as\s+\w+)?(?:\s*,\s*\w+(?:\s+as\s+\w+)?)*\)?))\s*(?:#.*)?$/;
/**
 * Names joined by operators, an expression a session or a script shows (`A.T @ A`, `x ** 2 + y`): in a run of code,
 * code, though it has too few of code's marks to start one.
 */
const OPERAND = String.raw`(?:[A-Za-z_][\w.]*|\d+(?:\.\d+)?)(?:\([^()]*\)|\[[^\]]*\])?`;
const EXPRESSION = new RegExp(String.raw`^-?${OPERAND}(?:\s*(?:@|\*\*|\/\/|[*+\-/%]|==|!=|<=|>=|[<>])\s*-?${OPERAND})+\s*(?:#.*)?$`);
const CALL_OR_INDEX = /^[A-Za-z_][\w.]*(?:\(|\[)/;
const CLOSER = /^[)\]}]+[,;]?$/;
const KEYWORDS = new Set(['in', 'for', 'if', 'else', 'and', 'or', 'not', 'is', 'lambda', 'return', 'None', 'True', 'False']);

/** The longest run of bare words separated only by spaces: prose has long runs. */
function longestWordRun(text: string): number {
  let best = 0;
  let run = 0;
  for (const token of text.split(/(\s+)/)) {
    if (/^\s+$/.test(token) || token === '') continue;
    if (/^[A-Za-z가-힣][A-Za-z가-힣'-]*[,.]?$/.test(token) && !KEYWORDS.has(token.replace(/[,.]$/, ''))) {
      run++;
      best = Math.max(best, run);
    } else run = 0;
  }
  return best;
}

function withoutComment(line: string): string {
  const hash = line.indexOf(' #');
  return hash === -1 ? line : line.slice(0, hash);
}

/** A line that on its own is clearly a statement of a program. */
export function isStrongCodeLine(line: string): boolean {
  const trimmed = line.trim();
  if (IMPORT.test(trimmed)) return true;
  if (STATEMENT.test(trimmed)) return longestWordRun(withoutComment(trimmed)) < 4;
  const assignment = ASSIGNMENT.exec(trimmed);
  if (assignment) {
    const value = withoutComment(assignment[2]!);
    return longestWordRun(value) < 2 && /[()[\]._\d]/.test(value);
  }
  return false;
}

/** A line that opens a run of code: a statement, or an expression (`A.T @ A`) with a statement right under it. */
export function opensCode(line: string, next: string | undefined): boolean {
  return isStrongCodeLine(line) || (EXPRESSION.test(line.trim()) && next !== undefined && isStrongCodeLine(next));
}

/**
 * A line that reads as a sentence rather than as code: it asks, or runs four
 * bare words on that no statement keyword opens ("import numpy as np" is code).
 */
export function readsAsProse(line: string): boolean {
  const trimmed = line.trim();
  if (LAST_QUESTION_MARK.test(trimmed)) return true;
  return longestWordRun(withoutComment(trimmed)) >= 4 && !STATEMENT.test(trimmed);
}

/** A line that continues code already started: expressions, closers, comments. */
export function isCodeContinuation(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '') return false;
  if (isStrongCodeLine(trimmed) || CLOSER.test(trimmed) || EXPRESSION.test(trimmed)) return true;
  if (/^#(?!\s*\d+[.)]\s)/.test(trimmed)) return true; // a comment, but not "# 2. Implement X"
  const symbols = (trimmed.match(/[()[\]{}=*+/:_<>%]/g) ?? []).length;
  return (CALL_OR_INDEX.test(trimmed) || symbols >= 3) && longestWordRun(withoutComment(trimmed)) < 3;
}

/** Python-like code pasted without its indentation: a block opener followed by a line no deeper. */
export function lostIndentation(lines: string[]): boolean {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (!/:\s*(?:#.*)?$/.test(line.trim()) || !/^\s*(?:def|class|for|while|if|elif|else|try|except|finally|with)\b/.test(line)) continue;
    const indent = (text: string) => text.length - text.trimStart().length;
    if (indent(lines[i + 1]!) <= indent(line)) return true;
  }
  return false;
}

export function guessCodeLanguage(lines: string[]): string | undefined {
  const text = lines.join('\n');
  if (new RegExp(String.raw`^\s*${SQL_CLAUSE}`, 'm').test(text)) return 'sql';
  if (/^\s*(?:def |import |from \S+ import|class \w+(?:\(.*\))?:)|\bnp\.|\bself\b|:\s*$/m.test(text)) return 'python';
  if (/\b(?:function|const|let|=>)\b|;\s*$/m.test(text)) return 'javascript';
  return undefined;
}
