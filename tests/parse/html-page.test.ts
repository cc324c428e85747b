/**
 * A web page saved as HTML (a browser's "Save page as", a static site's output, a Notion export) is read as
 * the Markdown it stands for: its main content, without the page's chrome, its lines those of the page.
 */
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseSource } from '../../src/parse/index.js';
import { readHtmlPage } from '../../src/parse/html-page.js';
import { isHtmlPage } from '../../src/parse/text-kind.js';
import { messagesOf, readNote } from '../helpers/read-note.js';

const page = (body: string, head = '<title>Interview notes</title>') => `<!DOCTYPE html>\n<html>\n<head>${head}</head>\n<body>\n${body}\n</body>\n</html>\n`;

const asked = (text: string) =>
  readNote(text, 'page.html').questions.map((question) => [question.question, question.answer?.markdown ?? null, question.occurrences[0]!.line]);

describe('a web page', () => {
  it('is a file that opens with a doctype or an `<html>` element, after comments; a note with some HTML in it is not', () => {
    expect(isHtmlPage('<!DOCTYPE html>\n<html><body><p>x</p></body></html>')).toBe(true);
    expect(isHtmlPage('\uFEFF<!-- saved from url=(0042)https://example.com -->\n<html lang="ko">')).toBe(true);
    expect(isHtmlPage('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>')).toBe(true);
    expect(isHtmlPage('## What is X?\n\n<details><summary>Answer</summary>\n\nIt is Y.\n</details>\n')).toBe(false);
    expect(isHtmlPage('<table>\n<tr><td>What is X?</td><td>Y</td></tr>\n</table>\n')).toBe(false);
  });

  it("keeps what its style sheet hides by class, as a saved FAQ hides the answers a click shows: only an email's sheet is read for that", () => {
    const faq = page('<main><h2>What is dropout?</h2><div class="answer">Zeroing units at random.</div></main>', '<title>FAQ</title><style>.answer { display: none }</style>');
    expect(readNote(faq, 'faq.html').questions[0]!.answer?.markdown).toBe('Zeroing units at random.');
  });

  it('is read as Markdown from its `<main>`, without its navigation, scripts and footer', () => {
    const text = page('<nav><a href="/">Home</a></nav>\n<main>\n<h2>What is overfitting?</h2>\n<p>Fitting the noise.</p>\n<script>track()</script>\n</main>\n<footer>© 2024</footer>');
    const read = readHtmlPage(text);
    expect(read.content).toBe('main');
    expect(read.markdown).toBe('## What is overfitting?\n\nFitting the noise.\n');
    expect(read.leftOut).toEqual(['script']);
  });

  it('reads the one `<article>` when there is no `<main>`, keeping its header with its title but not the site header', () => {
    const text = page('<header class="site"><a href="/">Blog</a></header>\n<article>\n<header><h1>ML questions</h1></header>\n<h2>What is dropout?</h2>\n<p>Zeroing units.</p>\n</article>');
    expect(readHtmlPage(text).markdown).toBe('# ML questions\n\n## What is dropout?\n\nZeroing units.\n');
  });

  it('reads the `<body>` without its site header when the page has neither, and leaves out what the page hides', () => {
    const text = page('<header><a href="/">Blog</a></header>\n<h2>What is a loss?</h2>\n<p>A measure of error.</p>\n<div hidden>Draft</div>\n<aside>Related posts</aside>');
    const read = readHtmlPage(text);
    expect(read.markdown).toBe('## What is a loss?\n\nA measure of error.\n');
    expect(read.leftOut).toEqual(['header', 'hidden elements', 'aside']);
  });

  it('leaves out the permalinks docs sites put in headings (`¶`)', () => {
    expect(readHtmlPage(page('<h2 id="q">What is a ReLU?<a class="headerlink" href="#q">¶</a></h2>')).markdown).toBe('## What is a ReLU?\n');
  });

  it('keeps TeX as formulas, unescaped, and a URL with parentheses without Markdown escapes', () => {
    const text = page('<p>Softmax: \\(\\sigma(z)_i = e^{z_i} / \\sum_j e^{z_j}\\), and $a_i + b_j$ costs $5 or $10.</p>\n<p><a href="https://en.wikipedia.org/wiki/Softmax_(function)">wiki</a></p>');
    expect(readHtmlPage(text).markdown).toBe(
      'Softmax: \\(\\sigma(z)_i = e^{z_i} / \\sum_j e^{z_j}\\), and $a_i + b_j$ costs $5 or $10.\n\n[wiki](https://en.wikipedia.org/wiki/Softmax_%28function%29)\n',
    );
  });

  it("writes Notion's toggles (`<ul class=\"toggle\"><li><details>`) as folds, as a Markdown note writes them", () => {
    const text = page('<ul class="toggle"><li><details open=""><summary>Why pool?</summary><p>To shrink the map.</p></details></li></ul>');
    expect(readHtmlPage(text).markdown).toBe('<details>\n<summary>Why pool?</summary>\n\nTo shrink the map.\n\n</details>\n');
  });

  it('writes a list of definitions (`<dl>`, as FAQ pages list questions) as bold terms over what defines them', () => {
    const text = page('<dl>\n<dt>What is stacking?</dt>\n<dd>Combining models with a <em>meta-model</em>.</dd>\n<dt>What is bagging?</dt>\n<dd><p>Averaging.</p><p>On bootstrap samples.</p></dd>\n</dl>');
    expect(readHtmlPage(text).markdown).toBe('**What is stacking?**\n\nCombining models with a *meta-model*.\n\n**What is bagging?**\n\nAveraging.\n\nOn bootstrap samples.\n');
    expect(asked(text)).toEqual([
      ['What is stacking?', 'Combining models with a *meta-model*.', 6],
      ['What is bagging?', 'Averaging.\n\nOn bootstrap samples.', 8],
    ]);
  });

  it('reads the element marked `role="main"` when there is no `<main>` (GitBook), without the book\'s top bar and search', () => {
    const text = page('<div class="book"><div class="book-summary"><input placeholder="Type to search"></div>\n<div class="book-header" role="navigation"><h1>Machine Learning Interviews Book</h1></div>\n<div class="page-wrapper" role="main">\n<p>Why not initialise all weights to zero?</p>\n<p>Every unit would learn the same.</p>\n</div></div>');
    const read = readHtmlPage(text);
    expect(read.content).toBe('div role="main"');
    expect(read.markdown).toBe('Why not initialise all weights to zero?\n\nEvery unit would learn the same.\n');
  });

  it("keeps an accordion's question, which is a button, without its icons; a button of a word or two is left out", () => {
    const text = page('<main>\n<div class="accordion-item">\n<button class="accordion-button"><span>1. What is the bias-variance trade-off?</span><span class="icon">&#9660;</span></button>\n<div class="accordion-content"><p>Wrong assumptions against sensitivity.</p></div>\n</div>\n<pre><code>x = 1</code></pre><button>Copy</button>\n</main>');
    expect(readHtmlPage(text).markdown).toBe('1\\. What is the bias-variance trade-off?\n\nWrong assumptions against sensitivity.\n\n```\nx = 1\n```\n');
    expect(asked(text).map(([question, answer]) => [question, answer])).toEqual([['What is the bias-variance trade-off?', 'Wrong assumptions against sensitivity.\n\n```\nx = 1\n```']]);
  });

  it('keeps the language of code blocks that documentation sites name on the block around them (Sphinx, MkDocs, GitHub)', () => {
    const text = page(
      '<main>\n<div class="highlight-python notranslate"><div class="highlight"><pre><span></span><span class="n">torch</span>.cuda.empty_cache()\n</pre></div></div>\n' +
        '<div class="language-python highlight"><pre><span></span><code><span class="kn">import</span> gc\n</code></pre></div>\n' +
        '<div class="highlight highlight-source-shell"><pre>nvidia-smi\n</pre></div>\n<div class="highlight-default"><pre>plain\n</pre></div>\n</main>',
    );
    expect(readHtmlPage(text).markdown).toBe('```python\ntorch.cuda.empty_cache()\n```\n\n```python\nimport gc\n```\n\n```shell\nnvidia-smi\n```\n\n```\nplain\n```\n');
  });

  it("leaves out a docs page's feedback widget, its question and its buttons, so the last answer ends before it", () => {
    const text = page('<main>\n<h3>What is recall?</h3>\n<p>The fraction of actual positives found.</p>\n<p>Was this page helpful? <button>Yes</button> <button>No</button></p>\n</main>');
    const read = readHtmlPage(text);
    expect(read.markdown).toBe('### What is recall?\n\nThe fraction of actual positives found.\n');
    expect(read.leftOut).toEqual(['button', 'feedback widget']);
    expect(readNote(text, 'page.html').vfile.messages[0]!.reason).toBe('Read as a web page saved as HTML: its <main> as the Markdown it stands for, without its <button>, feedback widget');
    expect(asked(text).map(([question, answer]) => [question, answer])).toEqual([['What is recall?', 'The fraction of actual positives found.']]);
  });

  it('writes a bracket in text (`[E]`, `a[i]`) as a character reference, not `\\[`, which would open a formula', () => {
    const text = page('<ol><li>[E] Should you overfit or underfit first?</li><li>[M] What is a[i] in the loop?</li></ol>');
    expect(readHtmlPage(text).markdown).toBe('1. &#x5B;E] Should you overfit or underfit first?\n2. &#x5B;M] What is a&#x5B;i] in the loop?\n');
    // Read back, the character reference is the bracket: `[E]` rates the question (a tag now), `a[i]` stays.
    expect(asked(text).map(([question]) => question)).toEqual(['Should you overfit or underfit first?', 'What is a[i] in the loop?']);
  });

  it("keeps MathJax 2's TeX (`<script type=\"math/tex\">`, as kramdown and GitBook serve it) as formulas, and drops what MathJax rendered from it", () => {
    const text = page('<p>A uniform <span class="MathJax_Preview">X</span><script type="math/tex; ">X</script> in <script type="math/tex">[0, 1]</script>, and <script type="math/tex; mode=display">\\sum_i x_i</script></p>');
    expect(readHtmlPage(text).markdown).toBe('A uniform \\(X\\) in \\([0, 1]\\), and \\[\\sum_i x_i\\]\n');
  });

  it("takes each block's Markdown back to the page's line it starts at, a line inside it at most to the block's last", () => {
    const text = page('<h2>What is overfitting?</h2>\n<p>Fitting the noise.</p>\n\n\n<h2>What is dropout?</h2>\n<ul><li>One</li><li>Two</li><li>Three</li></ul>');
    const read = readHtmlPage(text);
    const lineOf = (markdown: string) => read.lineOf(read.markdown.split('\n').indexOf(markdown) + 1);
    expect(lineOf('## What is overfitting?')).toBe(5);
    expect(lineOf('Fitting the noise.')).toBe(6);
    expect(lineOf('## What is dropout?')).toBe(9);
    // A list written on one line of the page: all of it at that line.
    expect([lineOf('- One'), lineOf('- Three')]).toEqual([10, 10]);
  });

  it("takes each item of a list, nested ones too, and each fold's summary, to its own line of the page", () => {
    const text = page('<ol>\n<li>First?</li>\n<li>Second, with parts:<ol>\n<li>Part one?</li>\n<li>Part two?</li>\n</ol>\n</li>\n<li><p>Third?</p>\n<p>A hint.</p>\n</li>\n<li>Fourth?</li>\n</ol>\n<details>\n<summary>Why pool?</summary>\n<p>To shrink.</p>\n</details>');
    const read = readHtmlPage(text);
    const lines = read.markdown.split('\n');
    const lineOf = (fragment: string) => read.lineOf(lines.findIndex((line) => line.includes(fragment)) + 1);
    expect(['First?', 'Second', 'Part one?', 'Part two?', 'Third?', 'A hint.', 'Fourth?', '<summary>Why pool?'].map(lineOf)).toEqual([6, 7, 8, 9, 12, 13, 15, 18]);
  });

  it('is a source of format `html`, its title the `<title>` when its content has no `<h1>`, and says how it was read', () => {
    const text = page('<main><h2>What is a loss?</h2><p>An error.</p></main>', '<title>Loss functions | Blog</title><script>x()</script>');
    const vfile = new VFile({ path: 'page.html', value: text });
    const doc = parseSource({ file: 'page.html', text, vfile });
    expect(doc.format).toBe('html');
    expect(doc.title).toBe('Loss functions | Blog');
    expect(messagesOf(vfile)).toEqual(['1:html-page']);
    expect(vfile.messages[0]!.message).toBe('Read as a web page saved as HTML: its <main> as the Markdown it stands for');
  });

  it('says, when no question is found in it, that its content is written by its scripts (a single-page app), which a file read as saved does not hold', () => {
    const data = JSON.stringify({ pages: Array.from({ length: 20 }, (_, k) => ({ html: `<details><summary>Q: Why does an LLM report two latencies (${k})?</summary><p>Prefill and decode.</p></details>` })) });
    const app = readNote(page(`<main><span>ML Prep</span><article id="content"></article></main>\n<script>const DATA=${data}; render(DATA);</script>`), 'app.html');
    const warnings = app.vfile.messages.filter((message) => message.fatal === false);
    expect(warnings.map((message) => message.ruleId)).toEqual(['no-questions']);
    expect(warnings[0]!.message).toMatch(/^No question found in this web page: its content is written by its scripts when a browser runs them \(a single-page app: its scripts hold \d+ characters, the page 7 of text\)/);
    // A short page whose question is there, with a large script of its own (`__NEXT_DATA__`), gives its question and no warning.
    const served = readNote(page(`<main><h2>What is a loss?</h2><p>An error.</p></main><script>const DATA=${data};</script>`), 'served.html');
    expect([served.questions.length, served.vfile.messages.filter((message) => message.fatal === false).length]).toEqual([1, 0]);
  });

  it("reads a Google Keep note's label chips (Takeout's HTML) as every question's tags, not as text of the last answer", () => {
    const keep = page(
      '<div class="note DEFAULT"><div class="heading">Mar 9, 2024, 10:00:00 AM</div>\n<div class="title">Web interview</div>\n<div class="content">Q: What is CORS?<br>A: A cross-origin mechanism.<br><br>Q: What is a preflight request?<br>A: An OPTIONS request.</div>\n<div class="chips"><span class="chip label"><span class="label-name">interview</span></span><span class="chip label"><span class="label-name">Web dev</span></span></div></div>',
      '<title>Web interview</title>',
    );
    const note = readNote(keep, 'Keep/Web interview.html');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown, question.tags])).toEqual([
      ['What is CORS?', 'A cross-origin mechanism.', ['interview', 'web-dev']],
      ['What is a preflight request?', 'An OPTIONS request.', ['interview', 'web-dev']],
    ]);
    expect(note.vfile.messages[0]!.message).toBe("Read as a web page saved as HTML: its <body> as the Markdown it stands for; its Google Keep labels (interview, Web dev) as every question's tags");
    // A chip of another kind is no label: it stays the note's text.
    const annotated = readNote(keep.replace('<div class="chips">', '<div class="chips"><span class="chip annotation"><a href="https://fetch.spec.whatwg.org/">Fetch spec</a></span>'), 'Keep/Web interview.html');
    expect(annotated.questions.map((question) => [question.answer?.text, question.tags])).toEqual([
      ['A cross-origin mechanism.', ['interview', 'web-dev']],
      ['An OPTIONS request.\nFetch spec', ['interview', 'web-dev']],
    ]);
  });
});

