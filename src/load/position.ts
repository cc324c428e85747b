/**
 * Turns string offsets into the 1-based line:column places that vfile
 * messages carry (vfile-location). CRLF, a lone CR and LF each end one line,
 * so a place found in text that still has its original line endings names
 * the same line after the endings are converted to LF.
 */
import { location } from 'vfile-location';

export interface Place {
  line: number;
  /** 1-based, counted in UTF-16 code units like the parser's positions. */
  column: number;
}

export type PlaceAt = (index: number) => Place;

/** Indexes the text once, so that many lookups stay cheap on large files. */
export function placesIn(text: string): PlaceAt {
  const { toPoint } = location(text);
  return (index) => {
    const point = toPoint(Math.min(Math.max(index, 0), text.length))!;
    return { line: point.line, column: point.column };
  };
}
