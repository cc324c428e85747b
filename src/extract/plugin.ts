/**
 * The extractor as unified plugins, for use in any remark pipeline:
 *
 *     const processor = unified().use(qbankParse).use(remarkQuestions);
 *     await processor.run(processor.parse(file), file);
 *     file.data.questions // Question[]
 *
 * (`process` also works once a compiler follows, `remark-stringify` say.)
 * `qbankParse` is the parse stage as a unified parser (Markdown or copied
 * plain text, decided from the content; TeX math delimiters understood); it
 * tells `remark-stringify` how to write the GFM and math nodes it makes.
 * `remarkQuestions` also works after plain `remark-parse`.
 */
import type { Root } from 'mdast';
import type { Plugin, Processor } from 'unified';
import type { VFile } from 'vfile';
import type { Question } from '../schema/question-bank.js';
import type { SourceFormat } from '../parse/detect-format.js';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mathToMarkdown } from 'mdast-util-math';
import { parseSource } from '../parse/index.js';
import { extractQuestions } from './extract.js';
import { normaliseQuestions } from '../normalise/index.js';

declare module 'vfile' {
  interface DataMap {
    /** Questions found by `remarkQuestions`. */
    questions: Question[];
    /** The note's title, when it has one. */
    title: string;
    /** Front matter read by `qbankParse`. */
    frontMatter: Record<string, unknown>;
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
  (data.toMarkdownExtensions ??= []).push(gfmToMarkdown(), mathToMarkdown());
  this.parser = (text: string, file: VFile): Root => {
    const doc = parseSource({ file: file.path ?? 'input', text, vfile: file });
    if (doc.title) file.data.title = doc.title;
    if (doc.frontMatter) file.data.frontMatter = doc.frontMatter;
    doc.tree.data = { ...doc.tree.data, qbankFormat: doc.format, qbankText: doc.source.text };
    return doc.tree;
  };
} as Plugin<[], string, Root>;

export const remarkQuestions: Plugin<[], Root> = function () {
  return (tree: Root, file: VFile) => {
    // A question is quoted as written from the text its tree was made from.
    const text = tree.data?.qbankText ?? String(file.value ?? '');
    const format = tree.data?.qbankFormat ?? 'markdown';
    const extraction = extractQuestions({
      source: { file: file.path ?? 'input', text, vfile: file },
      format,
      tree,
      ...(file.data.title ? { title: file.data.title } : {}),
    });
    if (extraction.title && !file.data.title) file.data.title = extraction.title;
    file.data.questions = normaliseQuestions(extraction.questions, { ...(file.data.frontMatter ? { frontMatter: file.data.frontMatter } : {}), file });
  };
};
