/**
 * Obsidian notes, read by the parse stage: comments cut out, callouts
 * given a title instead of their marker, links between notes read as the
 * words they show, embedded pictures as images, lines of tags left out.
 */
import { describe, expect, it } from 'vitest';
import type { Blockquote, List, Paragraph, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { parseSource } from '../../src/parse/index.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { answerTextsOf, messagesOf, parseNote, readNote } from '../helpers/read-note.js';
import { backtracking } from '../helpers/backtracking.js';
import { LEADS_ON, SEPARATORS } from '../../src/parse/note-links.js';
import { WIKILINK } from '../../src/parse/wikilinks.js';
import { POINTER } from '../../src/parse/note-embeds.js';
import { HIGHLIGHT } from '../../src/parse/highlights.js';

const rules = (vfile: VFile) => vfile.messages.map((message) => `${message.line}:${message.column}:${message.ruleId}`);

describe('Obsidian comments (%% ... %%)', () => {
  it('cuts an inline comment out of the text, and the positions after it still point at the source', () => {
    const text = 'Scaling keeps the variance at 1. %% check this %% It works.\n\nNext *para*.\n';
    const { tree } = parseMarkdown(text);
    expect(toString(tree.children[0])).toBe('Scaling keeps the variance at 1.  It works.');
    const next = tree.children[1]!;
    expect(next.position?.start).toMatchObject({ line: 3, column: 1, offset: text.indexOf('Next') });
    const emphasis = (next as Paragraph).children[1]!;
    expect(text.slice(emphasis.position!.start.offset, emphasis.position!.end.offset)).toBe('*para*');
  });

  it('cuts a comment over several lines, blank ones too', () => {
    const { tree } = parseMarkdown('Answer.\n\n%%\nprivate: ask Jin\n\nabout this\n%%\n\nMore answer.\n');
    expect(tree.children.map((block) => toString(block))).toEqual(['Answer.', 'More answer.']);
    expect(tree.children[1]!.position?.start.line).toBe(9);
  });

  it('leaves %% in code blocks and inline code alone', () => {
    const { tree } = parseMarkdown('```python\n%%timeit\nx = 1 %% 2\n```\n\nRun `%%timeit` first, %% not this %% then `a %% b`.\n');
    expect(tree.children[0]).toMatchObject({ type: 'code', value: '%%timeit\nx = 1 %% 2' });
    expect(toString(tree.children[1])).toBe('Run %%timeit first,  then a %% b.');
  });

  it("reads Tana's `%%tana%%` over a paste as the line that names the format: no comment opens there", () => {
    const text = '%%tana%%\n- ML System Design #topic\n  - What is training-serving skew? #flashcard\n    - Answer:: Feature mismatch.\n';
    const { doc: { tree }, vfile } = parseNote(text);
    expect(toString(tree.children[0])).toBe('%%tana%%');
    expect(rules(vfile).filter((rule) => rule.endsWith('unclosed-comment'))).toEqual([]);
    expect(readNote(text, 'tana.txt').questions.map((question) => [question.question, question.topic])).toEqual([['What is training-serving skew?', 'ML System Design']]);
  });

  it('leaves %% in indented code alone, and in a code span that runs on to the next line', () => {
    const { doc: { tree }, vfile } = parseNote('## How do I time a cell?\n\n    x = 1 %% 2\n    %%timeit y %% z\n\nRun `a %%\nb` first, %% not this %% then.\n');
    expect(tree.children[1]).toMatchObject({ type: 'code', value: 'x = 1 %% 2\n%%timeit y %% z' });
    expect(toString(tree.children[2])).toBe('Run a %%\nb first,  then.');
    expect(rules(vfile)).toEqual([]);
  });

  it('reads a Jupyter cell magic in indented code, and TeX\'s \\%% in a $$ block, as text: the question between them stays', () => {
    const text = '## How do you time a cell?\n\n    %%timeit\n    model(x)\n\n## What is dropout?\n\nZeroing units.\n\n## How do you profile a cell?\n\n    %%prun\n    model(x)\n\n$$\n50\\%% \\text{ of units}\n$$\n';
    const { doc: { tree }, vfile } = parseNote(text);
    expect(tree.children.filter((block) => block.type === 'heading').map((heading) => toString(heading))).toEqual([
      'How do you time a cell?',
      'What is dropout?',
      'How do you profile a cell?',
    ]);
    expect(toString(tree)).toContain('Zeroing units.');
    expect(rules(vfile)).toEqual([]);
  });

  it('pairs a %% only with the next one outside code: an opener nothing closes is warned of, not closed inside a code block', () => {
    const { doc: { tree }, vfile } = parseNote('**What is X?**\n\nAnswer. %% todo\n\n**What is Y?**\n\n```python\n%%timeit\nf()\n```\n');
    expect(toString(tree)).toContain('What is Y?');
    expect(tree.children.at(-1)).toMatchObject({ type: 'code', value: '%%timeit\nf()' });
    expect(rules(vfile)).toEqual(['3:9:unclosed-comment']);
  });

  it('keeps a %% that nothing closes as text, and warns where it is', () => {
    const { doc: { tree }, vfile } = parseNote('**What is X?**\n\n50 %% of the time.\n');
    expect(toString(tree)).toContain('50 %% of the time.');
    expect(rules(vfile)).toEqual(['3:4:unclosed-comment']);
  });
});

describe('callouts', () => {
  it('takes the marker off a callout, keeps its type, and makes its title a bold first paragraph', () => {
    const { doc: { tree } } = parseNote('> [!question]- What is self-attention?\n> A weighted sum of values.\n');
    const quote = tree.children[0] as Blockquote;
    expect(quote.data?.callout).toEqual({ type: 'question', fold: '-', titled: true });
    expect(quote.children.map((block) => [block.type, toString(block)])).toEqual([
      ['paragraph', 'What is self-attention?'],
      ['paragraph', 'A weighted sum of values.'],
    ]);
    expect((quote.children[0] as Paragraph).children[0]!.type).toBe('strong');
    expect(quote.children[0]!.position?.start).toMatchObject({ line: 1, column: 16 });
  });

  it('names an untitled callout by its type, nested ones too, and keeps inline markup in a title', () => {
    const { doc: { tree } } = parseNote('> [!faq]+ Why divide by $\\sqrt{d_k}$?\n> Answer.\n>\n> > [!tip]\n> > Read it.\n');
    const quote = tree.children[0] as Blockquote;
    expect(quote.data?.callout).toEqual({ type: 'faq', fold: '+', titled: true });
    const title = quote.children[0] as Paragraph;
    expect((title.children[0] as Strong).children.map((node) => node.type)).toEqual(['text', 'inlineMath', 'text']);
    const inner = quote.children[2] as Blockquote;
    expect(inner.data?.callout).toEqual({ type: 'tip', fold: '', titled: false });
    expect(inner.children.map((block) => toString(block))).toEqual(['Tip', 'Read it.']);
  });

  it('leaves a blockquote that is not a callout as it is', () => {
    const { doc: { tree } } = parseNote('> [not a callout] text\n');
    expect((tree.children[0] as Blockquote).data?.callout).toBeUndefined();
    expect(toString(tree)).toBe('[not a callout] text');
  });
});

describe('wikilinks and embeds', () => {
  it('reads [[Page|shown]] as the words shown and [[Page]] as the page name', () => {
    const { doc: { tree } } = parseNote('See [[Multi-armed bandits|bandits]] and [[epsilon-greedy]], or [[Attention#Scaling]].\n');
    expect(toString(tree)).toBe('See bandits and epsilon-greedy, or Attention > Scaling.');
  });

  it('makes an embedded picture an image of that file, its width left out', () => {
    const { doc: { tree } } = parseNote('Look:\n![[exploration.png|300]] and ![[my plot.svg]]; ![[Other note]] is a note.\n');
    const paragraph = tree.children[0] as Paragraph;
    expect(paragraph.children.filter((node) => node.type === 'image')).toEqual([
      { type: 'image', url: 'exploration.png', alt: 'exploration.png' },
      { type: 'image', url: 'my%20plot.svg', alt: 'my plot.svg' },
    ]);
    expect(toString(paragraph, { includeImageAlt: false })).toBe('Look:\n and ; Other note is a note.');
  });

  it('leaves [[...]] in code alone', () => {
    const { doc: { tree } } = parseNote('`[[Page]]`\n\n```\n[[Page|x]]\n```\n');
    expect(tree.children[0]).toMatchObject({ children: [{ type: 'inlineCode', value: '[[Page]]' }] });
    expect(tree.children[1]).toMatchObject({ type: 'code', value: '[[Page|x]]' });
  });
});

describe('lines of tags', () => {
  it('leaves out a line of tags at the end of a paragraph, with an info note', () => {
    const { doc: { tree }, vfile } = parseNote('The agent explores.\n![[exploration.png|300]]\n#rl #concept\n');
    expect(toString(tree, { includeImageAlt: false })).toBe('The agent explores.\n');
    expect(rules(vfile)).toEqual(['3:1:tag-line']);
    expect(vfile.messages[0]!.fatal).toBeUndefined(); // an info note, not a warning
  });

  it('leaves out a paragraph of tags alone', () => {
    const { doc: { tree } } = parseNote('Answer.\n\n#interview #nlp/transformers\n');
    expect(tree.children.map((block) => toString(block))).toEqual(['Answer.']);
  });

  it('leaves out a line of tags inside a callout and inside a list item too', () => {
    const { doc: { tree }, vfile } = parseNote('> [!question] What is X?\n> An answer.\n> #ml\n\n- Item text\n  #todo/later\n');
    expect(toString(tree)).not.toContain('#');
    expect(rules(vfile)).toEqual(['3:3:tag-line', '6:3:tag-line']);
  });

  it('leaves out a bullet of tags alone with no empty bullet in its place, and a list of such bullets alone', () => {
    const note = readNote('- What is dropout?\n    - #ml #dl\n    - Zeroing units.\n- What is momentum?\n    - #optim\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is dropout?', '- Zeroing units.'],
      ['What is momentum?', null],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['2:tag-line', '5:tag-line']);
  });

  it("leaves out a line of Roam's and Logseq's tags of several words, a page's name in double brackets", () => {
    const { doc: { tree }, vfile } = parseNote('Answer.\n#[[Interview Prep]] #ML\n');
    expect(toString(tree)).toBe('Answer.');
    expect(rules(vfile)).toEqual(['2:1:tag-line']);
  });

  it("give their tags to every question of the note, a nested tag (Bear's `#interview/os`) one tag as written", () => {
    const note = readNote('# OS 면접 정리\n#interview/os #cs\n\n## 데드락의 4가지 조건은?\n상호 배제, 점유 대기, 비선점, 순환 대기.\n\n## 컨텍스트 스위칭 비용이 큰 이유는?\n레지스터 저장/복원 때문.\n');
    expect(note.questions.map((question) => [question.question, question.tags])).toEqual([
      ['데드락의 4가지 조건은?', ['cs', 'interview/os']],
      ['컨텍스트 스위칭 비용이 큰 이유는?', ['cs', 'interview/os']],
    ]);
    expect(note.vfile.messages.map((message) => message.reason)).toEqual(['Read a line of tags ("#interview/os #cs") as every question\'s tags (interview/os, cs), not as part of an answer: it files the note']);
  });

  it("give their tags to the questions of copied text too (a blog post's `#자바 #면접` under it), but a card marker or a to-do mark is no tag", () => {
    const post = readNote('Q. JVM의 메모리 구조를 설명해주세요.\n메서드 영역, 힙, 스택으로 구성됩니다.\n\n#자바 #면접\n', 'post.txt');
    expect(post.questions.map((question) => [question.answer?.text, question.tags])).toEqual([['메서드 영역, 힙, 스택으로 구성됩니다.', ['면접', '자바']]]);
    const marked = readNote('#flashcards\n\n## What is dropout?\nZeroing units.\n\n## What is the CLT?\n#todo\n');
    expect(marked.questions.map((question) => question.tags)).toEqual([[], []]);
    expect(marked.vfile.messages.map((message) => message.reason)).toEqual([
      'Left out a line of tags ("#flashcards"): it files the note, it is not part of an answer',
      'Left out a line of tags ("#todo"): it files the note, it is not part of an answer',
    ]);
  });

  it('keeps headings, code, C#, issue numbers and tags inside a sentence', () => {
    const text = '# Title\n\nFixed in #12 and #34.\n#12 #34\n\nWritten in C# for #rl people.\n\n```\n#include <x>\n#rl\n```\n';
    const { doc: { tree }, vfile } = parseNote(text);
    expect(tree.children.map((block) => block.type)).toEqual(['heading', 'paragraph', 'paragraph', 'code']);
    expect(toString(tree.children[1])).toBe('Fixed in #12 and #34.\n#12 #34');
    expect(toString(tree.children[2])).toBe('Written in C# for #rl people.');
    expect(tree.children[3]).toMatchObject({ value: '#include <x>\n#rl' });
    expect(rules(vfile)).toEqual([]);
  });
});

