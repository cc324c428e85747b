/**
 * In-page links that still lead somewhere after sanitising. The sanitiser prefixes every `id`
 * (and `aria-describedby`) with `user-content-`, so that a note's ids cannot clobber a page's own
 * names, but leaves `href="#..."` as written; remark-rehype has prefixed its footnote ids already,
 * and a second pass (the Anki exporter's) prefixes them again. This transform, run after a
 * sanitiser, gives each id exactly one prefix and points each in-page link and description at the
 * id it names, so footnote links work wherever the HTML is shown.
 */
import type { Element, Root, RootContent } from 'hast';
import type { Plugin } from 'unified';

const PREFIX = 'user-content-';

function unprefixed(name: string): string {
  let rest = name;
  while (rest.startsWith(PREFIX)) rest = rest.slice(PREFIX.length);
  return rest;
}

const once = (name: string) => PREFIX + unprefixed(name);

/** As a rehype plugin (the Anki exporter's pass over answer HTML). */
export const rehypeLocalAnchors: Plugin<[], Root> = () => linkLocalAnchors;

export function linkLocalAnchors(tree: Root): void {
  const ids = new Set<string>();
  eachElement(tree, (node) => {
    const { id } = node.properties;
    if (typeof id === 'string') {
      node.properties.id = once(id);
      ids.add(node.properties.id);
    }
  });
  // Links and descriptions change only to name an id of this tree: most answers have none.
  if (ids.size === 0) return;
  eachElement(tree, (node) => {
    const { href, ariaDescribedBy } = node.properties;
    if (typeof href === 'string' && href.startsWith('#') && ids.has(once(href.slice(1)))) node.properties.href = `#${once(href.slice(1))}`;
    // A space-separated list of ids: hast keeps it as an array.
    if (Array.isArray(ariaDescribedBy)) {
      node.properties.ariaDescribedBy = ariaDescribedBy.map((name) => (typeof name === 'string' && ids.has(once(name)) ? once(name) : name));
    }
  });
}

/**
 * Every element, in document order. Plain recursion, not `unist-util-visit`, which makes a closure
 * and names it per node: this runs on every answer's HTML (see parse/tree-walk.ts).
 */
function eachElement(node: Root | RootContent, each: (element: Element) => void): void {
  if (node.type === 'element') each(node);
  if ('children' in node) for (const child of node.children) eachElement(child, each);
}
