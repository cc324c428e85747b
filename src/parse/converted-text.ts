/**
 * A file whose text is not its note's (an RTF document's control words, a subtitle file's cue numbers and
 * timecodes, a raw mail's encoded body) is read as the plain text it stands for: its readers write that text a
 * line at a time, each with the line of the file it came from, for positions and diagnostics (parse/index.ts).
 */

/** One line of the text a file stands for, and the file's line it came from (1-based). */
export interface TextLine {
  text: string;
  fileLine: number;
}

/** The plain text a file stands for, and `lineOf`, which takes each of its lines back to the file's. */
export interface ConvertedText {
  text: string;
  /** The line of the file a line of `text` came from (both 1-based). */
  lineOf(line: number): number;
  /** The length from which a line of `text` (0-based) filled its column, where the copy wrapped narrower than a page (plaintext.ts). */
  wrapWidths?: ReadonlyMap<number, number>;
}

export function convertedText(lines: readonly TextLine[]): ConvertedText {
  const fileLines = lines.map(({ fileLine }) => fileLine);
  const last = fileLines.at(-1) ?? 1;
  return {
    text: lines.map(({ text }) => text).join('\n'),
    lineOf: (line) => fileLines[line - 1] ?? last,
  };
}
