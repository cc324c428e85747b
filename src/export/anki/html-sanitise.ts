/**
 * The defensive pass over answer HTML before it becomes an Anki field.
 *
 * `answer.html` is sanitised upstream, but an Anki field is rendered in a web view with scripting
 * on, and a bank may come from anywhere (a JSON file edited by hand), so the exporter does not
 * trust it: it parses the HTML again (parse5, as a browser would) and sanitises it with the same
 * allow-list as upstream (`sanitizeSchema` of src/normalise/answer-html.ts), plus the few
 * restrictions a card needs (see `schema` below). Elements whose content is code or styling are
 * dropped with their content, not unwrapped.
 */
import type { Element, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified, type Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { sanitizeSchema } from '../../normalise/answer-html.js';
import { rehypeLocalAnchors } from '../../normalise/local-anchors.js';
import { rehypeInertTex } from '../../normalise/rehype-inert-tex.js';

type Schema = NonNullable<Parameters<typeof rehypeSanitize>[0]>;

/**
 * Dropped with their content, beyond upstream's list: upstream only ever sees HTML that came
 * through a Markdown parser, but a field may be handed raw-text elements (`xmp`, `plaintext`,
 * `noembed`...), foreign content (`svg`, `math`, whose text is markup, not prose) and document
 * parts (`head`, `meta`, `base`, `link`) whose text would otherwise be unwrapped into the card.
 */
const ALSO_DROPPED_WITH_CONTENT = [
  'frame', 'frameset', 'applet', 'noembed', 'noframes', 'title', 'xmp', 'plaintext', 'svg', 'math',
  'form', 'head', 'link', 'meta', 'base',
];

const schema: Schema = {
  ...sanitizeSchema,
  // No form controls (GitHub keeps checkboxes for task lists; a card has no use for them) and no
  // <source>: its srcset would point at files that are not packed as media.
  tagNames: (sanitizeSchema.tagNames ?? []).filter((name) => name !== 'input' && name !== 'source'),
  strip: [...new Set([...(sanitizeSchema.strip ?? []), ...ALSO_DROPPED_WITH_CONTENT])],
};

/** A task list's checkboxes as the box characters the sheet prints: a card drops form controls, and with them whether a task was done. */
const checkboxesAsText: Plugin<[], Root> = () => (tree: Root) => {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'input' || node.properties.type !== 'checkbox' || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1, { type: 'text', value: node.properties.checked ? '☑' : '☐' });
    return [SKIP, index + 1];
  });
};

// answer.html arrives with inert TeX (normalise); a bank from elsewhere may not: made inert again, as everything else.
const processor = unified().use(checkboxesAsText).use(rehypeSanitize, schema).use(rehypeLocalAnchors).use(rehypeInertTex).use(rehypeStringify);

/**
 * Parse an HTML fragment and keep only what is allowed. parse5 is called directly, without
 * source positions (nothing here reports them), which halves the parse time at 100,000 notes.
 */
export function sanitiseHtml(html: string): Root {
  return processor.runSync(fromParse5(parseFragment(html)) as Root) as Root;
}

/** Serialise a (sanitised, possibly transformed) tree back to HTML. */
export function serialiseHtml(tree: Root): string {
  return processor.stringify(tree);
}

type ClassRule = 'any' | ReadonlyArray<string | number | boolean | RegExp | null | undefined>;

/** The class values the schema allows per element, worked out once per element name. */
const classRules = new Map<string, ClassRule[]>();

function classRulesOf(tagName: string): ClassRule[] {
  let rules = classRules.get(tagName);
  if (!rules) {
    const attributes = schema.attributes ?? {};
    // Element-specific definitions first, then the `*` ones, as hast-util-sanitize tries them.
    const definitions = [...(Object.hasOwn(attributes, tagName) ? attributes[tagName]! : []), ...(attributes['*'] ?? [])];
    rules = definitions.flatMap((definition): ClassRule[] => {
      if (typeof definition === 'string') return definition === 'className' ? ['any'] : [];
      const [key, ...allowed] = definition;
      // A definition without values allows any value.
      return key !== 'className' ? [] : allowed.length === 0 ? ['any'] : [allowed];
    });
    classRules.set(tagName, rules);
  }
  return rules;
}

/**
 * Whether the sanitiser keeps class `name` on a `tagName` element: the token path
 * (safe-html-tokens.ts) asks this rather than keeping its own list of classes.
 */
export function keepsClass(tagName: string, name: string): boolean {
  return classRulesOf(tagName).some(
    (rule) => rule === 'any' || rule.some((allowed) => (allowed instanceof RegExp ? allowed.test(name) : allowed === name)),
  );
}

/** The URL schemes the sanitiser keeps in `property` (when none are listed, the token path takes no URL with a scheme). */
export function keptProtocols(property: 'href' | 'src'): readonly string[] {
  return schema.protocols?.[property] ?? [];
}
