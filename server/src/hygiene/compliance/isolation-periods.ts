/**
 * Rooms put under isolation by the cleaning log (`isolation_started` … `isolation_ended`, recorded by
 * infection control): while flagged, a care room's door crossings follow the isolation rule, as a room
 * built for isolation always does. Pure.
 */
import type { ComplianceRules } from './compliance-rules.js';
import type { Opportunity } from './compliance-types.js';
import { underRule } from './hand-hygiene-opportunities.js';

export interface IsolationFlagEvent {
  roomId: string;
  type: 'isolation_started' | 'isolation_ended';
  at: number;
}

/** [from, to) with to null while the flag lasts. */
export interface IsolationPeriod {
  from: number;
  to: number | null;
}

/**
 * Each room's isolation periods from its flags in time order: a start opens a period (a second start
 * while open changes nothing), an end closes it (an end with none open changes nothing).
 */
export function isolationPeriodsOf(events: readonly IsolationFlagEvent[]): Map<string, IsolationPeriod[]> {
  const periods = new Map<string, IsolationPeriod[]>();
  for (const event of [...events].sort((a, b) => a.at - b.at)) {
    const list = periods.get(event.roomId) ?? [];
    const open = list.at(-1)?.to === null ? list.at(-1) : undefined;
    if (event.type === 'isolation_started' && open === undefined) list.push({ from: event.at, to: null });
    if (event.type === 'isolation_ended' && open !== undefined) open.to = event.at;
    if (list.length > 0) periods.set(event.roomId, list);
  }
  return periods;
}

/** The opportunities with those at a flagged room's door during a flag moved to the isolation rule. */
export function withIsolationFlags(opportunities: readonly Opportunity[], periods: ReadonlyMap<string, readonly IsolationPeriod[]>, rules: ComplianceRules): Opportunity[] {
  return opportunities.map((opportunity) => {
    if (opportunity.rule === 'isolation') return opportunity;
    const flagged = (periods.get(opportunity.roomId) ?? []).some((period) => opportunity.at >= period.from && (period.to === null || opportunity.at < period.to));
    return flagged ? underRule(opportunity, 'isolation', rules) : opportunity;
  });
}