describe('an email newsletter saved as HTML', () => {
  const issue = page(
    [
      '<span class="preheader" style="display:none;max-height:0">3 recsys questions you will get asked</span>',
      '<table role="presentation" width="100%"><tr><td>',
      '<table role="presentation" width="600">',
      '<tr><td><a href="https://news.example.com/p/37?view=web">View in browser</a></td></tr>',
      '<tr><td>',
      '<h2>1. What is the cold-start problem?</h2>',
      '<p>New users have no history, so collaborative filtering cannot score them.</p>',
      '<h2>2. Why use two-tower models for retrieval?</h2>',
      '<p>Item vectors can be precomputed and searched.</p>',
      '</td></tr>',
      '</table></td></tr></table>',
    ].join('\n'),
  );

  it('is read through its layout tables (`role="presentation"`), nested ones too, each cell a block of its own', () => {
    expect(readHtmlPage(issue).markdown).toBe(
      '## 1. What is the cold-start problem?\n\nNew users have no history, so collaborative filtering cannot score them.\n\n## 2. Why use two-tower models for retrieval?\n\nItem vectors can be precomputed and searched.\n',
    );
    expect(asked(issue)).toEqual([
      ['What is the cold-start problem?', 'New users have no history, so collaborative filtering cannot score them.', 10],
      ['Why use two-tower models for retrieval?', 'Item vectors can be precomputed and searched.', 12],
    ]);
  });

  it('is read without its preheader, which its style hides (`display:none`), and says it left hidden elements out', () => {
    const note = readNote(issue, 'issue.html');
    expect(JSON.stringify(note.questions)).not.toContain('recsys questions you will get asked');
    expect(note.vfile.messages[0]!.message).toBe('Read as a web page saved as HTML: its <body> as the Markdown it stands for, without its hidden elements, newsletter links');
  });

  it('is read without a preheader that its style sheet hides by its class, and keeps what a rule hides only on some screens', () => {
    const styled = page(
      issue.slice(issue.indexOf('<body>\n') + '<body>\n'.length, issue.indexOf('\n</body>')).replace(' style="display:none;max-height:0"', '').replace('<h2>2.', '<p class="mobile-only">Swipe for more</p>\n<h2>2.'),
      '<title>ML Weekly #37</title><style>/* preheader */ .preheader { display: none !important; max-height: 0 }\n@media (max-width: 600px) { .mobile-only { display: none } }</style>',
    );
    expect(styled).not.toContain('style="display:none');
    const note = readNote(styled, 'issue.html');
    expect(JSON.stringify(note.questions)).not.toContain('recsys questions you will get asked');
    // Hidden on a phone only: the page shows it on a desktop, and so is it read.
    expect(note.questions[0]!.answer?.markdown).toBe('New users have no history, so collaborative filtering cannot score them.\n\nSwipe for more');
    expect(note.vfile.messages[0]!.message).toBe('Read as a web page saved as HTML: its <body> as the Markdown it stands for, without its hidden elements, newsletter links');
  });

  it("keeps what its style sheet hides by class where something shows it: another rule for one of its classes, its own style, a sheet for printing only", () => {
    const body = (answer: string) =>
      `<table role="presentation"><tr><td><h2>1. What is the cold-start problem?</h2>${answer}</td></tr></table>`;
    const sheet = '<style>.answer { display: none } .answer.open { display: block } .d-none { display: none } @media (min-width: 768px) { .d-md-block { display: block } }</style>';
    for (const answer of [
      '<p class="answer open">New users have no history.</p>',
      '<p class="d-none d-md-block">New users have no history.</p>',
      '<p class="x-hidden" style="display:block">New users have no history.</p>',
    ]) {
      const styled = page(body(answer), `<title>ML Weekly</title>${sheet.replace('.d-none', '.d-none, .x-hidden')}`);
      expect(readNote(styled, 'issue.html').questions[0]!.answer?.markdown, answer).toBe('New users have no history.');
    }
    // A sheet for printing, and a rule under `@media print` whose string holds a brace, hide nothing on screen.
    const printing = page(body('<p class="screen-only">New users have no history.</p><p class="noprint">So score them by popularity.</p>'), '<title>ML Weekly</title><style media="print">.screen-only { display: none }</style><style>@media print { .x::after { content: "}" } .noprint { display: none } }</style>');
    expect(readNote(printing, 'issue.html').questions[0]!.answer?.markdown).toBe('New users have no history.\n\nSo score them by popularity.');
  });

  it("is read without its links and buttons (`View in browser`, `Upgrade to paid`), its footer and its tracking pixel, so the last answer ends with the issue", () => {
    const footed = issue.replace(
      '</td></tr>\n</table>',
      [
        '<table role="presentation"><tr><td><a href="https://news.example.com/upgrade">Upgrade to paid</a></td></tr></table>',
        '</td></tr>',
        '<tr><td>You received this email because you subscribed to ML Weekly.<br><a href="https://news.example.com/unsubscribe">Unsubscribe</a> · <a href="https://news.example.com/account">Manage preferences</a><br>ML Weekly, 2261 Market Street #4242, San Francisco, CA 94114</td></tr>',
        '</table>',
        '<img src="https://news.example.com/open.gif" width="1" height="1" alt="">',
      ].join('\n'),
    );
    const note = readNote(footed, 'issue.html');
    expect(note.questions.map((question) => question.answer?.markdown)).toEqual(['New users have no history, so collaborative filtering cannot score them.', 'Item vectors can be precomputed and searched.']);
    expect(JSON.stringify(note.questions)).not.toMatch(/View in browser|Upgrade to paid|You received this email|Market Street/);
    expect(note.vfile.messages[0]!.message).toBe(
      'Read as a web page saved as HTML: its <body> as the Markdown it stands for, without its hidden elements, newsletter links, newsletter footer, tracking pixel',
    );
    // A paragraph that tells how to unsubscribe is an answer's, and a heading that asks about it a question.
    const asking = page('<h2>How do you let users unsubscribe?</h2><p>Put an unsubscribe link in every mail; you received this email is no footer here.</p>');
    expect(asked(asking).map(([question, answer]) => [question, answer])).toEqual([['How do you let users unsubscribe?', 'Put an unsubscribe link in every mail; you received this email is no footer here.']]);
  });

  it('unwraps a table without a role whose cells hold headings, but keeps a data table, a header row over rows of text, a table', () => {
    const layout = page('<table><tr><td><h2>What is a loss?</h2><p>A measure of error.</p></td></tr></table>');
    expect(readHtmlPage(layout).markdown).toBe('## What is a loss?\n\nA measure of error.\n');
    const data = page('<table><tr><th>Metric</th><th>Meaning</th></tr><tr><td><p>NDCG@k</p></td><td><p>Graded ranking quality</p></td></tr></table>');
    expect(readHtmlPage(data).markdown.split('\n').map((line) => line.replace(/ +/g, ' '))).toEqual(['| Metric | Meaning |', '| ------- | ---------------------- |', '| NDCG\\@k | Graded ranking quality |', '']);
  });
});

