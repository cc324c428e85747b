/**
 * After nodes were taken out of a paragraph before `index` (Markdown's or HTML's: both keep text as
 * `{ type: 'text', value }`): the text that now ends or starts it loses the space that stood next to them
 * (written at a paragraph's edge, it would be a character reference), and of the spaces that stood on
 * both sides of them one is left ("Cross runs.", not "Cross  runs."), and of the line breaks one, with no space
 * before it.
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
  // What stood alone on its line leaves no empty line inside the paragraph (Markdown would write it as `&#xA;`).
  if (isText(before) && isText(after) && /\n[ \t]*$/.test(before.value) && after.value.startsWith('\n')) after.value = after.value.slice(1);
  // Before a line break the space is the line's end, which Markdown would have to write as `&#x20;`.
  if (isText(before) && (isText(after) ? after.value.startsWith('\n') : after?.type === 'break')) before.value = before.value.replace(/[ \t]+$/, '');
}
