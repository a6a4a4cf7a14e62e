/**
 * Tuning of the location engine. Every value has a default chosen for BLE tags and
 * ceiling-mounted gateways in a hospital ward; the README explains how they interact.
 * Times are event-time milliseconds, powers dBm, gains dB, distances metres.
 */
import type { WallLossRules } from '../../floorplan/geometry/walls/wall-segments.js';

/**
 * The wall settings (`wallLossDb`, `heavyWallLossDb`, `wallLossByRoomTypeDb`, `doorLossDb`, `doorWidthM`,
 * `openPlanRoomTypes`) come from the shared wall geometry; their defaults and sources are below.
 */
export interface EngineConfig extends WallLossRules {
  /**
   * Log-distance path-loss exponent η: RSSI(d) = P₁ₘ − 10·η·log10(d). Free space is 2;
   * indoor 2.4 GHz measurements put the distance power-loss coefficient N = 10·η between
   * about 20 and 30 (ITU-R P.1238 site-general model; Rappaport, Wireless Communications,
   * §4.9 lists 1.6–3.3 for factories and offices). 2.5 sits mid-range for wards with
   * furniture and people.
   */
  pathLossExponent: number;
  /**
   * RSSI a tag produces at 1 m, used when neither `tagReferencePowerDbm` nor the sighting's
   * `txPowerAt1m` says. −59 dBm is the usual "measured power" of a 0 dBm iBeacon-class tag.
   */
  defaultReferencePowerDbm: number;
  /** Per-tag reference power at 1 m (calibrated tags, tags with a different transmit power). */
  tagReferencePowerDbm: Readonly<Record<string, number>>;
  /** Gateway antenna height above a typical tag (ceiling ~2.7 m, equipment ~1.2 m). */
  antennaHeightDeltaM: number;
  /** Distances below this are not resolved by RSSI (near field, antenna pattern). */
  minDistanceM: number;

  /**
   * Standard deviation of one RSSI reading about the path-loss model. Indoor log-normal
   * shadowing is typically 3–8 dB (Rappaport §4.9.2); 4 dB is what a ceiling gateway sees
   * for a tag in the same or the next room.
   */
  rssiNoiseDb: number;
  /**
   * Error of the path-loss model that averaging cannot remove (walls, antenna patterns,
   * furniture): a floor under the variance of a gateway's estimate so that many samples
   * never make one gateway look infallible.
   */
  modelErrorDb: number;
  /**
   * Spread of a tag's real power around its configured reference (orientation, a body or
   * a metal bed frame in the way). The engine estimates that bias per evaluation with
   * this as its prior, so one mis-calibrated tag is still placed by the RSSI pattern.
   */
  tagPowerUncertaintyDb: number;
  /** Readings further than this from the window median are left out of the mean (≈ 2σ). */
  outlierRejectDb: number;

  /**
   * Decision step: the tag's state is evaluated once per tick of event time. 500 ms is half
   * a typical gateway report interval; a shorter tick costs evaluations, not accuracy.
   */
  tickMs: number;
  /**
   * How late a sighting may arrive, behind the newest event time seen for its tag (or
   * behind `advanceTo`). Later ones are dropped and counted. Positions are final
   * `tickMs + allowedLatenessMs` after the event, so this is the latency budget: 300 ms
   * covers LAN and broker jitter and request queueing under load, and keeps a position within
   * 1 s of its sighting (tick 0.5 s + 0.3 s + the service's 50 ms advance cadence). A gateway
   * whose sightings of one tag reach the server out of order by more than this (one that
   * posts several windows in one batch) needs it raised to its batch interval.
   */
  allowedLatenessMs: number;
  /**
   * Length of the per-gateway RSSI window: three 1 s gateway reports. Shorter windows follow a
   * walking tag sooner but raise false room changes at walls (see README, "Tuning").
   */
  rssiWindowMs: number;
  /** A gateway not heard for this long no longer counts as evidence. */
  gatewayTimeoutMs: number;
  /**
   * Most gateways tracked per tag at once; the weakest gives way to a stronger newcomer. The
   * room thresholds are tuned for 8: far gateways add little, and more of them make the
   * likelihood sharper than the model deserves (more false changes at walls in simulation).
   */
  maxGatewaysPerTag: number;

