import type { AssetStatus } from '../../../../../server/src/equipment/domain/asset-status';
import type { Role } from './auth.models';
import type { RoomType } from './floorplan.models';

/*
 * The status vocabulary is the server's (equipment/domain/asset-status.ts), imported type-only like the
 * floor-plan format: a status added there fails this build until it has a label and a colour here.
 * The API views below are written out by hand (the server's are Nest classes with decorators).
 */
export type { AssetStatus };

export const ASSET_STATUS_LABELS: Readonly<Record<AssetStatus, string>> = {
  available: 'Available',
  in_use: 'In use',
  soiled: 'Soiled',
  cleaning: 'Cleaning',
  maintenance: 'Maintenance',
  missing: 'Missing',
  retired: 'Retired',
};

/** In the server's order: the life cycle from ready for use to out of service. */
export const ASSET_STATUSES = Object.keys(ASSET_STATUS_LABELS) as AssetStatus[];

/** Who maintains the registry (the server's `EQUIPMENT_WRITERS`); every signed-in role reads it. */
export const EQUIPMENT_WRITERS: readonly Role[] = ['admin', 'biomed'];

/** Where an asset's tag was last placed. */
export interface AssetPosition {
  floorId: string;
  roomId: string;
  roomName: string | null;
  unit: string | null;
  /** Floor-plan metres. */
  x: number;
  y: number;
  /** 0–1: how sure the location engine is of the room. */
  confidence: number;
  positionAt: string;
  /** When any gateway last heard the tag. */
  lastSeenAt: string;
  /** Heard within its type's missing-after time; a stale position is only where it was last seen. */
  fresh: boolean;
}

export interface Asset {
  id: number;
  /** The number on the label, e.g. `EQ-0042`. */
  assetTag: string;
  name: string;
  typeCode: string;
  manufacturer: string | null;
  model: string | null;
  serial: string | null;
  homeUnit: string | null;
  status: AssetStatus;
  /** The statuses it may change to now (the server's transition table). */
  nextStatuses: AssetStatus[];
  /** `YYYY-MM-DD`. */
  pmDueDate: string | null;
  tagId: string | null;
  tagPairedAt: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  /** Null when untracked or never heard. */
  position: AssetPosition | null;
  /** Soiled by where it went (left an isolation room, entered a soiled utility room), apart from its status. */
  hygiene: AssetHygiene;
}

export interface AssetHygiene {
  soiled: boolean;
  /** When the current state began; null: nothing known (clean). */
  since: string | null;
  reason: 'left_isolation_room' | 'entered_soiled_utility' | null;
  cleanedBy: 'cleaning' | 'clean_utility' | null;
  /** `user:bea`, or `system` for a movement. */
  changedBy: string | null;
  note: string | null;
}

/** An asset with somewhere to draw it. */
export type LocatedAsset = Asset & { position: AssetPosition };

/** `GET /api/equipment/assets`: one page, and how many match in all. */
export interface AssetPage {
  total: number;
  items: Asset[];
}

export interface AssetQuery {
  type?: string;
  status?: AssetStatus;
  /** Floor of the last known position. */
  floor?: string;
  /** Home unit. */
  unit?: string;
  /** Text in the asset number, name, manufacturer, model, serial or tag id. */
  q?: string;
  limit?: number;
  offset?: number;
}

/** The server's page size limit for the asset list. */
export const MAX_ASSET_PAGE_SIZE = 200;

/** Registry fields; `null` clears an optional one. */
export interface AssetFields {
  assetTag: string;
  name: string;
  typeCode: string;
  manufacturer?: string | null;
  model?: string | null;
  serial?: string | null;
  homeUnit?: string | null;
  pmDueDate?: string | null;
  notes?: string | null;
}

export interface CreateAssetRequest extends AssetFields {
  status?: AssetStatus;
  tagId?: string | null;
}

/** Status and tag have their own routes. */
export type UpdateAssetRequest = Partial<AssetFields>;

export interface ChangeStatusRequest {
  status: AssetStatus;
  reason?: string;
}

export interface EquipmentType {
  code: string;
  name: string;
  missingAfterMinutes: number;
}

export interface RoomRef {
  id: string;
  name: string;
  floorId: string;
  unit: string | null;
}

