/**
 * Does a question's wording name what it asks about? A follow-up often does not: "What are its pros
 * and cons?", "What is the time complexity?", "How does it work?", `장단점은?`, `시간 복잡도는?`
 * ask about the question or the section before them. Two such wordings under two subjects are two
 * questions (normalise/asked-about.ts gives each its subject).
 *
 * What is left of a wording without its question words, pronouns and particles, and without the
 * facets a follow-up asks for (pros and cons, complexity, an example, the reason), is its subject;
 * a wording with nothing left names none. A facet is a subject of its own where it is what is
 * defined: "What is a hyperparameter?", "What is time complexity?" (no word points back to it:
 * no `the`, `its`, `this`), `복잡도란?` (`란` defines). A wording that addresses the reader's own
 * ("What are your strengths and weaknesses?", `본인의 장단점은?`) names its subject: the reader.
 */
import { framesKoreanQuestion, withoutKoreanEnding } from '../dedupe/korean.js';
import { QUESTION_MARK, QUESTION_MARKS } from './marks.js';

/**
 * Question words, auxiliaries, prepositions, requests: what any question is made of. Not the merge's
 * template words (dedupe/lexicon.ts), which also hold what tells no two questions apart but may well
 * be what one asks about: "the difference between WHERE and HAVING", "What do you understand about
 * the role?". The stems a clitic leaves are here ("doesn't" is read as "doesn").
 */
const ENGLISH_FRAME = new Set(
  `what whats which who whom whose why how when where is are was were be been being am do does did done doing can could would
  should will shall may might must have has had having a an of and or nor to in on at for with about from by as into than then
  there here any some all each more most other others main key major common typical possible potential general overall real
  practical you we i me us our please give name list explain describe tell discuss mention state briefly mean means meant like
  use used using uses usage work works working happen happens differ differs different difference differences compare compared
  comparison vs versus better worse best worst good bad important matter matters not no yes so if else also both either neither
  way ways case cases situation situations scenario scenarios need needs needed necessary don doesn isn aren didn wasn weren won
  shouldn wouldn couldn cannot`.split(/\s+/),
);

/** Words that point back to something said before ("its", "the" before a facet): with them, a facet is what is asked of it. */
const ENGLISH_POINTING = new Set(['the', 'it', 'its', 'itself', 'they', 'them', 'their', 'theirs', 'themselves', 'this', 'these', 'those', 'that', 'such']);

/** What a follow-up asks for of a subject named before it, and no question asks what it is. */
const ENGLISH_ASKED_OF = new Set(
  `pro pros con cons advantage advantages disadvantage disadvantages benefit benefits drawback drawbacks downside downsides upside
  upsides limitation limitations tradeoff tradeoffs trade off offs example examples intuition motivation reason reasons alternative
  alternatives caveat caveats pitfall pitfalls`.split(/\s+/),
);

/** Facets that a question may also define ("What is time complexity?"): asked of a subject only when a word points back to it. */
const ENGLISH_FACETS = new Set(
  `strength strengths weakness weaknesses assumption assumptions complexity complexities time space runtime memory computational cost
  costs instance instances application applications purpose goal idea problem problems issue issues challenge challenges risk risks
  variant variants type types kind kinds step steps property properties characteristic characteristics output outputs input
  inputs result results formula equation definition meaning role effect effects impact solution solutions fix fixes remedy
  improvement improvements extension extensions hyperparameter hyperparameters parameter parameters implementation interpretation
  significance importance performance scalability edge`.split(/\s+/),
);

/**
 * What a subject does, asked of one named before ("Why does it help?", "What problem does it solve?",
 * "When does it fail?"): verbs that name no subject of their own. With a word that names one
 * ("Why does dropout help?") the wording still names it.
 */
const ENGLISH_DOING = new Set(
  `help helps helped helping solve solves solved fail fails failed break breaks improve improves affect affects hurt hurts
  cause causes prevent prevents reduce reduces increase increases change changes handle handles scale scales converge converges
  generalize generalizes generalise generalises behave behaves apply applies perform performs compute computes learn learns
  train trains achieve achieves address addresses avoid avoids mitigate mitigates fix fixed go goes come comes`.split(/\s+/),
);

/** Korean words that frame a question besides the merge's (dedupe/korean.ts), as they are once their endings are off. */
const KOREAN_FRAME = new Set(['설명', '설명하', '왜', '어떻게', '언제', '어디', '말해보', '알려주', '무엇인', '뭘까', '대표적', '주요', '할']);

/** What a Korean follow-up asks for of a subject named before it (a facet with `란` is defined instead: `복잡도란?`). */
const KOREAN_FACETS = new Set(
  `장단점 장점 단점 한계 한계점 문제점 시간 공간 복잡도 시간복잡도 공간복잡도 예시 예 예제 사례 이유 원리 동작 동작원리 작동 작동원리 차이
  차이점 가정 용도 활용 활용법 사용법 응용 대안 개선 개선점 개선방법 해결책 해결 방법 방안 종류 특징 성능 비용 효과 영향 역할 목적 의미
  결과 출력 입력 정의 공식 수식 구현 하이퍼파라미터 파라미터 변형 필요 필요성`.split(/\s+/),
);

/** Korean pronouns and determiners that point back. */
const KOREAN_POINTING = new Set(['그것', '이것', '저것', '그', '이', '저', '해당', '위', '위의', '앞', '앞의']);

/** Endings that define the word they end (`복잡도란?`): what it is, not what it is of something. */
const DEFINING = /^이?란/;

