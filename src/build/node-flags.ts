/**
 * The Node.js flags everything that builds runs with: the process `npm start`
 * starts (a test keeps the script and these the same) and, for the sizes of
 * V8's heap, the worker threads that read notes.
 *
 * Semi-spaces of 64 MB instead of V8's 16 MB: a build keeps each note's
 * syntax tree alive while it reads the note, and every scavenge copies
 * what is alive. A cold build of 10,000 questions went from about 210
 * scavenges (a fifth of its time) to 65, and took about 12% less time for
 * about 40 MB more peak memory; 128 MB was slower again. Two worker threads
 * parsing the same notes took 3.1 s instead of 3.6 to 3.9 s.
 *
 * And 16 MB from the start instead of V8's 1 MB, which it doubles only as
 * scavenges keep finding most of it alive: a rebuild reads about 10 MB of
 * cached results back in half a second, nearly all of it alive, and spent
 * a tenth of its time copying it up through the small spaces. At 10,000
 * questions, a rebuild after an answer was edited took a median 500 ms
 * instead of 545 (six alternating runs each), one after a rewording 822
 * instead of 845; cold builds and peak memory did not change. (64 MB from
 * the start saved as much on rebuilds but cost cold builds 400 ms and 100 MB.)
 * Flags cannot be set from inside the process once its heap exists, so a
 * program that calls the library chooses its own, and so does whoever starts
 * the installed `qbank` command (NODE_OPTIONS takes `--max-semi-space-size`; Node refuses `--min-semi-space-size` there). Its first
 * line stays `#!/usr/bin/env node`: `env -S`, which would carry the flag
 * there, is missing from BusyBox (Alpine) and older coreutils.
 */
const SEMI_SPACE_MB = 64;
const FIRST_SEMI_SPACE_MB = 16;
/**
 * And a heap that starts at 256 MB instead of growing from a few: V8 runs a full collection
 * each time the heap outgrows its limit, and a rebuild brings tens of MB of cached results and
 * records back at once, all of them alive. At 10,000 questions a rebuild after a rewording took
 * a median 774 ms instead of 838 (five alternating runs; 128 MB gained less, 512 MB no more),
 * a cold build a median 4.15 s instead of 4.25 s (eight alternating runs), for about 23 MB more
 * peak memory. (An earlier session tried `--initial-old-space-size=256` and measured the cold build 90 ms
 * slower; these runs, of today's code, measured it faster, and the rebuilds gain more.) Node refuses it in
 * NODE_OPTIONS, as it does `--min-semi-space-size`.
 */
const INITIAL_HEAP_MB = 256;

/**
 * And each regular expression compiled once, to machine code, the first time it runs. By default V8 first
 * compiles it to bytecode, interprets it once and compiles it again to machine code when it runs a second time.
 * A rebuild reads only the changed note, and that one note runs most of the readers' 700 patterns for the first
 * time: compiling them twice cost about a third of its reading (a 36 KB note read cold in about 330 ms, of which
 * the patterns' first two runs took 90 to 100). At 10,000 questions a rebuild after an answer was edited took a
 * median 973 ms instead of 1,109, one after a rewording 1,498 instead of 1,670 (eight alternating runs each);
 * cold builds took the same time (six alternating runs: 11.1 s against 11.3 s, within their spread), as a
 * cold build runs each pattern thousands of times either way. Node refuses it in `NODE_OPTIONS`.
 */
const REGEXP_FLAGS = ['--no-regexp-tier-up'];

export const QBANK_NODE_FLAGS: readonly string[] = [
  `--max-semi-space-size=${SEMI_SPACE_MB}`,
  `--min-semi-space-size=${FIRST_SEMI_SPACE_MB}`,
  `--initial-heap-size=${INITIAL_HEAP_MB}`,
  ...REGEXP_FLAGS,
];

/** A worker's young generation is set whole: two semi-spaces and a large-object space of the same size. */
export const READER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 3 * SEMI_SPACE_MB } as const;
