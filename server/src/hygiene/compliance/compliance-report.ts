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
  by: ComplianceDimension;
  selection: ComplianceSelection;
  rules: ComplianceRules;
  calendar: CalendarLookup;
  careRooms: ReadonlyMap<string, CareRoom>;
  dispenserRooms: ReadonlyMap<string, readonly string[]>;
  /** Stays read with complianceReadRange (they may start before `from` and end after `to`). */
  stays: readonly StaffStay[];
  /** Activations read with complianceReadRange (they may lie just outside the range). */
  activations: readonly DispenserActivation[];
  /** Display names: room names for `room`, people's names for `staff`; other keys are their own label. */
  roomNames: ReadonlyMap<string, string>;
  staffNames: ReadonlyMap<string, string>;
}

export interface ComplianceFigures {
  total: ComplianceCount & {
    /** Dispenser uses in [from, to) at the dispensers serving the selected rooms (whoever used them). */
    activations: number;
  };
  groups: Array<ComplianceCount & { key: string; label: string }>;
  /** Every local day of the range, days without opportunities included (zeros, compliance null). */
  trend: Array<ComplianceCount & { day: string }>;
}

export function complianceReport(input: ComplianceReportInput): ComplianceFigures {
  const { from, to, selection, calendar } = input;
  // Opportunities just outside the range take part in attribution, so an activation goes to the
  // opportunity it fits best whether or not that one is reported.
  const all = opportunitiesOf(input.stays, input.careRooms, input.rules, input.asOf);
  const attributions = attributeActivations(all, input.activations, input.dispenserRooms);
  const selectedRooms = new Set([...input.careRooms.values()].filter((room) => roomSelected(room, selection)).map((room) => room.id));
  const opportunities = opportunitiesInRange(all, from, to).filter((opportunity) => selectedRooms.has(opportunity.roomId) && (selection.role === undefined || opportunity.role === selection.role));

  const byDay = new Map(complianceBy('day', opportunities, attributions, calendar).map(({ key, ...count }) => [key, count]));
  const trend = daysFromTo(calendar.dayOf(from), calendar.dayOf(to - 1)).map((day) => ({ day, ...(byDay.get(day) ?? { opportunities: 0, met: 0, metByBadge: 0, compliance: null }) }));
  const labels = input.by === 'room' ? input.roomNames : input.by === 'staff' ? input.staffNames : new Map<string, string>();
  return {
    total: { ...totalCompliance(opportunities, attributions), activations: activationsAt(input, selectedRooms) },
    groups: complianceBy(input.by, opportunities, attributions, calendar).map((group) => ({ ...group, label: labels.get(group.key) ?? group.key })),
    trend,
  };
}

function roomSelected(room: CareRoom, selection: ComplianceSelection): boolean {
  return (selection.unit === undefined || room.unit === selection.unit) && (selection.roomId === undefined || room.id === selection.roomId);
}

function activationsAt(input: ComplianceReportInput, selectedRooms: ReadonlySet<string>): number {
  const dispensers = new Set([...input.dispenserRooms].filter(([, rooms]) => rooms.some((roomId) => selectedRooms.has(roomId))).map(([dispenserId]) => dispenserId));
  return input.activations.filter((activation) => activation.at >= input.from && activation.at < input.to && dispensers.has(activation.dispenserId)).length;
}
