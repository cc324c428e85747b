/**
 * The .apkg file name for a deck name: readable (spaces and Hangul kept), but valid on every file
 * system: no path separators or characters Windows forbids, no reserved device names, no leading
 * or trailing dots and spaces, at most 100 characters. `Parent::Child` becomes `Parent - Child`.
 */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

export function deckFileName(deckName: string): string {
  let name = deckName
    .normalize('NFC')
    .replace(/::/g, ' - ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  name = Array.from(name).slice(0, 100).join('').replace(/[\s.]+$/, '');
  if (name === '') name = 'deck';
  if (RESERVED.test(name)) name = `_${name}`;
  return `${name}.apkg`;
}
