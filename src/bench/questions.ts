/**
 * Synthetic questions: a question is a meaning (what is asked, about which
 * concepts) worded by one of several templates. A reworded repeat is the same
 * meaning in another template, which is what deduplication has to find.
 */
import { AREAS, CONCEPTS, KOREAN_AREAS, type Concept } from './vocabulary.js';
import type { Random } from './random.js';

type Intent = 'define' | 'how' | 'why' | 'compare' | 'prefer' | 'pros' | 'implement' | 'pitfalls' | 'relation';

export interface Meaning {
  intent: Intent;
  lang: 'en' | 'ko';
  a: number;
  b: number;
  area: number;
}

interface Slots {
  a: string;
  b: string;
  area: string;
}

type Template = (slots: Slots) => string;

const ENGLISH: Record<Intent, readonly Template[]> = {
  define: [
    (s) => `What is ${s.a}?`,
    (s) => `Could you explain what ${s.a} is?`,
    (s) => `Define ${s.a}.`,
    (s) => `What do you understand by ${s.a}?`,
  ],
  how: [
    (s) => `How does ${s.a} work?`,
    (s) => `Explain how ${s.a} works.`,
    (s) => `Can you walk me through how ${s.a} works?`,
  ],
  why: [
    (s) => `Why do we use ${s.a} in ${s.area}?`,
    (s) => `What is the purpose of ${s.a} in ${s.area}?`,
    (s) => `Why would you apply ${s.a} to ${s.area}?`,
  ],
  compare: [
    (s) => `What is the difference between ${s.a} and ${s.b}?`,
    (s) => `${capitalise(s.a)} vs ${s.b}?`,
    (s) => `How do ${s.a} and ${s.b} differ?`,
    (s) => `Compare ${s.a} and ${s.b}.`,
  ],
  prefer: [
    (s) => `When would you prefer ${s.a} over ${s.b} for ${s.area}?`,
    (s) => `For ${s.area}, why choose ${s.a} rather than ${s.b}?`,
    (s) => `In ${s.area}, when is ${s.a} a better choice than ${s.b}?`,
  ],
  pros: [
    (s) => `What are the advantages and disadvantages of ${s.a}?`,
    (s) => `What are the pros and cons of ${s.a}?`,
    (s) => `List the strengths and weaknesses of ${s.a}.`,
  ],
  implement: [
    (s) => `Implement ${s.a} from scratch.`,
    (s) => `Write a function that computes ${s.a}.`,
    (s) => `How would you implement ${s.a} in code?`,
  ],
  pitfalls: [
    (s) => `What can go wrong with ${s.a} in ${s.area}?`,
    (s) => `What are common pitfalls of ${s.a} when working on ${s.area}?`,
    (s) => `Which problems do you run into with ${s.a} in ${s.area}?`,
  ],
  relation: [
    (s) => `How is ${s.a} related to ${s.b}?`,
    (s) => `What is the relationship between ${s.a} and ${s.b}?`,
    (s) => `What connects ${s.a} and ${s.b}?`,
  ],
};

const KOREAN: Partial<Record<Intent, readonly Template[]>> = {
  define: [(s) => `${s.a}이란 무엇인가요?`, (s) => `${s.a}에 대해 설명해주세요`, (s) => `${s.a}의 개념은 무엇인가요?`],
  how: [(s) => `${s.a}는 어떻게 동작하나요?`, (s) => `${s.a}의 동작 원리를 설명해주세요`],
  why: [(s) => `${s.area}에서 ${s.a}를 사용하는 이유는?`, (s) => `${s.area}에 ${s.a}를 쓰는 이유는 무엇인가요?`],
  compare: [(s) => `${s.a}와 ${s.b}의 차이는?`, (s) => `${s.a}와 ${s.b}는 어떻게 다른가요?`],
  pros: [(s) => `${s.a}의 장단점은?`, (s) => `${s.a}의 장점과 단점을 설명해주세요`],
  implement: [(s) => `${s.a}를 직접 구현해보세요`, (s) => `${s.a}를 코드로 구현하는 방법은?`],
  pitfalls: [(s) => `${s.area}에서 ${s.a}를 쓸 때 주의할 점은?`, (s) => `${s.area}에서 ${s.a}를 사용할 때 생기는 문제는?`],
  prefer: [(s) => `${s.area}에서 ${s.b}보다 ${s.a}를 선택하는 경우는?`, (s) => `${s.area}에서 ${s.b} 대신 ${s.a}를 쓰는 이유는?`],
};

