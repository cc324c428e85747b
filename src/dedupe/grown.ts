/** A typed array of at least `length` elements holding `array`'s, doubled when it grows: columns grow as they are filled. */
export function grown<T extends Int32Array | Float64Array | Uint8Array>(array: T, length: number): T {
  if (length <= array.length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(length, array.length * 2));
  bigger.set(array);
  return bigger;
}