describe("a built MkDocs page's admonitions", () => {
  it('are the callouts their source writes: a question box asks in its body, its hint fold a hint, its answer fold the answer', () => {
    const box = page(
      '<main><h2>Average score on a dice roll</h2><div class="admonition question"><p class="admonition-title">Question</p><p>Consider a fair 6-sided dice. You can roll at most 3 times.</p><ul><li>Find the average score if you rolled once?</li><li>Find the average score with at most 3 rolls?</li></ul><details class="info"><summary>Hint 1</summary><p>Roll again when below the expected score.</p></details><details class="success"><summary>Answer</summary><p>One roll: 3.5. Three rolls: 4.66.</p></details></div></main>',
    );
    expect(readNote(box, 'box.html').questions.map((question) => [question.question, question.context?.text, question.answer?.text])).toEqual([
      [
        'Consider a fair 6-sided dice. You can roll at most 3 times.',
        '• Find the average score if you rolled once?\n• Find the average score with at most 3 rolls?\nRoll again when below the expected score.',
        'One roll: 3.5. Three rolls: 4.66.',
      ],
    ]);
    // A note in an answer stays in it, titled.
    const note = page('<main><h2>What is dropout?</h2><p>Zeroing units at random.</p><div class="admonition note"><p class="admonition-title">Note</p><p>Only in training.</p></div></main>');
    expect(readNote(note, 'note.html').questions.map((question) => question.answer?.markdown)).toEqual(['Zeroing units at random.\n\n> **Note**\n>\n> Only in training.']);
  });
});