const INTENT_WEIGHTS: ReadonlyArray<[Intent, number]> = [
  ['define', 3],
  ['how', 2],
  ['why', 3],
  ['compare', 3],
  ['prefer', 3],
  ['pros', 1],
  ['implement', 1],
  ['pitfalls', 2],
  ['relation', 2],
];

const KOREAN_CONCEPTS = CONCEPTS.flatMap((concept, index) => (concept.ko ? [index] : []));

/** Which slots each intent's templates use: two meanings differ only in those. */
const SLOTS: Record<Intent, { b: boolean; area: boolean; ordered: boolean }> = {
  define: { b: false, area: false, ordered: true },
  how: { b: false, area: false, ordered: true },
  pros: { b: false, area: false, ordered: true },
  implement: { b: false, area: false, ordered: true },
  why: { b: false, area: true, ordered: true },
  pitfalls: { b: false, area: true, ordered: true },
  compare: { b: true, area: false, ordered: false },
  relation: { b: true, area: false, ordered: false },
  prefer: { b: true, area: true, ordered: true },
};

/** Identifies what is asked: "a vs b" and "b vs a" are one meaning; an unused slot does not count. */
export function meaningKey(meaning: Meaning): string {
  const slots = SLOTS[meaning.intent];
  const concepts = !slots.b ? [meaning.a] : slots.ordered ? [meaning.a, meaning.b] : [meaning.a, meaning.b].sort((x, y) => x - y);
  return `${meaning.lang}:${meaning.intent}:${concepts.join('+')}:${slots.area ? meaning.area : ''}`;
}

/** A new meaning, not in `taken` (tries a few times, then widens to the largest intent). */
export function freshMeaning(random: Random, lang: 'en' | 'ko', taken: ReadonlySet<string>): Meaning {
  for (let attempt = 0; attempt < 50; attempt++) {
    const meaning = drawMeaning(random, lang, attempt >= 10);
    if (!taken.has(meaningKey(meaning))) return meaning;
  }
  throw new Error('the synthetic vocabulary ran out of distinct questions');
}

function drawMeaning(random: Random, lang: 'en' | 'ko', widen: boolean): Meaning {
  const intents = INTENT_WEIGHTS.filter(([intent]) => lang === 'en' || KOREAN[intent]);
  // When the small intents are used up, the one with most room (concept pairs times areas).
  const intent: Intent = widen ? 'prefer' : random.weighted(intents);
  const pool = lang === 'ko' ? KOREAN_CONCEPTS : CONCEPTS.map((_, index) => index);
  const [a, b] = random.sample(pool, 2) as [number, number];
  const areas = lang === 'ko' ? KOREAN_AREAS : AREAS;
  return { intent, lang, a, b, area: random.int(0, areas.length - 1) };
}

/** The wording of a meaning in its `variant`-th template (wrapping round). */
export function wordMeaning(meaning: Meaning, variant: number): string {
  const templates = (meaning.lang === 'ko' ? KOREAN[meaning.intent] : ENGLISH[meaning.intent]) ?? ENGLISH[meaning.intent];
  const template = templates[variant % templates.length]!;
  return template(slotsOf(meaning));
}

export function templateCount(meaning: Meaning): number {
  return ((meaning.lang === 'ko' ? KOREAN[meaning.intent] : ENGLISH[meaning.intent]) ?? ENGLISH[meaning.intent]).length;
}

export function conceptsOf(meaning: Meaning): { a: Concept; b: Concept } {
  return { a: CONCEPTS[meaning.a]!, b: CONCEPTS[meaning.b]! };
}

function slotsOf(meaning: Meaning): Slots {
  const { a, b } = conceptsOf(meaning);
  if (meaning.lang === 'ko') return { a: a.ko ?? a.en, b: b.ko ?? b.en, area: KOREAN_AREAS[meaning.area % KOREAN_AREAS.length]! };
  return { a: a.en, b: b.en, area: AREAS[meaning.area % AREAS.length]! };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
