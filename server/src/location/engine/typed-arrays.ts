/** Growth of the engine's per-tag columns: copy into a larger array, fill the new part. */
type Column = Float64Array | Float32Array | Int32Array | Uint16Array | Uint8Array;

export function grown<T extends Column>(column: T, length: number, fill: number): T {
  const Constructor = column.constructor as new (length: number) => T;
  const next = new Constructor(length);
  next.set(column);
  next.fill(fill, column.length);
  return next;
}
