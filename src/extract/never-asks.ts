/**
 * Names that never ask, whatever shape they take: a post's own sections
 * ("Summary", "What's next?"), an author's to-do marker ("TODO") and mark of what is done ("done ✅"). Among
 * question headings or over a list they look like prompts (short, titled,
 * even with a question mark), but nobody is quizzed on "What's next?".
 */
import type { Proposals } from './constructs.js';
import { isToDoMarker, startsWithToDoMarker } from './to-do-marker.js';
import { ALL_THE_BEST, GOOD_LUCK, HAPPY_STUDYING, KOREAN_THANKS, THANKS } from '../wording/sign-off-words.js';
import { QUESTION_MARKS } from '../wording/marks.js';

export type NeverAsking = 'post-section' | 'todo' | 'done';

/**
 * An author's mark over what they have finished (`done ✅` over `- wide & deep`, `Reviewed:`, `복습 완료`, `已完成`), the
 * whole title: the topics under it are ticked off, not asked, as a to-do's are still to do.
 */
const DONE = /^(?:(?:already\s+)?(?:done|finished|completed|reviewed|covered)(?:\s+(?:already|so far))?|(?:공부|복습|학습)?\s*완료|已(?:完成|复习|複習))\s*[!.:：]*$/iu;

/** The names of the section that ends a post: its conclusion, the author's last words (`마치며`, `Final thoughts`, `おわりに`). */
/**
 * What an interview post calls the candidate's own questions at the end (`역질문`, `反问`, `逆質問`, `Reverse questions`):
 * a section of the post (POST_SECTION) and a formality of a round (interview-rounds.ts), a question to study in neither.
 */
export const REVERSE_QUESTIONS = String.raw`反问|역질문|逆質問|reverse questions?`;

const CLOSING_SECTION = String.raw`conclusions?|in closing|wrap(?:ping)?[- ]?up|final thoughts|closing thoughts|epilogue|afterword|결론|마무리(?:하며)?|맺음말|(?:글을 )?마치며|마치면서|끝으로|結論|结论|结语|写在最后|おわりに|終わりに|まとめ|さいごに|最後に`;

/**
 * How a talk's last slide invites questions in Korean (`질문 있으신가요?`, `궁금한 점 있나요?`, `질문 받습니다`): the
 * slide that `Questions?` is in English, asking the audience, not a question to study.
 */
const INVITES_QUESTIONS = String.raw`(?:혹시\s*)?(?:질문|궁금한\s*(?:점|것))(?:이)?\s*(?:있(?:으신가요|으세요|나요|습니까|으십니까)|받습니다)|질문\s*(?:&|과|및)\s*답변`;

/**
 * The author's card that closes a post, as a clipper saves it (MarkDownload's `## Written by [Jane Doe](…)` over the
 * author's followers and bio), or its title (`About the author`, `저자 소개`): a name after `by`, the title whole, no
 * question mark (`Written by whom?`, `Posted by 기준으로 커밋을 찾으려면?` ask).
 */
const AUTHOR_CARD = /^(?:(?:written|posted|published) by\s+(?!(?:whom?|which|what)\b)[^?？]{1,60}|about (?:the|this) author|(?:저자|작성자|글쓴이)\s*소개)$/i;

/**
 * Sections that open or close a blog post, or lead through it (`Index` over its table of contents), the
 * author's notes to self (`Notes`, `메모`) and study plan (`Study Plan`, `준비 일정`), and the wishes that close a cheat sheet (`**Good luck!** 🚀`), a talk's last slide (`Q&A`, `질문 있으신가요?`, `감사합니다`), in English, Korean and Chinese; the whole title, a
 * closing mark allowed. An interview post's account of the questions the candidate asked (`역질문`, `反问`, `逆質問`) is one:
 * they are no questions to study.
 */