describe('the questions of a web page', () => {
  it('are found as in a Markdown note, each at its line of the page', () => {
    const text = page('<h2>1. What is overfitting?</h2>\n<p>Fitting the noise.</p>\n<ul><li>High variance</li></ul>\n<h2>2. Show a training step.</h2>\n<pre><code class="language-python">loss.backward()\n</code></pre>');
    expect(asked(text)).toEqual([
      ['What is overfitting?', 'Fitting the noise.\n\n- High variance', 5],
      ['Show a training step.', '```python\nloss.backward()\n```', 8],
    ]);
  });

  it('keep their order when the page is written on one line', () => {
    const text = `<html><body><article><h1>딥러닝 면접</h1><ul class="toggle"><li><details><summary>풀링을 쓰는 이유는?</summary><p>크기를 줄입니다.</p></details></li></ul><ul class="toggle"><li><details><summary>Batch Normalization이란?</summary><p>정규화입니다.</p></details></li></ul></article></body></html>`;
    expect(asked(text)).toEqual([
      ['풀링을 쓰는 이유는?', '크기를 줄입니다.', 1],
      ['Batch Normalization이란?', '정규화입니다.', 1],
    ]);
  });

  it('keep each the tags written after it when the page is written on one line', () => {
    const text = '<html><body><article><h2>What is dropout? #dl</h2><p>Random drops.</p><h2>What is momentum? #optim</h2><p>Velocity.</p></article></body></html>';
    const read = readNote(text, 'page.html').questions.map((question) => [question.question, question.occurrences[0]!.line, question.tags]);
    expect(read).toEqual([
      ['What is dropout?', 1, ['dl']],
      ['What is momentum?', 1, ['optim']],
    ]);
  });

  it('carry no script, handler or `javascript:` URL of the page into an answer', () => {
    const text = page('<h2>What is XSS?</h2>\n<p onclick="steal()">Injected script. <a href="javascript:alert(1)">Try</a><script>alert(2)</script></p>');
    const [question] = readNote(text, 'page.html').questions;
    expect(question!.answer!.html).toBe('<p>Injected script. <a>Try</a></p>');
    expect(question!.answer!.markdown).not.toMatch(/javascript|alert|onclick/);
  });
});
