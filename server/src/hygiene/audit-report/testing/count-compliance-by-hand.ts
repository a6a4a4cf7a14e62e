/**
 * An independent count of hand-hygiene compliance for end-to-end checks of the audit report, written
 * from docs/hygiene.md and the compliance core's README, not from its code: each stay of 10 s or more in a
 * care room gives an entry and an exit opportunity at its door crossings; an opportunity is met by a
 * dispenser activation in its room within 30 s before to 15 s after entering, or 15 s before to 30 s
 * after leaving, unbadged or with the person's own badge (met by badge when it read theirs). Only valid
 * for scenarios where no activation could serve two opportunities: it does not arbitrate contention.
 */

export interface HandMove {
  badgeId: string;
  roomId: string;
  at: number;
}

export interface HandActivation {
  dispenserId: string;
  at: number;
  badgeId: string | null;
}

export interface HandOpportunity {
  badgeId: string;
  roomId: string;
  kind: 'entry' | 'exit';
  at: number;
  met: boolean;
  metByBadge: boolean;
}

const MINIMUM_STAY_MS = 10_000;
const WINDOWS = { entry: { before: 30_000, after: 15_000 }, exit: { before: 15_000, after: 30_000 } } as const;

/** The opportunities with their door crossing in [from, to), judged against the activations. */
export function countByHand(
  moves: readonly HandMove[],
  activations: readonly HandActivation[],
  dispenserOfRoom: Readonly<Record<string, string>>,
  from: number,
  to: number,
): HandOpportunity[] {
  const opportunities: HandOpportunity[] = [];
  const byBadge = new Map<string, HandMove[]>();
  for (const move of moves) byBadge.set(move.badgeId, [...(byBadge.get(move.badgeId) ?? []), move]);
  for (const [badgeId, own] of byBadge) {
    const sorted = [...own].sort((a, b) => a.at - b.at);
    sorted.forEach((move, i) => {
      const next = sorted[i + 1];
      const dispenserId = dispenserOfRoom[move.roomId];
      if (dispenserId === undefined || next === undefined || next.at - move.at < MINIMUM_STAY_MS) return;
      for (const [kind, at] of [['entry', move.at], ['exit', next.at]] as const) {
        if (at < from || at >= to) continue;
        const fitting = activations.filter((activation) => activation.dispenserId === dispenserId && activation.at >= at - WINDOWS[kind].before && activation.at <= at + WINDOWS[kind].after && (activation.badgeId === null || activation.badgeId === badgeId));
        opportunities.push({ badgeId, roomId: move.roomId, kind, at, met: fitting.length > 0, metByBadge: fitting.some((activation) => activation.badgeId === badgeId) });
      }
    });
  }
  return opportunities;
}

/** [key, opportunities, met, met by badge, compliance % to one decimal or n/a], keys sorted. */
export function tallyBy(opportunities: readonly HandOpportunity[], keyOf: (opportunity: HandOpportunity) => string): string[][] {
  const tallies = new Map<string, [number, number, number]>();
  for (const opportunity of opportunities) {
    const tally = tallies.get(keyOf(opportunity)) ?? [0, 0, 0];
    tallies.set(keyOf(opportunity), [tally[0] + 1, tally[1] + (opportunity.met ? 1 : 0), tally[2] + (opportunity.metByBadge ? 1 : 0)]);
  }
  return [...tallies.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, [count, met, byBadge]]) => [key, ...tallyCells(count, met, byBadge)]);
}

export function tallyCells(count: number, met: number, byBadge: number): string[] {
  return [String(count), String(met), String(byBadge), count === 0 ? 'n/a' : ((100 * met) / count).toFixed(1)];
}
