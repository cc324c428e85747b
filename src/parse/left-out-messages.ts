/**
 * The message of each line a reader leaves out of a note (`LeftOutLine`): one `info` on the note's file
 * per line, saying why it went. The parse stage's readers report through it, and so does the extract
 * walk for a sign-off it finds (walk/proposed-page.ts).
 */
import { excerpt } from '../report/excerpt.js';
import type { TextSource } from './document.js';
import type { LeftOutLine } from './plaintext.js';

/** Says of each line left out why, on the note's file. */
export function reportLeftOut(source: TextSource, leftOut: readonly LeftOutLine[]): void {
  for (const line of leftOut) {
    source.vfile.info(leftOutReason(line), {
      place: { line: line.line, column: 1 },
      ruleId: line.reason,
      source: 'qbank',
    });
  }
}

function leftOutReason(line: LeftOutLine): string {
  switch (line.reason) {
    case 'site-chrome':
      return `Left out site chrome: "${line.text}"`;
    case 'repeated-title':
      return `Left out the title repeated: "${line.text}"`;
    case 'subtitle':
      return `Left out the post's subtitle, between its title and its byline: "${line.text}"`;
    case 'page-number':
      return `Left out the page number "${line.text}" where a page of the copy breaks`;
    case 'running-head':
      return `Left out a page's running head, its number beside the book's or chapter's title: "${line.text}"`;
    case 'code-label':
      return `Left out the label of a code block's copy widget: "${line.text}"`;
    case 'readwise-highlight':
      return `Left out the book's passage a Readwise highlight quotes, the question its note asks kept: "${excerpt(line.text)}"`;
    case 'readwise-heading':
      return `Left out Readwise's heading over a book's highlights, which names no topic: "${line.text}"`;
    case 'readwise-metadata':
      return `Left out what Readwise writes of the book over its highlights (its cover, its metadata): "${excerpt(line.text)}"`;
    case 'readwise-highlight-unasked':
      return `Left out a Readwise highlight with no note that asks a question (the book's words, no question): "${excerpt(line.text)}"`;
    case 'code-line-numbers':
      return `Left out the line numbers (${line.text}) copied along with the code block here`;
    case 'sign-off':
      return `Left out the note's sign-off after its last answer: "${line.text}"`;
    case 'mail-header':
      return `Left out a line of the email's header: "${line.text}"`;
    case 'chat-date':
      return `Left out the chat's date line: "${line.text}"`;
    case 'chat-placeholder':
      return `Left out what the chat shows for a photo, an emoticon or a file: "${line.text}"`;
    case 'chat-reactions':
      return `Left out the reactions to a message of the chat: "${line.text}"`;
    case 'chat-app':
      return `Left out the chat app's own line: "${line.text}"`;
    case 'chat-participants':
      return `Left out the list of the recording's participants over its transcript (its speakers are named by turn): "${line.text}"`;
    case 'chat-edit-mark':
      return `Left out the chat app's mark of an edited message at the line's end: "${line.text}"`;
    case 'wrong-choice':
      return `Left out the option the learner chose that the quiz marks Incorrect, no answer: "${line.text}"`;
    case 'quiz-option':
      return `Left out an option of the quiz, whose correct answer the result gives under it: "${line.text}"`;
    case 'required-mark':
      return `Left out the form's mark of a required question at the line's end: "${line.text}"`;
    case 'confluence-macro':
      return `Left out the ${line.text.includes(' … ') ? 'tags' : 'tag'} of a Confluence macro: "${line.text}"`;
    case 'wiki-markup':
      return `Left out the wiki markup's ${line.text.startsWith('{{') ? 'table of contents' : 'tag of a preformatted block'}: "${line.text}"`;
    case 'forum-reply':
      return `Left out a reply of the forum thread, after the post's last question: "${line.text}"`;
    case 'asker-words':
      return `Left out the asker's words on the Q&A page, under its question's title or thanking for an answer (no question of the notes): "${excerpt(line.text)}"`;
    case 'discussion-number':
      return `Left out the GitHub discussion's number, no word of its title's question: "${line.text}"`;
    case 'chat-request':
      return `Left out the request made of the assistant, whose reply holds the questions it asks for: "${line.text}"`;
    case 'chat-offer':
      return `Left out the assistant's offer closing its reply, which asks the reader, not the interview: "${line.text}"`;
    case 'kanban-mark':
      return `Left out the Kanban board's own mark (a lane's "Complete", a card's date or time): "${line.text}"`;
    case 'clipping-header':
      return `Left out the header of a Kindle clipping, its book or where and when it was made: "${line.text}"`;
    case 'chat-guess':
      return `Left out a guess at the quiz's question, which the one who asked answers after it: "${line.text}"`;
    case 'chat-remark':
      return `Left out a message of the chat that neither asks nor answers a question: "${line.text}"`;
    case 'slide-frame':
      return `Left out the slide deck's own line (a slide's number, its notes' label, the presenter or an empty box's placeholder): "${line.text}"`;
    case 'wikipedia-title':
      return `Left out a Wikipedia section's title pasted with its [edit] link: "${line.text}"`;
    case 'source-chip':
      return `Left out the chip "${line.text}" from the end of the line, as an answer engine's page sets its sources after a paragraph (the page's, not the answer's)`;
    case 'assistant-draft':
      return `Left out one of the drafts of the assistant's reply: the answer keeps one, the reply shown under them or else the first draft: "${excerpt(line.text)}"`;
    case 'citation-marks':
      return `Left out the citation marks ${line.text} from the line, as Wikipedia and AI answer pages set them after the words they cite (the page's, not the answer's)`;
    case 'closing-slide':
      return `Left out the deck's closing slide: "${line.text}"`;
  }
}
