/**
 * Turns string offsets into the 1-based line:column places that vfile
 * messages carry. CRLF, a lone CR and LF each end one line, so a place
 * found in text that still has its original line endings names the same
 * line after the endings are converted to LF.
 */
export interface Place {
  line: number;
  /** 1-based, counted in UTF-16 code units like the parser's positions. */
  column: number;
}

export type PlaceAt = (index: number) => Place;

/** Builds the line table once so that many lookups stay cheap on large files. */
export function placesIn(text: string): PlaceAt {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      lineStarts.push(i + 1);
    } else if (code === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      lineStarts.push(i + 1);
    }
  }
  return (index) => {
    // Last line start that is <= index.
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: index - lineStarts[low]! + 1 };
  };
}
