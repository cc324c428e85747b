/** The links a reader of another markup writes as Markdown: each address whole, whatever parentheses it holds. */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';
import { autolink, linkDestination } from '../../src/parse/markdown-link.js';

const WIKIPEDIA = 'https://en.wikipedia.org/wiki/Bias_(statistics)';
const LONE_PARENTHESIS = 'https://example.org/smile:)';

const answerOf = (text: string, file: string) => readNote(text, file).questions[0]!.answer!.markdown;

describe('a link written by a reader of another markup', () => {
  const notes: Array<[string, string, (address: string, words: string) => string]> = [
    ['Org', 'notes.org', (address, words) => `* What is bias?\nSee [[${address}][${words}]].\n`],
    ['AsciiDoc', 'notes.adoc', (address, words) => `= Notes\n\n== What is bias?\n\nSee ${address}[${words}].\n`],
    ['LaTeX', 'notes.tex', (address, words) => `\\section{What is bias?}\nSee \\href{${address}}{${words}}.\n`],
    ['reStructuredText', 'notes.rst', (address, words) => `Notes\n=====\n\nWhat is bias?\n-------------\n\nSee \`${words} <${address}>\`_.\n`],
    ['Typst', 'notes.typ', (address, words) => `= What is bias?\nSee #link("${address}")[${words}].\n`],
    ['a MediaWiki page', 'page.txt', (address, words) => `== Notes ==\n\n=== What is bias? ===\nSee [${address} ${words}].\n\n=== Why? ===\nBecause.\n`],
    ['a BBCode post', 'post.txt', (address, words) => `[b]What is bias?[/b]\nSee [url=${address}]${words}[/url].\n\n[b]Why?[/b]\nBecause.\n`],
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

describe('an address as a Markdown link\'s destination (linkDestination)', () => {
  it('is written as it is when nothing in it would end the link', () => {
    expect(linkDestination('https://example.org/a/b?c=d#e')).toBe('https://example.org/a/b?c=d#e');
  });

  it('has its spaces, quotes, angle brackets and backslashes percent-encoded, the same address', () => {
    expect(linkDestination('figures/loss curve "v2" <old>\\a.png')).toBe('figures/loss%20curve%20%22v2%22%20%3Cold%3E%5Ca.png');
  });

  it('is written between angle brackets when it holds a parenthesis, paired or alone', () => {
    expect(linkDestination(WIKIPEDIA)).toBe(`<${WIKIPEDIA}>`);
    expect(linkDestination(LONE_PARENTHESIS)).toBe(`<${LONE_PARENTHESIS}>`);
    expect(linkDestination('a (b).png')).toBe('<a%20(b).png>');
  });
});

describe('an address shown as itself (autolink)', () => {
  it('is written between angle brackets, its parentheses and quotes kept as written', () => {
    expect(autolink(WIKIPEDIA)).toBe(`<${WIKIPEDIA}>`);
  });

  it('has its spaces and angle brackets percent-encoded, which would end it', () => {
    expect(autolink('https://example.org/a b<c>')).toBe('<https://example.org/a%20b%3Cc%3E>');
  });

  it('is so from a Typst link with no words, whose address holds a space', () => {
    expect(answerOf('= What is bias?\nSee #link("https://example.org/a b").\n', 'notes.typ')).toBe('See <https://example.org/a%20b>.');
  });
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
