/**
 * An answer that is only a note to come back later ("TBD", "TODO: write this
 * up", "(answer later)", "작성 예정", "다음 글에서 설명", "待补充", "あとで書く", a README's "Coming soon — PRs
 * welcome!", a blank "(빈칸)", a memo "[메모] ↑ 이건 다음 스터디 때 정리하기") holds no answer yet. It is told apart
 * from a real answer that merely carries such a note ("Dropout zeroes …\n
 * TODO: add a figure"): every line of a placeholder is a to-do note, while a
 * real answer has at least one line that says something.
 */
import { CHINESE_PENDING, isToDoMarker, startsWithToDoMarker } from '../extract/to-do-marker.js';
import { BOLD_ITALIC_AND_STRIKETHROUGH_MARKS, withoutEmphasisEnds } from '../wording/emphasis-ends.js';

/** A whole line that is only a placeholder word or mark. */
const PLACEHOLDER_WORD =
  /^(?:tbd|tba|tbc|todo|to do|fixme|wip|xxx|coming soon|n\/a|none|pending|\?+|-+|\.{2,}|…|미정|생략|답\s*없음|미작성|미정리)$/i;

/**
 * A blank left for the answer, in the brackets that mark it one: `(빈칸)`, `[공란]`. Bare, the word is an answer: a quiz's
 * `=IF(A1="","",A1)` leaves a cell `공란`. Tried before bareLine takes the brackets off.
 */
const BLANK_LEFT = /^[([（【]\s*(?:빈칸|공란)\s*[)\]）】]$/u;

/**
 * A question about what is left empty (`A1이 비어 있을 때`, `아무것도 입력하지 않으면`, `blank`): a blank, in brackets
 * too (`(공란)`), answers it.
 */
const ASKS_ABOUT_BLANK = /비어\s*있|비면|빈\s*칸|공란|공백|입력하지\s*않|\bblank\b|\bempty\b/i;

/** English notes that the answer is still to be written ("answer later", "to be filled"). */
const LATER_NOTE = new RegExp(
  '^(?:' +
    [
      '(?:answer|write|fill|add|finish|complete|update|expand)(?:\\s+(?:this|it|in|up|out|the\\s+answer|more|here))*\\s+later',
      'to\\s+be\\s+(?:filled|added|written|done|completed|answered|continued|updated|expanded|decided|announced|confirmed)(?:\\s+(?:in|out))?(?:\\s+later)?',
      '(?:will|i\'ll)\\s+(?:answer|write|fill|add|finish|complete|update)\\b.*\\blater',
      'coming\\s+soon',
      'under\\s+construction',
      'work\\s+in\\s+progress',
      'not\\s+(?:yet\\s+)?(?:answered|written|done)(?:\\s+yet)?',
      'no\\s+answer(?:\\s+yet)?',
      'answer\\s+pending',
      // A study group's question left to its members: "homework", "left as an exercise (for the reader)", and a post's
      // edit that says so of one of its questions ("Edit: answer for 5 is left as an exercise, sorry").
      '(?:this|next)\\s+week\'s\\s+homework',
      '(?:edit\\s*:\\s*)?(?:(?:the\\s+)?answer\\s+(?:for|to)\\s+(?:q(?:uestion)?\\s*)?\\d{1,3}\\s+is\\s+)?left\\s+as\\s+(?:an?\\s+)?(?:exercise|homework)(?:\\s+(?:for|to)\\s+the\\s+reader)?(?:,?\\s+sorry)?',
    ].join('|') +
    ')$',
  'i',
);

/**
 * Korean notes of the same kind: a writing verb (작성, 정리, 추가, 보완, …)
 * with a word saying "later" before it (추후 작성, 나중에 정리, 나중에 추가할게요), a status
 * after it (작성 예정, 답변 준비 중, 정리 필요) or a "not yet" (아직 정리 못함, 작성 전,
 * 아직 작성 안 함). The verb alone is not a note. A study group's question left to its
 * members is one too: 숙제, 이번 주 숙제. So is a pointer to the blog's next post, which is not in the note
 * (`다음 글에서 설명`, `자세한 내용은 다음 포스팅에서 다룰 예정`, `(다음 편에 계속)`).
 */
const KOREAN_LATER = '(?:추후|나중에|향후|곧|차후|다음\\s*(?:스터디|시간)\\s*때|다음에)';
const KOREAN_SUBJECT = '(?:답변|답|내용|설명|정리|풀이|해설)';
const KOREAN_VERB = '(?:작성|정리|추가|보완|업데이트|준비|채우기|채울|업로드)(?:\\s*(?:하기|할|하겠습니다|할\\s*것|할게요|할께요|하겠음|해야지|해야\\s*함))?';
/**
 * The next post of a series, or one of its own, where the answer is to be told: `다음 글에서`, `별도 포스팅으로`, `다음 편에`.
 * Its particle is wanted: `다음 글` alone is a blog's link to its next post (site chrome), not a note.
 */
