/** The text of `bytes` in `encoding`, or undefined when they are not valid in it (no replacement characters made up). */
export function strictDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
