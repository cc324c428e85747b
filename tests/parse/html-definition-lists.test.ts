/**
 * A list of definitions written in HTML in a Markdown note (`<dl>`, `<dt>`, `<dd>`): CommonMark keeps it as raw HTML,
 * and no question was read from it. It is read as a saved page's `<dl>` is: each term a bold question over its answer.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const asked = (text: string) => readNote(text, 'note.md').questions.map((question) => [question.question, question.occurrences[0]!.line, question.answer?.markdown ?? null]);

describe('an HTML definition list in a Markdown note', () => {
  it('is read term by term: each <dt> a question at its own line, its <dd> the answer', () => {
    const note = [
      '# Kubernetes terms',
      '',
      '<dl>',
      '  <dt>What is a Pod?</dt>',
      '  <dd>The smallest deployable unit: one or more containers sharing network and storage.</dd>',
      '  <dt>What is a Deployment?</dt>',
      '  <dd>A controller that manages ReplicaSets.</dd>',
      '  <dt>Service vs Ingress?</dt>',
      '  <dd>A Service gives Pods a stable IP; an Ingress routes <b>external</b> HTTP traffic to Services.</dd>',
      '</dl>',
    ].join('\n');
    expect(asked(note)).toEqual([
      ['What is a Pod?', 4, 'The smallest deployable unit: one or more containers sharing network and storage.'],
      ['What is a Deployment?', 6, 'A controller that manages ReplicaSets.'],
      ['Service vs Ingress?', 8, 'A Service gives Pods a stable IP; an Ingress routes **external** HTTP traffic to Services.'],
    ]);
    expect(messagesOf(readNote(note, 'note.md').vfile)).toEqual([]);
  });

  it('is read whole where blank lines part its items (HTML blocks one after another), a <dd> of paragraphs kept as paragraphs', () => {
    const note = ['<dl>', '<dt>What is a Pod?</dt>', '', '<dd>The smallest unit.</dd>', '', '<dt>Why use a Deployment?</dt>', '<dd>', '<p>It keeps replicas running.</p>', '<p>And rolls out updates.</p>', '</dd>', '</dl>', '', '## What is a Service?', '', 'A stable IP.'].join('\n');
    expect(asked(note)).toEqual([
      ['What is a Pod?', 2, 'The smallest unit.'],
      ['Why use a Deployment?', 6, 'It keeps replicas running.\n\nAnd rolls out updates.'],
      ['What is a Service?', 13, 'A stable IP.'],
    ]);
  });

  it('stays in the answer it stands in when its terms name things (under a question that asks for them)', () => {
    const note = ['## What are the main metrics?', '', '<dl>', '  <dt>Recall</dt>', '  <dd>Share of positives found.</dd>', '  <dt>Precision</dt>', '  <dd>Share of those found that are positive.</dd>', '</dl>'].join('\n');
    expect(asked(note)).toEqual([['What are the main metrics?', 1, '**Recall**\n\nShare of positives found.\n\n**Precision**\n\nShare of those found that are positive.']]);
  });
});
