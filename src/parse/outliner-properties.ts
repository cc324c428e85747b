/**
 * Logseq keeps what it needs to schedule a flashcard under the card's line, as block properties
 * (`card-last-interval:: 4`, `card-repeats:: 2`, `card-next-schedule:: 2023-…`), and a block's link
 * target and fold state the same way (`id:: 6412…`, `collapsed:: true`). They are the outliner's
 * bookkeeping, not what the card says: taken out, and reported. Only these: any other `key:: value`
 * line is the author's (Dataview's `A:: …` answers a question).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { dropWholeLines, type DroppedLine } from './whole-lines.js';
import { lineRange } from '../report/line-span.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PROPERTY = String.raw`[ \t]*(?:card-[a-z]+(?:-[a-z]+)*::[ \t]*\S.*|id::[ \t]*${UUID}|collapsed::[ \t]*(?:true|false))[ \t]*`;
const OUTLINER_PROPERTY = new RegExp(`^${PROPERTY}$`, 'i');
const OUTLINER_PROPERTY_LINE = new RegExp(`^${PROPERTY}$`, 'im');

/**
 * A card written as a block's two properties, `question:: …` over `answer:: …` (its value on its line or in the
 * bullets under it), as Logseq pages of cards without any other property are: the author's, read as a Dataview
 * field's label is, and as much a sign of an outliner's page as its bookkeeping.
 */
const PROPERTY_CARD = /^[ \t]*(?:[-*+][ \t]+)?question::[ \t]*\S[^\n]*\n[ \t]*answer::/im;

/**
 * A line of Logseq's block properties anywhere in `text`, or a card written as properties (above): a Logseq page,
 * which is Markdown (detect-format.ts).
 */
export function hasOutlinerProperties(text: string): boolean {
  return text.includes('::') && (OUTLINER_PROPERTY_LINE.test(text) || PROPERTY_CARD.test(text));
}

/** Takes Logseq's block properties (see above) out of the paragraphs of `tree`, and reports them, a note per run of lines. */
export function dropOutlinerProperties(tree: Root, lines: readonly string[], vfile: VFile): void {
  const dropped = dropWholeLines(tree, lines, '::', (line) => OUTLINER_PROPERTY.test(line));
  for (const run of runsOf(dropped)) {
    const names = [...new Set(run.map((line) => line.text.slice(0, line.text.indexOf('::'))))];
    const where = lineRange(run[0]!.line, run.at(-1)!.line);
    vfile.info(`Left out Logseq's block properties (${names.join(', ')}; ${where}): the outliner's scheduling and ids, not part of a card`, {
      place: { line: run[0]!.line, column: run[0]!.column },
      ruleId: 'outliner-properties',
      source: 'qbank',
    });
  }
}

/** The lines in runs of consecutive ones. */
function runsOf(dropped: readonly DroppedLine[]): DroppedLine[][] {
  const runs: DroppedLine[][] = [];
  for (const line of dropped) {
    const last = runs.at(-1);
    if (last && last.at(-1)!.line + 1 === line.line) last.push(line);
    else runs.push([line]);
  }
  return runs;
}
