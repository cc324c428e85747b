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

describe('an rst link with no words, its address alone in angle brackets', () => {
  const answered = (target: string) => readNote(`Notes\n=====\n\nWhat is bias?\n-------------\n\nSee \`<${target}>\`_.\n`, 'notes.rst').questions[0]!.answer!;

  it('is a link showing its address, whole, when the address holds a space', () => {
    const answer = answered('https://example.com/a b');
    expect(answer.markdown).toBe('See [https://example.com/a b](https://example.com/a%20b).');
    expect(answer.html).toContain('<a href="https://example.com/a%20b">https://example.com/a b</a>');
  });

  it('is a link to a page of the site when the address is a file', () => {
    expect(answered('setup page.html').html).toContain('<a href="setup%20page.html">setup page.html</a>');
  });

  it('is the address as an autolink when the address has neither space nor angle bracket', () => {
    expect(answered(WIKIPEDIA).markdown).toBe(`See <${WIKIPEDIA}>.`);
  });
});
