/**
 * A subtitle file of a recorded interview (SubRip `.srt`, WebVTT `.vtt`) is a transcript cut into cues: each a
 * number (or, in WebVTT, an optional id), a timecode line (`00:01:02,500 --> 00:01:05,000`) and a line or two of
 * what was said. It is read as the transcript: the cues' numbers and timecodes left out, their text joined into
 * lines, a sentence a cue leaves open going on with the next cue's (a question said over two cues is one line),
 * so that the reading of copied text and of transcripts applies. WebVTT's header, `NOTE`, `STYLE` and `REGION`
 * blocks are left out too; its voice tags name the speaker (`<v Interviewer>How …?` is `Interviewer: How …?`, a
 * speaker's sentence over two cues one line under one label),
 * and its other tags (`<i>`, `<c.loud>`, `<00:00:01.000>`), and SubRip's `<i>`, `<b>`, `<font …>`, go.
 */
import { convertedText, type ConvertedText, type TextLine } from './converted-text.js';
import { QUESTION_MARKS } from '../wording/marks.js';
import { opensWithQuestionTurn } from '../wording/prompt-text.js';

export type SubtitleKind = 'srt' | 'vtt';

/** A cue's timing: start and end, hours optional, a comma (SubRip) or a full stop (WebVTT) before the milliseconds; WebVTT's settings after it. */
const TIMECODE = /^[ \t]*(?:\d{1,3}:)?\d{1,2}:\d{2}[,.]\d{1,3}[ \t]+-->[ \t]+(?:\d{1,3}:)?\d{1,2}:\d{2}[,.]\d{1,3}(?:[ \t].*)?$/;
const WEBVTT = /^WEBVTT(?:[ \t].*)?$/;
const CUE_NUMBER = /^[ \t]*\d+[ \t]*$/;
/** WebVTT's blocks that are no cue. */
const NOT_A_CUE = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;
/** A voice tag: who speaks. */
const VOICE = /<v(?:\.[\w.-]+)?[ \t]+([^>]+)>/;
/** The tags a cue's text may hold: styles, classes, languages, ruby, karaoke timestamps, SubRip's font. */
const TAG = /<\/?(?:[ibu]|c|v|lang|ruby|rt|font)(?:[.\s][^>]*)?>|<\d{1,3}(?::\d{2}){1,2}\.\d{3}>|\{\\an?\d\}/g;
const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': '\u00a0', '&lrm;': '', '&rlm;': '' };
/** A line that ends its sentence: the next cue's text starts a line of its own. */
const SENTENCE_END = new RegExp(String.raw`[.!…。${QUESTION_MARKS}！:：]["'”’)\]]*$`, 'u');
/** A sentence left open runs on over the next cues up to this length, where captions without punctuation are cut. */
const LONGEST_LINE = 300;

/** The kind of subtitle file `text` is, if it is one: WebVTT's header, or a first cue's timecode, under its number or not (read from the text's head only). */
export function subtitleKind(text: string): SubtitleKind | undefined {
  // The first two lines, taken apart by hand: splitting a short note's text would split it a second time (parse/index.ts splits it once).
  const head = text.trimStart().slice(0, 200);
  const end = head.indexOf('\n');
  const first = end === -1 ? head : head.slice(0, end);
  const secondEnd = end === -1 ? -1 : head.indexOf('\n', end + 1);
  const second = end === -1 ? '' : head.slice(end + 1, secondEnd === -1 ? head.length : secondEnd);
  if (WEBVTT.test(first)) return 'vtt';
  // A copy may have lost the cues' numbers: a first line that is a timecode is one too.
  return (CUE_NUMBER.test(first) && TIMECODE.test(second)) || TIMECODE.test(first) ? 'srt' : undefined;
}

export interface Subtitles extends ConvertedText {
  /** How many cues were read. */
  cues: number;
  /** How many cue lines were left out as rolling captions' repeats of the cue before's last line. */
  repeats: number;
  /** How many WebVTT blocks that are no cue (`NOTE`, `STYLE`, `REGION`) were left out. */
  otherBlocks: number;
}