describe('links to other notes that close a note (a Bear or Obsidian backlinks footer)', () => {
  it('are left out after the last answer, with an info note, whatever separates them', () => {
    for (const links of ['[[Attention is all you need]] · [[BERT]]', '[[A]], [[B|bee]]', '[[A]] | [[B]]', '[[A]]\n[[B#Heads]]', '[[Transformers MOC]]']) {
      const { doc: { tree }, vfile } = parseNote(`## Pre-LN vs Post-LN\nPre-LN trains more stably.\n\n${links}\n`);
      expect(toString(tree.children.at(-1))).toBe('Pre-LN trains more stably.');
      expect(rules(vfile)).toEqual(['4:1:note-links']);
    }
  });

  it('are left out under a tag line they share the end with, the tags first', () => {
    const { doc: { tree }, vfile } = parseNote('## What is RoPE?\nRotary embeddings.\n\n[[Attention]] · [[BERT]]\n#ml\n');
    expect(toString(tree)).toBe('What is RoPE?Rotary embeddings.');
    expect(rules(vfile)).toEqual(['5:1:tag-line', '4:1:note-links']);
  });

  it("stay an answer's words under a heading, a line that asks or one that leads to them, in a sentence, or with a picture", () => {
    const kept = [
      '## Which papers introduced transformers?\n\n[[Attention is all you need]] · [[BERT]]\n', // the heading's answer
      'Which models are encoder-only?\n\n[[BERT]], [[RoBERTa]]\n', // a line that asks
      '## Reading\nPapers:\n\n[[Attention is all you need]]\n', // a line that leads to them
      '## What is BERT?\nAn encoder.\n\nSee [[BERT]] and [[GPT]].\n', // a sentence
      '## What is BERT?\nAn encoder.\n\n![[bert.png]] [[BERT]]\n', // an embedded picture
      '## What is BERT?\nAn encoder.\n\n[[BERT]] · [[GPT]]\n\nMore on it.\n', // not the note's end
    ];
    for (const text of kept) expect(rules(parseNote(text).vfile), text).not.toContain('4:1:note-links');
    expect(toString(parseNote(kept[0]!).doc.tree)).toContain('Attention is all you need · BERT');
  });

  it('are told by patterns that do not backtrack', () => {
    for (const pattern of [WIKILINK, SEPARATORS, LEADS_ON]) expect(backtracking(pattern), pattern.source).toBeUndefined();
  });
});

