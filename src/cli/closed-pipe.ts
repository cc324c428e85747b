/**
 * Printing to a reader that may stop early: `qbank check --dupes | head` closes the pipe after ten
 * lines, and the next write fails with EPIPE, which Node throws from the stream as an uncaught
 * error (a stack trace instead of the command's end). What is left to print then goes nowhere, and
 * the command finishes as it would have, its outputs written and its exit code its own.
 */
export function lineWriter(stream: NodeJS.WritableStream): (line: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (line) => {
    if (!closed) stream.write(`${line}\n`);
  };
}
