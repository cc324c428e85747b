/**
 * A mail saved whole (`.eml`, a mail client's "Save as" or "Show original"): its header fields, a blank line, then
 * its body, written for the wire: quoted-printable (`=EC=95=88`, a `=` at a line's end joining it to the next) or
 * base64, in the charset its `Content-Type` names, and in a multipart mail one part of several (a text/plain part
 * beside its text/html copy, attachments). It is read as the mail a client shows: the header fields a client shows
 * (`From`, `To`, `Cc`, `Date`, `Subject`, their `=?UTF-8?B?…?=` words decoded) kept for the reading of a mail's
 * header (mail-headers.ts), which leaves them out with its notes, the other fields (`MIME-Version`, `Content-Type`,
 * `Received`, `Message-ID`, …) left out here, and the body decoded: the text/plain part, else the first text part
 * (an HTML one read as a web page's is, parse/index.ts).
 * Each line of the text stands at the file's line it starts on. No npm package was taken: postal-mime, the
 * maintained parser, is asynchronous (the parse stage is not) and gives no line a text came from.
 */
import { convertedText, type ConvertedText, type TextLine } from './converted-text.js';

/** A header field's first line: its name (printable ASCII but the colon), a colon. */
const FIELD = /^([!-9;-~]+)[ \t]*:/;
/** A folded field's next line. */
const CONTINUATION = /^[ \t]+\S/;
/** The fields a mail client shows over a message: kept, for mail-headers.ts to read as a mail's header. */
const SHOWN = new Set(['from', 'to', 'cc', 'bcc', 'date', 'subject', 'reply-to', 'sent']);
/** Fields only a mail as sent has (not one pasted from a client's window): they tell a raw mail. */
const RAW = new Set(['mime-version', 'content-type', 'content-transfer-encoding', 'message-id', 'received', 'return-path', 'dkim-signature']);
/** Multipart bodies are read this many levels deep at most. */
const MOST_NESTED_PARTS = 8;
/** A raw mail's header is read this far at most: beyond it a file is no mail. */
const MOST_HEADER_LINES = 500;

interface Field {
  /** Lower-case. */
  name: string;
  /** As written, without its name; folded lines joined. */
  value: string;
  /** 0-based, the field's first line. */
  line: number;
}

interface Header {
  fields: Field[];
  /** The line after the header's blank line (0-based): where the body starts. */
  end: number;
}

/** The header of the part that starts at line `start`: its fields up to the first blank line; undefined where a line is no field. */
function readHeader(lines: readonly string[], start: number, limit = lines.length): Header | undefined {
  const fields: Field[] = [];
  let k = start;
  for (; k < limit && lines[k]!.trim() !== ''; k++) {
    const line = lines[k]!;
    const last = fields.at(-1);
    if (last && CONTINUATION.test(line)) {
      last.value += ` ${line.trim()}`;
      continue;
    }
    const field = FIELD.exec(line);
    if (!field) return undefined;
    fields.push({ name: field[1]!.toLowerCase(), value: line.slice(field[0].length).trim(), line: k });
  }
  return { fields, end: Math.min(k + 1, limit) };
}

/** Whether `text` is a raw mail: a header at its head with the sender's field and one only a sent mail has. */
export function isMailMessage(text: string): boolean {
  if (!FIELD.test(text)) return false;
  const lines = text.slice(0, 64 * 1024).split('\n', MOST_HEADER_LINES);
  const header = readHeader(lines, 0);
  if (!header || header.end >= lines.length) return false;
  const names = new Set(header.fields.map(({ name }) => name));
  return names.has('from') && [...RAW].some((name) => names.has(name));
}

export interface MailMessage {
  /** The header fields a client shows, decoded, then a blank line. */
  header: TextLine[];
  /** The body's text, decoded. */
  body: TextLine[];
  /** The body is HTML: a mail with no text/plain part. */
  html: boolean;
  /** How the body was read: `quoted-printable in UTF-8`, `the text/plain part of 2, base64 in ISO-2022-JP`. */
  read: string;
  /** The names of the header fields left out here, as written, each once. */
  leftOut: string[];
  /** What is wrong with its body: no text part to read, a charset Node does not know (read as UTF-8). */
  problem?: string;
}

