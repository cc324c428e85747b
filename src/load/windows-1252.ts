/**
 * Windows-1252, written out because Node 20's `TextDecoder('windows-1252')`
 * (and its aliases `latin1`, `cp1252`) decodes as ISO-8859-1: bytes 0x80-0x9F
 * come out as C1 control characters instead of € ‚ ƒ „ … ‘ ’ “ ” • – — ™ ...
 * (measured on Node 20.20). Bytes 0xA0-0xFF are the same in both.
 */

/** Bytes 0x80..0x9F; the five undefined bytes map to their C1 code point, as in the WHATWG index. */
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
  0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
  0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
] as const;

/** The code point Windows-1252 gives to `byte`. */
export function windows1252CodePoint(byte: number): number {
  return byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROL_RANGE[byte - 0x80]! : byte;
}

/** True for the five bytes Windows-1252 leaves undefined: real Windows-1252 text never has them. */
export function isUndefinedInWindows1252(byte: number): boolean {
  return byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d;
}

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) codes[i - start] = windows1252CodePoint(bytes[i]!);
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
