/**
 * Reading a site's markup costs time in proportion to the file: an opener
 * whose partner never comes (a `{% raw %}` with no `{% endraw %}`, a
 * `{{< katex >}}` that only switched KaTeX on) is not searched for again and
 * again to the end of the file, and a paragraph is looked over for its code
 * spans once. The benchmark measures speed; these tests count the searches.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSiteMarkup } from '../../src/parse/site-markup.js';
import { ProseReading } from '../../src/parse/prose-lines.js';

/** How many times the source is searched for a pattern whose text holds `needle`. */
function searchesFor(needle: string, read: () => void): number {
  const exec = vi.spyOn(RegExp.prototype, 'exec');
  read();
  const count = exec.mock.contexts.filter((pattern) => (pattern as RegExp).source.includes(needle)).length;
  exec.mockRestore();
  return count;
}

describe('the cost of reading site markup', () => {
  afterEach(() => vi.restoreAllMocks());

  it('searches once for a partner that never comes, however many openers wait for it', () => {
    expect(searchesFor('endraw', () => readSiteMarkup('{% raw %} x\n'.repeat(1_000)))).toBe(1);
    expect(searchesFor('katex[ \\t]*>', () => readSiteMarkup('Open {{< katex >}} only.\n'.repeat(1_000)))).toBe(1);
    expect(searchesFor('endhighlight', () => readSiteMarkup('{% highlight python %}\nx = 1\n\n'.repeat(1_000)))).toBe(1);
  });

  it('reads a highlight block left open over a long tail without spreading its lines into one call', () => {
    const { text } = readSiteMarkup(`{% highlight python %}\n${'x = 1\n'.repeat(200_000)}`);
    expect(text).toMatch(/^```python *\nx = 1\n/);
  });

  it('looks ahead over a paragraph once for its code spans, though the tags it leaves out split it into many', () => {
    const read = vi.spyOn(ProseReading.prototype, 'read');
    const { text } = readSiteMarkup('Text `x` here\n{% include x %}\n'.repeat(1_000));
    // Per line: what it is (a peek reads), what the markup made of it, and once ahead.
    expect(read.mock.calls.length).toBeLessThanOrEqual(3 * 2_001);
    expect(text.split('\n')[1]!.trim()).toBe('');
  });

  it('still pairs each opener with its own partner', () => {
    const { text } = readSiteMarkup('{% raw %}{{ a }}{% endraw %} and {% raw %}{{ b }}{% endraw %} {% include x %}\n\n{{< katex >}}x{{< /katex >}} {{< katex >}}y{{< /katex >}}\n');
    expect(text.replace(/ +/g, ' ')).toBe('{{ a }} and {{ b }} \n\n$x$ $y$ \n');
  });
});
