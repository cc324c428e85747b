/**
 * micromark's `EditMap.consume`, made to cost what it changes. micromark moves the exits of the containers a line
 * closes (a nested list ending, a quote's lazy line) into place with an EditMap over the whole document's events,
 * and the library's `consume` copies every event of the document each time: a list of thousands of items with
 * lists nested in them parsed in quadratic time (8,000 items 4.8 s, 20,000 about 30 s; RemNote's and Logseq's
 * outlines are such lists). Those edits sit at the end of the events, so this `consume` rebuilds the events from
 * the first edit on and leaves those before it in place: the same events in the same order, so the same tree
 * (tests/parse/linear-edit-map.test.ts), for 8,000 items in 1.2 s and 20,000 in 2.8 s.
 *
 * Installed when the parser loads, on the class itself: micromark makes its EditMaps inside, and every one of
 * the process shares it (setext headings' and text's too, whose edits it applies alike; GFM's tables have a class
 * of their own, left as it is).
 */
import { EditMap } from 'micromark-util-edit-map';

type Events = Parameters<EditMap['consume']>[0];

/** The library's own `consume`, which the tests compare this one with. */
export const libraryConsume: EditMap['consume'] = EditMap.prototype.consume;

/**
 * The edits applied to `events` in place, as the library applies them: sorted by index, each edit's additions,
 * then the events from the end of what it removes up to the next edit (none when an edit removes past it). Edits
 * are at indexes within the events, as micromark makes them.
 */
export function consumeFromFirstEdit(this: EditMap, events: Events): undefined {
  const { map } = this;
  if (map.length === 0) return undefined;
  map.sort((a, b) => a[0] - b[0]);
  const first = map[0]![0];
  const rebuilt: Events = [];
  for (let k = 0; k < map.length; k++) {
    const [at, remove, add] = map[k]!;
    for (const event of add) rebuilt.push(event);
    const next = k + 1 < map.length ? map[k + 1]![0] : events.length;
    for (let index = at + remove; index < next; index++) rebuilt.push(events[index]!);
  }
  events.length = first;
  // Pushed one by one: a spread of a long list would overflow the stack.
  for (const event of rebuilt) events.push(event);
  map.length = 0;
  this.index.clear();
  return undefined;
}

EditMap.prototype.consume = consumeFromFirstEdit;
