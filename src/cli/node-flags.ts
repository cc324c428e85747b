/**
 * The Node.js flags the qbank command runs with: on the first line of
 * bin/qbank.js and in the npm scripts that start it (a test keeps them the
 * same), and for qbank's stages in the benchmark.
 *
 * Semi-spaces of 64 MB instead of V8's 16 MB: a build keeps each note's
 * syntax tree alive while it reads the note, and every scavenge copies
 * what is alive. A cold build of 10,000 questions went from about 210
 * scavenges (a fifth of its time) to 65, and took about 12% less time for
 * about 40 MB more peak memory; 128 MB was slower again.
 * Flags cannot be set from inside the process once its heap exists, so a
 * program that calls the library chooses its own.
 */
export const QBANK_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