export interface NearestAsset {
  asset: Asset;
  position: AssetPosition;
  /** Through doors and corridors, to 0.1 m. */
  walkingMetres: number;
  /** At walking pace plus expected elevator time. */
  walkingSeconds: number;
  floorsChanged: number;
}

export type UnlocatedReason = 'no_position' | 'stale_position' | 'unreachable';

/** `GET /api/equipment/nearest`. */
export interface NearestResult {
  from: RoomRef;
  /** Available and freshly located, nearest first. */
  nearest: NearestAsset[];
  /** Available, but not where it can be fetched from with confidence. */
  unlocated: { asset: Asset; reason: UnlocatedReason }[];
  /** Not available, counted by status. */
  unavailable: Partial<Record<AssetStatus, number>>;
}

export interface TrailVisit {
  floorId: string;
  roomId: string;
  roomName: string | null;
  roomType: RoomType | null;
  unit: string | null;
  /** Entered (may be before the range began). */
  from: string;
  /** Left or last heard there; null while still there. */
  to: string | null;
}

export interface StatusChange {
  /** Null: the status it was registered with. */
  from: AssetStatus | null;
  to: AssetStatus;
  at: string;
  by: string;
  reason: string | null;
}

/** `GET /api/equipment/assets/:id/trail`: the rooms its tag was in, oldest first, and its status changes. */
export interface AssetTrail {
  asset: Asset;
  from: string;
  to: string;
  visits: TrailVisit[];
  statusChanges: StatusChange[];
}

export interface TimeRange {
  from: string;
  to: string;
}

/** A PAR level as set: at least `minAvailable` of a type available in a unit. */
export interface ParLevelSetting {
  unit: string;
  typeCode: string;
  minAvailable: number;
}

/** A PAR level with what is available now (where the assets are, not where they belong). */
export interface ParLevel extends ParLevelSetting {
  available: number;
  shortfall: number;
  availableAssetIds: number[];
  /** Available, homed here, but without a fresh position. */
  unlocatedAssetIds: number[];
}

export interface UnpairedTag {
  tagId: string;
  lastSeenAt: string;
  floorId: string | null;
  roomId: string | null;
  roomName: string | null;
}

/** Who sees preventive maintenance due (biomed plans it); the server lets every role read it. */
export const MAINTENANCE_PLANNERS: readonly Role[] = EQUIPMENT_WRITERS;

/**
 * Time over a range, in whole seconds, as the server splits it (equipment/domain/utilization.ts):
 * used = in use, or available in a patient-care room; idle = available elsewhere or unlocated;
 * out of service = every other status. The server computes these; the client only shows them.
 */
export interface UtilizationFigures {
  /** used / (used + idle), 0–1; null when never in service in the range. */
  utilization: number | null;
  usedSeconds: number;
  idleSeconds: number;
  outOfServiceSeconds: number;
  /** In a patient-care room, whatever the status. */
  patientCareSeconds: number;
  /** Located in any room. */
  locatedSeconds: number;
  /** Registered during the range: used + idle + out of service. */
  registeredSeconds: number;
  statusSeconds: Record<AssetStatus, number>;
}

/** `GET /api/equipment/assets/:id/utilization`. */
export interface AssetUtilization extends UtilizationFigures {
  assetId: number;
  assetTag: string;
  from: string;
  to: string;
}

/** `GET /api/equipment/utilization`: a type's figures (time summed over its assets) and each asset's. */
export interface TypeUtilization extends UtilizationFigures {
  typeCode: string;
  from: string;
  to: string;
  assets: AssetUtilization[];
}

export interface UtilizationQuery extends TimeRange {
  /** One type; every type when unset. */
  type?: string;
}

/** The server's longest utilization range. */
export const MAX_UTILIZATION_DAYS = 92;

/** `GET /api/equipment/pm-due`: an asset in service whose preventive maintenance is overdue or due soon. */
export interface PmDue {
  asset: Asset;
  /** `YYYY-MM-DD`. */
  pmDueDate: string;
  /** Days from today at the site; negative when overdue. */
  daysUntilDue: number;
  overdue: boolean;
}

/** The server's bounds on the PM horizon, and its default. */
export const MAX_PM_HORIZON_DAYS = 366;
export const DEFAULT_PM_HORIZON_DAYS = 30;
