/** Media names in the deck: safe for Anki's importer, and never one of the names Anki keeps for itself. */
import { describe, expect, it } from 'vitest';
import { MediaStore } from '../../../src/export/anki/media.js';
import { solidPng } from '../../helpers/png.js';

const png = solidPng(2, 2);
const store = () => new MediaStore(() => png);
const nameOf = (path: string) => {
  const result = store().addImage(path);
  if (!('name' in result)) throw new Error(result.problem);
  return result.name;
};

describe('media names', () => {
  it('keep letters, digits, - and _ of the file name, then a content hash', () => {
    expect(nameOf('/notes/img/그림 한글 (1).png')).toMatch(/^그림-한글-1-[0-9a-f]{8}\.png$/);
    expect(nameOf('/notes/loss_curve.v2.png')).toMatch(/^loss_curve-v2-[0-9a-f]{8}\.png$/);
  });

  it('never start with _ (a shared static file to Anki) or latex- (an image Anki rendered, which Check Media may delete)', () => {
    expect(nameOf('/notes/_private.png')).toMatch(/^private-/);
    expect(nameOf('/notes/latex-formula.png')).toMatch(/^image-latex-formula-[0-9a-f]{8}\.png$/);
    expect(nameOf('/notes/LaTeX-Formula.png')).toMatch(/^image-LaTeX-Formula-/);
  });
});
