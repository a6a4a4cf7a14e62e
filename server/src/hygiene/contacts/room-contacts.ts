/**
 * Contact investigation: who (staff badges) and which equipment (asset tags) were in a room during a
 * period, from the location engine's stays of tags in the room. Pure: stays, holders and the clock come in.
 */

/** A stay of a tag in the room (LocationService.occupants). */
export interface TagStay {
  tagId: string;
  enteredAt: number;
  /** null: no later transition recorded, still there as far as the location engine knows. */
  leftAt: number | null;
}

/** Who or what carried a tag, from when (stays entered before were another holder's) until when. */
export interface TagHolder<T> {
  tagId: string;
  since: number;
  /** When the tag was taken back (a badge reissued, its holder deactivated); null or absent: still carried. */
  until?: number | null;
  holder: T;
}

export interface Contact<T> {
  holder: T;
  enteredAt: number;
  leftAt: number | null;
  /** Time in the room within [from, until), ms; more than zero. */
  overlapMs: number;
}

/**
 * The holders' stays that overlap [from, until) (until: the period's end, or now if earlier), oldest
 * first, each with its overlap. A stay is the holder's who carried the tag when it was entered; stays of
 * tags no one carried then and stays touching the period only at an instant (left at `from`) are left out.
 * When the tag was taken back during a stay, the stay is counted up to that moment and has no known exit
 * (`leftAt` null): where the tag went next was no longer that holder.
 */
export function contactsOf<T>(stays: readonly TagStay[], holders: readonly TagHolder<T>[], from: number, until: number): Array<Contact<T>> {
  const byTag = new Map<string, Array<TagHolder<T>>>();
  for (const holder of holders) byTag.set(holder.tagId, [...(byTag.get(holder.tagId) ?? []), holder]);
  const contacts: Array<Contact<T>> = [];
  for (const stay of stays) {
    const holder = byTag.get(stay.tagId)?.find((candidate) => candidate.since <= stay.enteredAt && stay.enteredAt < (candidate.until ?? Infinity));
    if (holder === undefined) continue;
    const carriedUntil = holder.until ?? Infinity;
    const leftAt = stay.leftAt !== null && stay.leftAt <= carriedUntil ? stay.leftAt : null;
    const overlapMs = Math.min(leftAt ?? until, until, carriedUntil) - Math.max(stay.enteredAt, from);
    if (overlapMs > 0) contacts.push({ holder: holder.holder, enteredAt: stay.enteredAt, leftAt, overlapMs });
  }
  return contacts.sort((a, b) => a.enteredAt - b.enteredAt);
}
