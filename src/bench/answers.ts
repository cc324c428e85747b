/**
 * Synthetic answers: a few sentences about the question's concepts, and now
 * and then a list, a formula or a code block, as real notes have. Styles
 * decide how each part is written down.
 */
import type { Random } from './random.js';
import { AREAS, CODE_SNIPPETS, FORMULAS, KOREAN_SENTENCES, NOUNS, VERBS } from './vocabulary.js';
import { conceptsOf, type Meaning } from './questions.js';

export interface SyntheticAnswer {
  paragraphs: string[];
  bullets: string[];
  formula?: string;
  code?: string;
}

export function syntheticAnswer(random: Random, meaning: Meaning): SyntheticAnswer | null {
  if (random.chance(0.08)) return null;
  const { a, b } = conceptsOf(meaning);
  const name = meaning.lang === 'ko' ? (a.ko ?? a.en) : a.en;
  const sentence = (): string =>
    meaning.lang === 'ko'
      ? `${name}${random.chance(0.5) ? '는' : '은'} ${random.pick(KOREAN_SENTENCES)}`
      : random.pick([
          () => `${capitalise(a.en)} ${random.pick(VERBS)} ${random.pick(NOUNS)}.`,
          () => `It is commonly used in ${random.pick(AREAS)} because it ${random.pick(VERBS)} ${random.pick(NOUNS)}.`,
          () => `Compared with ${b.en}, it ${random.pick(VERBS)} ${random.pick(NOUNS)} but ${random.pick(VERBS)} ${random.pick(NOUNS)}.`,
          () => `In practice, tune it on the validation set and watch ${random.pick(NOUNS)}.`,
        ])();
  // About 250 bytes of answer a question on average: rapid-fire notes have a
  // line, web pages a few paragraphs.
  const paragraphs = Array.from({ length: random.chance(0.25) ? 2 : 1 }, () =>
    Array.from({ length: random.int(1, 2) }, sentence).join(' '),
  );
  const bullets = random.chance(0.3) ? Array.from({ length: random.int(2, 3) }, sentence) : [];
  return {
    paragraphs,
    bullets,
    ...(random.chance(0.12) ? { formula: random.pick(FORMULAS) } : {}),
    ...(meaning.intent === 'implement' || random.chance(0.03) ? { code: random.pick(CODE_SNIPPETS) } : {}),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
