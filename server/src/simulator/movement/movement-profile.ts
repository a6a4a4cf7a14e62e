/**
 * How each kind of tag moves: where it goes, how long it stays, how fast it travels. The numbers are
 * assumptions drawn from how wards work (equipment sits for hours and is pushed elsewhere a few times
 * a day; staff move every few minutes), chosen to give the benchmarks realistic mixes of long dwells
 * and room changes. Override them per tag with `TagSpec.profile`.
 */
import type { RoomType } from '../../floorplan/import/floorplan-format.js';

export type TagKind = 'equipment' | 'staff';

export interface MovementProfile {
  /** Relative chance of each room type as the next destination; types not listed are never chosen. */
  destinationWeights: Readonly<Partial<Record<RoomType, number>>>;
  /** Dwell time: log-normal with this median … */
  dwellMedianMs: number;
  /** … and this standard deviation of its natural logarithm (1.0: 90 % of dwells within ×0.2 … ×5.2). */
  dwellLogSigma: number;
  /** Shortest dwell. */
  dwellMinMs: number;
  /** Travel speed, drawn uniformly per trip. */
  speedMinMps: number;
  speedMaxMps: number;
  /** Chance that the next destination is on the current floor (when that floor has one). */
  sameFloorProbability: number;
  /** People take stairs; equipment on wheels waits for the elevator. */
  allowStairs: boolean;
  /** Parking spots keep this far from the walls (a tag on a pump on a pole, on a cart). */
  parkingClearanceM: number;
}

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

export const MOVEMENT_PROFILES: Readonly<Record<TagKind, Readonly<MovementProfile>>> = Object.freeze({
  /**
   * Infusion pumps, monitors, wheelchairs: at a bedside or in store for hours (median 3 h), pushed at
   * 1.0–1.4 m/s (slower than walking alone), mostly within the floor they are on.
   */
  equipment: Object.freeze({
    destinationWeights: Object.freeze({
      patient_room: 4,
      icu_bay: 4,
      ed_bay: 3,
      operating_room: 1,
      imaging: 1,
      storage: 2,
      equipment_depot: 3,
      clean_utility: 1.5,
      soiled_utility: 1.5,
      nurse_station: 0.3,
      corridor: 0.5,
    }),
    dwellMedianMs: 3 * HOUR_MS,
    dwellLogSigma: 1.0,
    dwellMinMs: 5 * MINUTE_MS,
    speedMinMps: 1.0,
    speedMaxMps: 1.4,
    sameFloorProbability: 0.8,
    allowStairs: false,
    parkingClearanceM: 0.5,
  }),
  /** Staff badges: a few minutes per room (median 4 min), walking 1.2–1.5 m/s, stairs allowed. */
  staff: Object.freeze({
    destinationWeights: Object.freeze({
      patient_room: 3,
      icu_bay: 3,
      ed_bay: 3,
      nurse_station: 4,
      medication_room: 1.5,
      clean_utility: 1,
      soiled_utility: 1,
      staff_room: 1,
      office: 1,
      corridor: 1,
      imaging: 0.5,
    }),
    dwellMedianMs: 4 * MINUTE_MS,
    dwellLogSigma: 1.0,
    dwellMinMs: 20_000,
    speedMinMps: 1.2,
    speedMaxMps: 1.5,
    sameFloorProbability: 0.9,
    allowStairs: true,
    parkingClearanceM: 0.3,
  }),
});
