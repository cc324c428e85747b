/**
 * A Google Keep note as Google Takeout exports it in HTML (`Keep/<note>.html`): `<div class="note …">` holding its
 * date (`heading`), `title` and `content`, and under them its labels as chips (`<div class="chips"><span class="chip
 * label"><span class="label-name">interview</span></span></div>`). The labels file the note, as its JSON's `labels`
 * do (keep-note.ts): they are every question's tags, not text of its last answer. The label chips are taken out of
 * the page, and their row when they were all it held.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';

/** Takes the label chips out of each Keep note of `page`, and gives the labels they held, as written. */
export function takeKeepLabels(page: Root): string[] {
  const labels: string[] = [];
  visit(page, 'element', (note: Element) => {
    if (!hasClass(note, 'note')) return undefined;
    const chips = note.children.filter((child): child is Element => child.type === 'element' && hasClass(child, 'chips'));
    if (chips.length === 0) return undefined;
    for (const row of chips) {
      // Only the labels: another chip (a link Keep annotated the note with) stays the note's text.
      row.children = row.children.filter((chip) => {
        if (chip.type !== 'element' || !hasClass(chip, 'chip') || !hasClass(chip, 'label')) return true;
        const label = toText(chip).trim();
        if (label !== '' && !labels.includes(label)) labels.push(label);
        return false;
      });
    }
    note.children = note.children.filter((child) => !chips.includes(child as Element) || toText(child).trim() !== '');
    return SKIP;
  });
  return labels;
}

function hasClass(element: Element, name: string): boolean {
  const classes = element.properties.className;
  return Array.isArray(classes) && classes.map(String).includes(name);
}
