/** How files are named in reports and outputs: relative to the working directory when inside it, else absolute; `/` separators, NFC. */
import path from 'node:path';

export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  const inside = relative !== '' && relative !== '..' && !relative.startsWith('..' + path.sep) && !path.isAbsolute(relative);
  const shown = inside ? relative : relative === '' ? '.' : absolute;
  return shown.split(path.sep).join('/').normalize('NFC');
}
