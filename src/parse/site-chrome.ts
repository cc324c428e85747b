/**
 * Lines that a browser copies along with an article: navigation, comment
 * widgets, theme footers. They are never part of a question or an answer.
 * Matched line by line, on the whole trimmed line, so prose that merely
 * mentions "comments" is never taken.
 */
const CHROME_LINES: RegExp[] = [
  /^skip to (?:main )?content$/i,
  /^(?:sign|log) ?in(?: to (?:post|comment|reply).*)?$/i,
  /^sign up$/i,
  /^loading comments/i,
  /^\d*\s*comments?$/i,
  /^markdown (?:is )?supported$/i,
  /^share (?:this|on|your (?:approach|thoughts)|via)\b.*$/i,
  /^built with \w+/i,
  /^theme .* designed by .+$/i,
  /^powered by \w+/i,
  /^(?:©|copyright\b).*$/i,
  /^all rights reserved\.?$/i,
  /^(?:table of contents|on this page|contents)$/i,
  /^edit (?:this page|on github)$/i,
  /^back to top$/i,
  /^(?:previous|next)(?: (?:page|post|article))?$/i,
  /^last (?:updated|modified)\b.*$/i,
  /^(?:leave|post) a (?:comment|reply)$/i,
  /^[\s|?!·•\-–—_=*#~.,:;/\\]+$/,
  /^(?:send|give|provide|leave) (?:us )?feedback$/i,
  /^thanks? (?:you )?for (?:your )?feedback[!.]?$/i,
  /^(?:피드백|의견) (?:보내기|남기기)$/,
];

/**
 * The question of a docs page's feedback widget. It asks the reader, not
 * the interview: left out, as are the buttons that answer it.
 */
const FEEDBACK_PROMPTS: RegExp[] = [
  /^(?:was|is) this (?:page|article|post|doc|document|documentation|guide|tutorial|section|answer|content|information) (?:helpful|useful)\s*[?？]?$/i,
  /^did this (?:page|article|post|doc|guide|tutorial|answer) help(?: you)?\s*[?？]?$/i,
  /^did you find (?:this|it) (?:page |article |post |doc )?(?:helpful|useful)\s*[?？]?$/i,
  /^how (?:helpful|useful) (?:was|is) this (?:page|article|post|doc|answer)\s*[?？]?$/i,
  /^(?:이 (?:페이지|문서|글|콘텐츠|정보|답변)(?:가|이|는)? )?도움이 (?:되었|됐|되셨)(?:나요|습니까|어요|는지요)\s*[?？]?$/,
];
/** The buttons that answer the widget's question. */
const FEEDBACK_BUTTON = /^(?:[\p{Extended_Pictographic}\ufe0f]\s*)*(?:yes|no|helpful|not helpful|thumbs up|thumbs down|예|네|아니요|아니오|좋아요|싫어요)?(?:\s*[\p{Extended_Pictographic}\ufe0f])*$/iu;

export function isFeedbackPrompt(line: string): boolean {
  const trimmed = line.trim();
  return FEEDBACK_PROMPTS.some((pattern) => pattern.test(trimmed));
}

/** A button of the feedback widget ("Yes", "No", "👍"): site chrome only right after its question. */
export function isFeedbackButton(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && FEEDBACK_BUTTON.test(trimmed);
}

export function isSiteChrome(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && (CHROME_LINES.some((pattern) => pattern.test(trimmed)) || isFeedbackPrompt(trimmed));
}
