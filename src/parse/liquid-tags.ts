/**
 * Jekyll's Liquid markup, as the built page would show it:
 * - `{% highlight python %}` ... `{% endhighlight %}` is a code block of that
 *   language, its indentation kept (written over with a backtick fence);
 * - `{% raw %}` and `{% endraw %}` vanish, and what they wrap is read as written;
 * - `{% comment %}` ... `{% endcomment %}` vanishes with what it wraps;
 * - `{{ site.url }}`, `{{ site.baseurl }}` and `{{ "/x.png" | relative_url }}`
 *   at the head of a link or image URL make it a path relative to the note;
 * - any other `{% tag %}` (`include toc`, `if`) is left out, with a note.
 */
import { columnOf, findAfter, markupOn, type MarkupReading, type ProseLine } from './site-markup.js';

/** `{% name args %}`, also with Liquid's whitespace control `{%-`/`-%}`; not Hugo's `{{%`. */
const TAG = /(?<!\{)\{%-?[ \t]*([A-Za-z_]\w*)((?:[^%\n]|%(?!\}))*?)[ \t]*-?%\}/g;
const HIGHLIGHT_LINE = /^([ \t>]*)\{%-?[ \t]*highlight[ \t]+([\w+#.-]+)[^%\n]*-?%\}[ \t]*$/;
const END_HIGHLIGHT_LINE = /^[ \t>]*\{%-?[ \t]*endhighlight[ \t]*-?%\}[ \t]*$/;
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
    reading.text.blank(match.offset, end);
    reading.notes.push({
      line: line.number,
      column: columnOf(line, match.offset),
      ruleId: 'liquid-tag',
      message: `Left out the Liquid tag \`${match[0]}\`: it only means something to Jekyll`,
    });
  }
}

/**
 * `{% highlight lang %}` alone on its line becomes a fence of backticks, one
 * more than any run in the code, and the `{% endhighlight %}` line its close.
 */
function readHighlight(line: ProseLine, reading: MarkupReading): boolean {
  const open = HIGHLIGHT_LINE.exec(reading.text.slice(line.start, line.end));
  if (!open) return false;
  const lines = reading.source.slice(line.end + 1).split('\n');
  const last = lines.findIndex((text) => END_HIGHLIGHT_LINE.test(text));
  const code = last === -1 ? lines : lines.slice(0, last);
  const longest = Math.max(2, ...code.map((text) => /^[ \t>]*(`+)/.exec(text)?.[1]!.length ?? 0));
  const fence = '`'.repeat(longest + 1);
  const tagStart = line.start + open[1]!.length;
  reading.text.overwrite(tagStart, line.end, `${fence}${open[2]}`);
  if (last !== -1) {
    const closeStart = line.end + 1 + code.reduce((sum, text) => sum + text.length + 1, 0);
    const closeLine = lines[last]!;
    const indent = /^[ \t>]*/.exec(closeLine)![0].length;
    reading.text.overwrite(closeStart + indent, closeStart + closeLine.length, fence);
  }
  return true;
}