describe("tags after a question on its line (Logseq's `#card`, `What is X? #dl`)", () => {
  it("are the question's tags, not its wording nor its answer; a card marker is left out", () => {
    const note = readNote('- What is the bias-variance tradeoff? #card\n\t- Simple models underfit.\n- 배치 정규화란? #card #dl\n\t- 미니배치 통계로 정규화한다.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text, question.tags])).toEqual([
      ['What is the bias-variance tradeoff?', '• Simple models underfit.', []],
      ['배치 정규화란?', '• 미니배치 통계로 정규화한다.', ['dl']],
    ]);
    expect(note.vfile.messages.map((message) => `${message.line}:${message.column}:${message.reason}`)).toEqual([
      '1:39:Left out "#card" after the question: it marks a flashcard, it is not part of the wording',
      '3:12:Read "#card #dl" after the question as its tags (dl), not as part of its wording',
    ]);
  });

  it('leave a question glued to its answer line a question, in copied text and under a heading', () => {
    expect(readNote('What is X? #card\nIt is Y.\n\nWhat is Z? #card\nIt is W.\n', 'cards.txt').questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is X?', 'It is Y.'],
      ['What is Z?', 'It is W.'],
    ]);
    // A back that reads like a section's title (a number alone) over the next card is still the card's answer.
    expect(readNote('What does this print? #card\n0.30000000000000004\n\nWhat is Z? #card\nIt is W.\n', 'cards.txt').questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What does this print?', '0.30000000000000004'],
      ['What is Z?', 'It is W.'],
    ]);
    expect(readNote('## What is momentum? #optimisation\n\nIt accumulates past gradients.\n').questions.map((question) => [question.question, question.tags])).toEqual([['What is momentum?', ['optimisation']]]);
  });

  it('make each line so marked a card of its own where cards are written without blank lines between them, its tags with it', () => {
    const note = readNote('# Cards\n\nWhat is dropout? #card\nRandom zeroing of units.\nWhat is momentum? #card #optim\nWhat is Adam? #card\nMomentum with per-weight steps.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text, question.tags])).toEqual([
      ['What is dropout?', 'Random zeroing of units.', []],
      ['What is momentum?', undefined, ['optim']],
      ['What is Adam?', 'Momentum with per-weight steps.', []],
    ]);
  });

  it('make a card of a line a card marker ends, however it is worded: a term over its answer, in a heading, a paragraph or an outline', () => {
    const asked = (text: string) => readNote(text).questions.map((question) => [question.question, question.answer?.text ?? null, question.topic]);
    expect(asked('## Dropout #card\n\nRandomly zeroes units while training.\n')).toEqual([['Dropout', 'Randomly zeroes units while training.', null]]);
    expect(asked('# Deck\n\nDropout #card\nRandomly zeroes units while training.\n\nBatch normalisation #card\n')).toEqual([
      ['Dropout', 'Randomly zeroes units while training.', null],
      ['Batch normalisation', null, null],
    ]);
    expect(asked('- Regularisation\n  - Dropout #card\n    - Randomly zeroes units.\n  - 드롭아웃 비율 #card\n    - 보통 0.5.\n')).toEqual([
      ['Dropout', '• Randomly zeroes units.', 'Regularisation'],
      ['드롭아웃 비율', '• 보통 0.5.', 'Regularisation'],
    ]);
    // The front is the card's first line even when the line under it asks too: that line is its back.
    expect(asked('# Deck\n\nWhat is dropout? #card\nWhy does it help?\n')).toEqual([['What is dropout?', 'Why does it help?', null]]);
    // Without the marker, a term is no question: a section over bullets.
    expect(asked('# Deck\n\nDropout\nRandomly zeroes units while training.\n')).toEqual([]);
    // Under a heading that asks, a card is a question of its own, not a paragraph of the heading's answer.
    expect(asked('## What is weight decay?\n\nAn L2 penalty.\n\nDropout #card\nRandomly zeroes units.\n')).toEqual([
      ['What is weight decay?', 'An L2 penalty.', null],
      ['Dropout', 'Randomly zeroes units.', null],
    ]);
  });

  it("make a card with cloze deletions ask its sentence as Anki's cloze cards do: Logseq's `{{cloze …}}` blanked, the sentence whole in bold its answer", () => {
    const note = readNote(
      '- Trees\n- {{cloze Gradient boosting}} fits each new tree to the {{cloze negative gradient}} of the loss. #card\n- {{cloze Adam \\\\ optimizer}} combines momentum and {{c1::RMSProp}}. #card\n  - Proposed in 2014.\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['[...] fits each new tree to the [...] of the loss.', '**Gradient boosting** fits each new tree to the **negative gradient** of the loss.'],
      // Logseq's cue, after `\\`, is shown as Anki's hint is; Anki's own deletions are read in a Logseq card too.
      ['[optimizer] combines momentum and [...].', '**Adam** combines momentum and **RMSProp**.\n\n- Proposed in 2014.'],
    ]);
  });

  it("are the question's tags when its wording wraps, and they end its last line", () => {
    const note = readNote(
      '- What is the difference between batch normalization\n  and layer normalization? #dl #normalization\n\t- Batch norm averages over the batch; layer norm over the features of one example.\n\nQ: Why does the Transformer scale the dot products\nby 1/sqrt(d_k)? #attention\nA: Large dot products push the softmax into regions with tiny gradients.\n',
    );
    expect(note.questions.map((question) => [question.question, question.tags])).toEqual([
      ['What is the difference between batch normalization and layer normalization?', ['dl', 'normalization']],
      ['Why does the Transformer scale the dot products by 1/sqrt(d_k)?', ['attention']],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['2:tag-line', '6:tag-line']);
  });

  it("are the question's tags after a line that asks and ends its sentence, Roam's tag of several words too", () => {
    const note = readNote('- Explain conditional independence. #[[needs review]]\n    - P(A,B|C) = P(A|C)P(B|C).\n- What is MAP? #[[to do]] #stats\n    - MLE with a prior.\n');
    expect(note.questions.map((question) => [question.question, question.tags])).toEqual([
      ['Explain conditional independence.', ['needs-review']],
      ['What is MAP?', ['stats', 'to-do']],
    ]);
    // A statement keeps what ends it, a tag as much as a word (its link read as its name).
    expect(readNote('- What is dropout?\n    - Zeroing units, as in #[[Srivastava 2014]].\n    - Its rate is tuned. #[[needs review]]\n').questions[0]!.answer?.text).toBe(
      '• Zeroing units, as in #Srivastava 2014.\n• Its rate is tuned. #needs review',
    );
  });

  it("keep a sentence's own tag at its end, C#, and an issue number", () => {
    const { doc: { tree }, vfile } = parseNote('## Stack\n\nWe trained it in #pytorch\n\nWritten in C#\n\nSee issue #12\n');
    expect(tree.children.map((block) => toString(block))).toEqual(['Stack', 'We trained it in #pytorch', 'Written in C#', 'See issue #12']);
    expect(rules(vfile)).toEqual([]);
  });
});

