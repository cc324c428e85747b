/**
 * A video's transcript copied from its page (YouTube's "Show transcript"): a time stamp alone on a line (`0:03`,
 * `1:02:15`) over each caption line. It is read as the transcript: the time stamps left out, the caption lines
 * joined as subtitles' cues are (subtitles.ts), so that a question said over two caption lines is one line and an
 * answer is not cut at every stamp. The lines above the first stamp (the video's title, `Transcript`) are kept.
 */
import { convertedText, type ConvertedText, type TextLine } from './converted-text.js';
import { captionLines } from './subtitles.js';

/** A time stamp alone on its line: minutes and seconds, hours before them or not. */
const TIME_STAMP = /^[ \t]*(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)[ \t]*$/;
/** So few stamps are no transcript but times a note names. */
const FEWEST_STAMPS = 4;

export interface StampedTranscript extends ConvertedText {
  /** How many time stamp lines were left out. */
  stamps: number;
}

/**
 * The transcript `lines` hold, if they are one copied with its time stamps: at least four stamps, in the order of
 * the video from its first minute (a copy from its start: a schedule's or a chat's `9:30` lines are no such run),
 * each over a caption line, and no more than three lines of text under any of them.
 */
export function stampedTranscript(lines: readonly string[]): StampedTranscript | undefined {
  const first = lines.findIndex((line) => TIME_STAMP.test(line));
  if (first === -1 || secondsOf(lines[first]!) >= 60) return undefined;
  let stamps = 0;
  let last = -1;
  let under = 0;
  for (let k = first; k < lines.length; k++) {
    const line = lines[k]!;
    if (TIME_STAMP.test(line)) {
      const seconds = secondsOf(line);
      // A stamp over no caption line, or one going back in time, is no transcript's.
      if (seconds < last || (stamps > 0 && under === 0)) return undefined;
      last = seconds;
      stamps++;
      under = 0;
    } else if (line.trim() !== '' && ++under > 3) return undefined;
  }
  if (stamps < FEWEST_STAMPS) return undefined;
  const read: TextLine[] = lines.slice(0, first).map((text, k) => ({ text: text.trim(), fileLine: k + 1 }));
  // The captions after the lines above them, as a paragraph of their own.
  if (read.length > 0) read.push({ text: '', fileLine: first + 1 });
  const captions = captionLines();
  lines.forEach((line, k) => {
    if (k > first && !TIME_STAMP.test(line) && line.trim() !== '') captions.say(line, k + 1);
  });
  return { ...convertedText([...read, ...captions.read]), stamps };
}

function secondsOf(stamp: string): number {
  const [, hours, minutes, seconds] = TIME_STAMP.exec(stamp)!;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
}
