/**
 * Jekyll posts carry Liquid: tags `{% ... %}` and outputs `{{ ... }}` that
 * the site builds into HTML. qbank reads them as the built page shows them.
 */
import { describe, expect, it } from 'vitest';
import type { Code, Image, Paragraph } from 'mdast';
import { messagesOf, parseNote, readNote } from '../helpers/read-note.js';
import { localImagePath } from '../../src/export/answer-images.js';

describe('Jekyll Liquid', () => {
  it('`{% highlight python %}` is a code block of that language, its indentation kept', () => {
    const { questions } = readNote('## What is the receptive field?\n\nIt grows with depth.\n\n{% highlight python %}\ndef receptive_field(k):\n    return 2 * k + 1\n{% endhighlight %}\n');
    const answer = questions[0]!.answer!;
    expect(answer.markdown).toBe('It grows with depth.\n\n```python\ndef receptive_field(k):\n    return 2 * k + 1\n```');
    expect(answer.html).toContain('<pre><code class="language-python">def receptive_field(k):\n    return 2 * k + 1\n</code></pre>');
    expect(questions[0]!.flags).not.toContain('code-indentation-lost');
  });

  it('a highlighted block holding backtick fences is fenced by a longer run', () => {
    const { doc } = parseNote('{% highlight markdown linenos %}\n```python\nx = 1\n```\n{% endhighlight %}\n\nAfter.\n');
    expect(doc.tree.children[0]).toMatchObject({ type: 'code', lang: 'markdown', value: '```python\nx = 1\n```' } satisfies Partial<Code>);
    expect(doc.tree.children[1]).toMatchObject({ type: 'paragraph', position: { start: { line: 7 } } });
  });

  it('`{% raw %}` and `{% endraw %}` vanish; what they wrap is read as written', () => {
    const { doc, vfile } = parseNote('## How does a layout show the title?\n\nUse {% raw %}{{ page.title }} and {% include x %}{% endraw %} in a layout.\n');
    const paragraph = doc.tree.children[1] as Paragraph;
    expect(paragraph.children.map((node) => ('value' in node ? node.value : '')).join('')).toBe('Use {{ page.title }} and {% include x %} in a layout.');
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('`{% comment %}` vanishes with what it wraps', () => {
    const { doc } = parseNote('Kept.\n\n{% comment %}\nA draft answer.\n{% endcomment %}\n');
    expect(doc.tree.children.map((node) => node.type)).toEqual(['paragraph']);
  });

  it('`{{ site.url }}`, `{{ site.baseurl }}` and `relative_url` in an image URL make a path relative to the note', () => {
    const { doc } = parseNote('![pooling]({{ site.url }}/assets/images/pooling.png)\n\n![relu]({{ site.url }}{{ site.baseurl }}/assets/relu.png)\n\n![loss]({{ "/assets/loss.png" | relative_url }})\n');
    const images = doc.tree.children.map((node) => (node as Paragraph).children[0] as Image);
    expect(images.map((image) => [image.type, image.url])).toEqual([
      ['image', 'assets/images/pooling.png'],
      ['image', 'assets/relu.png'],
      ['image', 'assets/loss.png'],
    ]);
    expect(localImagePath(images[0]!.url, { file: 'notes/_posts/cnn.md' }, '/work')).toBe('/work/notes/_posts/assets/images/pooling.png');
  });

  it('a tag left out of a line leaves no gap in the text', () => {
    const { questions } = readNote('## Is dropout used at test time?\n\nNo, {% if page.long %}never{% endif %} at test time.\n');
    expect(questions[0]!.answer?.text).toBe('No, never at test time.');
  });

  it('a tag at the head of a line leaves no indentation behind: the line is no code block', () => {
    const { questions } = readNote('## What does the figure show?\n\n{% include figure.html image="loss.png" %} The loss falls, then rises.\n');
    expect(questions[0]!.answer?.html).toBe('<p>The loss falls, then rises.</p>');
  });

  it('a tag left out at the head or the end of a line leaves no hard line break; one the author wrote stays', () => {
    const answers = ['{% include x %} First line.\nSecond line.', 'First line. {% include x %}\nSecond line.', 'First line.  \nSecond line. {% include x %}'].map(
      (body) => readNote(`## What does the figure show?\n\n${body}\n`).questions[0]!.answer?.html,
    );
    expect(answers).toEqual(['<p>First line.\nSecond line.</p>', '<p>First line.\nSecond line.</p>', '<p>First line.<br>\nSecond line.</p>']);
  });

  it('any other tag is left out, with a note at its line and column', () => {
    const { doc, vfile } = parseNote('---\ntitle: CNN\n---\n\n{% include toc %}\n\nIntro {% if page.draft %}draft{% endif %}.\n');
    expect(doc.tree.children.map((node) => node.type)).toEqual(['paragraph']);
    expect(vfile.messages.map((message) => [message.line, message.column, message.ruleId])).toEqual([
      [5, 1, 'liquid-tag'],
      [7, 7, 'liquid-tag'],
      [7, 31, 'liquid-tag'],
    ]);
  });

  it('what `{% raw %}` wraps over several lines is read as written: a highlight tag, an attribute list and a header id too', () => {
    const { doc, vfile } = parseNote('Shown:\n\n{% raw %}\n{% highlight python %}\nx = 1\n{% endhighlight %}\n{: .notice}\n## Kernels {#kernel}\n{% endraw %}\n');
    expect(doc.tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'heading']);
    expect(doc.source.text.split('\n').slice(3, 8)).toEqual(['{% highlight python %}', 'x = 1', '{% endhighlight %}', '{: .notice}', '## Kernels {#kernel}']);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('a line indented four spaces right under a heading is indented code: its Liquid is left as written', () => {
    const { doc, vfile } = parseNote('## How do I include a file?\n    {% include toc.html %}\n');
    expect(doc.tree.children[1]).toMatchObject({ type: 'code', value: '{% include toc.html %}' } satisfies Partial<Code>);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('a list item\'s paragraph indented four spaces after a blank line is prose, not code: its Liquid is read', () => {
    const { doc, vfile } = parseNote('# Site\n\n1. How is the table of contents made?\n\n    By {% include toc %} at the top.\n');
    expect(doc.source.text.split('\n')[4]!.replace(/ +/g, ' ')).toBe(' By at the top.');
    expect(messagesOf(vfile)).toEqual(['5:liquid-tag']);
  });

  it('leaves Jinja and Liquid in code blocks and code spans as written', () => {
    const { doc, vfile } = parseNote('Write `{% for x in xs %}` and `{{ site.url }}`.\n\n```jinja\n{% for user in users %}\n  <a href="{{ site.url }}/{{ user.url }}">{{ user.name }}</a>\n{% endfor %}\n```\n');
    const inline = (doc.tree.children[0] as Paragraph).children.filter((node) => node.type === 'inlineCode').map((node) => node.value);
    expect(inline).toEqual(['{% for x in xs %}', '{{ site.url }}']);
    expect((doc.tree.children[1] as Code).value).toBe('{% for user in users %}\n  <a href="{{ site.url }}/{{ user.url }}">{{ user.name }}</a>\n{% endfor %}');
    expect(messagesOf(vfile)).toEqual([]);
  });
});