describe("Roam's and Logseq's block references", () => {
  it('are left out alone on their line, with their bullet, and in a sentence when the page does not hold their block, with a note each', () => {
    const note = readNote('- What is MAP?\n    - MLE with a prior.\n    - ((a1B2c3D4e))\n- What is MLE?\n    - ((6412a8f0-1b2c-4d5e-8f90-a1b2c3d4e5f6))\n    - Maximum likelihood, as in ((b2C3d4E5f)).\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is MAP?', '- MLE with a prior.'],
      ['What is MLE?', '- Maximum likelihood, as in.'],
    ]);
    expect(note.vfile.messages.map((message) => `${message.line}:${message.column}:${message.ruleId}:${message.reason}`)).toEqual([
      '3:7:block-reference:Left out the block reference ((a1B2c3D4e)) on its line: it shows another block, whose text the export does not hold',
      '5:7:block-reference:Left out the block reference ((6412a8f0-1b2c-4d5e-8f90-a1b2c3d4e5f6)) on its line: it shows another block, whose text the export does not hold',
      '6:33:block-reference:Left out the block reference ((b2C3d4E5f)) from its sentence: it shows another block, whose text the export does not hold',
    ]);
  });

  it("are read in a sentence as the quoted text of the page's block that Logseq gave their id (`id::` under it), which asks nothing there", () => {
    const id = '65a1f0c2-3b7e-4d1a-9c11-7f0e2b9d4a10';
    const note = readNote(`- What is self-attention? #card\n  id:: ${id}\n\t- A weighted sum over all tokens.\n- Why multi-head?\n\t- Several subspaces at once, see ((${id})).\n- What starts a transformer layer?\n\t- ((${id}))\n\t- Then an MLP.\n`);
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is self-attention?', '- A weighted sum over all tokens.'],
      ['Why multi-head?', '- Several subspaces at once, see "What is self-attention?".'],
      ['What starts a transformer layer?', '- Then an MLP.'],
    ]);
    expect(note.vfile.messages.filter((message) => message.ruleId === 'block-reference').map((message) => `${message.line}:${message.column}:${message.reason}`)).toEqual([
      `7:4:Left out the block reference ((${id})) on its line: it shows the block at line 1 ("What is self-attention?"), read there`,
      `5:35:Read the block reference ((${id})) as the text of the block it names (line 1): "What is self-attention?"`,
    ]);
  });

  it("tell a Markdown note for Roam's, whose `__so__` is italics, not Markdown's bold; another note's `__so__` stays bold", () => {
    const roam = readNote('- What is the difference between L1 and L2? #card\n    - L1 zeroes weights, L2 __shrinks__ them.\n- Why does dropout regularize?\n    - {{[[TODO]]}} write answer\n');
    expect(roam.questions[0]!.answer!.markdown).toBe('- L1 zeroes weights, L2 *shrinks* them.');
    const markdown = readNote('- What is the difference between L1 and L2?\n    - L1 zeroes weights, L2 __shrinks__ them.\n');
    expect(markdown.questions[0]!.answer!.markdown).toBe('- L1 zeroes weights, L2 **shrinks** them.');
  });

  it("read Roam's and Logseq's embeds of a block as its references: `{{embed: ((…))}}`, `{{[[embed]]: ((…))}}`, `{{embed ((…))}}`", () => {
    for (const embed of ['{{embed: ((a1B2c3D4e))}}', '{{[[embed]]: ((a1B2c3D4e))}}', '{{embed ((a1B2c3D4e))}}']) {
      const note = readNote(`- What is early stopping? #card\n    - Stop when validation loss rises. ${embed}\n`);
      expect(note.questions.map((question) => question.answer?.markdown), embed).toEqual(['- Stop when validation loss rises.']);
      expect(note.vfile.messages.map((message) => message.reason), embed).toContain(`Left out the block reference ${embed} from its sentence: it shows another block, whose text the export does not hold`);
    }
    // A word in lower case in double parentheses is no uid: it stays.
    expect(readNote('- What does f do?\n    - It maps ((something)) to values.\n').questions[0]!.answer?.markdown).toBe('- It maps ((something)) to values.');
  });
});

