/**
 * A Google Keep note as Google Takeout exports it in HTML (`Keep/<note>.html`): `<div class="note …">` holding its
 * date (`heading`), `title` and `content`, and under them its labels as chips (`<div class="chips"><span class="chip
 * label"><span class="label-name">interview</span></span></div>`). The labels file the note, as its JSON's `labels`
 * do (keep-note.ts): they are every question's tags, not text of its last answer. The chips are taken out of the page.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit, SKIP } from 'unist-util-visit';

/** Takes the chips out of each Keep note of `page`, and gives the labels they held, as written. */
export function takeKeepLabels(page: Root): string[] {
  const labels: string[] = [];
  visit(page, 'element', (note: Element) => {
    if (!hasClass(note, 'note')) return undefined;
    const chips = note.children.filter((child): child is Element => child.type === 'element' && hasClass(child, 'chips'));
    if (chips.length === 0) return undefined;
    for (const row of chips) {
      visit(row, 'element', (chip: Element) => {
        if (!hasClass(chip, 'chip') || !hasClass(chip, 'label')) return undefined;
        const label = toText(chip).trim();
        if (label !== '' && !labels.includes(label)) labels.push(label);
        return SKIP;
      });
    }
    note.children = note.children.filter((child) => !chips.includes(child as Element));
    return SKIP;
  });
  return labels;
}

function hasClass(element: Element, name: string): boolean {
  const classes = element.properties.className;
  return Array.isArray(classes) && classes.map(String).includes(name);
}
