/**
 * A transform of an answer's HTML tree, run before the sanitiser: a URL scheme is case-insensitive (`HTTPS://` is
 * `https://`), but rehype-sanitize compares it as written, so an upper-case web link or image
 * lost its URL. The scheme of each URL attribute is written in lower case when it is one the
 * sanitiser allows; any other stays as it is, for the sanitiser to drop.
 */
import type { Element, Root } from 'hast';

const URL_PROPERTIES = ['href', 'src', 'cite', 'longDesc'] as const;
const WEB_SCHEME = /^(https?|mailto):/i;

export function lowercaseWebSchemes(tree: Root | Element): void {
  // A plain walk: this runs on every answer, and most hold a handful of elements.
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    for (const name of URL_PROPERTIES) {
      const value = child.properties[name];
      if (typeof value === 'string' && WEB_SCHEME.test(value)) child.properties[name] = value.replace(WEB_SCHEME, (scheme) => scheme.toLowerCase());
    }
    lowercaseWebSchemes(child);
  }
}

