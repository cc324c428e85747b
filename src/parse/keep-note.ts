/**
 * A Google Keep note as Google Takeout exports it (`Keep/<note>.json`): its `title`, its text (`textContent`) or a
 * checklist's items (`listContent`), its `labels`. Read as the Markdown note it stands for: the title the note's, the
 * text its lines, a checklist a list of to-dos, the labels every question's tags (as a front matter's `tags:` are).
 * Keep's own fields (colour, pins, times, annotations) are its records, not the note's.
 */

export interface KeepNote {
  markdown: string;
  title?: string;
  tags: string[];
}

interface KeepJson {
  title?: unknown;
  textContent?: unknown;
  listContent?: unknown;
  labels?: unknown;
}

/** The note, or undefined when `text` is no Keep note's JSON. */
export function readKeepNote(text: string): KeepNote | undefined {
  let note: KeepJson;
  try {
    note = JSON.parse(text) as KeepJson;
  } catch {
    return undefined;
  }
  if (note === null || typeof note !== 'object' || Array.isArray(note)) return undefined;
  const body =
    typeof note.textContent === 'string'
      ? note.textContent
      : Array.isArray(note.listContent)
        ? note.listContent
            .filter((item): item is { text: string; isChecked?: boolean } => typeof item?.text === 'string')
            .map((item) => `- [${item.isChecked ? 'x' : ' '}] ${item.text}`)
            .join('\n')
        : undefined;
  if (body === undefined) return undefined;
  const title = typeof note.title === 'string' ? note.title.trim() : '';
  const tags = Array.isArray(note.labels) ? note.labels.flatMap((label: { name?: unknown } | null) => (typeof label?.name === 'string' && label.name.trim() ? [label.name.trim()] : [])) : [];
  return { markdown: body.replace(/\r\n?/g, '\n'), ...(title ? { title } : {}), tags };
}