/** A mail's header and plain-text body as one text. */
export function mailText(mail: MailMessage): ConvertedText {
  return convertedText([...mail.header, ...mail.body]);
}

export function readMailMessage(text: string): MailMessage {
  const lines = text.split('\n');
  const header = readHeader(lines, 0)!;
  const read: TextLine[] = [];
  const leftOut: string[] = [];
  for (const field of header.fields) {
    if (SHOWN.has(field.name)) read.push({ text: `${lines[field.line]!.slice(0, FIELD.exec(lines[field.line]!)![0].length)} ${decodeWords(field.value)}`, fileLine: field.line + 1 });
    else if (!leftOut.some((name) => name.toLowerCase() === field.name)) leftOut.push(FIELD.exec(lines[field.line]!)![1]!);
  }
  read.push({ text: '', fileLine: header.end });
  const part = textPart(lines, header.fields, header.end, lines.length);
  if (!part) {
    const problem = 'The mail has no text part to read (only attachments, or parts nested deeper than a mail as sent nests them): its body is not read';
    return { header: read, body: [], html: false, read: 'no text part', leftOut, problem };
  }
  const charset = parameter(part.type, 'charset') ?? 'utf-8';
  const decoder = textDecoder(charset);
  const problem = decoder.known ? undefined : `The mail's charset "${charset}" is none Node knows: its body is read as UTF-8, what does not decode replaced with U+FFFD`;
  const body = decodeBody(lines, part.start, part.end, part.encoding, decoder.decoder);
  const encoding = part.encoding === 'quoted-printable' || part.encoding === 'base64' ? `${part.encoding} in ${decoder.name}` : 'as written';
  const which = part.of > 1 ? `the ${mediaType(part.type)} part of ${part.of}, ` : '';
  return { header: read, body, html: mediaType(part.type) === 'text/html', read: `${which}${encoding}`, leftOut, ...(problem ? { problem } : {}) };
}

interface TextPart {
  /** The part's `Content-Type`. */
  type: string;
  /** Its `Content-Transfer-Encoding`, lower-case. */
  encoding: string;
  /** Its body's lines, 0-based, `end` excluded. */
  start: number;
  end: number;
  /** How many parts the mail has (1 if it is not multipart). */
  of: number;
}

/** The text part of the body at `start`…`end` whose header is `fields`: itself, or of a multipart body its text/plain part, else its first text part. */
function textPart(lines: readonly string[], fields: readonly Field[], start: number, end: number, depth = 0): TextPart | undefined {
  const type = fields.find(({ name }) => name === 'content-type')?.value ?? 'text/plain';
  const encoding = (fields.find(({ name }) => name === 'content-transfer-encoding')?.value ?? '7bit').toLowerCase();
  const media = mediaType(type);
  const boundary = parameter(type, 'boundary');
  // Parts nest two or three deep in a mail as sent (mixed over alternative over related): deeper is no mail's.
  if (!media.startsWith('multipart/') || !boundary || depth > MOST_NESTED_PARTS) {
    const attachment = /^attachment\b/i.test(fields.find(({ name }) => name === 'content-disposition')?.value ?? '');
    return media.startsWith('text/') && !attachment ? { type, encoding, start, end, of: 1 } : undefined;
  }
  const parts: TextPart[] = [];
  let count = 0;
  let from: number | undefined;
  for (let k = start; k < end; k++) {
    const line = lines[k]!.trimEnd();
    if (line !== `--${boundary}` && line !== `--${boundary}--`) continue;
    if (from !== undefined) {
      count++;
      const header = readHeader(lines, from, k);
      const part = header && textPart(lines, header.fields, header.end, k, depth + 1);
      if (part) parts.push(part);
    }
    if (line.endsWith('--') && line === `--${boundary}--`) break;
    from = k + 1;
  }
  const chosen = parts.find((part) => mediaType(part.type) === 'text/plain') ?? parts[0];
  return chosen && { ...chosen, of: Math.max(count, chosen.of) };
}

function mediaType(type: string): string {
  return type.split(';', 1)[0]!.trim().toLowerCase();
}

function parameter(type: string, name: string): string | undefined {
  const found = new RegExp(String.raw`;\s*${name}\s*=\s*(?:"([^"]*)"|([^\s;]+))`, 'i').exec(type);
  return found ? (found[1] ?? found[2]) : undefined;
}

