/**
 * Tag ids ↔ dense indices into the engine's typed-array columns. Indices of forgotten tags
 * are reused; the columns grow by doubling, so adding a tag is amortized O(1).
 */
export class TagDirectory {
  private readonly indexById = new Map<string, number>();
  private readonly idByIndex: Array<string | undefined> = [];
  private readonly freeIndices: number[] = [];
  private capacity = 0;

  /** `resize(capacity)` is called before any index ≥ the previous capacity is handed out. */
  constructor(private readonly resize: (capacity: number) => void) {}

  get size(): number {
    return this.indexById.size;
  }

  indexOf(tagId: string): number | undefined {
    return this.indexById.get(tagId);
  }

  idOf(index: number): string {
    const id = this.idByIndex[index];
    if (id === undefined) throw new Error(`no tag at index ${index}`);
    return id;
  }

  /** Every index in use, in index order (deterministic iteration for `advanceTo`). */
  *indices(): IterableIterator<number> {
    for (let index = 0; index < this.idByIndex.length; index++) if (this.idByIndex[index] !== undefined) yield index;
  }

  /** A fresh index for a tag not yet known (its columns are at their initial values). */
  add(tagId: string): number {
    let index = this.freeIndices.pop();
    if (index === undefined) {
      index = this.idByIndex.length;
      if (index >= this.capacity) {
        this.capacity = Math.max(64, this.capacity * 2);
        this.resize(this.capacity);
      }
      this.idByIndex.push(undefined);
    }
    this.idByIndex[index] = tagId;
    this.indexById.set(tagId, index);
    return index;
  }

  /** Forgets the tag; the caller resets its columns before the index is reused. */
  remove(tagId: string): number | undefined {
    const index = this.indexById.get(tagId);
    if (index === undefined) return undefined;
    this.indexById.delete(tagId);
    this.idByIndex[index] = undefined;
    this.freeIndices.push(index);
    return index;
  }
}
