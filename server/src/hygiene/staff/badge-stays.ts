/**
 * A badge's room transitions as the compliance core's StaffStays. Pure: no Nest, TypeORM or clock.
 */
import type { StaffStay } from '../compliance/compliance-types.js';

/** Who wore the badge, and since when. */
export interface BadgeHolder {
  staffId: string;
  badgeId: string;
  role: string;
  /** Epoch ms: stays entered before this were someone else's (badges are reissued) or no one's. */
  badgeAssignedAt: number;
  /** Epoch ms the badge was taken back (replaced, reissued, the person deactivated); null: still worn. */
  badgeEndedAt?: number | null;
}

/** A room transition as the location feature reports it (epoch ms of event time). */
export interface BadgeTransition {
  toRoomId: string;
  enteredAt: number;
}

/**
 * The holder's stays overlapping [from, to], from the badge's transitions oldest first (the first may be
 * the one in effect at `from`, entered earlier). Each stay lasts until the next transition; the last is
 * open (`leftAt` null): no exit by `to`, even when the badge fell silent (an exit is never invented).
 * Stays entered before the badge was assigned are left out whole rather than cut: cutting would invent
 * a door crossing at the moment of assignment. Likewise for its end: stays entered once the badge was taken
 * back are someone else's, and a stay the badge was still in at that moment has no exit (leftAt null):
 * the badge's next move is no longer the person's.
 */
export function staysOfBadge(holder: BadgeHolder, transitions: readonly BadgeTransition[], from: number, to: number): StaffStay[] {
  const endedAt = holder.badgeEndedAt ?? Infinity;
  const stays: StaffStay[] = [];
  for (let i = 0; i < transitions.length; i++) {
    const transition = transitions[i];
    const next = transitions[i + 1]?.enteredAt ?? null;
    if (transition.enteredAt < holder.badgeAssignedAt || transition.enteredAt >= endedAt || transition.enteredAt > to) continue;
    if (next !== null && next <= from) continue;
    const leftAt = next !== null && next < endedAt ? next : null;
    stays.push({ staffId: holder.staffId, badgeId: holder.badgeId, role: holder.role, roomId: transition.toRoomId, enteredAt: transition.enteredAt, leftAt });
  }
  return stays;
}

/** Every holder's stays overlapping [from, to] from each badge's transitions, by entry time (then staff id). */
export function staysOfHolders(holders: readonly BadgeHolder[], transitionsOf: ReadonlyMap<string, readonly BadgeTransition[]>, from: number, to: number): StaffStay[] {
  return holders
    .flatMap((holder) => staysOfBadge(holder, transitionsOf.get(holder.badgeId) ?? [], from, to))
    .sort((a, b) => a.enteredAt - b.enteredAt || a.staffId.localeCompare(b.staffId));
}
