/**
 * The extractor as unified plugins, for use in any remark pipeline:
 *
 *     const processor = unified().use(qbankParse).use(remarkQuestions);
 *     await processor.run(processor.parse(file), file);
 *     file.data.questions // Question[]
 *
 * (`process` also works once a compiler follows, `remark-stringify` say.)
 * `qbankParse` is the load stage's clean-up of the text (line endings, BOM, NFC) and the parse stage as a
 * unified parser (Markdown or copied plain text, decided from the content; TeX math delimiters understood); it
 * tells `remark-stringify` how to write the GFM and math nodes it makes, and
 * puts the front matter first in the tree (a `yaml`, `toml` or `json` node, as
 * remark-frontmatter does), so a note written back keeps both as written.
 * `remarkQuestions` also works after plain `remark-parse`.
 */
import type { Root } from 'mdast';
import type { Plugin, Processor } from 'unified';
import type { VFile } from 'vfile';
import type { Question } from '../schema/question-bank.js';
import type { SourceFormat } from '../parse/detect-format.js';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mathAsWritten } from '../parse/math-to-markdown.js';
import { FRONT_MATTER_LANGUAGE, FRONT_MATTER_MATTERS } from '../parse/front-matter.js';
import { parseSource } from '../parse/index.js';
import { normaliseText, reportDiagnostic } from '../load/index.js';
import { extractQuestions } from './extract.js';
import { normaliseQuestions, noteContext } from '../normalise/index.js';

declare module 'vfile' {
  interface DataMap {
    /** Questions found by `remarkQuestions`. */
    questions: Question[];
    /** The note's title, when it has one. */
    title: string;
    /** Front matter read by `qbankParse`. */
    frontMatter: Record<string, unknown>;
    /** The note's own tags written in its text (`#interview/os #cs`), read by `qbankParse`. */
    noteTags: readonly string[];
  }
}

declare module 'mdast' {
  interface RootData {
    /** How `qbankParse` read the file. */
    qbankFormat?: SourceFormat;
    /**
     * The text `qbankParse` made the tree from: the file's, with a site's template markup (Hugo
     * shortcodes, Liquid tags, kramdown attributes) left out on the same lines.
     */
    qbankText?: string;
  }
}

export const qbankParse: Plugin<[], string, Root> = function (this: Processor) {
  // As remark-gfm and remark-math do: a compiler after this parser can write every node it makes.
  const data = this.data() as { toMarkdownExtensions?: unknown[] };
  // Front matter and formulas as the note wrote them: the front matter's node, each formula's delimiters.
  (data.toMarkdownExtensions ??= []).push(gfmToMarkdown(), mathAsWritten(), frontmatterToMarkdown(FRONT_MATTER_MATTERS));
  this.parser = (written: string, file: VFile): Root => {
    // The text as a build loads it: its BOM gone, as decoding takes it (load/decode.ts), then LF line endings, no
    // invisible characters, NFC (load/normalise-text.ts).
    const { text, diagnostics } = normaliseText(written.replace(/^\ufeff/, ''));
    for (const diagnostic of diagnostics) reportDiagnostic(file, diagnostic);
    const doc = parseSource({ file: file.path ?? 'input', text, vfile: file });
    if (doc.title) file.data.title = doc.title;
    if (doc.frontMatter) file.data.frontMatter = doc.frontMatter;
    if (doc.tags) file.data.noteTags = doc.tags;
    if (doc.frontMatterNode) doc.tree.children.unshift(doc.frontMatterNode);
    doc.tree.data = { ...doc.tree.data, qbankFormat: doc.format, qbankText: doc.source.text };
    return doc.tree;
  };
} as Plugin<[], string, Root>;

export const remarkQuestions: Plugin<[], Root> = function () {
  return (tree: Root, file: VFile) => {
    // A question is quoted as written from the text its tree was made from.
    const text = tree.data?.qbankText ?? String(file.value ?? '');
    const format = tree.data?.qbankFormat ?? 'markdown';
    // The extractor reads the note's own content: front matter is read already (`file.data.frontMatter`).
    const first = tree.children[0]?.type;
    const content = first !== undefined && Object.hasOwn(FRONT_MATTER_LANGUAGE, first) ? { ...tree, children: tree.children.slice(1) } : tree;
    const extraction = extractQuestions({
      source: { file: file.path ?? 'input', text, vfile: file },
      format,
      tree: content,
      ...(file.data.title ? { title: file.data.title } : {}),
    });
    if (extraction.title && !file.data.title) file.data.title = extraction.title;
    file.data.questions = normaliseQuestions(extraction.questions, noteContext(file, file.data.frontMatter, file.data.noteTags));
  };
};
