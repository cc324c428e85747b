/**
 * Whether a `.json` file's text is a tool's export of notes, which the parse stage reads: a Jupyter notebook saved
 * under another name (`nbformat`, parse/notebook.ts), a Google Keep note from Google Takeout (`textContent` or a
 * checklist's `listContent`, parse/keep-note.ts) or a Roam Research export (pages of blocks, each block's `string`,
 * parse/roam-export.ts). Any other JSON (`package.json`, a config, `questions.json`) is data, skipped unread as before.
 * Told by the keys each export writes, each looked for once: parsing the file is the parse stage's.
 */
const NOTEBOOK = /"nbformat"\s*:\s*\d/;

export function jsonHoldsNotes(text: string): boolean {
  const has = (...keys: string[]) => keys.some((key) => text.includes(`"${key}"`));
  const opening = text.trimStart()[0];
  if (NOTEBOOK.test(text)) return true;
  if (opening === '{') return has('textContent', 'listContent') && has('userEditedTimestampUsec', 'createdTimestampUsec', 'isTrashed');
  return opening === '[' && has('title') && has('children') && has('string');
}
