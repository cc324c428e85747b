/**
 * The defensive pass over answer HTML before it becomes an Anki field.
 *
 * `answer.html` is sanitised upstream, but an Anki field is rendered in a web view with scripting
 * on, so the exporter does not trust it: it parses the HTML again (parse5, as a browser would) and
 * keeps only an allow-list (GitHub's, via rehype-sanitize) plus the classes qbank's own markup
 * needs: `language-*` on code, `math math-inline` / `math math-display` on span and div.
 * Elements whose content is code or styling are dropped with their content, not unwrapped.
 */
import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

type Schema = NonNullable<Parameters<typeof rehypeSanitize>[0]>;

const MATH_CLASSES = ['math', 'math-inline', 'math-display'];

/** Elements removed together with everything inside them. */
const DROPPED_WITH_CONTENT = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript',
  'noembed', 'noframes', 'template', 'textarea', 'title', 'xmp', 'plaintext', 'svg', 'math',
  'select', 'button', 'form', 'head', 'link', 'meta', 'base',
];

const schema: Schema = {
  ...defaultSchema,
  // No form controls (GitHub keeps checkboxes for task lists; a card has no use for them) and no
  // <source>: its srcset would point at files that are not packed as media.
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'input' && name !== 'source'),
  attributes: {
    ...defaultSchema.attributes,
    code: [['className', /^language-[\w+#.-]+$/]],
    span: [['className', ...MATH_CLASSES]],
    div: [...(defaultSchema.attributes?.div ?? []), ['className', ...MATH_CLASSES]],
  },
  strip: DROPPED_WITH_CONTENT,
};

const processor = unified().use(rehypeSanitize, schema).use(rehypeStringify);

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
