/** The cheat sheet's file name, apart from the renderer: the build checks it without loading pdfkit. */
import path from 'node:path';
import { isPlainFileName } from '../plain-file-name.js';

export const DEFAULT_FILE_NAME = 'qbank-cheatsheet.pdf';

/**
 * The name a build writes the sheet under: `sheet` becomes `sheet.pdf` (a name with no extension opens as a PDF
 * nowhere); a name with another extension is taken as written (`questions.json` is then refused as another
 * output's), and so is a path (refused as one).
 */
export function sheetFileName(name: string): string {
  return isPlainFileName(name) && path.extname(name) === '' ? `${name}.pdf` : name;
}
