/**
 * The pdfkit document and its bytes, set up for reproducible output: fixed
 * creation and modification dates, and a document ID derived from the
 * content instead of pdfkit's (an MD5 of the info dictionary, which would
 * be the same for every sheet with the same title), so the same bank and
 * options always give byte-identical files.
 *
 * pdfkit starts every document with Helvetica as its current font. That
 * object is never drawn with (FontBook switches to the embedded fonts before
 * any text), so it is never written into the file. Passing Pretendard as the
 * starting font instead would be worse: pdfkit then never caches the
 * registered "sans" face under its key (same PostScript name) and reopens
 * the 2.7 MB font on every switch.
 */
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';

/** Every sheet carries this date: output must not depend on when it was made. */
export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

export interface DocumentSetup {
  paper: 'A4' | 'Letter';
  title: string;
  subject: string;
  lang: string;
  /** Anything that identifies the content; hashed into the document ID. */
  identity: string;
}

export interface OpenDocument {
  doc: PDFKit.PDFDocument;
  /** Resolves with the file's bytes after `doc.end()`. */
  bytes: Promise<Uint8Array>;
}

function documentId(identity: string): Buffer {
  return createHash('sha256').update(identity).digest().subarray(0, 16);
}

/** Sets the document ID from `identity`; until `doc.end()` it may be set again, when more of the content is known. */
export function identifyDocument(doc: PDFKit.PDFDocument, identity: string): void {
  // pdfkit keeps the file identifier in `_id` and writes it into the trailer at the end.
  (doc as unknown as { _id: Uint8Array })._id = documentId(identity);
}

export function openDocument(setup: DocumentSetup): OpenDocument {
  const doc = new PDFDocument({
    size: setup.paper === 'Letter' ? 'LETTER' : 'A4',
    layout: 'landscape',
    margin: 0,
    autoFirstPage: false,
    compress: true,
    pdfVersion: '1.7',
    lang: setup.lang,
    displayTitle: true,
    info: {
      Title: setup.title,
      Subject: setup.subject,
      Creator: 'qbank',
      Producer: 'qbank with PDFKit',
      CreationDate: FIXED_DATE,
      ModDate: FIXED_DATE,
    },
  });
  identifyDocument(doc, setup.identity);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  return { doc, bytes };
}
