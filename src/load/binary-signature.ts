/**
 * Recognises binary files by their magic numbers, so that a PNG, a PDF, an
 * .apkg (a ZIP) or an SQLite database dropped into a notes folder is named
 * for what it is instead of being decoded into noise. Only signatures that
 * no plain-text note could plausibly start with are listed.
 */

interface Signature {
  name: string;
  /** Byte values, or null where any byte may stand. */
  bytes: readonly (number | null)[];
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { name: 'PNG image', bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: ascii('GIF8') },
  { name: 'WebP image', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { name: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'icon', bytes: [0x00, 0x00, 0x01, 0x00] },
  { name: 'Photoshop image', bytes: ascii('8BPS') },
  { name: 'PDF document', bytes: ascii('%PDF-') },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x07, 0x08] },
  { name: 'SQLite database', bytes: [...ascii('SQLite format 3'), 0x00] },
  { name: 'Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'xz archive', bytes: [0xfd, ...ascii('7zXZ'), 0x00] },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR archive', bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  { name: 'zstd archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'font', bytes: ascii('wOFF') },
  { name: 'font', bytes: ascii('wOF2') },
  { name: 'font', bytes: [0x00, 0x01, 0x00, 0x00, 0x00] },
  { name: 'font', bytes: [...ascii('OTTO'), 0x00] },
  { name: 'audio or video', bytes: [null, null, null, null, ...ascii('ftyp')] },
  { name: 'audio or video', bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { name: 'audio or video', bytes: [...ascii('OggS'), 0x00] },
  { name: 'audio', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WAVE')] },
  // "ID3" alone starts sentences about the decision-tree algorithm: require the tag version.
  { name: 'audio', bytes: [...ascii('ID3'), 0x02, 0x00] },
  { name: 'audio', bytes: [...ascii('ID3'), 0x03, 0x00] },
  { name: 'audio', bytes: [...ascii('ID3'), 0x04, 0x00] },
  { name: 'executable', bytes: [0x7f, ...ascii('ELF')] },
  { name: 'executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'executable', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { name: 'WebAssembly module', bytes: [0x00, ...ascii('asm')] },
];

/** The kind of binary file `bytes` starts like, if any. */
export function binarySignature(bytes: Uint8Array): string | undefined {
  for (const signature of SIGNATURES) {
    if (bytes.length < signature.bytes.length) continue;
    if (signature.bytes.every((b, i) => b === null || bytes[i] === b)) return signature.name;
  }
  return undefined;
}
