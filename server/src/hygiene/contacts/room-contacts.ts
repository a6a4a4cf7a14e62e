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

/** Who or what carries a tag, and since when (stays entered before were another holder's). */
export interface TagHolder<T> {
  tagId: string;
  since: number;
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
 * first, each with its overlap. Stays of tags no one holds, stays entered before the holder got the tag,
 * and stays touching the period only at an instant (left at `from`) are left out.
 */
export function contactsOf<T>(stays: readonly TagStay[], holders: readonly TagHolder<T>[], from: number, until: number): Array<Contact<T>> {
  const byTag = new Map(holders.map((holder) => [holder.tagId, holder]));
  const contacts: Array<Contact<T>> = [];
  for (const stay of stays) {
    const holder = byTag.get(stay.tagId);
    if (holder === undefined || stay.enteredAt < holder.since) continue;
    const overlapMs = Math.min(stay.leftAt ?? until, until) - Math.max(stay.enteredAt, from);
    if (overlapMs > 0) contacts.push({ holder: holder.holder, enteredAt: stay.enteredAt, leftAt: stay.leftAt, overlapMs });
  }
  return contacts.sort((a, b) => a.enteredAt - b.enteredAt);
}
