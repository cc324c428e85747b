/**
 * Diagnostics of the PDF export. The exporter has no vfile, so it returns
 * plain `Diagnostic`s; each names the question it is about and points at the
 * question's first occurrence (file and line), or for a picture at the place
 * its answer came from, so the reporter can print it as
 * `file:line:column: message`. Characters no font has are the exception:
 * one note per file names them all, at the first question that has one.
 */
import type { Diagnostic } from '../../report/diagnostic.js';
import type { Question } from '../../schema/question-bank.js';
import { answerSourceOf, contextSourceOf } from '../answer-images.js';
import { placeholderFor } from './glyph-fallback.js';

export const RULE_MISSING_GLYPH = 'pdf-missing-glyph';
export const RULE_BAD_TEX = 'pdf-bad-tex';
export const RULE_TOO_TALL = 'pdf-too-tall';
export const RULE_MATH_TOO_WIDE = 'pdf-math-too-wide';
export const RULE_IMAGE_NOT_DRAWN = 'pdf-image-not-drawn';
export const RULE_IMAGE_REMOTE = 'pdf-image-remote';
export const RULE_UNANSWERED = 'pdf-unanswered';
export const RULE_HTML_TABLE_AS_TEXT = 'pdf-html-table-as-text';
export const RULE_HTML_TABLE_SPANS = 'pdf-html-table-spans';

function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

/** Characters shown by name in a missing-glyph note; the rest are counted. */
const GLYPHS_NAMED = 8;

/**
 * The characters no font has, in the questions of one file (or in the sheet's own text): one note
 * for them all. Notes in Chinese print hundreds of such characters, and a note per character per
 * question buried every other diagnostic (835 warnings for one file).
 */
class MissingGlyphs {
  private readonly chars = new Set<string>();
  private readonly questions = new Set<Question | null>();

  constructor(
    /** The note, pushed where the first character was met and rewritten as more are. */
    readonly diagnostic: Diagnostic,
    private readonly firstSubject: string,
  ) {}

  add(char: string, question: Question | null): void {
    this.chars.add(char);
    this.questions.add(question);
    this.diagnostic.message = this.message();
  }

  private message(): string {
    const chars = [...this.chars];
    const named = chars.slice(0, GLYPHS_NAMED).map((char) => `"${char}" (${placeholderFor(char).slice(1, -1)})`);
    const more = chars.length - named.length;
    const which = chars.length === 1 ? `a glyph for ${named[0]}` : `glyphs for ${chars.length} characters: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    const where = this.questions.size === 1 ? this.firstSubject : `${this.questions.size} questions of this file, the first ${this.firstSubject}`;
    const printed = chars.length === 1 ? placeholderFor(chars[0]!) : `its code, like ${placeholderFor(chars[0]!)}`;
    return `No embedded font has ${which} in ${where}; ${chars.length === 1 ? 'printed' : 'each is printed'} as ${printed}.`;
  }
}

export class DiagnosticLog {
  readonly list: Diagnostic[] = [];
  private readonly seen = new Set<string>();
  /** Per file ('' for the sheet's own text): its characters no font has. */
  private readonly missingGlyphs = new Map<string, MissingGlyphs>();

  add(diagnostic: Diagnostic): void {
    const id = `${diagnostic.ruleId}\u0000${diagnostic.file ?? ''}\u0000${diagnostic.line ?? ''}\u0000${diagnostic.message}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.list.push(diagnostic);
  }

  /** A character no font has, in `question`'s text (or the sheet's own when null), reported with the others of its file. */
  missingGlyph(char: string, question: Question | null, where: Pick<Diagnostic, 'file' | 'line'>, subject: string): void {
    const file = question === null ? '' : (where.file ?? '');
    let glyphs = this.missingGlyphs.get(file);
    if (glyphs === undefined) {
      glyphs = new MissingGlyphs({ ...where, severity: 'warning', ruleId: RULE_MISSING_GLYPH, message: '' }, subject);
      this.missingGlyphs.set(file, glyphs);
      this.list.push(glyphs.diagnostic);
    }
    glyphs.add(char, question);
  }

  /** A reporter bound to one question (or to the document's own text when null). */
  about(question: Question | null): QuestionReporter {
    return new QuestionReporter(this, question);
  }
}

export class QuestionReporter {
  constructor(
    private readonly log: DiagnosticLog,
    private readonly question: Question | null,
    /** What of the question is being laid out: its answer, or what it shows (its context). */
    private readonly part: 'answer' | 'context' = 'answer',
  ) {}