const KOREAN_NEXT_POST = '(?:자세한\\s*(?:내용|설명)은\\s*)?(?:다음|후속|별도)\\s*(?:글|포스팅|포스트|편|게시글|게시물)\\s*(?:에서|에|으로|로)';
/** What that post does with it: explains (설명할게요), covers (다룰 예정), goes on (계속); or nothing said (`다음 글에서 자세히`). */
const KOREAN_TOLD_THERE = `(?:\\s*(?:자세히|따로|이어서))?(?:\\s*(?:${KOREAN_SUBJECT}|다룸|다룰|다루기|다룹니다|계속)(?:\\s*(?:예정|할게요|하겠습니다|합니다|함)(?:입니다|임)?)?)?`;
const KOREAN_STATUS = '(?:예정|중|필요|할\\s*것)(?:입니다|임)?';
/** Not done yet: 못함, 못 했음, 안 함, 안 됨, 전 (before it is written). */
const KOREAN_NOT_DONE = '(?:못\\s*(?:함|했음|했다|했어요|했습니다)|안\\s*(?:함|했음|됨)|전)';
/**
 * The verbs of writing an answer down (and of studying for it: `아직 공부 안 함`), the only ones a "not yet" makes a note of: `업데이트 안 됨` (a weight that
 * requires no gradient) and `추가 안 됨` (a tuple) answer what happens.
 */
const KOREAN_WRITE = '(?:작성|정리|공부)(?:\\s*(?:하기|할|하겠습니다|할\\s*것))?';
export const KOREAN_NOTE = new RegExp(
  `^(?:${KOREAN_LATER}\\s*(?:${KOREAN_SUBJECT}\\s*)?${KOREAN_VERB}(?:\\s*${KOREAN_STATUS})?` +
    `|(?:${KOREAN_SUBJECT}\\s*)?${KOREAN_VERB}\\s*${KOREAN_STATUS}` +
    `|(?:아직\\s*)?(?:${KOREAN_SUBJECT}\\s*)?${KOREAN_WRITE}\\s*${KOREAN_NOT_DONE}` +
    `|(?:(?:이번|다음)\\s*주\\s*)?숙제` +
    `|${KOREAN_NEXT_POST}${KOREAN_TOLD_THERE}` +
    // A study group's question left to each member: `다음 주까지 각자 정리해 오기!`.
    `|(?:(?:이번|다음)\\s*주(?:까지)?\\s*)?(?:각자\\s*)?(?:정리|공부|조사)해\\s*오기` +
    `|작성\\s*중|준비\\s*중|추가\\s*예정)$`,
  'u',
);
/**
 * Chinese and Japanese notes of the same kind: `待补充`, `待整理`, `未完成`, `略` (left out); `未回答`, `あとで書く`,
 * `準備中`, `要復習` (to review), one or several joined (`未回答・要復習`).
 */
const CJK_NOTE_WORD =
  `(?:${CHINESE_PENDING}|未(?:完成|回答|作成|記入)|暂无(?:答案)?|略|要復習|(?:あと|後)で(?:書く|まとめる|追記|調べる)|(?:準備|作成|執筆|調査|編集)中|追記予定)`;
const CJK_NOTE = new RegExp(`^${CJK_NOTE_WORD}(?:\\s*[・、，,/]\\s*${CJK_NOTE_WORD})*$`, 'u');

/** Laughter or tears typed in Korean chat (`ㅎㅎ`, `ㅋㅋ`, `ㅠㅠ`) after a note: an emoticon, not words (tried where a run starts, as below). */
export const KOREAN_EMOTICON = /(?<![ㅎㅋㅠㅜ])[ㅎㅋㅠㅜ]+$/u;

/*
 * A run at the line's end, tried only from where a run starts (the lookbehind): tried from each of
 * its characters, a long run of dots inside the line ("x.....x") took seconds, on every answer's first line.
 * Exported for the test that checks it cannot backtrack so.
 */
export const CLOSING_PUNCTUATION = /(?<![.!。…])[.!。…]+$/u;

/** The line without list bullets and emphasis marks. */
function unmarkedLine(line: string): string {
  const bare = line
    .trim()
    .replace(/^(?:[•*+-]|\d+[.)])\s+/, '');
  // Strikethrough's too: a struck-out note (`~~TODO~~`) or one with a tilde after it (`작성 예정~`) is still one.
  return withoutEmphasisEnds(bare, BOLD_ITALIC_AND_STRIKETHROUGH_MARKS).trim();
}