describe("embeds of another note's text (`![[Note]]`, `![[Note#^block]]`)", () => {
  it('are left out alone on their line, with a note each, and a question they alone answered has no answer', () => {
    const note = readNote('## Why scale by sqrt(d_k)?\n\n![[Scaled dot product#^why-scale]]\n\n## What is the complexity of self-attention?\n\n- ![[Complexity notes]]\n\n## What is layer norm?\n\nIt normalises over features.\n![[#^ln-figure]]\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null, question.flags])).toEqual([
      ['Why scale by sqrt(d_k)?', null, ['no-answer']],
      ['What is the complexity of self-attention?', null, ['no-answer']],
      ['What is layer norm?', 'It normalises over features.', []],
    ]);
    expect(note.vfile.messages.map((message) => `${message.line}:${message.column}:${message.ruleId}:${message.reason}`)).toEqual([
      "3:1:note-embed:Left out the embed ![[Scaled dot product#^why-scale]] on its line: it shows another note's block (Scaled dot product), whose text this note does not hold",
      '7:3:note-embed:Left out the embed ![[Complexity notes]] on its line: it shows another note (Complexity notes), whose text this note does not hold',
      "12:1:note-embed:Left out the embed ![[#^ln-figure]] on its line: it shows this note's block (#^ln-figure), read where it is written",
    ]);
  });

  it('stay in a sentence as the name of what they show, with a note; a picture is the answer\'s own', () => {
    const note = readNote('## What is attention?\n\nA weighted sum of values, as ![[Attention#Definition]] puts it.\n![[attention.png]]\n');
    expect(note.questions[0]!.answer?.markdown).toBe('A weighted sum of values, as Attention > Definition puts it.\n![attention.png](attention.png)');
    expect(note.vfile.messages.map((message) => `${message.line}:${message.column}:${message.ruleId}`)).toEqual(['3:30:note-embed']);
  });
});

