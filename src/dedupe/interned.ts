/**
 * A list that holds each value once (by identity: strings by their text), and the position of
 * each, in the order first seen: for tables that name each of many repeated values by a number
 * (the words of a match record, the reasons of a decision log).
 */
export class Interned<T> {
  readonly items: T[] = [];
  private readonly at = new Map<T, number>();

  indexOf(item: T): number {
    let found = this.at.get(item);
    if (found === undefined) {
      found = this.items.push(item) - 1;
      this.at.set(item, found);
    }
    return found;
  }
}
