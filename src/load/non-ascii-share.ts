/**
 * The share of a text's characters beyond ASCII that `accepted` takes, among those `counted` counts: how a
 * reading of legacy bytes is judged (decode.ts, legacy-cjk.ts), as ASCII reads the same in every candidate.
 * 0 when none is counted.
 */
export function shareOfNonAscii(text: string, accepted: (char: string) => boolean, counted: (char: string) => boolean = () => true): number {
  let total = 0;
  let taken = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80 || !counted(char)) continue;
    total++;
    if (accepted(char)) taken++;
  }
  return total === 0 ? 0 : taken / total;
}
