/**
 * After nodes were taken out of a paragraph before `index` (Markdown's or HTML's: both keep text as
 * `{ type: 'text', value }`): the text that now ends or starts it loses the space that stood next to them
 * (written at a paragraph's edge, it would be a character reference), and of the spaces that stood on
 * both sides of them one is left ("Cross runs.", not "Cross  runs.").
 */
interface Sibling {
  type: string;
}

interface TextSibling extends Sibling {
  type: 'text';
  value: string;
}

const isText = (node: Sibling | undefined): node is TextSibling => node?.type === 'text';

export function closeGap(siblings: readonly Sibling[], index: number): void {
  const before = siblings[index - 1];
  const after = siblings[index];
  if (isText(before) && after === undefined) before.value = before.value.trimEnd();
  if (isText(after) && before === undefined) after.value = after.value.trimStart();
  if (isText(before) && isText(after) && /\s$/.test(before.value) && /^[ \t]/.test(after.value)) {
    after.value = after.value.replace(/^[ \t]+/, '');
  }
}