describe('an answer that only points to another note', () => {
  it('is no answer, with a note, by a link or an embed in a sentence that only points there, or bullets of nothing else', () => {
    const note = readNote('## Why scale by sqrt(d_k)?\n\nSee ![[Scaled dot product#^why-scale]] for the derivation.\n\n## What is RoPE?\n\nSee also [[Rotary embeddings]] and [[Positional encodings]].\n\n## 어텐션이란?\n\n자세한 내용은 [[Attention]] 참고\n\n## What is ALiBi?\n\n- See [[Position biases]]\n');
    expect(note.questions.map((question) => [question.question, question.answer, question.flags])).toEqual([
      ['Why scale by sqrt(d_k)?', null, ['no-answer']],
      ['What is RoPE?', null, ['no-answer']],
      ['어텐션이란?', null, ['no-answer']],
      ['What is ALiBi?', null, ['no-answer']],
    ]);
    expect(note.vfile.messages.filter((message) => message.ruleId === 'answer-elsewhere').map((message) => `${message.line}:${message.reason}`)).toEqual([
      '3:Read "Why scale by sqrt(d_k)?" as unanswered: its answer only points to another note (Scaled dot product), whose text this note does not hold',
      '7:Read "What is RoPE?" as unanswered: its answer only points to other notes (Rotary embeddings, Positional encodings), whose text this note does not hold',
      '11:Read "어텐션이란?" as unanswered: its answer only points to another note (Attention), whose text this note does not hold',
      '15:Read "What is ALiBi?" as unanswered: its answer only points to another note (Position biases), whose text this note does not hold',
    ]);
  });

  it('is an answer where a link alone names it, or where the pointer stands beside what answers', () => {
    const note = readNote('## Which activation does BERT use?\n\n[[GELU]]\n\n## Why scale by sqrt(d_k)?\n\nTo keep the logits\' variance near 1.\n\nSee [[Scaled dot product]] for the derivation.\n\n## What is RoPE?\n\nSee [[Rotary embeddings]].\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['Which activation does BERT use?', 'GELU'],
      ['Why scale by sqrt(d_k)?', "To keep the logits' variance near 1.\n\nSee Scaled dot product for the derivation."],
      ['What is RoPE?', null],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['13:answer-elsewhere']);
  });

  it('is told by a pattern that does not backtrack', () => {
    expect(backtracking(POINTER)).toBeUndefined();
  });
});

