/**
 * The question ids of a `questions.json`, without parsing it, and the few
 * questions of given ids. A build needs the previous build's ids (so merged
 * questions keep theirs) and, after an edit, the questions no longer made
 * (so edited ones keep theirs), and parsing a 100,000-question file costs a
 * second and most of a gigabyte.
 *
 * The file is our own format (see bank-json.ts): every question is an item of
 * the top-level list, so it starts with the line `    {` and, `id` being the
 * schema's first key, continues with `      "id": "<16 hex digits>",`. String
 * values are written with their line breaks escaped, so these bytes can occur
 * nowhere else. A file that does not look like ours, or that is cut short,
 * is parsed as JSON instead, so the answer is always the parser's.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';

const QUESTION_START = Buffer.from('\n    {\n      "id": ');
/** `"` + 16 hex digits + `",` + line break. */
const ID_VALUE_LENGTH = 20;
const MATCH_LENGTH = QUESTION_START.length + ID_VALUE_LENGTH;
const FILE_START = Buffer.from('{\n');
/** The question list is the last key of the top level. */
const FILE_END = Buffer.from('\n  ]\n}\n');

/** The ids of the questions in `file`, in order; undefined when it cannot be read, is not a bank, or has no question ids. */
export async function questionIdsOf(file: string): Promise<string[] | undefined> {
  const scanned = await scanQuestionIds(file).catch(() => undefined);
  if (scanned && scanned.length > 0) return scanned;
  return parseQuestionIds(file);
}

/** The line that closes a question of the list. */
const QUESTION_END = '\n    }';

/**
 * The questions of these ids in `file`, as parsed JSON values, in the order of `ids` (those found); undefined
 * when it cannot be read as a bank. In our format each is found by its `id` line and parsed alone, up to the
 * first line that closes an item of the list (a large bank's file is megabytes, of which a few questions are
 * decoded); any other file is parsed whole.
 */
export async function questionsWithIds(file: string, ids: readonly string[]): Promise<unknown[] | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return undefined;
  }
  const found: unknown[] = [];
  for (const id of ids) {
    const start = bytes.indexOf(Buffer.concat([QUESTION_START, Buffer.from(`${JSON.stringify(id)},\n`)]));
    const end = start < 0 ? -1 : bytes.indexOf(QUESTION_END, start + 1);
    const question = end < 0 ? undefined : parsedJson(bytes.toString('utf8', start + 1, end + QUESTION_END.length));
    if (question === undefined) return questionsParsedWhole(bytes.toString('utf8'), ids);
    found.push(question);
  }
  return found;
}

function questionsParsedWhole(text: string, ids: readonly string[]): unknown[] | undefined {
  const bank = parsedJson(text) as { questions?: unknown } | undefined;
  if (!Array.isArray(bank?.questions)) return undefined;
  const wanted = new Set(ids);
  return bank.questions.filter((question: { id?: unknown } | null) => typeof question?.id === 'string' && wanted.has(question.id));
}

function parsedJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/** The ids found by the line scan, or undefined when the file is not in our format. */
async function scanQuestionIds(file: string): Promise<string[] | undefined> {
  const ids: string[] = [];
  let carry: Buffer = Buffer.alloc(0);
  let started = false;
  let plausible = true;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const text = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    if (!started) {
      if (text.length < FILE_START.length) {
        carry = text;
        continue;
      }
      if (!text.subarray(0, FILE_START.length).equals(FILE_START)) return undefined;
      started = true;
    }
    // A match starting in the last MATCH_LENGTH - 1 bytes may be cut: it is looked for again with the next chunk.
    const complete = text.length - (MATCH_LENGTH - 1);
    for (let at = text.indexOf(QUESTION_START); at >= 0 && at < complete; at = text.indexOf(QUESTION_START, at + 1)) {
      const id = idAt(text, at + QUESTION_START.length);
      if (id === undefined) plausible = false;
      else ids.push(id);
    }
    // Keep enough for a cut match and for the end of the file.
    carry = Buffer.from(text.subarray(Math.max(0, Math.min(complete, text.length - FILE_END.length))));
  }
  const ends = carry.length >= FILE_END.length && carry.subarray(carry.length - FILE_END.length).equals(FILE_END);
  return started && plausible && ends ? ids : undefined;
}

/** The id of `"<16 hex>",\n` at `at`, or undefined when the bytes there are anything else. */
function idAt(text: Buffer, at: number): string | undefined {
  if (text[at] !== 0x22 || text[at + 17] !== 0x22 || text[at + 18] !== 0x2c || text[at + 19] !== 0x0a) return undefined;
  const id = text.toString('latin1', at + 1, at + 17);
  return /^[0-9a-f]{16}$/.test(id) ? id : undefined;
}

async function parseQuestionIds(file: string): Promise<string[] | undefined> {
  try {
    const previous = JSON.parse(await readFile(file, 'utf8')) as { questions?: Array<{ id?: unknown }> };
    const ids = (previous.questions ?? []).map((question) => question.id).filter((id): id is string => typeof id === 'string');
    return ids.length > 0 ? ids : undefined;
  } catch {
    return undefined;
  }
}
