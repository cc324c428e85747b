/**
 * After nodes were taken out of a paragraph before `index`: the text that now ends or starts it loses
 * the space that stood next to them (written at a paragraph's edge, it would be a character
 * reference), and of the spaces that stood on both sides of them one is left ("Cross runs.", not
 * "Cross  runs.").
 */
import type { RootContent } from 'mdast';

export function closeGap(siblings: RootContent[], index: number): void {
  const before = siblings[index - 1];
  const after = siblings[index];
  if (before?.type === 'text' && after === undefined) before.value = before.value.trimEnd();
  if (after?.type === 'text' && before === undefined) after.value = after.value.trimStart();
  if (before?.type === 'text' && after?.type === 'text' && /\s$/.test(before.value) && /^[ \t]/.test(after.value)) {
    after.value = after.value.replace(/^[ \t]+/, '');
  }
}