/** A decoder for the charset a mail names, UTF-8 where it names none that TextDecoder knows. */
function textDecoder(charset: string): { decoder: TextDecoder; name: string; known: boolean } {
  try {
    return { decoder: new TextDecoder(charset), name: charset.toUpperCase(), known: true };
  } catch {
    return { decoder: new TextDecoder('utf-8'), name: 'UTF-8', known: false };
  }
}

/** The body's lines decoded, each at the file's line it starts on. */
function decodeBody(lines: readonly string[], start: number, end: number, encoding: string, decoder: TextDecoder): TextLine[] {
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(lines, start, end, decoder);
  if (encoding === 'base64') return decodeBase64(lines, start, end, decoder);
  return lines.slice(start, end).map((text, n) => ({ text, fileLine: start + n + 1 }));
}

const encoder = new TextEncoder();

/** Quoted-printable: `=XX` a byte, a `=` at a line's end no line break (a soft one), trailing spaces not the text's. */
function decodeQuotedPrintable(lines: readonly string[], start: number, end: number, decoder: TextDecoder): TextLine[] {
  const read: TextLine[] = [];
  let bytes: number[] = [];
  let first: number | undefined;
  for (let k = start; k < end; k++) {
    const line = lines[k]!.replace(/[ \t\r]+$/, '');
    first ??= k + 1;
    const soft = line.endsWith('=');
    const body = soft ? line.slice(0, -1) : line;
    for (let i = 0; i < body.length; i++) {
      const hex = body[i] === '=' ? body.slice(i + 1, i + 3) : '';
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 2;
      } else {
        // Not ASCII, as no quoted-printable should be: its UTF-8 bytes, a character whole.
        const code = body.codePointAt(i)!;
        if (code < 0x80) bytes.push(code);
        else {
          const char = String.fromCodePoint(code);
          bytes.push(...encoder.encode(char));
          i += char.length - 1;
        }
      }
    }
    if (soft && k + 1 < end) continue;
    read.push({ text: decoder.decode(Uint8Array.from(bytes)).normalize('NFC'), fileLine: first });
    bytes = [];
    first = undefined;
  }
  return read;
}

/** Base64: the bytes of all its lines, cut at their line feeds, each line at the encoded line its first byte came from. */
function decodeBase64(lines: readonly string[], start: number, end: number, decoder: TextDecoder): TextLine[] {
  const chunks: Buffer[] = [];
  /** For each encoded line, how many bytes the lines before it gave. */
  const before: number[] = [];
  let total = 0;
  let carry = '';
  for (let k = start; k < end; k++) {
    before.push(total);
    // Whole groups of four only: a line may end inside one.
    const clean = carry + lines[k]!.replace(/[^A-Za-z0-9+/=]/g, '');
    const whole = clean.length - (clean.length % 4);
    carry = clean.slice(whole);
    const chunk = Buffer.from(clean.slice(0, whole), 'base64');
    chunks.push(chunk);
    total += chunk.length;
  }
  const bytes = Buffer.concat(chunks);
  const read: TextLine[] = [];
  let encoded = 0;
  for (let at = 0; at <= bytes.length; ) {
    const feed = bytes.indexOf(0x0a, at);
    const stop = feed < 0 ? bytes.length : feed;
    while (encoded + 1 < before.length && before[encoded + 1]! <= at) encoded++;
    const text = decoder.decode(bytes.subarray(at, stop)).replace(/\r$/, '').normalize('NFC');
    if (feed >= 0 || text !== '') read.push({ text, fileLine: start + encoded + 1 });
    if (feed < 0) break;
    at = feed + 1;
  }
  return read;
}

/** A header's value with its encoded words (`=?UTF-8?B?6rmA?=`, `=?utf-8?Q?caf=C3=A9?=`) decoded; the spaces between two of them go. */
export function decodeWords(value: string): string {
  return value.replace(/=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=(?:\s+(?==\?[^?\s]+\?[BbQq]\?[^?\s]*\?=))?/g, (word, charset: string, kind: string, text: string) => {
    const bytes = kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
    try {
      return new TextDecoder(charset.replace(/\*.*$/, '')).decode(bytes);
    } catch {
      return word;
    }
  });
}
