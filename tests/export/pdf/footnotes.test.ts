/**
 * An answer's footnotes are printed under it, each under its label as the answer marks it: a label of a
 * word or two (`[^kingma2014adam]`) whole, on a line of its own, so that a reader finds the note of a mark.
 */
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/export/pdf/index.js';
import { makeBank } from '../../fixtures/pdf/banks.js';
import { readPdf } from './read-pdf.js';

async function printed(answer: string): Promise<string> {
  const sheet = await renderPdf(makeBank([{ question: 'Which optimiser adapts its steps?', answer }]), {});
  return (await readPdf(sheet.bytes)).pages.map((page) => page.text).join(' ').replace(/\s+/g, ' ');
}

describe("an answer's footnotes on the sheet", () => {
  it('prints every label whole, a short one beside its note and a long one over it', async () => {
    const text = await printed('Adam[^kingma2014adam] adapts each step; so does RMSprop[^1] and AdaGrad[^note].\n\n[^kingma2014adam]: Kingma and Ba, 2014.\n[^1]: Hinton, lecture 6.\n[^note]: Duchi et al., 2011.\n');
    // A wide label on its own line, over its note: read in that order.
    expect(text).toContain('[kingma2014adam] Kingma and Ba, 2014.');
    expect(text).toContain('[note] Duchi et al., 2011.');
    // A narrow one in the indent, beside it: the note's first line reads after it on its line.
    expect(text).toContain('[1]');
    expect(text).toContain('Hinton, lecture 6.');
    const twelve = await printed('Adam[^12] adapts its steps.\n\n[^12]: Kingma and Ba, 2014.\n');
    expect(twelve).toContain('Kingma and Ba, 2014. [12]');
  });
});
