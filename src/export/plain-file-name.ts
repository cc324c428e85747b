/** Whether an output's file name names a file in the output folder, not a path out of it (`../sheet.pdf`, `a/b.pdf`). */
export function isPlainFileName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\]/.test(name) && !name.includes('\0');
}
