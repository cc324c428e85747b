/**
 * Reading a site's markup costs time in proportion to the file: an opener
 * whose partner never comes (a `{% raw %}` with no `{% endraw %}`, a
 * `{{< katex >}}` that only switched KaTeX on) is not searched for again and
 * again to the end of the file.
 */
import { describe, expect, it } from 'vitest';
import { readSiteMarkup } from '../../src/parse/site-markup.js';

function millisecondsToRead(text: string): number {
  const start = performance.now();
  readSiteMarkup(text);
  return performance.now() - start;
}

describe('the cost of reading site markup', () => {
  it('30,000 openers with no partner are read in well under the time a search per opener would take', () => {
    // One search per opener to the end of the file took about 10 s for each of these on the dev machine.
    expect(millisecondsToRead('{% raw %} x\n'.repeat(30_000))).toBeLessThan(3_000);
    expect(millisecondsToRead('Open {{< katex >}} only.\n'.repeat(30_000))).toBeLessThan(3_000);
  });

  it('still pairs each opener with its own partner', () => {
    const { text } = readSiteMarkup('{% raw %}{{ a }}{% endraw %} and {% raw %}{{ b }}{% endraw %} {% include x %}\n\n{{< katex >}}x{{< /katex >}} {{< katex >}}y{{< /katex >}}\n');
    expect(text.replace(/ +/g, ' ')).toBe('{{ a }} and {{ b }} \n\n$x$ $y$ \n');
  });
});