export function subtitlesToText(lines: readonly string[], kind: SubtitleKind): Subtitles {
  let otherBlocks = 0;
  /** The file's blocks in order: a cue's lines of text (tags gone), or text outside any cue, kept as written. */
  const blocks: { cue: boolean; lines: CueLine[] }[] = [];
  let k = 0;
  if (kind === 'vtt') {
    // The header: `WEBVTT` and the lines up to the first blank one.
    while (k < lines.length && lines[k]!.trim() !== '') k++;
  }
  while (k < lines.length) {
    if (endsBlock(lines, k, kind)) {
      k++;
      continue;
    }
    const start = k;
    while (k < lines.length && !endsBlock(lines, k, kind)) k++;
    const block = lines.slice(start, k).map((line, n) => ({ line, fileLine: start + n + 1 }));
    if (kind === 'vtt' && NOT_A_CUE.test(block[0]!.line)) {
      otherBlocks++;
      continue;
    }
    // The timing on the block's first line, or on its second under a cue's number or id.
    const timing = TIMECODE.test(block[0]!.line) ? 0 : TIMECODE.test(block[1]?.line ?? '') ? 1 : -1;
    // No cue: text the file holds as it is, kept.
    if (timing < 0) blocks.push({ cue: false, lines: block });
    else blocks.push({ cue: true, lines: block.slice(timing + 1).filter((line) => cueText(line.line).text !== '') });
  }
  const cues = blocks.filter((block) => block.cue);
  const repeated = rollingRepeats(cues.map((cue) => cue.lines));
  const { read, say } = captionLines();
  for (const block of blocks) {
    if (!block.cue) block.lines.forEach(({ line, fileLine }) => read.push({ text: line.trim(), fileLine }));
    else block.lines.forEach(({ line, fileLine }) => !repeated.has(fileLine) && say(line, fileLine));
  }
  return { ...convertedText(read), cues: cues.length, otherBlocks, repeats: repeated.size };
}

/**
 * Lines of captions joined into a transcript's lines, as `say` is given them: a sentence a line leaves open goes on
 * with the next line (a question said over two cues is one line), a new speaker's or a new question's line starts
 * one. For subtitles' cues, and for a transcript copied with a time stamp over each caption line (stamped-transcript.ts).
 */
export function captionLines(): { read: TextLine[]; say: (line: string, fileLine: number) => void } {
  const read: TextLine[] = [];
  /** The speaker of the last line, as a voice tag named them. */
  let lastVoice: string | undefined;
  const say = (line: string, fileLine: number): void => {
    const last = read.at(-1);
    const { voice, text } = cueText(line);
    // A dash opens a new speaker's line (`- Why?`); a speaker's label does too, but the one who goes on speaking.
    const sameVoice = voice !== undefined && voice === lastVoice;
    const newSpeaker = (voice !== undefined && !sameVoice) || /^[-–—][ \t]|^[^\s:：]{1,30}[:：][ \t]/u.test(text);
    // Captions without punctuation (auto-generated) end no sentence: a line naming the next question's turn starts
    // one, and a paragraph, so that no answer before it runs on into it.
    const newQuestion = opensWithQuestionTurn(text);
    if (last && !newSpeaker && !newQuestion && !SENTENCE_END.test(last.text) && last.text.length + text.length < LONGEST_LINE) last.text += ` ${text}`;
    else {
      if (last && newQuestion) read.push({ text: '', fileLine });
      read.push({ text: voice === undefined ? text : `${voice}: ${text}`, fileLine });
    }
    lastVoice = voice ?? lastVoice;
  };
  return { read, say };
}

interface CueLine {
  line: string;
  fileLine: number;
}

/**
 * The file lines of rolling captions' repeats. Rolling captions (YouTube's auto-generated ones) show each line again
 * atop the next cue, and once more alone in a cue of 10 ms between: a cue that opens with the line the cue before
 * ended with opens with what was said already. Only where most cues do so: in other subtitles a speaker may say
 * `No.` twice.
 */
function rollingRepeats(cues: readonly (readonly CueLine[])[]): Set<number> {
  const repeats = new Set<number>();
  let lastLine: string | undefined;
  for (const lines of cues) {
    const said = lines.map((line) => cueText(line.line).text);
    if (said[0] !== undefined && said[0] === lastLine) repeats.add(lines[0]!.fileLine);
    lastLine = said.at(-1) ?? lastLine;
  }
  return repeats.size >= 2 && repeats.size * 2 >= cues.length - 1 ? repeats : new Set();
}

/**
 * Whether the line at `k` ends the block it is in: a blank line. WebVTT ends a cue's text only at an empty line,
 * though: a line of spaces is the cue's (YouTube's auto-captions open each cue's text with a line of one space), but
 * where the next cue's timing follows it (under its id or not), or a `NOTE`, it was meant to part the two blocks.
 */
function endsBlock(lines: readonly string[], k: number, kind: SubtitleKind): boolean {
  const line = lines[k]!;
  if (line.trim() !== '') return false;
  if (kind === 'srt' || line === '') return true;
  const next = lines[k + 1];
  return next === undefined || next.trim() === '' || TIMECODE.test(next) || NOT_A_CUE.test(next) || TIMECODE.test(lines[k + 2] ?? '');
}

/** A line of a cue's text as said, tags gone and entities read, and who says it, if a voice tag at its head names them. */
function cueText(line: string): { voice?: string; text: string } {
  const found = VOICE.exec(line);
  const voice = found && line.slice(0, found.index).trim() === '' ? found : undefined;
  const said = (voice ? line.slice(voice.index + voice[0].length) : line)
    .replace(TAG, '')
    .replace(/&(?:amp|lt|gt|nbsp|lrm|rlm);/g, (entity) => ENTITIES[entity]!)
    .replace(/[ \t]+/g, ' ')
    .trim();
  return voice ? { voice: voice[1]!.trim(), text: said } : { text: said };
}
