/**
 * Jekyll's Liquid markup, as the built page would show it:
 * - `{% highlight python %}` ... `{% endhighlight %}` is a code block of that
 *   language, its indentation kept (written over with a backtick fence);
 * - `{% raw %}` and `{% endraw %}` vanish, and what they wrap is read as written;
 * - `{% comment %}` ... `{% endcomment %}` vanishes with what it wraps;
 * - `{{ site.url }}`, `{{ site.baseurl }}` and `{{ "/x.png" | relative_url }}`
 *   at the head of a link or image URL make it a path relative to the note;
 * - GitBook's tabs and hints, in a GitBook page, are read as the book shows them (gitbook-tags.ts);
 * - any other `{% tag %}` (`include toc`, `if`) is left out, with a note naming the tool it means
 *   something to (GitBook in a GitBook page, else Jekyll).
 */
import { isGitbookNote, readGitbookTag } from './gitbook-tags.js';
import { columnOf, findAfter, isLiteral, longestBacktickRun, markupOn, type MarkupReading, type ProseLine } from './site-markup.js';

/** `{% name args %}`, also with Liquid's whitespace control `{%-`/`-%}`; not Hugo's `{{%`. */
const TAG = /(?<!\{)\{%-?[ \t]*([A-Za-z_]\w*)((?:[^%\n]|%(?!\}))*?)[ \t]*-?%\}/g;
const HIGHLIGHT_LINE = /^([ \t>]*)\{%-?[ \t]*highlight[ \t]+([\w+#.-]+)[^%\n]*-?%\}[ \t]*$/;
/** An `{% endhighlight %}` line (multiline, for `findAfter`). */
const END_HIGHLIGHT = /^[ \t>]*\{%-?[ \t]*endhighlight[ \t]*-?%\}[ \t]*$/gm;
const END_RAW = /\{%-?[ \t]*endraw[ \t]*-?%\}/g;
const END_COMMENT = /\{%-?[ \t]*endcomment[ \t]*-?%\}/g;
/** The site's address before a path, at the head of a link or image URL or a link definition. */
const SITE_URL = /(?:\]\(|^[ ]{0,3}\[[^\]\n]+\]:)[ \t]*((?:\{\{-?[ \t]*site\.(?:url|baseurl)[ \t]*-?\}\})+\/?)/g;
/** `{{ "/assets/x.png" | relative_url }}` (or `absolute_url`) as a URL. */
const URL_FILTER = /(?:\]\(|^[ ]{0,3}\[[^\]\n]+\]:)[ \t]*(\{\{-?[ \t]*(["'])\/?([^"'\n]*)\2[ \t]*\|[ \t]*(?:relative_url|absolute_url)[ \t]*-?\}\})/g;

export function readLiquid(line: ProseLine, reading: MarkupReading): void {
  if (readHighlight(line, reading)) return;
  for (const match of markupOn(line, reading, SITE_URL)) {
    const start = match.offset + match[0].length - match[1]!.length;
    reading.text.blank(start, start + match[1]!.length);
  }
  for (const match of markupOn(line, reading, URL_FILTER)) {
    const start = match.offset + match[0].length - match[1]!.length;
    reading.text.overwrite(start, start + match[1]!.length, match[3]!);
  }
  for (const match of markupOn(line, reading, TAG)) {
    const name = match[1]!;
    const end = match.offset + match[0].length;
    if (name === 'raw' || name === 'comment') {
      const close = findAfter(reading, name === 'raw' ? END_RAW : END_COMMENT, end);
      const closeEnd = close ? close.index + close[0].length : end;
      reading.text.blank(match.offset, end);
      if (!close) continue;
      if (name === 'comment') reading.text.blank(end, closeEnd);
      else reading.text.blank(close.index, closeEnd);
      reading.literal.push([match.offset, closeEnd]);
      continue;
    }
    if (readGitbookTag({ name, args: match[2]!, start: match.offset, end }, line, reading)) continue;
    reading.text.blank(match.offset, end);
    reading.notes.push({
      line: line.number,
      column: columnOf(line, match.offset),
      ruleId: 'liquid-tag',
      message: `Left out the Liquid tag \`${match[0]}\`: it only means something to ${isGitbookNote(reading) ? 'GitBook' : 'Jekyll'}`,
    });
  }
}

/**
 * `{% highlight lang %}` alone on its line becomes a fence of backticks, one
 * more than any run in the code, and the `{% endhighlight %}` line its close.
 * The close is searched for once per pattern (`findAfter`), and a block left
 * open runs to the end of the note: its longest run is measured once for all
 * the openers after it (a longer fence than needed is still a fence).
 */
function readHighlight(line: ProseLine, reading: MarkupReading): boolean {
  const open = HIGHLIGHT_LINE.exec(reading.text.slice(line.start, line.end));
  // Inside `{% raw %}` it is text to show, not a block to make.
  if (!open || isLiteral(reading, line.start + open[1]!.length, line.end)) return false;
  const close = findAfter(reading, END_HIGHLIGHT, line.end + 1);
  const codeEnd = close ? close.index : reading.source.length;
  let longest: number;
  if (close) longest = longestBacktickRun(reading.source, line.end + 1, codeEnd);
  else {
    longest = openTail.get(reading) ?? longestBacktickRun(reading.source, line.end + 1, codeEnd);
    openTail.set(reading, longest);
  }
  const fence = '`'.repeat(Math.max(2, longest) + 1);
  const tagStart = line.start + open[1]!.length;
  reading.text.overwrite(tagStart, line.end, `${fence}${open[2]}`);
  if (close) {
    const indent = /^[ \t>]*/.exec(close[0])![0].length;
    reading.text.overwrite(close.index + indent, close.index + close[0].length, fence);
  }
  return true;
}

/** For a note with a highlight block left open: the longest backtick run from the first such block to the end. */
const openTail = new WeakMap<MarkupReading, number>();
