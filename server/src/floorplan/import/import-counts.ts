/** What an import did to the stored records: the answer of every import entry point. */
export interface ImportCounts {
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
}

export const NO_CHANGES: ImportCounts = { created: 0, updated: 0, removed: 0, unchanged: 0 };

export function addCounts(a: ImportCounts, b: ImportCounts): ImportCounts {
  return {
    created: a.created + b.created,
    updated: a.updated + b.updated,
    removed: a.removed + b.removed,
    unchanged: a.unchanged + b.unchanged,
  };
}

/** Counts for one record that was created, updated or left as it was. */
export function countOne(outcome: 'created' | 'updated' | 'unchanged'): ImportCounts {
  return { ...NO_CHANGES, [outcome]: 1 };
}
