import type { SensorMeasure } from '../../../../../server/src/floorplan/import/floorplan-format';

/*
 * Shapes of the hygiene API (docs/hygiene.md): hand-hygiene compliance, the room cleaning board, room
 * events, environment readings and excursions, and the audit report. The server computes every figure;
 * the client only shows them.
 */

/** A period the server is asked about: ISO 8601 instants with a zone. */
export interface HygienePeriod {
  from: string;
  to: string;
}

/** How compliance figures are grouped. `staff` names people: infection control and admins only. */
export const COMPLIANCE_DIMENSIONS = ['unit', 'room', 'role', 'shift', 'day', 'kind', 'staff'] as const;
export type ComplianceDimension = (typeof COMPLIANCE_DIMENSIONS)[number];

export const COMPLIANCE_DIMENSION_LABELS: Readonly<Record<ComplianceDimension, string>> = {
  unit: 'Unit',
  room: 'Room',
  role: 'Staff role',
  shift: 'Shift',
  day: 'Day',
  kind: 'Entry or exit',
  staff: 'Person',
};

/** The longest period one compliance request may cover. */
export const MAX_COMPLIANCE_DAYS = 92;

export interface ComplianceQuery extends HygienePeriod {
  by: ComplianceDimension;
  unit?: string;
  roomId?: string;
}

/** Opportunities and how many were met: `compliance` is met / opportunities, null without opportunities. */
export interface ComplianceFigures {
  opportunities: number;
  met: number;
  /** Met by the badge the dispenser read (the rest by place and time). */
  metByBadge: number;
  compliance: number | null;
}

export interface ComplianceGroup extends ComplianceFigures {
  key: string;
  label: string;
}

export interface ComplianceDay extends ComplianceFigures {
  /** A local day, `YYYY-MM-DD`. */
  day: string;
}

/** How long before and after a room entry or exit a dispenser use counts for it. */
export interface ComplianceWindow {
  beforeMs: number;
  afterMs: number;
}

export interface ComplianceRuleSet {
  entry: ComplianceWindow;
  exit: ComplianceWindow;
}

/** The rules the figures were computed by, as the server applied them. */
export interface ComplianceRules {
  standard: ComplianceRuleSet;
  isolation: ComplianceRuleSet;
  /** A visit shorter than this is no opportunity (walking past a door). */
  minimumStayMs: number;
}

/** `GET /api/hygiene/compliance`. */
export interface ComplianceReport extends HygienePeriod {
  unit: string | null;
  timeZone: string;
  by: ComplianceDimension;
  rules: ComplianceRules;
  total: ComplianceFigures & { activations: number };
  groups: ComplianceGroup[];
  /** Every local day of the period, days without opportunities included. */
  trend: ComplianceDay[];
}

/** Where there are no badges: dispenser activations against door-counter entries. */
export const GROUP_LEVEL_DIMENSIONS = ['unit', 'room', 'day'] as const;
export type GroupLevelDimension = (typeof GROUP_LEVEL_DIMENSIONS)[number];

export interface GroupLevelQuery extends HygienePeriod {
  by: GroupLevelDimension;
  unit?: string;
}

export interface GroupLevelFigures {
  doorEntries: number;
  estimatedOpportunities: number;
  activations: number;
  compliance: number | null;
}

/** `GET /api/hygiene/compliance/group-level`. */
export interface GroupLevelReport extends HygienePeriod {
  unit: string | null;
  by: GroupLevelDimension;
  total: GroupLevelFigures;
  groups: (GroupLevelFigures & { key: string; label: string })[];
}

export const CLEANING_STATES = ['clean', 'dirty', 'in_progress', 'needs_terminal_clean'] as const;
export type CleaningState = (typeof CLEANING_STATES)[number];

export const CLEANING_STATE_LABELS: Readonly<Record<CleaningState, string>> = {
  clean: 'Clean',
  dirty: 'Dirty',
  in_progress: 'Cleaning in progress',
  needs_terminal_clean: 'Needs terminal clean',
};

/** One room of `GET /api/hygiene/rooms/cleaning`. */
export interface RoomCleaning {
  roomId: string;
  roomName: string;
  floorId: string;
  unit: string | null;
  state: CleaningState;
  terminalRequired: boolean;
  isolation: boolean;
  lastCleanedAt: string | null;
  lastTerminalCleanAt: string | null;
  dueBy: string | null;
  overdue: boolean;
  lastVerification: { at: string; method: 'atp' | 'fluorescent'; passed: boolean; value: number | null } | null;
}

export type CleaningKind = 'daily' | 'terminal' | 'uv';

/** What a person records for a room (`POST /api/hygiene/rooms/:roomId/events`); devices send cleans through the ingest. */
export type RoomEvent =
  | { type: 'discharge' | 'isolation_started' | 'isolation_ended' }
  | { type: 'cleaning_started' | 'cleaning_completed'; kind: CleaningKind }
  | { type: 'verification'; method: 'atp' | 'fluorescent'; passed: boolean; value?: number };

/** The measures a sensor may declare, as the floor-plan format defines them. */
export type EnvironmentMeasure = SensorMeasure;

