/**
 * notes.sfld / notes.csum must equal what Anki computes (legacy importers copy them as they are).
 * Vectors from Anki's own tests (rslib/src/text.rs, rslib/src/notes/mod.rs) and from
 * ../shared/tools/verify_apkg.py --self-test.
 */
import { describe, expect, it } from 'vitest';
import { decodeEntities, fieldChecksum, sortFieldText } from '../../../src/export/anki/sort-field.js';

describe('fieldChecksum', () => {
  it('matches Anki\'s test vectors', () => {
    expect(fieldChecksum('test')).toBe(2840236005);
    expect(fieldChecksum('今日')).toBe(1464653051);
  });

  it('is computed on the HTML-stripped text', () => {
    expect(fieldChecksum('<div class="x">t<b>e</b>st</div>')).toBe(fieldChecksum('test'));
  });
});

describe('sortFieldText', () => {
  it('strips tags, whole script and style elements and comments', () => {
    expect(sortFieldText('t<b>e</b>st')).toBe('test');
    expect(sortFieldText('so<SCRIPT>t<b>e</b>st</script>me')).toBe('some');
    expect(sortFieldText('a<style>p{}</style>b<!-- c -->d')).toBe('abd');
  });

  it('keeps media file names as text', () => {
    expect(sortFieldText('<img src=foo.jpg>')).toBe(' foo.jpg ');
    expect(sortFieldText("<img src='foo.jpg'><html>")).toBe(' foo.jpg ');
    expect(sortFieldText('<img alt="x" src="a b.png">')).toBe(' a b.png ');
  });
});

describe('decodeEntities (all or nothing, HTML 4 names only)', () => {
  it('decodes named and numeric references and turns nbsp into a space', () => {
    expect(decodeEntities('a &amp; b&nbsp;c')).toBe('a & b c');
    expect(decodeEntities('&#x41;&#66;&eacute;')).toBe('ABé');
  });

  it('leaves the whole text alone when one reference is malformed or unknown', () => {
    expect(decodeEntities('a & b')).toBe('a & b');
    expect(decodeEntities('&amp; &bogus;')).toBe('&amp; &bogus;');
    expect(decodeEntities('&amp; &apos;')).toBe('&amp; &apos;');
    expect(decodeEntities('&amp; &#X41;')).toBe('&amp; &#X41;');
  });
});
