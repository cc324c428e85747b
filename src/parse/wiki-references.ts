/**
 * A MediaWiki page's references, `<ref>…</ref>` in its text, as Markdown's footnotes: each cited as `[^1]` where it
 * stands, numbered in the order the page cites them, a named one (`<ref name="x">…</ref>`) cited again by its name
 * (`<ref name="x" />`) with its number; their definitions, `[^1]: …`, written where the page lists them (wiki-page.ts).
 */
export class WikiReferences {
  private readonly texts: string[] = [];
  private readonly named = new Map<string, number>();

  /** The citation of a reference: `text` its Markdown (undefined for `<ref name="x" />`), `name` its name if any. */
  cite(text: string | undefined, name: string | undefined): string {
    const known = name !== undefined ? this.named.get(name) : undefined;
    if (known !== undefined) {
      // A named reference cited before its text was given takes the text now.
      if (text !== undefined && this.texts[known - 1] === '') this.texts[known - 1] = text;
      return `[^${known}]`;
    }
    this.texts.push(text ?? '');
    if (name !== undefined) this.named.set(name, this.texts.length);
    return `[^${this.texts.length}]`;
  }

  /** Whether the page cites any. */
  get any(): boolean {
    return this.texts.length > 0;
  }

  /** Their definitions, a line each (`[^1]: …`); one cited by name only, its text never given, says so. */
  definitions(): string[] {
    return this.texts.map((text, k) => `[^${k + 1}]: ${text === '' ? '(no text given)' : text}`);
  }
}

/** A reference in MediaWiki's text, `<ref>…</ref>`, `<ref name="x">…</ref>` or `<ref name="x" />`: its name and its text (as written). */
export const WIKI_REFERENCE = /^<ref\b([^>\n]*?)(?:\/>|>([\s\S]*?)<\/ref>)/i;

/** A reference's name, from its tag's attributes. */
export function referenceName(attributes: string): string | undefined {
  const name = /\bname[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)'|([^\s/>]+))/i.exec(attributes);
  return name ? (name[1] ?? name[2] ?? name[3])!.trim() : undefined;
}
