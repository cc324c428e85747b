/**
 * Formulas reach Anki's MathJax (and any page rendering answer.html with MathJax) without the
 * commands that would make them act: a `javascript:` link, a style covering the card, an id, an
 * extension loaded. What those commands show stays.
 */
import { describe, expect, it } from 'vitest';
import { inertTex, inertTexInText } from '../../src/normalise/inert-tex.js';
import { messagesOf, readNote } from '../helpers/read-note.js';

/** Every active control word, read as TeX reads it (`\\href` is a line break, then text). */
const ACTIVE = /(?<!\\)(?:\\\\)*\\(?:href|style|class|cssId|data|mmlToken|bbox|require)(?![A-Za-z])/;

describe('inertTex', () => {
  it('keeps what a link, a style, a class, an id or data attributes show, and drops the rest', () => {
    expect(inertTex('\\href{javascript:alert(1)}{click}')).toBe('{click}');
    expect(inertTex('a + \\style{position:fixed;width:100%}{z} + b')).toBe('a + {z} + b');
    expect(inertTex('\\class{x}{y}\\cssId{answer}{q}\\data{k=v}{w}')).toBe('{y}{q}{w}');
  });

  it('drops \\mmlToken with its attributes, keeping the token text, and \\require whole', () => {
    expect(inertTex('\\mmlToken{mi}[href="javascript:alert(3)"]{x}')).toBe('{x}');
    expect(inertTex('\\mmlToken{mo}{+}')).toBe('{+}');
    expect(inertTex('\\require{html} x')).toBe('{} x');
  });

  it('reads arguments as TeX does: spaces before them, one token without braces, escaped braces inside', () => {
    expect(inertTex('\\href {u} \\alpha')).toBe('{\\alpha}');
    expect(inertTex('\\href{a\\}b}{c\\{d}')).toBe('{c\\{d}');
    expect(inertTex('\\href{u}{\\frac{1}{2}}')).toBe('{\\frac{1}{2}}');
  });

  it('drops commands nested in what another shows', () => {
    expect(inertTex('\\href{u}{\\style{color:red}{x}}')).toBe('{{x}}');
  });

  it('leaves no command behind when the arguments are missing or unbalanced', () => {
    for (const tex of ['\\href', '\\href{javascript:alert(1)', '\\href{u}', '\\mmlToken{mi}[href=x', '\\style}']) {
      expect(inertTex(tex)).not.toMatch(ACTIVE);
    }
  });

  it('cannot be tricked into joining the text around a dropped command into a new one', () => {
    const result = inertTex('\\hr\\href{u}{}ef{javascript:alert(1)}{x}');
    expect(result).not.toMatch(ACTIVE);
    expect(result).toBe('\\hr{}ef{javascript:alert(1)}{x}');
  });

  it('drops \\bbox, whose options are CSS, keeping what it boxes', () => {
    expect(inertTex('\\bbox[position:fixed;top:0;width:100vw]{x}')).toBe('{x}');
    expect(inertTex('\\bbox{y}')).toBe('{y}');
  });

  it('does not fail on a backslash that ends the TeX where an argument should be', () => {
    for (const tex of ['\\href{a}\\', '\\href\\', '\\bbox[x]\\']) {
      expect(() => inertTex(tex)).not.toThrow();
      expect(inertTex(tex)).not.toMatch(ACTIVE);
    }
  });

  it('leaves other TeX as it is, including a line break before the word "href" and longer names', () => {
    for (const tex of ['\\frac{a}{b}', 'x \\\\href', '\\hrefx{a}{b}', '\\textstyle x', '\\displaystyle \\sum_i x_i']) {
      expect(inertTex(tex)).toBe(tex);
    }
  });
});

describe('inertTexInText', () => {
  it('makes math written as text inert only where a MathJax delimiter makes it math', () => {
    expect(inertTexInText('see \\(\\href{javascript:x}{two}\\)')).toBe('see \\({two}\\)');
    expect(inertTexInText('in LaTeX, write \\href{url}{text} for a link')).toBe('in LaTeX, write \\href{url}{text} for a link');
  });
});

describe('math MathJax reads across a line break', () => {
  const hostile = [
    '## What is a trick?\n\nText \\\\[ a  \n\\href{javascript:EVIL}{click} \\\\]\n',
    '## What is a trick?\n\n<p>&#92;[ a<br>&#92;href{javascript:EVIL}{x} &#92;]</p>\n',
    '## What is a trick?\n\n<p>&#92;[ a &#92;hr<wbr>ef{javascript:EVIL}{x} &#92;]</p>\n',
    '## What is a trick?\n\n<p>&#92;[ a<!-- c -->&#92;href{javascript:EVIL}{x} &#92;]</p>\n',
  ];
  it('leaves no command that acts in any form of the answer', () => {
    for (const note of hostile) {
      const { html, markdown } = readNote(note).questions[0]!.answer!;
      expect(html, note).not.toContain('javascript:');
      expect(markdown, note).not.toContain('javascript:');
    }
  });
});

describe('an answer with active TeX', () => {
  const note = readNote(
    '## What is a link in math?\n\nInline $\\href{javascript:alert(1)}{click}$ and \\\\(\\style{position:fixed}{two}\\\\).\n\n$$\n\\mmlToken{mi}[href="javascript:alert(3)"]{x}\n$$\n\n`\\href{u}{code}` stays.\n',
  );
  const [question] = note.questions;

  it('has none left in its HTML, Markdown or text, and keeps what the commands showed', () => {
    const { html, markdown, text } = question!.answer!;
    for (const form of [html, markdown, text]) {
      expect(form.replace(/<code>.*?<\/code>|`[^`]*`|\\href\{u\}\{code\}/g, '')).not.toMatch(ACTIVE);
      expect(form).not.toContain('javascript:');
      expect(form).toContain('click');
      expect(form).toContain('two');
    }
    expect(html).toContain('<span class="math math-inline">\\({click}\\)</span>');
  });

  it('keeps code as written: MathJax does not typeset it', () => {
    expect(question!.answer!.html).toContain('<code>\\href{u}{code}</code>');
    expect(question!.answer!.markdown).toContain('`\\href{u}{code}`');
  });

  it('tells the note, at each formula, what was left out', () => {
    expect(messagesOf(note.vfile)).toEqual(['3:html-left-out', '3:html-left-out', '5:html-left-out']);
    expect(note.vfile.messages[0]!.reason).toContain('"\\href{javascript:alert(1)}{click}"');
    expect(note.vfile.messages[1]!.reason).toContain('math written as text');
  });
});
