import type { Attribution, DispenserActivation, Opportunity } from './compliance-types.js';

/**
 * Which dispenser activation meets which opportunity. An activation is a candidate for an opportunity
 * when it falls in the opportunity's window at a dispenser that serves its room (in the room, or at its
 * door: `dispenserRooms`), and it carries no badge or the opportunity's own badge.
 *
 * - **Badge first.** Activations carrying the person's badge are matched before anonymous ones, and an
 *   activation that read someone's badge is never counted for anyone else.
 * - **One activation, one opportunity of each kind.** An activation meets at most one entry and at most
 *   one exit, and both only for the same person (WHO: one hand rub may serve two moments, "after" one
 *   patient and "before" the next, of one person).
 * - **As many met as the activations allow.** Within each kind, a maximum matching (augmenting paths,
 *   opportunities in time order, candidates nearest in time first), so when two people enter together and
 *   the dispenser was used twice, both count whichever order the events came in. Ties go to the earlier
 *   opportunity and activation (by id), so the same input gives the same attribution.
 *
 * Returns one attribution per opportunity, in the opportunities' order.
 */
export function attributeActivations(
  opportunities: readonly Opportunity[],
  activations: readonly DispenserActivation[],
  dispenserRooms: ReadonlyMap<string, readonly string[]>,
): Attribution[] {
  const byRoom = activationsByRoom(activations, dispenserRooms);
  const matched = new Map<string, { activation: DispenserActivation; by: 'badge' | 'place-and-time' }>();
  const entryUsedBy = new Map<string, string>();
  for (const kind of ['entry', 'exit'] as const) {
    const ofKind = opportunities.filter((opportunity) => opportunity.kind === kind);
    const usable = (opportunity: Opportunity, activation: DispenserActivation) =>
      kind === 'entry' || (entryUsedBy.get(activation.id) ?? opportunity.staffId) === opportunity.staffId;
    const badge = matchKind(ofKind, (opportunity) => candidates(opportunity, byRoom, (a) => a.badgeId === opportunity.badgeId && usable(opportunity, a)));
    for (const [opportunityId, activation] of badge) matched.set(opportunityId, { activation, by: 'badge' });
    const rest = ofKind.filter((opportunity) => !badge.has(opportunity.id));
    const anonymous = matchKind(rest, (opportunity) => candidates(opportunity, byRoom, (a) => a.badgeId === null && usable(opportunity, a)));
    for (const [opportunityId, activation] of anonymous) matched.set(opportunityId, { activation, by: 'place-and-time' });
    if (kind === 'entry') {
      for (const opportunity of ofKind) {
        const match = matched.get(opportunity.id);
        if (match) entryUsedBy.set(match.activation.id, opportunity.staffId);
      }
    }
  }
  return opportunities.map((opportunity) => {
    const match = matched.get(opportunity.id);
    return { opportunityId: opportunity.id, activationId: match?.activation.id ?? null, by: match?.by ?? null };
  });
}

/** Activations at the dispensers serving each room, oldest first. */
function activationsByRoom(
  activations: readonly DispenserActivation[],
  dispenserRooms: ReadonlyMap<string, readonly string[]>,
): Map<string, DispenserActivation[]> {
  const byRoom = new Map<string, DispenserActivation[]>();
  for (const activation of activations) {
    for (const roomId of dispenserRooms.get(activation.dispenserId) ?? []) {
      const list = byRoom.get(roomId) ?? [];
      list.push(activation);
      byRoom.set(roomId, list);
    }
  }
  for (const list of byRoom.values()) list.sort(byTimeThenId);
  return byRoom;
}

/**
 * Activations in the opportunity's window at a dispenser serving its room that `accepts` takes, nearest in
 * time first. Filtered before sorting (the order is total, so it is the same as sorting then filtering).
 */
function candidates(opportunity: Opportunity, byRoom: ReadonlyMap<string, DispenserActivation[]>, accepts: (activation: DispenserActivation) => boolean): DispenserActivation[] {
  const list = byRoom.get(opportunity.roomId) ?? [];
  // The list is in time order: find the window's start by bisection, so a long range stays linear.
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle].at < opportunity.from) low = middle + 1;
    else high = middle;
  }
  const inWindow: DispenserActivation[] = [];
  for (let i = low; i < list.length && list[i].at <= opportunity.to; i++) if (accepts(list[i])) inWindow.push(list[i]);
  if (inWindow.length < 2) return inWindow;
  return inWindow.sort((a, b) => Math.abs(a.at - opportunity.at) - Math.abs(b.at - opportunity.at) || byTimeThenId(a, b));
}

/**
 * Maximum bipartite matching by augmenting paths (Kuhn): opportunities in the given (time) order, each
 * trying its candidates in order and displacing an earlier opportunity only if that one can move to
 * another candidate. Windows are short, so each search touches a handful of nodes.
 */
function matchKind(
  opportunities: readonly Opportunity[],
  candidatesOf: (opportunity: Opportunity) => DispenserActivation[],
): Map<string, DispenserActivation> {
  const edges = new Map(opportunities.map((opportunity) => [opportunity.id, candidatesOf(opportunity)]));
  const ownerOf = new Map<string, string>();
  const activationOf = new Map<string, DispenserActivation>();
  // Visited marks of one search: an activation is visited when its mark is the search's number (no Set per search).
  const visitedIn = new Map<string, number>();
  let search = 0;
  const tryAssign = (opportunityId: string): boolean => {
    for (const activation of edges.get(opportunityId) ?? []) {
      if (visitedIn.get(activation.id) === search) continue;
      visitedIn.set(activation.id, search);
      const owner = ownerOf.get(activation.id);
      if (owner === undefined || tryAssign(owner)) {
        ownerOf.set(activation.id, opportunityId);
        activationOf.set(opportunityId, activation);
        return true;
      }
    }
    return false;
  };
  for (const opportunity of opportunities) {
    search++;
    tryAssign(opportunity.id);
  }
  return activationOf;
}

function byTimeThenId(a: DispenserActivation, b: DispenserActivation): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