describe("Logseq's block properties", () => {
  const page = '- What is Adam? #card\n  card-last-interval:: 4\n  card-repeats:: 2\n  card-next-schedule:: 2023-01-01T00:00:00.000Z\n\t- Momentum with per-weight steps.\n- What is SGD? #card\n  collapsed:: true\n\t- Plain steps.\n';

  it("are left out of a card, with a note per run of them, and the card's answer is the bullets under it", () => {
    const note = readNote(page);
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is Adam?', '• Momentum with per-weight steps.'],
      ['What is SGD?', '• Plain steps.'],
    ]);
    expect(note.vfile.messages.filter((message) => message.ruleId === 'outliner-properties').map((message) => `${message.line}:${message.column}:${message.reason}`)).toEqual([
      "2:3:Left out Logseq's block properties (card-last-interval, card-repeats, card-next-schedule; lines 2-4): the outliner's scheduling and ids, not part of a card",
      "7:3:Left out Logseq's block properties (collapsed; line 7): the outliner's scheduling and ids, not part of a card",
    ]);
  });

  it("leave the card's line alone in its paragraph: the paragraph ends where that line ends, not at the property under it", () => {
    const { doc: { tree } } = parseNote('- What is self-attention?\n  id:: 65a1f0c2-3b7e-4d1a-9c11-7f0e2b9d4a10\n\t- A weighted sum over all tokens.\n');
    const card = ((tree.children[0] as List).children[0]!.children[0] as Paragraph).position!;
    expect([card.start.line, card.end.line, card.end.column, card.end.offset]).toEqual([1, 1, 26, 25]);
  });

  it("leave a heading block's questions to it (`- ## Attention` over them, as Logseq writes a bullet made a heading): it names their section", () => {
    const uuid = '65a1f0c2-3b7e-4d1a-9c11-7f0e2b9d4a10';
    const page = `- ## Attention\n\t- What is self-attention? #card\n\t  id:: ${uuid}\n\t\t- A weighted sum over all tokens.\n\t- Why multi-head?\n\t\t- Several subspaces at once.\n- ## Positional encoding\n\t- Why is positional encoding needed?\n\t  collapsed:: true\n\t\t- Attention alone is blind to order.\n`;
    expect(readNote(page).questions.map((question) => [question.question, question.topic, question.answer?.text])).toEqual([
      ['What is self-attention?', 'Attention', '• A weighted sum over all tokens.'],
      ['Why multi-head?', 'Attention', '• Several subspaces at once.'],
      ['Why is positional encoding needed?', 'Positional encoding', '• Attention alone is blind to order.'],
    ]);
  });

  it("leave a block's next line to the block, on a page with no property too: the question keeps its answer, and the line is no question", () => {
    const page = '- ## Attention\n\t- What is self-attention?\n\t  (short)\n\t\t- A weighted sum over all tokens.\n\t- Why multi-head?\n\t\t- Several subspaces at once.\n';
    expect(readNote(page).questions.map((question) => [question.question, question.topic, question.answer?.text])).toEqual([
      ['What is self-attention?', 'Attention', '(short)\n• A weighted sum over all tokens.'],
      ['Why multi-head?', 'Attention', '• Several subspaces at once.'],
    ]);
  });

  it("read a page's opening properties as its title and tags, not as a question over the page (`title::`, `tags::`)", () => {
    const note = readNote('title:: Transformer 면접 질문\ntags:: interview, [[deep learning]]\n\n- What is self-attention? #card\n\t- A weighted sum over all tokens.\n- Why multi-head?\n\t- Several subspaces at once.\n');
    expect(note.summary.title).toBe('Transformer 면접 질문');
    expect(note.questions.map((question) => [question.question, question.tags, question.answer?.text])).toEqual([
      ['What is self-attention?', ['deep-learning', 'interview'], '• A weighted sum over all tokens.'],
      ['Why multi-head?', ['deep-learning', 'interview'], '• Several subspaces at once.'],
    ]);
    expect(note.vfile.messages.filter((message) => message.ruleId === 'page-properties').map((message) => `${message.line}:${message.reason}`)).toEqual([
      "1:Read Logseq's page properties (lines 1-2): title:: as the note's title, tags:: as every question's tags",
    ]);
    // Its other names and settings file nothing a question has: left out, and said.
    const aliased = readNote('alias:: ML basics\npublic:: true\n\n- What is dropout?\n\t- Zeroing random units while training.\n');
    expect(aliased.questions.map((question) => [question.question, question.tags])).toEqual([['What is dropout?', []]]);
    expect(aliased.vfile.messages.filter((message) => message.ruleId === 'page-properties').map((message) => message.reason)).toEqual([
      "Read Logseq's page properties (lines 1-2): alias:: public:: left out",
    ]);
  });

  it('leave a page that opens with fields of its own, no `title::`, `tags::` or `alias::` among them, to its author (a card in Dataview fields)', () => {
    const note = readNote('Q:: What is dropout?\nA:: Zeroing random units while training.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['What is dropout?', 'Zeroing random units while training.']]);
    expect(note.vfile.messages.filter((message) => message.ruleId === 'page-properties')).toEqual([]);
  });

  it('make a page that holds them Markdown, however few its lines, and leave any other `key:: value` line to its author', () => {
    expect(parseSource({ file: 'page.md', text: page, vfile: new VFile() }).format).toBe('markdown');
    const note = readNote('## What is Adam?\n\nMomentum with per-weight steps.\nsource:: [[Optimisers]]\n');
    expect(note.questions[0]!.answer!.text).toBe('Momentum with per-weight steps.\nsource:: Optimisers');
  });

  it('make a page Markdown when its cards are `question::` over `answer::` properties, with no property of its bookkeeping', () => {
    const page = '- ML 면접 카드\n\t- question:: 과적합을 막는 방법은?\n\t  answer:: 데이터 증강, 정규화, 조기 종료.\n\t- question:: Early stopping의 기준은?\n\t  answer:: 검증 손실이 개선되지 않을 때.\n';
    expect(parseSource({ file: 'page.md', text: page, vfile: new VFile() }).format).toBe('markdown');
    const note = readNote(page);
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['과적합을 막는 방법은?', '데이터 증강, 정규화, 조기 종료.'],
      ['Early stopping의 기준은?', '검증 손실이 개선되지 않을 때.'],
    ]);
    expect(note.vfile.messages.filter((message) => message.ruleId === 'orphan-text')).toEqual([]);
  });
});

