/**
 * Hugo shortcodes in notes copied from a Hugo site's sources: qbank reads
 * them as the built page shows them, not as text of the question or answer.
 */
import { describe, expect, it } from 'vitest';
import type { Code, Heading, Paragraph } from 'mdast';
import { messagesOf, parseNote, readNote } from '../helpers/read-note.js';
import { HUGO_BOX_PATTERNS } from '../../src/parse/hugo-boxes.js';
import { backtracking } from '../helpers/backtracking.js';

describe('Hugo shortcodes', () => {
  it('a `details "Answer"` shortcode only hides the answer: its tags are no part of it', () => {
    const { questions } = readNote('## What is L1?\n\n{{< details "Answer" >}}\nThe sum of absolute weights.\n{{< /details >}}\n\n## What is L2?\n\n{{% details "Answer" %}}\nThe sum of squared weights.\n{{% /details %}}\n');
    expect(questions.map((question) => [question.question, question.answer?.markdown, question.answer?.html, question.answer?.text])).toEqual([
      ['What is L1?', 'The sum of absolute weights.', '<p>The sum of absolute weights.</p>', 'The sum of absolute weights.'],
      ['What is L2?', 'The sum of squared weights.', '<p>The sum of squared weights.</p>', 'The sum of squared weights.'],
    ]);
  });

  it('a placeholder hidden in a `details` shortcode is seen as one', () => {
    const { questions } = readNote('## What is L1?\n\n{{< details "Answer" >}}\nTODO\n{{< /details >}}\n');
    expect(questions[0]!.answer?.markdown).toBe('TODO');
    expect(questions[0]!.flags).toContain('placeholder-answer');
  });

  it('`{{< katex >}}` alone only switches KaTeX on and vanishes; around TeX it keeps the math', () => {
    const { doc, vfile } = parseNote('{{< katex >}}\n\nThe prior is {{< katex >}}p(\\theta){{< /katex >}} here.\n\n{{< katex display >}}\nP(A \\mid B) = \\frac{P(B \\mid A)P(A)}{P(B)}\n{{< /katex >}}\n');
    expect(doc.tree.children.map((node) => node.type)).toEqual(['paragraph', 'math']);
    const paragraph = doc.tree.children[0] as Paragraph;
    expect(paragraph.children.find((node) => node.type === 'inlineMath')).toMatchObject({ value: 'p(\\theta)' });
    expect(doc.tree.children[1]).toMatchObject({ value: 'P(A \\mid B) = \\frac{P(B \\mid A)P(A)}{P(B)}', position: { start: { line: 5 } } });
    expect(vfile.messages).toEqual([]);
  });

  it('inline KaTeX reads as inline math, with no gap where its tags stood', () => {
    const { questions } = readNote('## What is the prior?\n\nThe prior is {{< katex >}}p(\\theta){{< /katex >}} here.\n');
    expect(questions[0]!.answer?.markdown).toBe('The prior is $p(\\theta)$ here.');
    expect(questions[0]!.answer?.html).toBe('<p>The prior is <span class="math math-inline">\\(p(\\theta)\\)</span> here.</p>');
  });

  it('an unknown shortcode loses its tags and keeps what it wraps, with a note at its line', () => {
    const { doc, vfile } = parseNote('# Notes\n\n{{% columns %}}\n**Tip:** state your prior.\n{{% /columns %}}\n');
    expect(doc.tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph']);
    expect(doc.tree.children[1]!.position?.start.line).toBe(4);
    expect(vfile.messages.map((message) => [message.line, message.column, message.ruleId, message.fatal])).toEqual([[3, 1, 'hugo-shortcode', undefined]]);
    expect(vfile.messages[0]!.reason).toContain('{{% columns %}}');
  });

  it("reads a documentation theme's tabs as their titles in bold over their bodies, and its boxes as callouts", () => {
    const note = [
      '## How do I install it?',
      '',
      '{{< tabs "install" >}}',
      '{{< tab "MacOS" >}}',
      'Use brew.',
      '{{< /tab >}}',
      '{{< tab header="Linux" >}}',
      'Use apt.',
      '{{< /tab >}}',
      '{{< /tabs >}}',
      '',
      '{{< hint warning >}}',
      'Needs root.',
      '{{< /hint >}}',
      '',
      '## What is a p-value?',
      '',
      '{{% alert title="Answer" color="primary" %}}',
      'The chance of data this extreme under the null.',
      '{{% /alert %}}',
      '',
      '## What is power?',
      '',
      'The chance of rejecting a false null.',
      '',
      '{{< callout type="info" >}}',
      'See chapter 3.',
      '{{< /callout >}}',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => question.answer?.markdown)).toEqual([
      '**MacOS**\nUse brew.\n\n**Linux**\nUse apt.\n\n> **Warning**\n>\n> Needs root.',
      'The chance of data this extreme under the null.',
      'The chance of rejecting a false null.\n\n> **Info**\n>\n> See chapter 3.',
    ]);
    expect(messagesOf(vfile)).toEqual([]);
    // A box holding a line that asks holds the note's own questions: its body stands as written, under its title in bold.
    const practice = readNote('## What is dropout?\n\nZeroing units.\n\n{{< alert title="Practice" >}}\n- Why use batch norm?\n  - Stable activations.\n{{< /alert >}}\n');
    expect(practice.questions[0]!.answer?.markdown).toBe('Zeroing units.\n\n**Practice**\n\n- Why use batch norm?\n  - Stable activations.');
  });

  it("reads hugo-notice's, Relearn's and LoveIt's boxes (`notice`, `admonition`) as callouts too, titled with their title or kind", () => {
    // Hunt s67: `{{< notice tip >}}` was a shortcode qbank did not know, its body an answer's plain lines.
    const note = [
      '### What is NMS?',
      '',
      'Drop boxes that overlap a higher-scoring one.',
      '',
      '{{< notice tip >}}',
      'Mention the IoU threshold.',
      '{{< /notice >}}',
      '',
      '### What is an anchor box?',
      '',
      'A preset box the model refines.',
      '',
      '{{% notice style="warning" %}}',
      'Not in DETR.',
      '{{% /notice %}}',
      '',
      '{{< admonition warning "Careful" >}}',
      'Scales differ.',
      '{{< /admonition >}}',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => question.answer?.markdown)).toEqual([
      'Drop boxes that overlap a higher-scoring one.\n\n> **Tip**\n>\n> Mention the IoU threshold.',
      'A preset box the model refines.\n\n> **Warning**\n>\n> Not in DETR.\n\n> **Careful**\n>\n> Scales differ.',
    ]);
    expect(messagesOf(vfile)).toEqual([]);
    // An admonition whose title asks is still a question folding its answer (hugo-shortcodes.ts), no callout.
    expect(readNote('{{< admonition tip "Why normalise inputs?" >}}\nGradients behave.\n{{< /admonition >}}\n').questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['Why normalise inputs?', 'Gradients behave.']]);
  });

  it("leaves a box out of the answer of a question whose answer is only the author's to-do, as an aside", () => {
    // Hunt s67 (02-hugo-lora.md): the tip under `<!-- TODO … -->` was the unanswered question's answer.
    const note = '### Can you merge the adapter back?\n\nYes, with no extra latency.\n\n### DoRA, LoRA+, rsLoRA — know them?\n\n<!-- TODO fill in after reading DoRA paper -->\n\n{{< notice tip >}}\nIf asked about full fine-tuning, mention forgetting.\n{{< /notice >}}\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['Can you merge the adapter back?', 'Yes, with no extra latency.'],
      ['DoRA, LoRA+, rsLoRA — know them?', null],
    ]);
    expect(messagesOf(vfile)).toEqual(['9:callout-aside']);
    // With no to-do over it, or a comment that is no to-do, the box is what the author wrote under the question: its answer.
    const answers = (text: string) => readNote(text).questions.map((question) => question.answer?.markdown ?? null);
    expect(answers('### What is DoRA?\n\n{{< hint info >}}\nMagnitude and direction, tuned apart.\n{{< /hint >}}\n')).toEqual(['> **Info**\n>\n> Magnitude and direction, tuned apart.']);
    expect(answers('### What is DoRA?\n\n<!-- from the paper -->\n\n{{< hint info >}}\nMagnitude and direction, tuned apart.\n{{< /hint >}}\n')).toEqual(['> **Info**\n>\n> Magnitude and direction, tuned apart.']);
  });

  it('keeps a box as the answer under a to-do that does not say the answer is to come, or when the box is no tip (review s69)', () => {
    const answers = (text: string) => readNote(text).questions.map((question) => question.answer?.text ?? null);
    // Another to-do (expand, derive, a note to self) over the box: the box holds the answer the author has.
    expect(answers('## Why divide by sqrt(d_k)?\n\n<!-- TODO: derive -->\n\n{{< notice tip >}}\nScaling keeps the softmax from saturating.\n{{< /notice >}}\n')).toEqual(['Tip\nScaling keeps the softmax from saturating.']);
    expect(answers('## What is DoRA?\n\n<!-- note to self: check the paper -->\n\n> [!tip]\n> DoRA applies LoRA to the direction of each weight only.\n')).toEqual(['Tip\nDoRA applies LoRA to the direction of each weight only.']);
    // The answer still to write, but a note or an example box: what is under the question is its answer.
    expect(answers('## Why divide by sqrt(d_k)?\n\n<!-- TODO fill in -->\n\n{{< notice note >}}\nScaling keeps the softmax from saturating.\n{{< /notice >}}\n')).toEqual(['Note\nScaling keeps the softmax from saturating.']);
  });

  it('matches a box and its parts in linear time', () => {
    for (const pattern of HUGO_BOX_PATTERNS) expect(backtracking(pattern), pattern.source).toBeUndefined();
  });

  it('leaves shortcodes and Go templates in code as written', () => {
    const text = '## How do I embed a shortcode?\n\nWrite `{{< youtube id >}}` in the post:\n\n```go-html-template\n{{< details "Answer" >}}\n{{ .Inner | markdownify }}\n{{< /details >}}\n```\n';
    const { doc, vfile } = parseNote(text);
    const code = doc.tree.children[2] as Code;
    expect(code.value).toBe('{{< details "Answer" >}}\n{{ .Inner | markdownify }}\n{{< /details >}}');
    expect((doc.tree.children[1] as Paragraph).children).toContainEqual(expect.objectContaining({ type: 'inlineCode', value: '{{< youtube id >}}' }));
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('keeps every line where the file has it', () => {
    const text = '{{< alert >}}\nCareful.\n{{< /alert >}}\n\n## What is dropout?\n';
    const { doc } = parseNote(text);
    expect((doc.tree.children.at(-1) as Heading).position?.start).toMatchObject({ line: 5, column: 1, offset: text.indexOf('## What') });
  });

  it('a `highlight` shortcode is a code block of its language, and the question over it is answered by the code', () => {
    const note = '### How do you freeze layers in PyTorch?\n\n{{< highlight python "linenos=table,hl_lines=2" >}}\n# freeze the backbone\nfor p in model.backbone.parameters():\n    p.requires_grad = False\n{{< /highlight >}}\n\n### What does eval() do?\n\nIt switches dropout off.\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.topic, question.answer?.markdown])).toEqual([
      ['How do you freeze layers in PyTorch?', null, '```python\n# freeze the backbone\nfor p in model.backbone.parameters():\n    p.requires_grad = False\n```'],
      ['What does eval() do?', null, 'It switches dropout off.'],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
    // Never closed, it is left out as any other shortcode is, with its note, and not closed by a later block's closer.
    const open = readNote('### How do you freeze layers?\n\n{{< highlight python >}}\nmodel.eval()\n\n### What is dropout?\n\nZeroing.\n\n### What does this print?\n\n{{< highlight go >}}\nfmt.Println(1)\n{{< /highlight >}}\n');
    expect(open.questions.map((question) => question.question)).toEqual(['How do you freeze layers?', 'What is dropout?', 'What does this print?']);
    expect(messagesOf(open.vfile)).toEqual(['3:hugo-shortcode']);
  });

  it('a `figure` shortcode is its picture, its alt text the alt, title or caption it gives', () => {
    const answered = (shortcode: string) => readNote(`### What does eval() do?\n\nIt switches dropout off.\n\n${shortcode}\n`).questions[0]!.answer!;
    const answer = (shortcode: string) => answered(shortcode).markdown;
    expect(answer('{{< figure src="/img/eval.png" title="train vs eval" >}}')).toBe('It switches dropout off.\n\n![train vs eval](/img/eval.png)');
    expect(answer('{{< figure src="img/eval.png" alt="Dropout at eval" caption="Figure 1" >}}')).toBe('It switches dropout off.\n\n![Dropout at eval](img/eval.png)');
    expect(answer("{{< figure src='my plots/eval.png' >}}")).toBe('It switches dropout off.\n\n![](my%20plots/eval.png)');
    expect(answer("{{< figure src='plots/eval (1).png' >}}")).toBe('It switches dropout off.\n\n![](plots/eval%20\\(1\\).png)');
    expect(answer('{{< figure src="eval.png" alt="" title="Loss [train]" >}}')).toBe('It switches dropout off.\n\n![Loss train](eval.png)');
    // Its address is the one written, a space percent-encoded as a browser would.
    expect(answered("{{< figure src='plots/eval (1).png' >}}").html).toContain('<img src="plots/eval%20(1).png" alt="">');
  });
});

