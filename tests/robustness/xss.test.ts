/**
 * No script, style, iframe, event handler or javascript:/data: URL from any
 * note reaches the JSON's `html`, an Anki field, or (rendered by a consumer
 * that trusts it) the JSON's `markdown`. Known XSS vectors are put in
 * questions and answers, in Markdown notes and in copied plain text, and the
 * real build reads them all.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Question, QuestionBank } from '../../src/schema/question-bank.js';
import { exporters } from '../../src/build/exporters.js';
import type { Format } from '../../src/config/config.js';
import { XSS_VECTORS } from '../export/anki/xss-vectors.js';
import { readDeck, type DeckContents } from '../export/anki/bank-builder.js';
import { dangersIn, dangersInMarkdown } from './html-danger.js';
import { hostileFolder, questionsIn } from './hostile-folder.js';

/** Vectors written in Markdown's own syntax rather than as HTML. */
const MARKDOWN_VECTORS = [
  '[link](javascript:alert(1))',
  '[link](JAVASCRIPT:alert(1))',
  '[link](jav&#x09;ascript:alert(1))',
  '[link](&#x6A;avascript:alert(1))',
  '[link]( javascript:alert(1) )',
  '[link](<javascript:alert(1)>)',
  '[link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[link](vbscript:msgbox(1))',
  '![image](javascript:alert(1))',
  '![image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '<javascript:alert(1)>',
  '[reference][evil]\n\n[evil]: javascript:alert(1)',
  '<!-- <script>alert(1)</script> -->',
  '<details ontoggle=alert(1) open><summary>more</summary>\n\nbody\n\n</details>',
  '<a href="jav&#x09;ascript:alert(1)">tab</a> and <a href="jav\tascript:alert(1)">raw tab</a>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<math><a href="javascript:alert(1)">m</a></math>',
  '<img src=x onerror="alert(1)"/> <b onmouseover=alert(1)>bold</b>',
  // URLs GitHub's schema allows but never checks: a picture's srcset, a form's action on any element.
  '<picture><source srcset="javascript:alert(1)"><img src="p.png"></picture> <p action="javascript:alert(1)">x</p>',
  // A formula's text is raw HTML to a renderer without math.
  '```math\n<img src=x onerror=alert(1)>\n```\n\n$a <b onmouseover=alert(1)>b$',
];

const VECTORS = [...XSS_VECTORS, ...MARKDOWN_VECTORS];

const BENIGN =
  'x<sup>2</sup>, <kbd>Ctrl</kbd>+<kbd>C</kbd><br/>H<sub>2</sub>O, <img src="figure.png" alt="a figure">, ' +
  '[docs](https://example.com/a?b=c#d), [mail](mailto:me@example.com) and [relative](other.md#part).';

const notes = hostileFolder();
/** Every format this version writes (the PDF too, once it is available). */
const FORMATS = (Object.keys(exporters) as Format[]).filter((format) => exporters[format] !== undefined).join(',');

let bank: QuestionBank;
let deck: DeckContents;
let code: number;

beforeAll(async () => {
  // Markdown: each vector inline in the question, inline and as a block in the answer, and in a list.
  notes.write(
    'xss.md',
    VECTORS.map((vector, i) => `## ${i + 1}. What does vector ${i + 1} ${vector.split('\n')[0]} do?\n\nVector ${i + 1} inline: ${vector.split('\n')[0]} here.\n\n${vector}\n\n- item ${vector.split('\n')[0]}\n`).join('\n'),
  );
  // A <details> question whose summary and body carry vectors.
  notes.write(
    'details.md',
    XSS_VECTORS.map((vector, i) => `<details ontoggle="alert(${i})" open>\n<summary>What hides in details ${i + 1}? ${vector}</summary>\n\n${vector}\n\n</details>\n`).join('\n'),
  );
  // Copied web text: a title, question lines, bullet answers (read as plain text, not Markdown).
  notes.write(
    'copied.txt',
    `Copied interview page\n\n${VECTORS.map((vector, i) => `What is plain vector ${i + 1} ${vector.replace(/\n/g, ' ')}?\n  • It is ${vector.replace(/\n/g, ' ')} in a bullet.\n  • Second bullet.`).join('\n\n')}\n`,
  );
  notes.write('benign.md', `## What is benign HTML?\n\n${BENIGN}\n\n## What is a quoted block?\n\n<blockquote onclick="alert(1)">\n\nQuoted.\n\n</blockquote>\n`);
  const run = await notes.run('build', 'notes', '--format', FORMATS, '--out', 'out', '--no-dedupe', '--include-unanswered');
  code = run.code;
  bank = notes.bank();
  const apkg = readdirSync(path.join(notes.dir, 'out')).find((file) => file.endsWith('.apkg'))!;
  deck = await readDeck(readFileSync(path.join(notes.dir, 'out', apkg)));
}, 120_000);

