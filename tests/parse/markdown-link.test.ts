/** The links a reader of another markup writes as Markdown: each address whole, whatever parentheses it holds. */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';

const WIKIPEDIA = 'https://en.wikipedia.org/wiki/Bias_(statistics)';
const LONE_PARENTHESIS = 'https://example.org/smile:)';

const answerOf = (text: string, file: string) => readNote(text, file).questions[0]!.answer!.markdown;

describe('a link written by a reader of another markup', () => {
  const notes: Array<[string, string, (address: string, words: string) => string]> = [
    ['Org', 'notes.org', (address, words) => `* What is bias?\nSee [[${address}][${words}]].\n`],
    ['AsciiDoc', 'notes.adoc', (address, words) => `= Notes\n\n== What is bias?\n\nSee ${address}[${words}].\n`],
    ['LaTeX', 'notes.tex', (address, words) => `\\section{What is bias?}\nSee \\href{${address}}{${words}}.\n`],
    ['reStructuredText', 'notes.rst', (address, words) => `Notes\n=====\n\nWhat is bias?\n-------------\n\nSee \`${words} <${address}>\`_.\n`],
  ];

  for (const [markup, file, note] of notes) {
    it(`keeps an address with parentheses whole when read from ${markup}`, () => {
      expect(answerOf(note(WIKIPEDIA, 'bias'), file)).toBe('See [bias](https://en.wikipedia.org/wiki/Bias_\\(statistics\\)).');
    });

    it(`keeps an address with a lone closing parenthesis whole when read from ${markup}`, () => {
      expect(answerOf(note(LONE_PARENTHESIS, 'a smile'), file)).toBe('See [a smile](https://example.org/smile:\\)).');
    });
  }
});