const POST_SECTION = new RegExp(
  String.raw`^(?:index|(?:table of )?contents|toc|目录|目次|목차|others?|misc(?:ellaneous)?|其他|其它|기타|introduction|intro|overview|summary(?: table)?|${CLOSING_SECTION}|tl;?\s?dr|(?:key )?takeaways|recap|what(?:['’]s| is)? next|next steps?|next up|related (?:posts|articles)|acknowledge?ments|${THANKS}(?: for reading)?|(?:any )?questions|q\s?(?:&|and)\s?a(?:\s*(?:시간|time|session))?|질의\s?응답|${INVITES_QUESTIONS}|${KOREAN_THANKS}|${GOOD_LUCK}|${ALL_THE_BEST}|${HAPPY_STUDYING}|you(?:['’]ve| have) got this|lessons? learned|reflections?|retrospective|(?:my |personal )?notes?(?: to (?:self|myself)| for myself)?|memos?|(?:개인\s?)?메모|笔记|备注|(?:自分用)?メモ|why (?:did )?i (?:write|wrote) this(?: post| article)?|(?:study|prep(?:aration)?|interview prep(?:aration)?) (?:plan|schedule|timeline)|(?:공부|준비|학습|면접\s*준비)\s*(?:일정|계획)|요약|정리|들어가며|느낀\s?점|후기|회고|소감|${REVERSE_QUESTIONS}|反问环节|(?:왜\s*)?이 글을 (?:쓰게 된|쓰는) (?:이유|계기)|왜 이 글을 쓰게 되었나|다음 (?:글|편|단계)|다음은|다음 이야기)\s*[${QUESTION_MARKS}!.:：]*$`,
  'i',
);
const CLOSING_TITLE = new RegExp(String.raw`^(?:${CLOSING_SECTION})\s*[!.:：]*$`, 'i');

/** What joins two sections' names in one title (`역질문 & 소감`, `Summary and next steps`, `후기 및 소감`, `요약 / 회고`). */
const JOINED = /\s*(?:[&/+,·]|\band\b|및)\s*/i;

export function neverAsks(prompt: string): NeverAsking | undefined {
  const text = prompt.trim();
  if (isToDoMarker(text) || startsWithToDoMarker(text)) return 'todo';
  if (DONE.test(text)) return 'done';
  return POST_SECTION.test(text) || namesPostSections(text) || AUTHOR_CARD.test(text) ? 'post-section' : undefined;
}

/** A title that joins two names or more of a post's own sections, each one whole (`역질문 & 소감`). */
function namesPostSections(text: string): boolean {
  const names = text.split(JOINED);
  return names.length > 1 && names.every((name) => name !== '' && POST_SECTION.test(name));
}

/**
 * A line that only says the author left out what stood there (`생략`, `(생략)`, `skip`, `省略`): under a round of an
 * interview, its questions (`## 2차 면접 (인성)` over `생략`, interview-rounds.ts). Nothing was asked there to study.
 */
const OMITTED = /^[(（\[【]?\s*(?:생략(?:합니다|했습니다|함)?|skip(?:ped)?|omitted|省略|略)\s*[)）\]】]?[.。]?$/i;

export function saysOmitted(line: string): boolean {
  return OMITTED.test(line.trim());
}

/** Whether `title`, whole, names the section that ends a post (`마치며`, `Conclusion:`); `In conclusion, …` says more. */
export function namesClosingSection(title: string): boolean {
  return CLOSING_TITLE.test(title.trim());
}

/** The proposals without the prompts that never ask (the same object when there are none). */
export function withoutNeverAsking(proposals: Proposals): Proposals {
  const entries = Object.entries(proposals);
  if (!entries.some(([, found]) => neverAsks(found.prompt))) return proposals;
  return Object.fromEntries(entries.filter(([, found]) => !neverAsks(found.prompt))) as Proposals;
}

/**
 * The sections a repository's README closes with (`## Contributing` over `1. Fork the repo`, `## License`,
 * `## Installation`): the titles they list (`Fork the repo`) are how to use or help the project, no questions; a
 * list there whose items ask is a list of questions as anywhere (`## Setup` over `1. How do you set up a venv?`).
 */
const REPOSITORY_SECTION = /^(?:contributing|contributions?|how to contribute|contribution guidelines|contributors|licen[cs]e|installation|install(?:ing)?|setup|getting started|usage|how to use(?: this repo(?:sitory)?)?|credits|sponsors?|support|changelog|기여(?:하기| 방법)?|라이선스|설치(?: 방법)?|사용(?: 방법|법)|贡献(?:指南)?|许可证?|安装|使用方法)\s*[!.:：]*$/i;

export function holdsNoQuestions(section: string | undefined): boolean {
  return section !== undefined && REPOSITORY_SECTION.test(section.trim());
}
