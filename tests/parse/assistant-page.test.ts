/**
 * An AI assistant's page copied with its chat or answer: Gemini's buttons come along as the names of their icons
 * (`volume_up`, `more_vert`, `share`, `edit`), with `Show drafts` over each reply and a disclaimer under the last;
 * Perplexity's answer comes under the cards of its sources (`Sources`, then per card its title, its site and its
 * number, `View 2 more`) and its `Answer` label. They are the page's: left out, each line with a note, so that each
 * answer is the reply alone. Icon names that are words (`share`, `edit`) are left out only of a copy of such a page.
 * So are ChatGPT's `Thought for 8s`, `Thinking`, `Show more` and Claude's `Copy`, `Retry`, `Edit`; Gemini's drafts
 * shown leave one reply as the answer; Perplexity's chips for its sources (`medium+2`) come off the paragraphs they end.
 */
import { describe, expect, it } from 'vitest';
import { answerTextsOf, messagesOf, readNote } from '../helpers/read-note.js';
import { backtracking } from '../helpers/backtracking.js';
import { ASSISTANT_PAGE_PATTERNS } from '../../src/parse/assistant-page.js';
import { SOURCE_CHIP_PATTERNS } from '../../src/parse/source-chips.js';

const gemini = [
  'Conversation with Gemini',
  'edit',
  'Why does dropout reduce overfitting?',
  '',
  'Show drafts',
  'volume_up',
  '',
  'Dropout turns off each unit with probability p during training, so units cannot co-adapt.',
  '',
  'share',
  'more_vert',
  '',
  'edit',
  'Is dropout needed with batch norm?',
  '',
  'Show drafts',
  'volume_up',
  '',
  'Not always: batch norm regularizes a little, but large fully connected layers still benefit from dropout.',
  '',
  'share',
  'more_vert',
  '',
  'Gemini may display inaccurate info, including about people, so double-check its responses. Your privacy & Gemini Apps Opens in a new window',
  '',
].join('\n');

const perplexity = [
  'Why does a KV cache speed up LLM inference?',
  '',
  'Sources',
  '[KV Caching Explained - Medium](https://medium.com/@x/kv-caching-explained)',
  'medium',
  '1',
  '[Key-Value Caching - Hugging Face](https://huggingface.co/docs/transformers/kv_cache)',
  'huggingface',
  '2',
  'View 2 more',
  '',
  'Answer',
  'A KV cache stores the keys and values of earlier tokens, so each step computes them for the new token only.',
  '',
  '**The cost**',
  '- Memory grows with sequence length and batch size.',
  '',
].join('\n');

/** The lines (1-based) that a note of `lines`, copied text, leaves out as its page's. */
const pageLines = (lines: readonly string[]): number[] =>
  messagesOf(readNote(`${lines.join('\n')}\n`, 'page.txt').vfile)
    .filter((message) => message.endsWith(':site-chrome'))
    .map((message) => Number.parseInt(message, 10));