  /** The same reporter, about what the question shows: its pictures are found beside the note that showed it. */
  aboutContext(): QuestionReporter {
    return new QuestionReporter(this.log, this.question, 'context');
  }

  /** `in the answer to question "…"`, or `shown with question "…"`. */
  private inPart(): string {
    return `${this.part === 'context' ? 'shown with' : 'in the answer to'} ${this.subject()}`;
  }

  private where(): Pick<Diagnostic, 'file' | 'line'> {
    const occurrence = this.question?.occurrences[0];
    return occurrence ? { file: occurrence.file, line: occurrence.line } : {};
  }

  private subject(): string {
    return this.question ? `question ${quote(this.question.question)}` : 'the sheet title or contents';
  }

  missingGlyph(char: string): void {
    this.log.missingGlyph(char, this.question, this.where(), this.subject());
  }

  /** The question has no answer and the sheet leaves it out (as the deck does, `anki-unanswered`). */
  leftOutUnanswered(): void {
    this.log.add({
      ...this.where(),
      severity: 'info',
      ruleId: RULE_UNANSWERED,
      message: `Left out of the PDF: ${this.subject()} has no answer (includeUnanswered lists it at the end)`,
    });
  }

  /** A row of the card (a table row, a formula, a line of an image) is taller than a column holds. */
  tooTall(): void {
    this.log.add({
      ...this.where(),
      severity: 'warning',
      ruleId: RULE_TOO_TALL,
      message: `Part of the answer to ${this.subject()} (a formula or a table row) is taller than a column and runs past its bottom on the sheet; fewer columns (--columns) give it more room.`,
    });
  }

  tooWide(tex: string, percent: number): void {
    this.log.add({
      ...this.where(),
      severity: 'warning',
      ruleId: RULE_MATH_TOO_WIDE,
      message: `The formula ${quote(tex, 60)} in ${this.subject()} is wider than a column and printed at ${percent}% of its size; fewer columns (--columns) print it larger.`,
    });
  }

  /**
   * Where the answer came from, for notes about its pictures: their paths are relative to that note
   * (export/answer-images.ts), as the deck reports them too.
   */
  private answerPlace(): Pick<Diagnostic, 'file' | 'line'> {
    if (!this.question) return {};
    const { file, line } = (this.part === 'context' ? contextSourceOf : answerSourceOf)(this.question);
    return { file, line };
  }

  /** A picture of the answer the sheet cannot draw (missing, unreadable, a format it does not draw, not standing in a paragraph). */
  pictureNotDrawn(src: string, problem: string): void {
    this.log.add({
      ...this.answerPlace(),
      severity: 'warning',
      ruleId: RULE_IMAGE_NOT_DRAWN,
      message: `Image ${quote(src, 80)} ${this.inPart()} is not drawn on the sheet: ${problem}. Its alt text is printed instead.`,
    });
  }

  /** A picture on the web: a build does not fetch (its output would depend on the network). `linked`: its alt text links to it. */
  pictureRemote(src: string, linked: boolean): void {
    this.log.add({
      ...this.answerPlace(),
      severity: 'info',
      ruleId: RULE_IMAGE_REMOTE,
      message: `Image ${quote(src, 80)} ${this.inPart()} is on the web, which a build does not fetch; the sheet prints its alt text${linked ? ', linked to it' : ''}.`,
    });
  }

  /** A raw HTML table of the answer printed as lines of text, not as a grid (html-block.ts). */
  htmlTableAsText(reason: 'nested' | 'unclosed'): void {
    const why = reason === 'nested' ? 'holds another table in a cell' : 'is cut by Markdown (a blank line inside a table ends its HTML block, and Markdown follows before its </table>)';
    this.log.add({
      ...this.where(),
      severity: 'info',
      ruleId: RULE_HTML_TABLE_AS_TEXT,
      message: `An HTML table ${this.inPart()} ${why}; the sheet prints its rows as lines of text.`,
    });
  }

  /** A cell of a raw HTML table spans columns or rows, which the sheet's grid does not merge (html-table.ts). */
  htmlTableSpans(): void {
    this.log.add({
      ...this.where(),
      severity: 'info',
      ruleId: RULE_HTML_TABLE_SPANS,
      message: `A cell of an HTML table ${this.inPart()} spans several columns or rows; the sheet prints it in the first of them and leaves the others empty.`,
    });
  }

  badTex(tex: string, error: string): void {
    this.log.add({
      ...this.where(),
      severity: 'warning',
      ruleId: RULE_BAD_TEX,
      message: `Cannot typeset TeX ${quote(tex, 80)} in ${this.subject()} (${error}); printed as source text.`,
    });
  }
}
