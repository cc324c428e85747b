/**
 * Laying out and painting a sheet of thousands of questions takes seconds of synchronous work
 * (pdfkit draws synchronously). Giving the event loop a turn now and then lets a signal through
 * meanwhile: Ctrl-C in `build --watch` stops at once instead of after the whole sheet.
 */
const TURN_EVERY_MS = 50;

export class EventLoopTurns {
  private last = performance.now();

  /** Yields to the event loop when the last turn was more than 50 ms ago; otherwise resolves at once. */
  async take(): Promise<void> {
    if (performance.now() - this.last < TURN_EVERY_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.last = performance.now();
  }
}
