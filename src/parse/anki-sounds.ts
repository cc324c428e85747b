/**
 * Anki's sound tags (`What is an epoch? [sound:q_epoch.mp3]`): a field's recording, which Anki plays and its export
 * writes as such a tag in the field's text. A question bank's text has no place for the recording, and the tag's
 * words are no part of what the card asks or answers: it is left out (the reader says so), and the card asks and
 * answers as the same card without audio does, with which it then merges.
 */
import type { PhrasingContent } from 'mdast';
import type { Point } from 'unist';

/** A sound tag, and the spaces before it: `[sound:` and the file's name up to the closing bracket, on one line. */
const SOUND_TAG = /[ \t]*\[sound:([^\]\n]+)\][ \t]*/g;

/** A sound tag left out of a card's field: the file it names, and where it stood. */
export interface LeftOutSound {
  file: string;
  place: Point;
}

/** Whether a field's text holds a sound tag: most hold none, and are read as they are. */
export function holdsSoundTag(text: string): boolean {
  return text.includes('[sound:');
}

/**
 * `nodes` (a field's inline content) without their sound tags, each one left out noted in `leftOut`. A tag between
 * words leaves a space between them; a line break that then ends or starts the field, or follows another, goes
 * with the tag (`One full pass…<br>[sound:a.mp3]`).
 */
export function withoutSoundTags(nodes: PhrasingContent[], leftOut: LeftOutSound[]): PhrasingContent[] {
  const kept: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      const value = node.value.replace(SOUND_TAG, (tag: string, file: string, index: number, whole: string) => {
        leftOut.push({ file, place: placeIn(node.position?.start, whole, index + tag.length - tag.trimStart().length) });
        return whole.slice(0, index).trim() !== '' && whole.slice(index + tag.length).trim() !== '' ? ' ' : '';
      });
      if (value !== '') kept.push(value === node.value ? node : { ...node, value });
    } else {
      if ('children' in node) node.children = withoutSoundTags(node.children as PhrasingContent[], leftOut) as typeof node.children;
      if (!(node.type === 'break' && (kept.length === 0 || kept.at(-1)!.type === 'break'))) kept.push(node);
    }
  }
  while (kept.at(-1)?.type === 'break') kept.pop();
  return kept;
}

/** Where `index` of a text node's value stands, from the node's start: on its first line, the columns counted on. */
function placeIn(start: Point | undefined, value: string, index: number): Point {
  if (!start) return { line: 1, column: 1 };
  const before = value.slice(0, index);
  const lastBreak = before.lastIndexOf('\n');
  return lastBreak === -1 ? { line: start.line, column: start.column + index } : { line: start.line + before.split('\n').length - 1, column: index - lastBreak };
}
