import type { CalendarLookup } from './compliance-calendar.js';
import type { Attribution, Opportunity } from './compliance-types.js';

/** What compliance can be grouped by. `staff` is individual results: the API shows it to infection control and admins only. */
export const COMPLIANCE_DIMENSIONS = ['unit', 'room', 'role', 'shift', 'day', 'kind', 'staff'] as const;
export type ComplianceDimension = (typeof COMPLIANCE_DIMENSIONS)[number];

export interface ComplianceCount {
  opportunities: number;
  met: number;
  /** Of `met`, how many by an activation that read the person's badge. */
  metByBadge: number;
  /** met / opportunities, 0..1; null without opportunities (no figure rather than 0 % or 100 %). */
  compliance: number | null;
}

export interface ComplianceGroup extends ComplianceCount {
  key: string;
}

/** Totals over all opportunities. */
export function totalCompliance(opportunities: readonly Opportunity[], attributions: readonly Attribution[]): ComplianceCount {
  const [all] = summarizeCompliance(opportunities, attributions, () => 'all');
  if (all === undefined) return { opportunities: 0, met: 0, metByBadge: 0, compliance: null };
  const { key: _all, ...count } = all;
  return count;
}

/** Compliance per group, groups sorted by key (days chronologically, as `YYYY-MM-DD`). */
export function complianceBy(
  dimension: ComplianceDimension,
  opportunities: readonly Opportunity[],
  attributions: readonly Attribution[],
  calendar: CalendarLookup,
): ComplianceGroup[] {
  return summarizeCompliance(opportunities, attributions, keyOf(dimension, calendar));
}

function keyOf(dimension: ComplianceDimension, calendar: CalendarLookup): (opportunity: Opportunity) => string {
  switch (dimension) {
    case 'unit':
      return (opportunity) => opportunity.unit ?? '(no unit)';
    case 'room':
      return (opportunity) => opportunity.roomId;
    case 'role':
      return (opportunity) => opportunity.role;
    case 'shift':
      return (opportunity) => calendar.shiftOf(opportunity.at);
    case 'day':
      return (opportunity) => calendar.dayOf(opportunity.at);
    case 'kind':
      return (opportunity) => opportunity.kind;
    case 'staff':
      return (opportunity) => opportunity.staffId;
  }
}

function summarizeCompliance(
  opportunities: readonly Opportunity[],
  attributions: readonly Attribution[],
  key: (opportunity: Opportunity) => string,
): ComplianceGroup[] {
  const outcomes = outcomesOf(opportunities, attributions);
  const groups = new Map<string, ComplianceGroup>();
  for (let i = 0; i < opportunities.length; i++) {
    const groupKey = key(opportunities[i]);
    let group = groups.get(groupKey);
    if (group === undefined) {
      group = { key: groupKey, opportunities: 0, met: 0, metByBadge: 0, compliance: null };
      groups.set(groupKey, group);
    }
    group.opportunities++;
    const outcome = outcomes[i];
    if (outcome !== null) {
      group.met++;
      if (outcome === 'badge') group.metByBadge++;
    }
  }
  return [...groups.values()]
    .map((group) => ({ ...group, compliance: group.opportunities === 0 ? null : group.met / group.opportunities }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Whether each opportunity was met, and by a badged activation, in the opportunities' order. */
type Outcomes = ReadonlyArray<'badge' | 'met' | null>;

/**
 * Outcomes kept per opportunity list and attribution list: a report groups the same opportunities many
 * ways (every dimension, the trend, the total), and looking each one up by id is the costly part.
 */
const outcomeCache = new WeakMap<readonly Opportunity[], { attributions: readonly Attribution[]; outcomes: Outcomes }>();

function outcomesOf(opportunities: readonly Opportunity[], attributions: readonly Attribution[]): Outcomes {
  const cached = outcomeCache.get(opportunities);
  if (cached?.attributions === attributions) return cached.outcomes;
  const byOpportunity = new Map(attributions.map((attribution) => [attribution.opportunityId, attribution]));
  const outcomes = opportunities.map((opportunity) => {
    const attribution = byOpportunity.get(opportunity.id);
    return attribution?.activationId ? (attribution.by === 'badge' ? 'badge' : 'met') : null;
  });
  outcomeCache.set(opportunities, { attributions, outcomes });
  return outcomes;
}