  /**
   * Floor decision: a challenger floor's loudest gateway must beat the current floor's by
   * this much (dB). A slab typically costs 10–20 dB at 2.4 GHz (the floor penetration loss
   * factors of ITU-R P.1238 are of that order), so 6 dB separates floors while tolerating a
   * gateway above a stairwell opening.
   */
  floorMarginDb: number;
  /** …and keep a lead of twice the margin this long before the tag changes floor. */
  floorDwellMs: number;
  /** The same, when the tag is in a stairwell or an elevator (it is expected to change floor). */
  verticalLinkFloorDwellMs: number;

  /**
   * Room decision (a CUSUM test, see challenger-test.ts): leads of the best other room up to
   * this log-likelihood count for nothing. Small, so that weak but persistent evidence (a tag
   * half a metre inside a room) wins in the end instead of sticking to the old room.
   */
  roomMarginNats: number;
  /**
   * …a lead of twice the margin takes this long to switch. Long, because noise at a wall
   * produces leads of a few nats for seconds at a time; 40 s kept parked tags 30 cm from a
   * wall under 0.5 false changes per hour at σ 4 dB in simulation.
   */
  roomDwellMs: number;
  /**
   * A lead this large switches after `minRoomDwellMs`: a tag walked into a room reaches 10+
   * nats within a second or two of the door, noise at a wall rarely for four ticks running.
   */
  strongRoomLeadNats: number;
  /** No switch, however strong the evidence, sooner than this after the lead began. */
  minRoomDwellMs: number;
  /** Extra evidence needed to move to a room not linked to the current one. */
  nonAdjacentPenaltyNats: number;
  /** Rooms within this distance of a gateway are candidates when the gateway hears the tag. */
  candidateRadiusM: number;
  /** A new (or lost and found) tag is placed once it has been heard this long (most gateways reported once). */
  initialSettleMs: number;

  /** Time constant of the x/y smoothing within a room (it restarts at a room change). */
  positionSmoothingMs: number;
  /**
   * Time constant of the confidence smoothing. The room posterior of one tick swings widely
   * for a tag near a wall; 30 s keeps its reported band from changing every few seconds.
   */
  confidenceSmoothingMs: number;
  /** Movement within a room smaller than this is not reported (BLE resolves ~2 m at best). */
  positionChangeM: number;
  /** Confidence bands' lower edges after the lowest: below the first is "low", etc. */
  confidenceBandEdges: readonly number[];
  /** A band change is reported only once confidence passes an edge by this much. */
  confidenceBandHysteresis: number;
}

export const DEFAULT_ENGINE_CONFIG: Readonly<EngineConfig> = Object.freeze({
  pathLossExponent: 2.5,
  // Walls between a hypothesis point and a gateway, COST 231 multi-wall model (COST Action 231 final
  // report, 1999, §4.7), from the plan's outlines with an opening at each door (README, "Walls"). They are
  // most of what tells adjacent rooms apart. Plasterboard partitions at 2.4 GHz measure 2–4 dB (COST 231:
  // 3.4 dB for light walls; R. Wilson, "Propagation losses through common building materials", Magis
  // Networks 2002); heavy walls (exterior, stair and lift shafts) 6.9 dB; a closed wooden door 2–4 dB, an
  // open one nothing, so 1.5 dB for a door open about half the time. 0 and 0 turn the term off. Add e.g.
  // `imaging` for lead-lined rooms; set from a site survey where the construction differs.
  wallLossDb: 3,
  heavyWallLossDb: 7,
  wallLossByRoomTypeDb: Object.freeze({ stairs: 7, elevator: 7 }),
  doorLossDb: 1.5,
  doorWidthM: 1.2,
  openPlanRoomTypes: Object.freeze(['corridor', 'lobby']),
  defaultReferencePowerDbm: -59,
  tagReferencePowerDbm: Object.freeze({}),
  antennaHeightDeltaM: 1.5,
  minDistanceM: 0.5,

  rssiNoiseDb: 4,
  modelErrorDb: 2,
  tagPowerUncertaintyDb: 4,
  outlierRejectDb: 8,

  tickMs: 500,
  allowedLatenessMs: 300,
  rssiWindowMs: 3000,
  gatewayTimeoutMs: 10_000,
  maxGatewaysPerTag: 8,

  floorMarginDb: 6,
  floorDwellMs: 8000,
  verticalLinkFloorDwellMs: 3000,

  roomMarginNats: 1,
  roomDwellMs: 40_000,
  strongRoomLeadNats: 10,
  minRoomDwellMs: 1500,
  nonAdjacentPenaltyNats: 3,
  candidateRadiusM: 10,
  initialSettleMs: 1500,

  positionSmoothingMs: 10_000,
  confidenceSmoothingMs: 30_000,
  positionChangeM: 2,
  confidenceBandEdges: Object.freeze([0.4, 0.75]),
  confidenceBandHysteresis: 0.1,
});

