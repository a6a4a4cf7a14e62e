/**
 * A compliance report from what the database holds: stays, activations and the floor plans' care rooms
 * and dispensers, for one range and selection. Pure (no I/O or clock: `now` is passed in); the API's
 * ComplianceService reads the inputs and hands them here.
 */
import { attributeActivations } from './attribute-activations.js';
import type { CalendarLookup } from './compliance-calendar.js';
import { daysFromTo, opportunitiesInRange } from './compliance-range.js';
import type { ComplianceRules } from './compliance-rules.js';
import { complianceBy, totalCompliance, type ComplianceCount, type ComplianceDimension } from './compliance-summary.js';
import type { CareRoom, DispenserActivation, StaffStay } from './compliance-types.js';
import { opportunitiesOf } from './hand-hygiene-opportunities.js';
import { withIsolationFlags, type IsolationPeriod } from './isolation-periods.js';

/** Which opportunities the figures count; attribution always runs over everyone, so a filter never changes a person's result. */
export interface ComplianceSelection {
  unit?: string;
  roomId?: string;
  role?: string;
}

export interface ComplianceReportInput {
  from: number;
  /** Exclusive. */
  to: number;
  /** How far stays still going are judged (complianceReadRange's asOf). */
  asOf: number;
  selection: ComplianceSelection;
  rules: ComplianceRules;
  calendar: CalendarLookup;
  careRooms: ReadonlyMap<string, CareRoom>;
  dispenserRooms: ReadonlyMap<string, readonly string[]>;
  /** Rooms flagged for isolation by the cleaning log, by room: their door crossings then follow the isolation rule. */
  isolationPeriods: ReadonlyMap<string, readonly IsolationPeriod[]>;
  /** Stays read with complianceReadRange (they may start before `from` and end after `to`). */
  stays: readonly StaffStay[];
  /** Activations read with complianceReadRange (they may lie just outside the range). */
  activations: readonly DispenserActivation[];
  /** Display names: room names for `room`, people's names for `staff`; other keys are their own label. */
  roomNames: ReadonlyMap<string, string>;
  staffNames: ReadonlyMap<string, string>;
}

export type ComplianceGroupFigures = Array<ComplianceCount & { key: string; label: string }>;

export interface ComplianceFigures {
  total: ComplianceCount & {
    /** Dispenser uses in [from, to) at the dispensers serving the selected rooms (whoever used them). */
    activations: number;
  };
  groups: ComplianceGroupFigures;
  /** Every local day of the range, days without opportunities included (zeros, compliance null). */
  trend: Array<ComplianceCount & { day: string }>;
}

/** The figures grouped one way. */
export function complianceReport(input: ComplianceReportInput & { by: ComplianceDimension }): ComplianceFigures {
  const { groupsBy, ...figures } = complianceReportBy(input, [input.by]);
  return { ...figures, groups: groupsBy[input.by] ?? [] };
}

/** The figures grouped several ways from one attribution (the audit report's tables). */
export function complianceReportBy(
  input: ComplianceReportInput,
  dimensions: readonly ComplianceDimension[],
): Omit<ComplianceFigures, 'groups'> & { groupsBy: Partial<Record<ComplianceDimension, ComplianceGroupFigures>> } {
  const { from, to, selection, calendar } = input;
  // Opportunities just outside the range take part in attribution, so an activation goes to the
  // opportunity it fits best whether or not that one is reported.
  const all = withIsolationFlags(opportunitiesOf(input.stays, input.careRooms, input.rules, input.asOf), input.isolationPeriods, input.rules);
  const attributions = attributeActivations(all, input.activations, input.dispenserRooms);
  const selectedRooms = new Set([...input.careRooms.values()].filter((room) => roomSelected(room, selection)).map((room) => room.id));
  const opportunities = opportunitiesInRange(all, from, to).filter((opportunity) => selectedRooms.has(opportunity.roomId) && (selection.role === undefined || opportunity.role === selection.role));

  const byDay = new Map(complianceBy('day', opportunities, attributions, calendar).map(({ key, ...count }) => [key, count]));
  const trend = daysFromTo(calendar.dayOf(from), calendar.dayOf(to - 1)).map((day) => ({ day, ...(byDay.get(day) ?? { opportunities: 0, met: 0, metByBadge: 0, compliance: null }) }));
  const groupsBy: Partial<Record<ComplianceDimension, ComplianceGroupFigures>> = {};
  for (const by of dimensions) {
    const labels = by === 'room' ? input.roomNames : by === 'staff' ? input.staffNames : new Map<string, string>();
    groupsBy[by] = complianceBy(by, opportunities, attributions, calendar).map(({ key, ...count }) => ({ key, label: labels.get(key) ?? key, ...count }));
  }
  return { total: { ...totalCompliance(opportunities, attributions), activations: activationsAt(input, selectedRooms) }, groupsBy, trend };
}

function roomSelected(room: CareRoom, selection: ComplianceSelection): boolean {
  return (selection.unit === undefined || room.unit === selection.unit) && (selection.roomId === undefined || room.id === selection.roomId);
}

function activationsAt(input: ComplianceReportInput, selectedRooms: ReadonlySet<string>): number {
  const dispensers = new Set([...input.dispenserRooms].filter(([, rooms]) => rooms.some((roomId) => selectedRooms.has(roomId))).map(([dispenserId]) => dispenserId));
  return input.activations.filter((activation) => activation.at >= input.from && activation.at < input.to && dispensers.has(activation.dispenserId)).length;
}
