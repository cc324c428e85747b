/**
 * Gemini's drafts, copied shown: under `Show drafts`, a `Draft 1`, `Draft 2`, `Draft 3` label each over a draft of
 * the reply, then the `Regenerate drafts` button, and under it the reply shown, which is one of them whole. The
 * drafts are other replies to the same question: read on into the answer they made three answers of one. The reply
 * shown is the answer: where it follows, every draft is left out; where none follows, the first draft is the answer and
 * the others are left out. Where the button does not close them, the last draft's end is not known: only the labels
 * go. `Draft 2` is a note's word too: read only in a copy of the page (assistant-page.ts).
 */

/** A draft's label: `Draft 1`, `초안 1`. */
const DRAFT_LABEL = /^(?:draft|초안) ([1-9])$/i;
/** The button under the drafts. */
export const REGENERATE_DRAFTS = /^(?:regenerate drafts|초안 다시 생성)$/i;
/** A draft's first words where the card cuts it short: `…`, `...` at its end. */
const CUT_SHORT = /(?:…|\.\.\.)$/;

/** The drafts' lines (indices into `trimmed`, the note's lines trimmed): their labels and button, and the drafts that are not the answer. */
export interface Drafts {
  labels: number[];
  others: number[];
}

/** The drafts in `trimmed`; `isPageLine` tells the page's own lines (its icons' names), which stand between the button and the reply shown. */
export function geminiDrafts(trimmed: readonly string[], isPageLine: (line: string) => boolean): Drafts {
  const drafts: Drafts = { labels: [], others: [] };
  let index = 0;
  while (index < trimmed.length) {
    if (DRAFT_LABEL.exec(trimmed[index]!)?.[1] !== '1') {
      index++;
      continue;
    }
    // Each draft: its label, numbered 1, 2, … in turn, and its lines up to the next label or the button.
    const starts = [index];
    let end = index + 1;
    while (end < trimmed.length && !REGENERATE_DRAFTS.test(trimmed[end]!)) {
      const number = DRAFT_LABEL.exec(trimmed[end]!)?.[1];
      if (number === String(starts.length + 1)) starts.push(end);
      else if (number === '1') break;
      end++;
    }
    const closed = end < trimmed.length && REGENERATE_DRAFTS.test(trimmed[end]!);
    drafts.labels.push(...starts);
    if (starts.length < 2 || !closed) {
      index = end;
      continue;
    }
    drafts.labels.push(end);
    const texts = starts.map((start, at) => range(start + 1, starts[at + 1] ?? end));
    const shown = shownReply(trimmed, end + 1, isPageLine);
    const kept = shown !== undefined && texts.some((lines) => isDraftOf(trimmed, lines, shown)) ? -1 : 0;
    texts.forEach((lines, at) => {
      if (at !== kept) drafts.others.push(...lines.filter((line) => trimmed[line] !== ''));
    });
    index = end + 1;
  }
  return drafts;
}

/** The first line under the button that is not the page's (`volume_up`): the reply shown, or what follows the turn. */
function shownReply(trimmed: readonly string[], from: number, isPageLine: (line: string) => boolean): string | undefined {
  for (let index = from; index < trimmed.length; index++) {
    const line = trimmed[index]!;
    if (line !== '' && !isPageLine(line)) return line;
  }
  return undefined;
}

/** Whether the draft's first line opens `reply`: the reply shown is that draft, whole. */
function isDraftOf(trimmed: readonly string[], lines: readonly number[], reply: string): boolean {
  const first = lines.map((line) => trimmed[line]!).find((line) => line !== '');
  if (first === undefined) return false;
  const words = first.replace(CUT_SHORT, '').trim();
  return words.length >= 10 && reply.startsWith(words);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, at) => from + at);
}