// Words of other scripts (Han, Greek) are words too, and none of them is known here: a subject.
const WORD = /[a-z0-9]+|[\uac00-\ud7a3]+|[\p{L}\p{N}]+/gu;
// Clitics go with their apostrophe ("what's", "doesn't" read as "what", "doesn").
const CLITIC = /'(?:s|t|re|ll|ve|d|m)\b/g;

/** The known word (frame, pointing word or facet) a Korean word is once its endings are off, and what they were; undefined when unknown. */
function koreanWord(word: string): { stem: string; ending: string } | undefined {
  // Ending by ending, as `차이는` is `차이` and not `차`.
  for (let stem: string | undefined = word; stem !== undefined; stem = withoutKoreanEnding(stem)) {
    if (framesKoreanQuestion(stem) || KOREAN_FRAME.has(stem) || KOREAN_POINTING.has(stem) || KOREAN_FACETS.has(stem)) return { stem, ending: word.slice(stem.length) };
  }
  return undefined;
}

/** Question words that ask alone ("Why?", "How so?"), of what was said before. */
const ASKING_ALONE = new Set(['why', 'how', 'when', 'where', 'what', 'which', 'so', 'not', 'then', 'exactly', '왜', '왜요', '왜죠', '어떻게', '어떻게요']);

/**
 * A wording that is only a condition: "What if the batch size is 1?", "And if the data is imbalanced?", `배치 크기가
 * 1이면요?`, `데이터가 적다면?`. Whatever it names, it asks what becomes of what was asked before under that condition.
 * A bare `if` only without a comma, as "If you had to pick one, which …?" goes on to ask; in Korean, two words at
 * least (the condition's subject and its verb), the last no noun that ends in 면 (`측면`, `평면`, `비대면`), nor a
 * request put softly as a condition (`Gradient Descent를 쉽게 설명한다면?`, `한 문장으로 요약하면?`), which asks outright.
 */
const ENGLISH_CONDITION_ALONE = /^(?:(?:and|but|so|then)\s+)?(?:what\s+if\b[^?]*|if\b[^,?]*)\?$/i;
const KOREAN_CONDITION_ALONE = new RegExp(String.raw`^[^${QUESTION_MARKS}]*\s[^\s${QUESTION_MARKS}]*(?<![측평표단장화곡방전대내외정반수])면요?\s*${QUESTION_MARK}$`);
const KOREAN_SOFT_REQUEST = new RegExp(String.raw`\s(?:설명|정의|요약|비교|표현|소개|선택|정리|대답|답변|말|꼽|고르|고른)[^\s${QUESTION_MARKS}]*면요?\s*${QUESTION_MARK}$`);

/**
 * Whether a question's wording asks about something it does not name (see above): nothing is left
 * of it, and something in it asks of what came before: a word that points back ("How does it
 * work?"), a facet ("Can you give an example?", `장단점은?`), or a question word alone ("Why?"), or
 * it is only a condition ("What if the batch size is 1?", `배치 크기가 1이면요?`).
 * A flashcard's lone word ("Mean") or a question to the reader ("What do you like to do?") names
 * nothing to ask of: it is its own subject.
 */
export function namesNoSubject(wording: string): boolean {
  const asked = wording.trim();
  if (ENGLISH_CONDITION_ALONE.test(asked) || (KOREAN_CONDITION_ALONE.test(asked) && !KOREAN_SOFT_REQUEST.test(asked))) return true;
  const words = knownWords(wording);
  if (words === undefined) return false;
  const pointing = words.some((word) => ENGLISH_POINTING.has(word));
  // Nothing but facets and no question word ("Pros and cons?", "Time complexity?"): a note's shorthand for a follow-up.
  const telegraphic = words.length <= 4 && words.every((word) => ENGLISH_FACETS.has(word) || ENGLISH_ASKED_OF.has(word) || word === 'and' || word === 'or');
  let asksOf = pointing || (words.length > 0 && words.length <= 2 && words.every((word) => ASKING_ALONE.has(word)));
  for (const word of words) {
    if (/^[a-z0-9]/.test(word)) {
      if (ENGLISH_ASKED_OF.has(word) || (ENGLISH_FACETS.has(word) && (pointing || telegraphic))) asksOf = true;
      else if (!ENGLISH_FRAME.has(word) && !ENGLISH_POINTING.has(word) && !ENGLISH_DOING.has(word)) return false;
      continue;
    }
    const known = koreanWord(word)!;
    if (KOREAN_FACETS.has(known.stem) && DEFINING.test(known.ending)) return false;
    // Korean has no article: a facet, or a pronoun (`그것`, `이`), asks of what came before.
    if (KOREAN_FACETS.has(known.stem) || KOREAN_POINTING.has(known.stem)) asksOf = true;
  }
  return asksOf;
}

/**
 * The words of a wording, lower case, when every one is a word known here; undefined at the first
 * that is not (most questions name their subject in their first words: nothing more is read of them).
 */
function knownWords(wording: string): string[] | undefined {
  const text = (/[^\x00-\x7f]/.test(wording) ? wording.normalize('NFKC') : wording).toLowerCase().replace(/[‘’`´]/g, "'").replace(CLITIC, '');
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const word = match[0];
    // Words for the reader ("your strengths", `본인의 장점`) are in no list here: they name a subject.
    const known = /^[a-z0-9]/.test(word)
      ? ENGLISH_FRAME.has(word) || ENGLISH_POINTING.has(word) || ENGLISH_ASKED_OF.has(word) || ENGLISH_FACETS.has(word) || ENGLISH_DOING.has(word)
      : koreanWord(word) !== undefined;
    if (!known) return undefined;
    words.push(word);
  }
  return words;
}