describe('block ids and highlights', () => {
  it('takes a block id off the end of a line, as Obsidian hides it, and keeps a caret in a formula or a sentence', () => {
    const { doc: { tree } } = parseNote('## Momentum\n\nIt accumulates past gradients. ^m1\nIt damps oscillations. ^nest-42\n\nWe raise x ^2 here and keep $x^2$.\nThe cost grows as n ^2\n');
    expect(tree.children.map((block) => toString(block))).toEqual(['Momentum', 'It accumulates past gradients.\nIt damps oscillations.', 'We raise x ^2 here and keep x^2.\nThe cost grows as n ^2']);
  });

  it("takes a flashcard's block id off its question line before its tags, in an item or a heading, the plugin's all-digit id too", () => {
    expect(answerTextsOf('- What is momentum? #card ^m1\n  - Velocity.\n')).toEqual([['What is momentum?', '• Velocity.']]);
    expect(answerTextsOf('## What is momentum? #card ^1612345678901\n\nVelocity.\n')).toEqual([['What is momentum?', 'Velocity.']]);
    expect(answerTextsOf('# Cards\n\nWhat is momentum? #card ^m1\nVelocity.\n')).toEqual([['What is momentum?', 'Velocity.']]);
  });

  it("marks a highlight's words, in the answer's HTML as in its Markdown, and leaves the words alone in its text", () => {
    const note = readNote('## What is momentum?\n\n==Key point==: it damps oscillations, as `a==b` does not.\n');
    const answer = note.questions[0]!.answer!;
    expect(answer.markdown).toBe('<mark>Key point</mark>: it damps oscillations, as `a==b` does not.');
    expect(answer.html).toBe('<p><mark>Key point</mark>: it damps oscillations, as <code>a==b</code> does not.</p>');
    expect(answer.text).toBe('Key point: it damps oscillations, as a==b does not.');
  });

  it("marks Bear's highlight (`::프로세스::`) as Obsidian's, a particle after it or not", () => {
    const answer = readNote('## 프로세스와 스레드의 차이는?\n\n::프로세스::는 독립된 메모리, ::스레드::는 공유. ::Context switch:: costs.\n').questions[0]!.answer!;
    expect(answer.markdown).toBe('<mark>프로세스</mark>는 독립된 메모리, <mark>스레드</mark>는 공유. <mark>Context switch</mark> costs.');
    expect(answer.text).toBe('프로세스는 독립된 메모리, 스레드는 공유. Context switch costs.');
  });

  it('leaves the `::` of code, of names and of outlines as written: `std::vector`, `Foo::Bar::Baz`, `key:: value`, `a :: b`', () => {
    const answer = readNote(
      '## What does the standard library offer?\n\nA std::vector of std::string, Ruby\'s ActiveRecord::Base::connection, a label ::1 and a type x :: Int.\n',
    ).questions[0]!.answer!;
    expect(answer.markdown).toBe("A std::vector of std::string, Ruby's ActiveRecord::Base::connection, a label ::1 and a type x :: Int.");
    const logseq = readNote('- What is dropout?\n  collapsed:: true\n  - Randomly zeroing units:: while training::\n');
    expect(logseq.questions[0]!.answer!.markdown).not.toContain('<mark>');
  });

  it("marks Roam's and Logseq's highlight, `^^sparse^^`, as Obsidian's; a lone `^^` and code stay", () => {
    const note = readNote('- What is the difference between L1 and L2? #card\n    - L1 gives ^^sparse^^ weights; x^^2 and `a^^b^^` stay.\n');
    expect(note.questions[0]!.answer!.markdown).toBe('- L1 gives <mark>sparse</mark> weights; x^^2 and `a^^b^^` stay.');
    expect(note.questions[0]!.answer!.text).toBe('• L1 gives sparse weights; x^^2 and a^^b^^ stay.');
  });

  it('reads highlights, of every tool, with a pattern that does not backtrack', () => {
    expect(backtracking(HIGHLIGHT)).toBeUndefined();
  });
});

describe("Foam's autogenerated link references", () => {
  it('are left out with a note, so that the [[wikilinks]] they stand for read as in any note', () => {
    const note = readNote(
      '## Is PCA supervised?\n\nNo. For a supervised projection, look at [[LDA]].\n\n[//begin]: # "Autogenerated link references for markdown compatibility"\n[LDA]: lda.md "LDA"\n[//end]: # "Autogenerated link references"\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['Is PCA supervised?', 'No. For a supervised projection, look at LDA.']]);
    expect(note.vfile.messages.filter((message) => message.ruleId === 'foam-references').map((message) => message.line)).toEqual([5]);
    // A note about Foam that shows its first marker (in code, with no end marker after it) is read as it is written.
    const about = readNote('## What does Foam write at a note\'s end?\n\n```md\n[//begin]: # "Autogenerated link references for markdown compatibility"\n```\n\n## What is a wikilink?\n\nA link by page name.\n');
    expect(about.questions.map((question) => question.question)).toEqual(["What does Foam write at a note's end?", 'What is a wikilink?']);
  });
});
