import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { SourceFormat } from './detect-format.js';
import type { FrontMatterNode } from './front-matter.js';

/** What the parse stage needs of a loaded source (the load stage's `SourceFile` has it). */
export interface TextSource {
  /** Display path, relative to the working directory. */
  file: string;
  text: string;
  vfile: VFile;
  /** The sha256 of `text` (cache/content-cache.ts `contentHash`), when the load stage knows it without reading `text`. */
  textHash?: string;
}

/** The tags written at the end of one line (parse/trailing-tags.ts). */
export interface LineTags {
  /** The file's line. */
  line: number;
  /**
   * Where the line starts in the text parsed (the tree's offsets count through it): a web page written on one
   * line of the file has many lines of Markdown, each question's tags at its own.
   */
  lineStart: number;
  tags: readonly string[];
}

/**
 * The tags of a section of the note (parse/section-tags.ts): those of the questions from its heading's start up to the
 * next heading as high as it (or the note's end). Offsets are the text parsed's, as the tree's; lines the file's.
 */
export interface SectionTags {
  /** The heading's line. */
  line: number;
  start: number;
  /** Where the next heading as high as it starts; Number.MAX_SAFE_INTEGER when none does (the note's end). */
  end: number;
  tags: readonly string[];
  /** The section it stands in (an index into the same list, which is in the order of the headings), or -1. */
  parent: number;
}

/** A source file read into mdast, whatever its format. */
export interface Document {
  /**
   * The source as read: for a Hugo or Jekyll source, its `text` is the text
   * the tree was parsed from, the site's markup blanked out (same lines).
   */
  source: TextSource;
  format: SourceFormat;
  tree: Root;
  /** The note's own title: front matter `title`, or the first line of copied text (of a copied post, the line its byline tells). */
  title?: string;
  frontMatter?: Record<string, unknown>;
  /** The front matter as written (not in `tree`, which the extractor reads): for a compiler to write back. */
  frontMatterNode?: FrontMatterNode;
  /** The note's own tags, written in its text, every question's: its lines of tags (`#interview/os #cs`, tag-lines.ts). */
  tags?: readonly string[];
  /** Tags written after a question on its line (`What is X? #dl`, parse/trailing-tags.ts), in document order. */
  lineTags?: readonly LineTags[];
  /** The tags a section's heading gives the questions under it (`## Optimizers #optim`, a line of tags under it). */
  sectionTags?: readonly SectionTags[];
  /**
   * The file's own lines, when `source.text` is Markdown converted from it line for line (an Org note, Obsidian_to_Anki's
   * blocks): a question on a line the conversion rewrote (`** TODO What is X? :ml:`) is given as the file writes it,
   * not as its Markdown.
   */
  fileLines?: readonly string[];
  /** A web page whose content its scripts write (a single-page app, html-page.ts): how much text they and it hold. */
  scripted?: { scriptChars: number; textChars: number };
}
