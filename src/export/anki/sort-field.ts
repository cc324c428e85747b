/**
 * Anki's sort field (`notes.sfld`) and duplicate checksum (`notes.csum`), computed exactly as Anki
 * computes them (rslib/src/notes/mod.rs `field_checksum`, rslib/src/text.rs
 * `strip_html_preserving_media_filenames`). Anki <= 2.1.49 and AnkiDroid's legacy import copy both
 * columns as they are, so a wrong value there breaks sorting and duplicate detection for good.
 */
import { createHash } from 'node:crypto';
import { html4Entity } from './html4-entities.js';

// Comments, whole <style>/<script> elements, then every other tag (text.rs: HTML).
const HTML = /<!--.*?-->|<(style|script)\b.*?>.*?<\/\1\s*>|<.*?>/gis;

// A media tag with its src=/data= value, quoted or bare (text.rs: HTML_MEDIA_TAGS). Anki keeps the
// file name as text so that notes differing only in their image still differ in sfld and csum.
const HTML_MEDIA_TAGS =
  /<(?:img|audio|video|object|source)\b(?:[^>"']|"[^"]*"|'[^']*')*?\b(?:src|data)=(?:"([^"]+)"[^>]*>|'([^']+)'[^>]*>|([^\s>]+)(?:\s[^>]*)?>)/gis;

/** The sort-field text: media tags become ` filename `, other tags go, entities are decoded. */
export function sortFieldText(field: string): string {
  const withoutMedia = field.replace(
    HTML_MEDIA_TAGS,
    (_match, a: string | undefined, b: string | undefined, c: string | undefined) =>
      ` ${a ?? ''}${b ?? ''}${c ?? ''} `,
  );
  return decodeEntities(withoutMedia.replace(HTML, ''));
}

/** `int(sha1(sortFieldText(firstField))[:8], 16)`: what Anki stores in `notes.csum`. */
export function fieldChecksum(firstField: string): number {
  return sortTextChecksum(sortFieldText(firstField));
}

/** `notes.csum` from an already computed sort-field text (the exporter has it for `sfld`). */
export function sortTextChecksum(sortText: string): number {
  const hex = createHash('sha1').update(sortText, 'utf8').digest('hex');
  return parseInt(hex.slice(0, 8), 16);
}

/**
 * text.rs `decode_entities`: the `htmlescape` crate decodes all or nothing (one malformed or
 * unknown entity leaves the whole text as it was); afterwards non-breaking spaces become spaces.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const decoded = decodeStrict(text);
  return decoded === undefined ? text : decoded.replace(/\u00a0/g, ' ');
}

/** The `htmlescape::decode_html` state machine; undefined where it would return an error. */
function decodeStrict(text: string): string | undefined {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf('&', i);
    if (amp < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, amp);
    const semi = text.indexOf(';', amp + 1);
    if (semi < 0) return undefined;
    const body = text.slice(amp + 1, semi);
    const codePoint = body.startsWith('#') ? numericReference(body.slice(1)) : html4Entity(body);
    if (codePoint === undefined) return undefined;
    out += String.fromCodePoint(codePoint);
    i = semi + 1;
  }
  return out;
}

function numericReference(digits: string): number | undefined {
  const hex = digits.startsWith('x');
  const value = hex ? digits.slice(1) : digits;
  if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(value)) return undefined;
  const n = parseInt(value, hex ? 16 : 10);
  if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
  return n;
}