/** The line, its bullet and emphasis marks off (unmarkedLine), without wrapping brackets, a Korean emoticon and the closing punctuation. */
function bareLine(unmarked: string): string {
  let bare = unmarked;
  while (/^[([{（【][^()[\]{}（）【】]*[)\]}）】]$/u.test(bare)) bare = bare.slice(1, -1).trim();
  // `이번 주 숙제 ㅎㅎ`, `(아직 정리 못함 ㅠㅠ)`: the note without the emoticon after it.
  bare = bare.replace(KOREAN_EMOTICON, '').trimEnd();
  // "..." alone is the placeholder itself, not punctuation to drop.
  return bare.replace(CLOSING_PUNCTUATION, (end) => (end === bare ? end : '')).trim();
}

/**
 * A to-do tag leading an answer's line (`#todo write the derivation`, as Obsidian and Logseq mark one): a note to
 * come back, where an answer is (a question's line led by it is still a question, to-do-marker.ts).
 */
const TO_DO_TAG = /^\\?#(?:todo|to-do|tbd|fixme|wip)(?![\p{L}\p{N}_/-])/iu;

/**
 * A README's invitation to write the answer in, after its note (`Coming soon — PRs welcome!`) or alone: the note's, no
 * answer's words, unless alone under a question about contributing (ASKS_ABOUT_CONTRIBUTING). The marks before it are
 * a run tried only from where it starts (the lookbehind), as below.
 */
export const CONTRIBUTIONS_WELCOME = /(?<![\s—–,;:.!-])[\s—–,;:.!-]*\b(?:prs?|pull requests?|contributions?)\s+(?:are\s+)?(?:(?:very|always|most)\s+)?welcome$/i;

/**
 * What heads a memo to oneself under a question (`[메모] ↑ 이건 다음 스터디 때 정리하기`): its label, an arrow up at the
 * question, and "this": the note after it says whether it is a to-do note.
 */
export const MEMO_HEAD = /^(?:\[(?:메모|memo)\]\s*|(?:메모|memo|note to self)\s*[:：]\s*)?(?:[↑⬆☝]\ufe0f?\s*)?(?:(?:이건|이거|이것은|이\s*질문은?)\s+)?/iu;

/**
 * A question a README's FAQ asks about contributing to it (`Do you accept translations?`, `Can I add my own
 * questions?`, `How do I open a PR?`): an invitation to contribute, alone, answers it.
 */
const ASKS_ABOUT_CONTRIBUTING = /\b(?:contribut|pull requests?\b|prs?\b|translat|add\b|adding\b|submit)/i;

/**
 * A line that is only a to-do note: a placeholder word or a to-do marker alone (`待办`), a "later" note, or a line led
 * by a to-do marker or tag. `question`: the question the line answers, when known.
 */
function isToDoNote(line: string, question: string | undefined): boolean {
  const unmarked = unmarkedLine(line);
  // Tried first: bareLine takes the brackets that make `(빈칸)` a blank off.
  if (BLANK_LEFT.test(unmarked)) return question === undefined || !ASKS_ABOUT_BLANK.test(question);
  let bare = bareLine(unmarked);
  // Tested for its word first: the pattern, tried at each of a line's places, is for the few lines that hold it.
  if (/welcome/i.test(bare) && CONTRIBUTIONS_WELCOME.test(bare)) {
    bare = bare.replace(CONTRIBUTIONS_WELCOME, '');
    if (bare === '') return question === undefined || !ASKS_ABOUT_CONTRIBUTING.test(question);
  }
  bare = bare.replace(MEMO_HEAD, '');
  return PLACEHOLDER_WORD.test(bare) || LATER_NOTE.test(bare) || KOREAN_NOTE.test(bare) || CJK_NOTE.test(bare) || isToDoMarker(bare) || startsWithToDoMarker(bare) || TO_DO_TAG.test(bare);
}

/** Ends a sentence: a line after it starts a new thought. */
const SENTENCE_END = /[.!?。]\s*$/;

/**
 * True when every line of the answer's plain text is a to-do note. A line
 * that starts in lower case after a to-do note that did not end its sentence
 * is the rest of that note, wrapped ("TODO: write this up properly later,\n
 * with the plot from the paper"). `question`: the question it answers, when known.
 */
export function isPlaceholderAnswer(text: string, question?: string): boolean {
  let previousWasNote = false;
  let previousLine = '';
  // Line by line, without splitting the whole text: nearly every answer is told real by its first line.
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    start = end === -1 ? text.length : end + 1;
    if (line.trim() === '') continue;
    const continues = previousWasNote && !SENTENCE_END.test(previousLine) && /^\s*\p{Ll}/u.test(line);
    if (!continues && !isToDoNote(line, question)) return false;
    previousWasNote = true;
    previousLine = line;
  }
  return previousWasNote;
}