const answers = (question: Question) => [question.answer, ...question.occurrences.map((occurrence) => occurrence.answer)].filter((answer) => answer !== null);

describe('every vector is read, not dropped', () => {
  it('finds a question per vector in each note', () => {
    expect(code).toBe(0);
    expect(questionsIn(bank, 'xss.md')).toHaveLength(VECTORS.length);
    expect(questionsIn(bank, 'details.md')).toHaveLength(XSS_VECTORS.length);
    expect(questionsIn(bank, 'copied.txt')).toHaveLength(VECTORS.length);
  });

  it('keeps what copied text says, as text', () => {
    const [first] = questionsIn(bank, 'copied.txt');
    expect(first?.answer?.text).toContain(`It is ${XSS_VECTORS[0]} in a bullet.`);
    expect(first?.answer?.html).toContain('It is &#x3C;script>alert(1)&#x3C;/script> in a bullet.');
  });
});

describe('questions.json', () => {
  it('has no active content in any answer html', () => {
    const found = bank.questions.flatMap((question) => answers(question).flatMap((answer) => dangersIn(answer.html).map((danger) => `${question.question}: ${danger}`)));
    expect(found).toEqual([]);
  });

  it('has no active content in any answer markdown, even rendered with raw HTML allowed', () => {
    const found = bank.questions.flatMap((question) =>
      answers(question).flatMap((answer) => dangersInMarkdown(answer.markdown).map((danger) => `${question.occurrences[0]!.file}:${question.occurrences[0]!.line} ${danger}`)),
    );
    expect(found).toEqual([]);
  });

  it('gives questions read from Markdown that stay inert when rendered as Markdown again', () => {
    const markdownQuestions = [...questionsIn(bank, 'xss.md'), ...questionsIn(bank, 'details.md')];
    const found = markdownQuestions.flatMap((question) => [question.question, ...Object.values(question.translations)].flatMap((text) => dangersInMarkdown(text ?? '').map((danger) => `${text}: ${danger}`)));
    expect(found).toEqual([]);
  });

  it('keeps the wording of copied-text questions verbatim: it is plain text, for consumers to escape', () => {
    const [first] = questionsIn(bank, 'copied.txt');
    expect(first?.question).toBe(`What is plain vector 1 ${XSS_VECTORS[0]}?`);
  });
});

describe('harmless HTML and URLs', () => {
  it('are kept in the Markdown exactly as written', () => {
    const [benign] = questionsIn(bank, 'benign.md');
    expect(benign?.answer?.markdown).toBe(BENIGN);
    expect(benign?.answer?.html).toContain('<sup>2</sup>');
    expect(benign?.answer?.html).toContain('<a href="https://example.com/a?b=c#d">docs</a>');
  });

  it('keeps an opening tag an opening tag when it loses an attribute, so the block still closes', () => {
    const quoted = questionsIn(bank, 'benign.md').find((question) => question.question === 'What is a quoted block?');
    expect(quoted?.answer?.markdown).toBe('<blockquote>\n\nQuoted.\n\n</blockquote>');
  });
});

describe('the Anki deck', () => {
  it('holds a note per question (unanswered ones included, as asked)', () => {
    expect(deck.notes.length).toBe(bank.questions.length);
  });

  it('has no active content in any field of any note', () => {
    const found = deck.notes.flatMap((note) => note.fields.flatMap((field, index) => dangersIn(field).map((danger) => `note ${note.id} field ${index}: ${danger}`)));
    expect(found).toEqual([]);
  });

  it('shows copied-text vectors as escaped text in the question field', () => {
    const field = deck.notes.map((note) => note.fields[0]!).find((text) => text.includes('plain vector 1 '));
    expect(field).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe.runIf(FORMATS.includes('pdf'))('the PDF cheat sheet', () => {
  it('links only to http(s) and mailto addresses', () => {
    const pdf = readFileSync(path.join(notes.dir, 'out', 'qbank-cheatsheet.pdf')).toString('latin1');
    const targets = [...pdf.matchAll(/\/URI\s*\(((?:\\.|[^\\)])*)\)/g)].map((match) => match[1]!);
    expect(targets).toContain('https://example.com/a?b=c#d');
    expect(targets.filter((target) => !/^(?:https?:|mailto:)/i.test(target))).toEqual([]);
    expect(pdf).not.toMatch(/\/(?:JavaScript|JS|Launch)\b/);
  });
});