/** A configuration value is out of its meaningful range. */
export class EngineConfigError extends Error {
  constructor(
    readonly field: keyof EngineConfig,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'EngineConfigError';
  }
}

/** Defaults overlaid with `overrides`, checked once so the hot path can trust every value. */
export function resolveEngineConfig(overrides: Partial<EngineConfig> = {}): Readonly<EngineConfig> {
  const config: EngineConfig = { ...DEFAULT_ENGINE_CONFIG, ...overrides };
  const positive: Array<keyof EngineConfig> = [
    'pathLossExponent', 'minDistanceM', 'rssiNoiseDb', 'modelErrorDb', 'tagPowerUncertaintyDb',
    'outlierRejectDb', 'tickMs', 'rssiWindowMs', 'gatewayTimeoutMs', 'floorMarginDb', 'floorDwellMs',
    'verticalLinkFloorDwellMs', 'roomMarginNats', 'roomDwellMs', 'strongRoomLeadNats', 'minRoomDwellMs', 'candidateRadiusM',
    'positionSmoothingMs', 'confidenceSmoothingMs', 'positionChangeM',
  ];
  for (const field of positive) {
    const value = config[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new EngineConfigError(field, `must be a positive number, got ${String(value)}`);
    }
  }
  const nonNegative: Array<keyof EngineConfig> = [
    'antennaHeightDeltaM', 'wallLossDb', 'heavyWallLossDb', 'doorLossDb', 'doorWidthM', 'allowedLatenessMs', 'nonAdjacentPenaltyNats', 'initialSettleMs', 'confidenceBandHysteresis',
  ];
  for (const field of nonNegative) {
    const value = config[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new EngineConfigError(field, `must be zero or more, got ${String(value)}`);
    }
  }
  requireInteger(config, 'tickMs');
  requireInteger(config, 'maxGatewaysPerTag');
  if (config.maxGatewaysPerTag < 1 || config.maxGatewaysPerTag > 32) {
    throw new EngineConfigError('maxGatewaysPerTag', 'must be between 1 and 32');
  }
  if (config.rssiWindowMs < config.tickMs) throw new EngineConfigError('rssiWindowMs', 'must be at least tickMs');
  if (config.gatewayTimeoutMs < config.rssiWindowMs) {
    throw new EngineConfigError('gatewayTimeoutMs', 'must be at least rssiWindowMs');
  }
  if (config.minRoomDwellMs > config.roomDwellMs) {
    throw new EngineConfigError('minRoomDwellMs', 'must not exceed roomDwellMs');
  }
  const edges = config.confidenceBandEdges;
  if (edges.some((edge, i) => !(edge > 0 && edge < 1) || (i > 0 && edge <= edges[i - 1]))) {
    throw new EngineConfigError('confidenceBandEdges', 'must be increasing values between 0 and 1');
  }
  for (const [roomType, loss] of Object.entries(config.wallLossByRoomTypeDb)) {
    if (loss === undefined || !Number.isFinite(loss) || loss < 0) {
      throw new EngineConfigError('wallLossByRoomTypeDb', `${roomType} must be zero or more dB`);
    }
  }
  for (const [tagId, power] of Object.entries(config.tagReferencePowerDbm)) {
    if (!Number.isFinite(power)) throw new EngineConfigError('tagReferencePowerDbm', `${tagId} is not a number`);
  }
  return Object.freeze(config);
}

function requireInteger(config: EngineConfig, field: 'tickMs' | 'maxGatewaysPerTag'): void {
  if (!Number.isInteger(config[field])) throw new EngineConfigError(field, 'must be a whole number');
}