/** Every measure, with its name and unit; a new measure in the format fails the build until it has one. */
export const MEASURE_LOOKS: Readonly<Record<EnvironmentMeasure, { label: string; unit: string }>> = {
  temperature: { label: 'Temperature', unit: '°C' },
  humidity: { label: 'Relative humidity', unit: '%' },
  pressure_differential: { label: 'Pressure vs corridor', unit: 'Pa' },
  co2: { label: 'CO₂', unit: 'ppm' },
  particles: { label: 'Particles', unit: '/m³' },
};

export const ENVIRONMENT_MEASURES = Object.keys(MEASURE_LOOKS) as EnvironmentMeasure[];

export type ReadingResolution = 'minute' | 'hour';

/** The longest period one readings request may chart, per resolution (about 10,000 buckets). */
export const MAX_READINGS_DAYS: Readonly<Record<ReadingResolution, number>> = { minute: 7, hour: 427 };

export interface ReadingsQuery extends HygienePeriod {
  deviceId: string;
  measure: EnvironmentMeasure;
  resolution: ReadingResolution;
}

/** One minute or hour of a sensor measure (`GET /api/hygiene/environment/readings`); empty ones are left out. */
export interface ReadingBucket {
  start: string;
  count: number;
  min: number;
  max: number;
  mean: number;
}

/** What a sensor's readings are judged as (docs/hygiene.md, "Environment alarms"). */
export type SpaceKind = 'general' | 'patient_room' | 'airborne_isolation' | 'protective_environment' | 'operating_room' | 'medication_fridge';

export const SPACE_KIND_LABELS: Readonly<Record<SpaceKind, string>> = {
  general: 'general air',
  patient_room: 'patient room',
  airborne_isolation: 'airborne isolation',
  protective_environment: 'protective environment',
  operating_room: 'operating room',
  medication_fridge: 'medication fridge',
};

/** The limit judging a measure now: the published-guidance default or a room's override. */
export interface SensorLimit {
  /** Null: no lower bound. */
  min: number | null;
  /** Null: no upper bound. */
  max: number | null;
  clearMargin: number;
  startDelayMs: number;
  escalateAfterMs: number;
  source: 'default' | 'override';
  /** The guidance a default follows; null for an override. */
  guidance: string | null;
  setBy: string | null;
  setAt: string | null;
}

/** One sensor of `GET /api/hygiene/environment/sensors`, with each measure it declares. */
export interface EnvironmentSensor {
  id: string;
  name: string;
  room: { id: string; name: string; unit: string | null } | null;
  floorId: string;
  spaceKind: SpaceKind;
  /** Null limit: the measure is not limited where the sensor stands. */
  measures: { measure: EnvironmentMeasure; limit: SensorLimit | null }[];
}

/** One room's limit for a measure, as `PUT /api/hygiene/environment/limits/...` answers it. */
export interface RoomLimit extends SensorLimit {
  roomId: string;
  roomName: string;
  unit: string | null;
  floorId: string;
  spaceKind: SpaceKind;
  measure: EnvironmentMeasure;
}

/** A room's own limit (`PUT /api/hygiene/environment/limits/:roomId/:measure`); timing left out is the default's. */
export interface LimitOverride {
  min?: number;
  max?: number;
  clearMargin?: number;
  startDelayMs?: number;
  escalateAfterMs?: number;
}

export interface ExcursionsQuery extends HygienePeriod {
  unit?: string;
}

/** One excursion of `GET /api/hygiene/environment/excursions`. */
export interface Excursion {
  id: number;
  deviceId: string;
  measure: EnvironmentMeasure;
  roomId: string | null;
  roomName: string | null;
  unit: string | null;
  spaceKind: string;
  limitMin: number | null;
  limitMax: number | null;
  direction: 'low' | 'high';
  startedAt: string;
  alarmedAt: string;
  /** Null while it lasts. */
  endedAt: string | null;
  durationMinutes: number | null;
  worstValue: number;
  worstAt: string;
  acknowledgedAt: string | null;
  escalatedAt: string | null;
  alertId: number | null;
  correctiveNote: string | null;
  resolvedBy: string | null;
}

export type AuditReportFormat = 'pdf' | 'csv';

/** The longest period one audit report may cover. */
export const MAX_AUDIT_REPORT_DAYS = 92;

export interface AuditReportQuery extends HygienePeriod {
  unit: string;
  format: AuditReportFormat;
}

/** The longest period one contact investigation may cover. */
export const MAX_CONTACTS_DAYS = 31;

export interface ContactsQuery extends HygienePeriod {
  roomId: string;
}

/** A stay of a tag in the room overlapping the period; it may start before `from` and end after `to`. */
export interface ContactStay {
  enteredAt: string;
  /** Null: still there as far as the location engine knows. */
  leftAt: string | null;
  /** Time in the room within the period. */
  overlapMs: number;
}

export interface StaffContact extends ContactStay {
  staffId: number;
  name: string;
  role: string;
  /** The badge worn then. */
  badgeId: string;
}

export interface EquipmentContact extends ContactStay {
  assetId: number;
  name: string;
  /** The equipment type code. */
  type: string;
  tagId: string;
}

/** Who and what was in a room between two times (infection control, admins): one row per stay, oldest first. */
export interface ContactInvestigation extends HygienePeriod {
  room: { id: string; name: string; unit: string | null };
  staff: StaffContact[];
  equipment: EquipmentContact[];
}
