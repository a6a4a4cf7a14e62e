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
 * a door crossing at the moment of assignment.
 */
export function staysOfBadge(holder: BadgeHolder, transitions: readonly BadgeTransition[], from: number, to: number): StaffStay[] {
  return transitions.flatMap((transition, i): StaffStay[] => {
    const leftAt = transitions[i + 1]?.enteredAt ?? null;
    if (transition.enteredAt < holder.badgeAssignedAt || transition.enteredAt > to) return [];
    if (leftAt !== null && leftAt <= from) return [];
    return [{ staffId: holder.staffId, badgeId: holder.badgeId, role: holder.role, roomId: transition.toRoomId, enteredAt: transition.enteredAt, leftAt }];
  });
}
