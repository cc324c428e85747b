/**
 * An author's to-do marker at the start of a line: "TODO: add triplet loss", "TBD - …",
 * "[WIP] …", "FIXME …", "할 일: …", "待办: …" (Chinese, traditional `待辦`), Roam's checkbox `{{[[TODO]]}} …` (`{{TODO}}` once its link is read). Read by the extract stage (a to-do note is no question,
 * never-asks.ts) and the normalise stage (an answer of to-do notes is a placeholder,
 * normalise/placeholder.ts), so both agree on what a marker is.
 *
 * With a separator or in brackets the marker may be in any case; followed by a space only, it
 * must be in capitals, so "To do this, we …" and "To-do list app: how would you design it?" are
 * words, not markers.
 */
/** A Chinese note that a part is still to fill in: `待补充` (to be added), `待完善`, `待整理`; a placeholder alone, and an author's to-do. */
export const CHINESE_PENDING = '待(?:补充|完善|整理|更新|填写|写|补)';
const MARKERS = 'todo|to[\\s-]do|tbd|tba|tbc|fixme|wip|xxx|할\\s?일|待办|待辦';
const MARKER_WITH_SEPARATOR = new RegExp(`^(?:${MARKERS})\\s*[:：\\-–—]`, 'i');
const MARKER_IN_BRACKETS = new RegExp(`^[\\[(](?:${MARKERS})[\\])]`, 'i');
/** The markers an author writes in capitals, which need no separator after them then (`TODO add triplet loss`). */
const CAPITAL_MARKERS = 'TODO|TBD|TBA|TBC|FIXME|WIP|XXX';
const MARKER_IN_CAPITALS = new RegExp(`^(?:${CAPITAL_MARKERS})\\s`);
/**
 * In an HTML comment, which only the author reads, those markers in any case, anything after them (`todo look up
 * Goyal et al. 2017`), and `NOTE TO SELF`: no answer hides so. (`To do this, we …` stays words there too.)
 */
const COMMENT_MARKER = new RegExp(`^(?:${CAPITAL_MARKERS}|note to self)\\b`, 'i');
const ROAM_TODO = /^\{\{(?:\[\[)?TODO(?:\]\])?\}\}/;
const MARKER_ALONE = new RegExp(`^(?:${MARKERS})$`, 'i');
const LEADING_MARKERS = [MARKER_WITH_SEPARATOR, MARKER_IN_BRACKETS, MARKER_IN_CAPITALS, ROAM_TODO];

/** Whether `text` (trimmed) opens with a to-do marker. */
export function startsWithToDoMarker(text: string): boolean {
  return afterToDoMarker(text) !== undefined;
}

/** What `text` (trimmed) says after the to-do marker it opens with (`review PPO` of `TODO: review PPO`); undefined when it opens with none. */
export function afterToDoMarker(text: string): string | undefined {
  for (const marker of LEADING_MARKERS) {
    const found = marker.exec(text);
    if (found) return text.slice(found[0].length).trim();
  }
  return undefined;
}

/** Whether an HTML comment's text (trimmed) opens with a to-do marker: any of startsWithToDoMarker's, or COMMENT_MARKER. */
export function startsCommentToDo(text: string): boolean {
  return startsWithToDoMarker(text) || COMMENT_MARKER.test(text);
}

/** Whether `text` (trimmed) is a to-do marker and nothing else: "TODO", "fixme", "할 일". */
export function isToDoMarker(text: string): boolean {
  return MARKER_ALONE.test(text);
}
