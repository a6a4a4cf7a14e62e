/**
 * What a compliance report for [from, to) must read so that opportunities at its edges are judged as in
 * the middle. Pure: `now` is passed in.
 */
import type { ComplianceRules, HandHygieneRule } from './compliance-rules.js';
import type { Opportunity } from './compliance-types.js';

export interface ComplianceReadRange {
  /** Stays overlapping [staysFrom, staysTo]: those with a door crossing in the range, and the stay in effect at `from`. */
  staysFrom: number;
  /** `to` + the minimum stay: an entry just before `to` counts when its stay lasts the minimum, even past `to`. */
  staysTo: number;
  /** How far stays still going are judged (opportunitiesOf's asOf): the stays' end, never past now. */
  asOf: number;
  /** Activations from the widest window before a door crossing ahead of `from`… */
  activationsFrom: number;
  /** …to the widest window after one past `to`, so an opportunity at either edge can be met. */
  activationsTo: number;
}

export function complianceReadRange(from: number, to: number, rules: ComplianceRules, now: number): ComplianceReadRange {
  const windows = [rules.standard, rules.isolation].flatMap((rule: HandHygieneRule) => [rule.entry, rule.exit]);
  const widestBefore = Math.max(...windows.map((window) => window.beforeMs));
  const widestAfter = Math.max(...windows.map((window) => window.afterMs));
  const staysTo = to + rules.minimumStayMs;
  return { staysFrom: from, staysTo, asOf: Math.min(staysTo, now), activationsFrom: from - widestBefore, activationsTo: to + widestAfter };
}

/** The opportunities whose door crossing is in [from, to): a stay entered before `from` gives its exit only. */
export function opportunitiesInRange(opportunities: readonly Opportunity[], from: number, to: number): Opportunity[] {
  return opportunities.filter((opportunity) => opportunity.at >= from && opportunity.at < to);
}

/** Every local day from `firstDay` to `lastDay` (`YYYY-MM-DD`, inclusive): calendar arithmetic, no time zone needed. */
export function daysFromTo(firstDay: string, lastDay: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${firstDay}T00:00:00Z`); ; day = new Date(day.getTime() + 86_400_000)) {
    const text = day.toISOString().slice(0, 10);
    if (text > lastDay) return days;
    days.push(text);
  }
}
