/**
 * A Docusaurus page shows each of its tabs (`<TabItem label="…">` in `<Tabs>`) under its label; qbank reads them so,
 * as it reads MkDocs content tabs: each label in bold over its body, the tags gone.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const page = [
  '## How do you train a gradient boosting model in Python?',
  '',
  '<Tabs>',
  '  <TabItem value="xgb" label="XGBoost" default>',
  '',
  '```python',
  'model = xgb.XGBClassifier()',
  '```',
  '',
  '  </TabItem>',
  "  <TabItem value='sklearn'>",
  '',
  'Use `HistGradientBoostingClassifier`.',
  '',
  '  </TabItem>',
  '</Tabs>',
  '',
].join('\n');

describe("Docusaurus's tabs", () => {
  it('read as each label in bold over its body (its value with no label), the tags no lines of the answer', () => {
    const note = readNote(page, 'page.mdx');
    expect(note.questions.map((question) => question.answer?.markdown)).toEqual(['**XGBoost**\n\n```python\nmodel = xgb.XGBClassifier()\n```\n\n**sklearn**\n\nUse `HistGradientBoostingClassifier`.']);
    // Nothing is left out of the answer as HTML the outputs do not keep.
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('leave a tag shown in code as written', () => {
    const note = readNote('## How do you write a tab?\n\n```jsx\n<TabItem value="a" label="A">\n```\n', 'page.mdx');
    expect(note.questions[0]!.answer?.markdown).toBe('```jsx\n<TabItem value="a" label="A">\n```');
  });
});

describe("Mintlify's tabs", () => {
  it('read as each title in bold over its body, the body without the indentation it has under the tags', () => {
    const page = [
      '## How do you freeze a layer?',
      '',
      '<Tabs>',
      '  <Tab title="PyTorch">',
      '    Set `requires_grad` to false:',
      '',
      '    ```python',
      '    for p in layer.parameters():',
      '        p.requires_grad = False',
      '    ```',
      '  </Tab>',
      '  <Tab title="Keras">',
      '    Set `layer.trainable = False`.',
      '  </Tab>',
      '</Tabs>',
      '',
    ].join('\n');
    const note = readNote(page, 'page.mdx');
    expect(note.questions.map((question) => question.answer?.markdown)).toEqual([
      '**PyTorch**\nSet `requires_grad` to false:\n\n```python\nfor p in layer.parameters():\n    p.requires_grad = False\n```\n\n**Keras**\nSet `layer.trainable = False`.',
    ]);
  });
});
