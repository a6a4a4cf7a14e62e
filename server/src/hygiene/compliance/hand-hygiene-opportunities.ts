import type { ComplianceRules } from './compliance-rules.js';
import type { CareRoom, Opportunity, OpportunityKind, StaffStay } from './compliance-types.js';

/**
 * The hand-hygiene opportunities of staff stays: entering a care room, and leaving it, each one
 * opportunity (WHO "My 5 Moments" as entry/exit monitoring sees them: before and after patient contact).
 * Stays in rooms that are not care rooms, and stays shorter than the minimum, make none; a stay still
 * going at `asOf` makes only its entry, once it has lasted the minimum. Sorted by time, then id.
 */
export function opportunitiesOf(
  stays: readonly StaffStay[],
  careRooms: ReadonlyMap<string, CareRoom>,
  rules: ComplianceRules,
  asOf: number,
): Opportunity[] {
  const opportunities: Opportunity[] = [];
  for (const stay of stays) {
    const room = careRooms.get(stay.roomId);
    if (room === undefined) continue;
    if ((stay.leftAt ?? asOf) - stay.enteredAt < rules.minimumStayMs) continue;
    opportunities.push(opportunity(stay, room, 'entry', stay.enteredAt, rules));
    if (stay.leftAt !== null) opportunities.push(opportunity(stay, room, 'exit', stay.leftAt, rules));
  }
  return opportunities.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The same opportunity judged by another rule: its window is that rule's. */
export function underRule(opportunity: Opportunity, rule: Opportunity['rule'], rules: ComplianceRules): Opportunity {
  const window = rules[rule][opportunity.kind];
  return { ...opportunity, rule, from: opportunity.at - window.beforeMs, to: opportunity.at + window.afterMs };
}

function opportunity(stay: StaffStay, room: CareRoom, kind: OpportunityKind, at: number, rules: ComplianceRules): Opportunity {
  const rule = room.isolation ? 'isolation' : 'standard';
  const window = rules[rule][kind];
  return {
    id: `${stay.staffId}:${stay.roomId}:${kind}:${at}`,
    staffId: stay.staffId,
    badgeId: stay.badgeId,
    role: stay.role,
    roomId: stay.roomId,
    unit: room.unit,
    kind,
    at,
    from: at - window.beforeMs,
    to: at + window.afterMs,
    rule,
  };
}
