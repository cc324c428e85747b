/**
 * Decks: one parent deck and a `Parent::Topic` sub-deck per topic.
 *
 * Anki matches imported decks by name (case-insensitively) and rejects two decks whose names differ
 * only in case, so topics are grouped case-insensitively and each group gets one spelling. Deck ids
 * are constants of the name (ids.ts), never timestamps.
 */
import { stableId } from './ids.js';
import { wordingText } from '../../wording/plain-wording.js';

export const DEFAULT_DECK_NAME = 'ML Interview';

/** Anki's built-in "Default" deck and options group; every collection has both, with id 1. */
const DEFAULT_DECK_ID = 1;
export const DECK_CONFIG_ID = 1;

export interface Deck {
  id: number;
  name: string;
  description: string;
}

/** A deck-name component: no control characters, no `::` (it would nest), whitespace collapsed. */
function deckComponent(text: string): string {
  const cleaned = text
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/:{2,}/g, ':')
    .replace(/\s+/gu, ' ')
    .trim();
  return cleaned || 'blank';
}

/**
 * The parent deck's full name for a requested one: each `::` part cleaned, empty parts left out
 * (`a::::b` is `a::b`, as a user typing it means, not `a::blank::b`), the default when none is left.
 */
export function parentDeckName(requested?: string): string {
  // eslint-disable-next-line no-control-regex
  const parts = (requested ?? '').split('::').filter((part) => part.replace(/[\s\u0000-\u001f\u007f]/g, '') !== '');
  return parts.length === 0 ? DEFAULT_DECK_NAME : parts.map(deckComponent).join('::');
}

function deckFor(name: string, description = ''): Deck {
  return { id: stableId('deck', name.toLowerCase()), name, description };
}

/**
 * The decks of one build: the parent (a name with `::` nests it in the user's own decks, which are
 * included so that Anki need not invent them), then one sub-deck per topic (sorted). Returns the
 * decks and a function from a question's topic to its deck.
 */
export function planDecks(
  parentName: string,
  topics: Iterable<string | null>,
): { decks: Deck[]; deckOf: (topic: string | null) => Deck } {
  const path = parentDeckName(parentName).split('::');
  const ancestors = path.slice(0, -1).map((_, i) => deckFor(path.slice(0, i + 1).join('::')));
  const parent = deckFor(path.join('::'), 'Interview questions built by qbank from your notes.');
  // One spelling per case-folded topic: the smallest in code-point order, whatever the input order.
  const spelling = new Map<string, string>();
  for (const topic of topics) {
    if (topic === null) continue;
    const component = topicComponent(topic);
    const key = component.toLowerCase();
    const seen = spelling.get(key);
    if (seen === undefined || component < seen) spelling.set(key, component);
  }
  const children = new Map<string, Deck>();
  for (const key of [...spelling.keys()].sort()) {
    children.set(key, deckFor(`${parent.name}::${spelling.get(key)!}`));
  }
  const deckOf = (topic: string | null): Deck =>
    topic === null ? parent : (children.get(topicComponent(topic).toLowerCase()) ?? parent);
  return { decks: [...ancestors, parent, ...children.values()], deckOf };
}

/** A topic's sub-deck name: its formulas as their TeX, which Anki's deck list shows as it is (wording.ts). */
function topicComponent(topic: string): string {
  return deckComponent(wordingText(topic));
}

/** The `col.decks` JSON object (schema 11), including Anki's Default deck. */
export function decksJson(decks: readonly Deck[], mod: number): Record<string, unknown> {
  const all: Deck[] = decks.some((deck) => deck.name.toLowerCase() === 'default')
    ? [...decks]
    : [{ id: DEFAULT_DECK_ID, name: 'Default', description: '' }, ...decks];
  const json: Record<string, unknown> = {};
  for (const deck of all) {
    json[String(deck.id)] = {
      id: deck.id,
      name: deck.name,
      desc: deck.description,
      mod,
      usn: -1,
      dyn: 0,
      conf: DECK_CONFIG_ID,
      collapsed: false,
      browserCollapsed: false,
      extendNew: 0,
      extendRev: 0,
      newToday: [0, 0],
      revToday: [0, 0],
      lrnToday: [0, 0],
      timeToday: [0, 0],
    };
  }
  return json;
}

/** The `col.dconf` JSON object: Anki's default options group, with every key schema 11 requires. */
export function deckConfigJson(mod: number): Record<string, unknown> {
  return {
    [String(DECK_CONFIG_ID)]: {
      id: DECK_CONFIG_ID,
      name: 'Default',
      mod,
      usn: -1,
      dyn: false,
      maxTaken: 60,
      autoplay: true,
      timer: 0,
      replayq: true,
      new: {
        bury: false,
        delays: [1, 10],
        initialFactor: 2500,
        ints: [1, 4, 0],
        order: 1,
        perDay: 20,
      },
      rev: {
        bury: false,
        ease4: 1.3,
        ivlFct: 1,
        maxIvl: 36500,
        perDay: 200,
        hardFactor: 1.2,
      },
      lapse: {
        delays: [10],
        leechAction: 1,
        leechFails: 8,
        minInt: 1,
        mult: 0,
      },
    },
  };
}
