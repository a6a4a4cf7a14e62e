/**
 * The life cycle of a piece of equipment, as a table of allowed status changes. Pure: the registry
 * service asks it before writing, the API documents it, and the spec walks every pair.
 *
 * Why these edges (the usual decontamination loop of a hospital equipment library, MHRA "Managing
 * medical devices", 2021, §6 on decontamination before reuse, inspection or repair):
 * - Equipment that has touched a patient is `soiled` until cleaned. So `in_use` never returns to
 *   `available` through `cleaning` silently, and `soiled` never goes straight to `available` or to
 *   `maintenance`: biomed only receives decontaminated equipment (`cleaning` → `available` →
 *   `maintenance`).
 * - `in_use` → `available` stays allowed: a pump fetched but never connected goes back clean.
 * - `cleaning` → `soiled`: cleaning interrupted or failed inspection; it goes round again.
 * - `maintenance` ends in service (`available`) or out of it for good (`retired`).
 * - `missing` is left when the asset is found: as it was (`available`), unknown state (`soiled`, the
 *   safe assumption), or damaged (`maintenance`). The table has no memory: whoever finds an asset that
 *   was soiled when it went missing must say `soiled` (a client should propose the status it had before).
 * - `retired` is final: a retired asset keeps its history but never re-enters service; a reused serial
 *   number is a new asset record.
 * - Setting the status an asset already has is not a change and is refused too (no empty history rows).
 */

export const ASSET_STATUSES = ['available', 'in_use', 'soiled', 'cleaning', 'maintenance', 'missing', 'retired'] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

export const ALLOWED_STATUS_TRANSITIONS: Readonly<Record<AssetStatus, readonly AssetStatus[]>> = Object.freeze({
  available: ['in_use', 'soiled', 'maintenance', 'missing', 'retired'],
  in_use: ['available', 'soiled', 'missing'],
  soiled: ['cleaning', 'missing'],
  cleaning: ['available', 'soiled'],
  maintenance: ['available', 'retired'],
  missing: ['available', 'soiled', 'maintenance'],
  retired: [],
});

export function allowedTargets(from: AssetStatus): readonly AssetStatus[] {
  return ALLOWED_STATUS_TRANSITIONS[from];
}

/** Why `from` → `to` is not allowed, or null when it is. Messages name the allowed targets. */
export function transitionProblem(from: AssetStatus, to: AssetStatus): string | null {
  if (ALLOWED_STATUS_TRANSITIONS[from].includes(to)) return null;
  const allowed = ALLOWED_STATUS_TRANSITIONS[from];
  const choices = allowed.length === 0 ? `${from} is final: no status change is allowed` : `allowed from ${from}: ${allowed.join(', ')}`;
  if (from === to) return `is already ${from} (${choices})`;
  return `cannot change from ${from} to ${to} (${choices})`;
}