describe("an AI assistant's page, copied", () => {
  it("leaves out Gemini's icon names, drafts button, title and disclaimer: each answer is the reply alone", () => {
    const note = readNote(gemini, 'gemini.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Why does dropout reduce overfitting?', 'Dropout turns off each unit with probability p during training, so units cannot co-adapt.'],
      ['Is dropout needed with batch norm?', 'Not always: batch norm regularizes a little, but large fully connected layers still benefit from dropout.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([1, 2, 5, 6, 10, 11, 13, 16, 17, 21, 22, 24].map((line) => `${line}:site-chrome`));
  });

  it('leaves them out of a reply in Markdown too, its list kept', () => {
    const markdown = gemini.replace('Dropout turns off each unit with probability p during training, so units cannot co-adapt.', '**Dropout** turns off each unit with probability p during training, so units cannot co-adapt:\n\n* an ensemble of thinned networks\n* no co-adaptation');
    expect(answerTextsOf(markdown, 'gemini.md')[0]).toEqual(['Why does dropout reduce overfitting?', 'Dropout turns off each unit with probability p during training, so units cannot co-adapt:\n• an ensemble of thinned networks\n• no co-adaptation']);
  });

  it('tells a copy by its disclaimer alone, or by two of its marks: one icon name that is a word is no sign', () => {
    expect(pageLines(['What does the pencil icon do?', 'edit', '', 'ChatGPT can make mistakes. Check important info.'])).toEqual([2, 4]);
    // A note's own sentence about an assistant's mistakes is no disclaimer: its answers `Edit` and `Copy` stay.
    const own = readNote("Why shouldn't you trust an LLM's arithmetic?\nChatGPT can make mistakes in arithmetic because it predicts tokens, not digits.\n\nWhich vim command enters insert mode?\nEdit\n\nWhat does cp do?\nCopy\n", 'notes.txt');
    expect(own.questions.map((question) => question.answer?.text ?? null)).toEqual(['ChatGPT can make mistakes in arithmetic because it predicts tokens, not digits.', 'Edit', 'Copy']);
    expect(pageLines(['Show drafts', 'volume_up', 'share'])).toEqual([1, 2, 3]);
    expect(pageLines(['volume_up', 'share', 'edit'])).toEqual([]);
  });

  it('keeps share and edit where they are a note\'s own words, and an icon\'s name asked for', () => {
    expect(answerTextsOf('Q: Which icon mutes the speaker in Material Symbols?\nA:\nvolume_off\n\nQ: Which Git command opens the last commit\'s message again?\nA:\nedit\n\nQ: What does the Android sheet of targets do?\nA:\nshare\n', 'note.txt')).toEqual([
      ["Which icon mutes the speaker in Material Symbols?", 'volume_off'],
      ["Which Git command opens the last commit's message again?", 'edit'],
      ['What does the Android sheet of targets do?', 'share'],
    ]);
  });

  it("leaves out Perplexity's cards of its sources and the Answer label under them", () => {
    const note = readNote(perplexity, 'perplexity.md');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Why does a KV cache speed up LLM inference?', 'A KV cache stores the keys and values of earlier tokens, so each step computes them for the new token only.\nThe cost\n• Memory grows with sequence length and batch size.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 12].map((line) => `${line}:site-chrome`));
  });

  it('reads the cards by their shape in any such page: a card with no title, a Korean label, numbered 1, 2 in turn', () => {
    expect(pageLines(['KV cache란?', '', '출처', 'wikipedia', '1', 'Attention Is All You Need', 'arxiv.org', '2', '', '답변', 'Key와 Value를 저장합니다.'])).toEqual([3, 4, 5, 6, 7, 8, 10]);
  });

  it("keeps a note's own list of sources: its lines are no numbered cards", () => {
    expect(pageLines(['Sources', '1. Goodfellow et al., Deep Learning', '2. arxiv', '', 'Answer', 'Text.'])).toEqual([]);
    expect(pageLines(['Sources', 'arxiv', '2', 'Answer'])).toEqual([]);
  });

  it("takes Perplexity's chips for its sources off the ends of paragraphs and out of their own lines, each said", () => {
    const note = readNote(['Why does a KV cache speed up LLM inference?', '', 'Answer', 'A KV cache stores the keys and values of earlier tokens, so each step computes them for the new token only. medium+2', '', 'The memory it takes grows with the sequence length and the batch size.', 'wikipedia +3', '', 'Paged attention keeps the cache in blocks, so little memory is wasted. arxiv', '', 'What is speculative decoding?', '', 'Answer', 'A small draft model proposes tokens that the large model checks in one pass.huggingface+1', ''].join('\n'), 'perplexity.md');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Why does a KV cache speed up LLM inference?', 'A KV cache stores the keys and values of earlier tokens, so each step computes them for the new token only.\nThe memory it takes grows with the sequence length and the batch size.\nPaged attention keeps the cache in blocks, so little memory is wasted.'],
      ['What is speculative decoding?', 'A small draft model proposes tokens that the large model checks in one pass.'],
    ]);
    const byLine = [...note.vfile.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    expect(byLine.map((message) => `${message.line}:${message.ruleId}`)).toEqual(['3:site-chrome', '4:source-chip', '7:site-chrome', '9:source-chip', '13:site-chrome', '14:source-chip']);
    expect(byLine[1]!.reason).toContain('"medium+2"');
  });

  it('takes them off copied text too, but not a name after a stop with no count (a domain), nor a capitalised word closing a line', () => {
    const note = readNote('What is a CDN?\nAnswer\nServers near the users keep copies of the site. cloudflare+2\n\nWhere are its docs?\nAnswer\nSee example.com\nOr developer.mozilla.org. mdn+1\nMost large sites use one. Cloudflare\n', 'perplexity.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is a CDN?', 'Servers near the users keep copies of the site.'],
      ['Where are its docs?', 'See example.com\nOr developer.mozilla.org.\nMost large sites use one. Cloudflare'],
    ]);
  });

  it("leaves out the Answer label of Perplexity's copy with no sources over it: over a list, it was read as a question", () => {
    const note = readNote('Why is the sunset red?\n\nAnswer\n\n1. Light crosses more air. nasa+1\n2. Blue scatters away. wikipedia+2\n\nWhat is dropout?\n\nAnswer\n\n- Drops units.\n- Averages thinned nets. medium+1\n', 'perplexity.md');
    expect(note.questions.map((question) => question.question)).toEqual(['Why is the sunset red?', 'What is dropout?']);
    expect(note.questions[1]!.answer?.text).toBe('• Drops units.\n• Averages thinned nets.');
  });

  it('keeps an Answer label over a heading, sources over it or not: it carries the heading into the answer', () => {
    const sources = ['Why does a KV cache speed up inference?', '', 'Sources', 'KV Caching Explained', 'medium', '1', 'huggingface', '2', '', 'Answer', '', '## Approaches', '- Keys and values of earlier tokens are kept.', ''].join('\n');
    expect(answerTextsOf(sources, 'perplexity.md')).toEqual([['Why does a KV cache speed up inference?', 'Approaches\n• Keys and values of earlier tokens are kept.']]);
  });

  it("keeps an ordinary note's Answer label, and a site's name as an answer: no chip counts more sites there", () => {
    expect(answerTextsOf('Q: Which site hosts preprints?\nAnswer\narxiv\n\nQ: Where do engineers blog?\nA: Many write on Medium. medium\n', 'note.txt')).toEqual([
      ['Which site hosts preprints?', 'arxiv'],
      ['Where do engineers blog?', 'Many write on Medium. medium'],
    ]);
  });

  it("leaves out how long ChatGPT thought and its Thinking and Show more buttons: the line tells the copy alone", () => {
    const note = readNote('You said:\nWhat is the difference between a process and a thread?\nChatGPT said:\nThought for 8s\nA process has its own address space; threads of one process share it.\n\nYou said:\nWhen would you use a thread pool?\nChatGPT said:\nReasoned for 1m 12s\nThinking\nShow more\nWhen tasks are many and short, so creating a thread for each costs more than the task.\n', 'chatgpt.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is the difference between a process and a thread?', 'A process has its own address space; threads of one process share it.'],
      ['When would you use a thread pool?', 'When tasks are many and short, so creating a thread for each costs more than the task.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([1, 3, 4, 7, 9, 10, 11, 12].map((line) => `${line}:site-chrome`));
  });

  it("leaves out Claude's Edit, Copy and Retry buttons in a copy of its page", () => {
    const claude = 'What is a bloom filter?\nEdit\n\nA bit array with k hash functions: "maybe in the set" or "surely not".\n\nCopy\nRetry\n\nWhat is its false positive rate?\nEdit\n\nAbout (1 - e^(-kn/m))^k for n items in m bits.\n\nCopy\nRetry\n\nClaude can make mistakes. Please double-check responses.\n';
    expect(answerTextsOf(claude, 'claude.txt')).toEqual([
      ['What is a bloom filter?', 'A bit array with k hash functions: "maybe in the set" or "surely not".'],
      ['What is its false positive rate?', 'About (1 - e^(-kn/m))^k for n items in m bits.'],
    ]);
  });

  it('keeps Edit, Copy, Retry, Thinking and Draft 2 where they are a note\'s own answers', () => {
    expect(answerTextsOf('Q: Which Vim command enters insert mode?\nA:\nEdit\n\nQ: Which shortcut puts text on the clipboard?\nA:\nCopy\n\nQ: What does a flaky test ask of CI?\nA:\nRetry\n\nQ: What does a paused player show?\nA:\nThinking\n\nQ: What follows Draft 1?\nA: Draft 2\n', 'note.txt')).toEqual([
      ['Which Vim command enters insert mode?', 'Edit'],
      ['Which shortcut puts text on the clipboard?', 'Copy'],
      ['What does a flaky test ask of CI?', 'Retry'],
      ['What does a paused player show?', 'Thinking'],
      ['What follows Draft 1?', 'Draft 2'],
    ]);
  });

  it("keeps the reply Gemini shows under its drafts and leaves the drafts out, or keeps the first draft where no reply is shown", () => {
    const drafts = ['Conversation with Gemini', 'edit', 'Why does dropout reduce overfitting?', '', 'Show drafts', 'Draft 1', 'Dropout turns off each unit with probability p during training...', 'Draft 2', 'Dropout trains an ensemble of thinned networks that share weights.', 'Draft 3', 'By dropping units at random, dropout keeps the network from relying on any one feature.', 'Regenerate drafts', 'volume_up', '', 'Dropout turns off each unit with probability p during training, so units cannot co-adapt.', '', 'share', 'more_vert', '', 'edit', 'Is dropout needed with batch norm?', '', 'Show drafts', 'Draft 1', 'Not always: batch norm regularizes a little.', 'Draft 2', 'Often not, since batch norm adds noise of its own.', 'Regenerate drafts', '', 'share', 'more_vert', ''].join('\n');
    const note = readNote(drafts, 'gemini.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Why does dropout reduce overfitting?', 'Dropout turns off each unit with probability p during training, so units cannot co-adapt.'],
      ['Is dropout needed with batch norm?', 'Not always: batch norm regularizes a little.'],
    ]);
    expect(messagesOf(note.vfile).filter((message) => message.endsWith('assistant-draft'))).toEqual(['7:assistant-draft', '9:assistant-draft', '11:assistant-draft', '27:assistant-draft']);
    expect(messagesOf(note.vfile)).toContain('6:site-chrome');
    expect(messagesOf(note.vfile)).toContain('28:site-chrome');
  });

  it('leaves out only the drafts\' labels where no button closes them: the last draft\'s end is not known', () => {
    expect(pageLines(['Show drafts', 'volume_up', 'Draft 1', 'Yes.', 'Draft 2', 'No.'])).toEqual([1, 2, 3, 5]);
  });

  it('reads those lines with patterns that do not backtrack', () => {
    for (const pattern of [...ASSISTANT_PAGE_PATTERNS, ...SOURCE_CHIP_PATTERNS]) expect(backtracking(pattern), pattern.source).toBeUndefined();
  });
  it("leaves a word under a question, and a word after `e.g.` or `i.e.`, to the answer in an answer engine's copy: no chip stands there", () => {
    const copy = [
      'What is the fastest array library in Python?',
      'The standard choice for numerical arrays is numpy.medium+2',
      'For GPU arrays the usual pick is cupy, or jax.wikipedia +3',
      'For plotting, most people pair it with a library, e.g. matplotlib',
      '',
      'Which library gives Python dataframes?',
      'pandas',
      '',
      'What does pandas add?',
      'Labelled tables on top of arrays, i.e. dataframes',
    ].join('\n');
    expect(answerTextsOf(copy, 'copy.txt').map(([, answer]) => answer?.split('\n').at(-1))).toEqual([
      'For plotting, most people pair it with a library, e.g. matplotlib',
      'pandas',
      'Labelled tables on top of arrays, i.e. dataframes',
    ]);
  });
});
