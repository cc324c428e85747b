/**
 * Whether a bracketed number glued to a word is an index in code written in prose (`x[3]`, `arr_2[3]`, `self.data[3]`)
 * rather than a citation mark after the word it cites (`learning[3]`). A citation follows a word's end or punctuation;
 * an index follows a name. No one sign tells every case, so the word is read as a name when its shape says so (a
 * single letter, `_`, camelCase or a digit after a lower-case start, a member's `.`), when the note writes it as code elsewhere (in inline code
 * or a code block, or indexed by what no citation is, `data[i]`, `data[0]`), or when code goes on right after the
 * index (`data[3].shape`, `data[3] = 7`). A plain word with none of these (`data[3]` alone) is read as cited.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** The name right before a bracket, as code writes it: letters, digits, `_`, members' `.`; not glued to other letters. */
const NAME_BEFORE = /(?:^|[^\p{L}\p{N}_.])([A-Za-z_][\w.]*)$/u;
/**
 * A name's shape that no prose word has: one letter, a `_` in it, a lower-case start with a digit or capital in it
 * (`x1`, `myArray`), a member's `.` (`self.data`). A capital's start with them is a product's name as often (`PyTorch[5]`,
 * `GPT4[2]`, as Wikipedia cites them), and is no name by its shape.
 */
const NAME_SHAPE = /^[A-Za-z]$|_|^[a-z][a-z]*[\dA-Z]|\w\.[A-Za-z_]/;
/** Code right after an index: a member (`.shape`), an assignment or comparison (` = 7`, ` == x`, ` += 1`). */
const CODE_AFTER = /^(?:\.[A-Za-z_]|\s*(?:[-+*/%]?=|[!=]=|[<>]=?)\s)/;
/** A word indexed by what is no citation (`data[i]`, `data[0]`, `data[-1]`, `data[:3]`): a name. */
const INDEXED = /(?:^|[^\p{L}\p{N}_])([A-Za-z_]\w*)\[(?![1-9]\d{0,2}\])[^\]\s]{1,20}\]/gu;
const WORD = /[A-Za-z_]\w*/g;

/** The names a note writes as code: the words of its inline code and code blocks, and words it indexes by other than a number (`data[i]`). */
export function codeNames(tree: Root, text: string): Set<string> {
  const names = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'inlineCode' || node.type === 'code') for (const word of node.value.match(WORD) ?? []) names.add(word);
  });
  for (const found of text.matchAll(INDEXED)) names.add(found[1]!);
  return names;
}

/** Whether the bracketed number between `before` and `after` (the text around it) indexes a name: see the module's note. */
export function isCodeIndex(before: string, after: string, names: ReadonlySet<string>): boolean {
  const name = NAME_BEFORE.exec(before)?.[1];
  if (name === undefined || name.endsWith('.')) return false;
  return NAME_SHAPE.test(name) || names.has(name.slice(name.lastIndexOf('.') + 1)) || CODE_AFTER.test(after);
}
