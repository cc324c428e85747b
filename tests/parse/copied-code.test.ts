/**
 * Code copied out of a rendered page keeps its code widget: a copy button's
 * label, a language label, a gutter of line numbers. The plain-text reader
 * makes one code block of such a run, leaves the widget out, and says so.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Code } from 'mdast';
import { parsePlainText } from '../../src/parse/plaintext.js';
import { messagesOf, readNote } from '../helpers/read-note.js';

const DOCS_PAGE = [
  'PyTorch Basics',
  '',
  'What does model.eval() do?',
  'It switches Dropout and BatchNorm to evaluation behaviour. For gradients, use torch.no_grad():',
  'Copy',
  '1 model.eval()',
  '2 with torch.no_grad():',
  '3     out = model(x)',
  'Why do we call optimizer.zero_grad()?',
  'Gradients accumulate in .grad by default.',
].join('\n');

const CHATGPT = [
  'LLM interview prep',
  '',
  'What is KV caching?',
  'Keys and values of past tokens are stored and reused.',
  '',
  'python',
  'Copy code',
  'past = None',
  'for t in range(max_len):',
  '    out = model(ids[:, -1:], past_key_values=past, use_cache=True)',
  '    past = out.past_key_values',
  '',
  'What is LoRA?',
  'A low-rank update of frozen weights.',
].join('\n');

describe('code copied with its widget, in plain text', () => {
  it('is one code block without the copy button or the gutter numbers, indentation kept', () => {
    const { tree, leftOut } = parsePlainText(DOCS_PAGE);
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'code', 'paragraph', 'paragraph']);
    expect(tree.children[2]).toMatchObject({ lang: 'python', value: 'model.eval()\nwith torch.no_grad():\n    out = model(x)', position: { start: { line: 6 }, end: { line: 8 } } });
    expect(leftOut).toEqual([
      { line: 5, text: 'Copy', reason: 'code-label' },
      { line: 6, text: '1-3', reason: 'code-line-numbers' },
    ]);
  });

  it('takes its language from a label above the copy button, and its first line even when that line alone would not read as code', () => {
    const { tree, leftOut } = parsePlainText(CHATGPT);
    const code = tree.children.find((node): node is Code => node.type === 'code');
    expect(code).toMatchObject({ lang: 'python', position: { start: { line: 8 }, end: { line: 11 } } });
    expect(code!.value.split('\n')).toEqual(['past = None', 'for t in range(max_len):', '    out = model(ids[:, -1:], past_key_values=past, use_cache=True)', '    past = out.past_key_values']);
    expect(leftOut).toEqual([
      { line: 6, text: 'python', reason: 'code-label' },
      { line: 7, text: 'Copy code', reason: 'code-label' },
    ]);
  });

  it('ends at a line that reads as prose, after the copy button', () => {
    const { tree } = parsePlainText('Title\n\nQ?\nCopy\nx = None\nThis line is prose about the code above.\n');
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'code', 'paragraph']);
    expect(tree.children[1]).toMatchObject({ value: 'x = None' });
  });

  it('keeps the numbers when they do not number every line of the run one after another: they are part of the code then', () => {
    const { tree, leftOut } = parsePlainText('Title\n\nQ?\nCopy\n1 2 3\n4 5 6\n8 9 10\n');
    expect(tree.children[1]).toMatchObject({ type: 'code', value: '1 2 3\n4 5 6\n8 9 10' });
    expect(leftOut).toEqual([{ line: 4, text: 'Copy', reason: 'code-label' }]);
  });

  it('reads a gutter without a copy button as code when the first numbered line reads as code', () => {
    const { tree, leftOut } = parsePlainText('Title\n\nQ?\n1 x = np.zeros(3)\n2 y = x.sum()\nThat is all there is to it.\n');
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'code', 'paragraph']);
    expect(tree.children[1]).toMatchObject({ value: 'x = np.zeros(3)\ny = x.sum()' });
    expect(leftOut).toEqual([{ line: 4, text: '1-2', reason: 'code-line-numbers' }]);
  });

  it('leaves numbered prose alone, and a lone "Copy" line with no code after it', () => {
    const { tree, leftOut } = parsePlainText('Title\n\nQ?\n1 reason is speed\n2 reason is memory\nCopy\nWhat is next in this list of things?\n');
    expect(tree.children.every((node) => node.type === 'paragraph')).toBe(true);
    expect(leftOut).toEqual([]);
  });

  it('answers the question above in one piece, and each left-out label or gutter is noted at its line', () => {
    const note = readNote(DOCS_PAGE, 'page.txt');
    expect(note.questions[0]!.answer!.markdown).toBe(
      'It switches Dropout and BatchNorm to evaluation behaviour. For gradients, use torch.no_grad():\n\n```python\nmodel.eval()\nwith torch.no_grad():\n    out = model(x)\n```',
    );
    expect(messagesOf(note.vfile)).toEqual(['5:code-label', '6:code-line-numbers']);
    // Notes (info), not warnings: nothing of the answer was lost.
    expect(note.vfile.messages.map((message) => message.fatal)).toEqual([undefined, undefined]);
  });

  it('flags a copied run whose indentation was lost, as it does other copied code', () => {
    const { tree } = parsePlainText('Title\n\nQ?\nCopy code\nfor x in xs:\nprint(x)\n');
    expect(tree.children[1]).toMatchObject({ type: 'code', data: { indentationLost: true } });
  });
});

describe('the cost of looking for a gutter', () => {
  it('reads each line of numbered prose for a gutter a bounded number of times, not once per line above it', () => {
    const lines = Array.from({ length: 400 }, (_, k) => `${k + 1} reason why the model overfits here`).join('\n');
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    parsePlainText(`${lines}\n`);
    const gutterReads = exec.mock.contexts.filter((pattern) => (pattern as RegExp).source === '^[ \\t]*(\\d{1,4})(?:[ \\t]|$)').length;
    exec.mockRestore();
    expect(gutterReads).toBeGreaterThan(0);
    expect(gutterReads).toBeLessThan(400 * 4);
  });
});
