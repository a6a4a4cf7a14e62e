/**
 * The infection-control audit report: what goes in (figures and records of one unit and period, times as
 * epoch milliseconds) and what comes out (the report as text tables, every figure formatted once here so
 * the CSV and the PDF show the same thing). Pure: no Nest, TypeORM, I/O or clock.
 */
import type { ComplianceRules } from '../compliance/compliance-rules.js';
import type { ComplianceCount } from '../compliance/compliance-summary.js';

/** Counts and compliance of a group (met by badge beside met: the rest is attributed by place and time). */
export type ComplianceFigures = ComplianceCount;

export interface ComplianceGroupFigures extends ComplianceFigures {
  key: string;
  label: string;
}

/** Hand-hygiene compliance of the unit and period, by each dimension the report shows. */
export interface ComplianceSection {
  /** The rules the figures were computed with. */
  rules: ComplianceRules;
  total: ComplianceFigures & { activations: number };
  byRoom: readonly ComplianceGroupFigures[];
  byRole: readonly ComplianceGroupFigures[];
  byShift: readonly ComplianceGroupFigures[];
  /** `entry` and `exit`. */
  byKind: readonly ComplianceGroupFigures[];
  /** Every local day of the period. */
  trend: ReadonlyArray<ComplianceFigures & { day: string }>;
}

export interface GroupLevelFigures {
  doorEntries: number;
  estimatedOpportunities: number;
  activations: number;
  compliance: number | null;
}

/** Compliance where there are no badges: dispenser activations against door-counter entries. */
export interface GroupLevelSection {
  total: GroupLevelFigures;
  byRoom: ReadonlyArray<GroupLevelFigures & { key: string; label: string }>;
}

/** One event of a room's cleaning log. */
export interface CleaningLogEntry {
  at: number;
  roomName: string;
  type: 'cleaning_started' | 'cleaning_completed' | 'verification' | 'discharge' | 'isolation_started' | 'isolation_ended';
  kind: string | null;
  method: string | null;
  passed: boolean | null;
  value: number | null;
  performedBy: string | null;
  recordedBy: string | null;
}

export interface ExcursionEntry {
  roomName: string | null;
  deviceId: string;
  measure: string;
  limitMin: number | null;
  limitMax: number | null;
  startedAt: number;
  alarmedAt: number;
  /** null while it lasts. */
  endedAt: number | null;
  worstValue: number;
  acknowledgedBy: string | null;
  correctiveNote: string | null;
  resolvedBy: string | null;
}

export interface AuditReportInput {
  siteName: string;
  unit: string;
  from: number;
  /** Exclusive. */
  to: number;
  /** The site's IANA zone: every time in the report is shown in it. */
  timeZone: string;
  generatedAt: number;
  generatedBy: string;
  /** null: compliance figures are not available. */
  compliance: ComplianceSection | null;
  /** null: no group-level figures (no door counters, or not available). */
  groupLevel: GroupLevelSection | null;
  cleaningLog: readonly CleaningLogEntry[];
  excursions: readonly ExcursionEntry[];
}

/** A table of the report: the CSV writes it as a section, the PDF draws it. */
export interface ReportTable {
  title: string;
  columns: readonly string[];
  rows: ReadonlyArray<readonly string[]>;
  /** Shown instead of rows when there are none. */
  emptyText: string;
}

export interface TrendBar {
  day: string;
  /** 0..1; null: no opportunities that day. */
  compliance: number | null;
  opportunities: number;
}

export interface AuditReport {
  title: string;
  /** Label and value lines: site, unit, period, time zone, generated at and by. */
  header: ReadonlyArray<readonly [string, string]>;
  /** The compliance rules in force, one sentence each. */
  rules: readonly string[];
  /** Why figures read as they do (met by badge, missing sections). */
  notes: readonly string[];
  trend: readonly TrendBar[];
  tables: readonly ReportTable[];
}
