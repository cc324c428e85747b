/**
 * In-page links that still lead somewhere after sanitising. The sanitiser prefixes every `id`
 * (and `aria-describedby`) with `user-content-`, so that a note's ids cannot clobber a page's own
 * names, but leaves `href="#..."` as written; remark-rehype has prefixed its footnote ids already,
 * and a second pass (the Anki exporter's) prefixes them again. This rehype plugin, run after a
 * sanitiser, gives each id exactly one prefix and points each in-page link and description at the
 * id it names, so footnote links work wherever the HTML is shown.
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

const PREFIX = 'user-content-';

function unprefixed(name: string): string {
  let rest = name;
  while (rest.startsWith(PREFIX)) rest = rest.slice(PREFIX.length);
  return rest;
}

const once = (name: string) => PREFIX + unprefixed(name);

export const rehypeLocalAnchors: Plugin<[], Root> = () => (tree: Root) => {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    const { id } = node.properties;
    if (typeof id === 'string') {
      node.properties.id = once(id);
      ids.add(node.properties.id);
    }
  });
  visit(tree, 'element', (node: Element) => {
    const { href, ariaDescribedBy } = node.properties;
    if (typeof href === 'string' && href.startsWith('#') && ids.has(once(href.slice(1)))) node.properties.href = `#${once(href.slice(1))}`;
    // A space-separated list of ids: hast keeps it as an array.
    if (Array.isArray(ariaDescribedBy)) {
      node.properties.ariaDescribedBy = ariaDescribedBy.map((name) => (typeof name === 'string' && ids.has(once(name)) ? once(name) : name));
    }
  });
};
