/**
 * Everything qbank does to one file before files meet: parse, extract,
 * normalise. Pure in its input, so its result can be cached by content and
 * computed in a worker. A failure inside is reported on the file and costs
 * only that file.
 */
import type { Question, SourceSummary } from '../schema/question-bank.js';
import type { TextSource } from '../parse/document.js';
import { parseSource } from '../parse/index.js';
import { extractQuestions } from '../extract/extract.js';
import { normaliseQuestions, noteContext } from '../normalise/index.js';

export interface SourceQuestions {
  summary: SourceSummary;
  questions: Question[];
}

export function questionsOfSource(source: TextSource): SourceQuestions {
  try {
    const doc = parseSource(source);
    const extraction = extractQuestions(doc);
    const questions = normaliseQuestions(extraction.questions, noteContext(source.vfile, doc.frontMatter, doc.tags));
    const title = doc.title ?? extraction.title;
    return {
      summary: { file: source.file, ...(title ? { title } : {}), format: doc.format, questions: questions.length },
      questions,
    };
  } catch (error) {
    // A bug or a pathological input must not take the other files down with it.
    const reason = error instanceof Error ? error.message : String(error);
    source.vfile.message(`Could not read this file (${reason}): its questions are missing from the outputs`, {
      place: { line: 1, column: 1 },
      ruleId: 'read-failed',
      source: 'qbank',
    }).fatal = true;
    return { summary: { file: source.file, format: 'plaintext', questions: 0 }, questions: [] };
  }
}
