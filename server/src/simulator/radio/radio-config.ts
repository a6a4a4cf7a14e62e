/**
 * Parameters of the simulated radio, with the default of each and where the default comes from.
 * Powers are dBm, losses and offsets dB, distances metres, times milliseconds. The README explains
 * how the parts fit together: RSSI = P₁ₘ − 10·n·log10(d) − walls − floors + shadowing + fading.
 */
import type { RoomType } from '../../floorplan/import/floorplan-format.js';

export interface RadioConfig {
  /**
   * Mean RSSI a gateway receives from a tag 1 m away (the iBeacon "measured power" of a 0 dBm tag).
   * −59 dBm is the calibration most iBeacon-class tags ship with (Apple, "Getting Started with
   * iBeacon", 2014, defines measured power as the RSSI at 1 m).
   */
  referencePowerDbm: number;
  /** What tags advertise as measured power (`txPower` in reports). Differs from the truth only on purpose. */
  advertisedMeasuredPowerDbm: number;
  /**
   * Log-distance exponent n. Walls are counted explicitly (multi-wall model), so n describes the open
   * space between them: 2 is free space; Rappaport (Wireless Communications, 2nd ed., table 4.2) lists
   * 1.6–1.8 in line of sight inside buildings and 1.8–2.2 for open stores. 2.2 allows for furniture,
   * beds and people.
   */
  pathLossExponent: number;
  /** Distances below this are clamped (near field; the antennas are never closer than ~1.5 m anyway). */
  minDistanceM: number;
  /** Tag height above its floor: infusion pumps on poles ~1.2 m, beds and wheelchairs lower. */
  tagHeightM: number;

  /**
   * Loss of one interior wall. COST 231 multi-wall model (COST Action 231 final report, 1999, §4.7):
   * 3.4 dB for light walls (plasterboard partitions), the usual construction between hospital rooms.
   */
  wallLossDb: number;
  /** Loss of a heavy wall: COST 231's 6.9 dB for load-bearing concrete or brick. Used for exterior walls. */
  heavyWallLossDb: number;
  /**
   * Room types whose walls are heavy: stair and lift shafts are fire-rated concrete. A wall takes the
   * heavier of its two rooms' losses. Add e.g. `imaging` for lead-lined X-ray rooms.
   */
  wallLossByRoomTypeDb: Readonly<Partial<Record<RoomType, number>>>;
  /**
   * A door is drawn as a point; the simulator cuts an opening `doorWidthM` wide into the wall there,
   * with this loss instead of the wall's: closed solid-wood doors measure 2–4 dB at 2.4 GHz
   * (R. Wilson, "Propagation losses through common building materials, 2.4 GHz vs 5 GHz", Magis
   * Networks, 2002), open ones nothing; 3 dB is a door that is closed most of the time.
   */
  doorLossDb: number;
  /** Clear width of the door openings: 1.2 m lets a bed through. */
  doorWidthM: number;
  /**
   * Circulation spaces that are one open space where a door feature joins them (an archway between two
   * corridors): the wall they share is not there at all.
   */
  openPlanRoomTypes: readonly RoomType[];

  /**
   * Loss through one floor slab. COST 231 multi-wall model: L_f = 18.3 dB, and for k slabs
   * L_f·k^((k+2)/(k+1) − b) with b = 0.46 (each further slab costs less: energy also goes round).
   * ITU-R P.1238 table 3 gives 14 dB for one office floor at 2.4 GHz; hospital slabs are heavier.
   */
  floorLossDb: number;
  floorLossB: number;

  /**
   * Total standard deviation of an advertisement's RSSI about the path-loss mean (log-normal
   * shadowing and fading together). Indoor measurements put it at 3–8 dB (Rappaport §4.9.2; 3GPP TR
   * 38.901 table 7.5-6, indoor hotspot: 3 dB line of sight, 8 dB without). Benchmarks run 4 and 6.
   */
  sigmaDb: number;
  /**
   * Share of the variance σ² that belongs to the place (slow shadowing: furniture, the body next to
   * the tag), the rest changing with every advertisement (fast fading, the three advertising
   * channels). The place part is the same every time the tag is at the same spot, so averaging over
   * time does not remove it, as in a real building. The half-and-half split is an assumption: BLE
   * measurements show both a large per-advertisement spread between the three advertising channels
   * (Faragher & Harle, "Location fingerprinting with Bluetooth Low Energy beacons", IEEE JSAC 2015) and
   * a lasting bias per place. 0 gives independent noise per advertisement.
   */
  staticShadowingShare: number;
  /**
   * Distance over which the place part decorrelates (the cell of the noise grid): correlation 0.74 at
   * half of it, 0.28 at one, none beyond two, close to Gudmundson's exp(−Δ/d) up to d. 6 m is 3GPP TR
   * 38.901's shadow-fading correlation distance for indoor non-line-of-sight.
   */
  shadowingDecorrelationM: number;

  /**
   * Gateway receive sensitivity. BLE SoCs quote −94 to −97 dBm at 1 Mbit/s (nRF52832 −96, CC2640R2
   * −97, ESP32 −94); sensitivity is the input level at which 30.8 % of 37-byte packets are lost
   * (Bluetooth Core Specification, Vol 6, Part A, §4.1).
   */
  sensitivityDbm: number;
  /**
   * Width of the loss "waterfall" around sensitivity (logistic scale): 10 % to 90 % loss over about
   * 4.4 widths, as the packet-error curves in receiver datasheets fall over a few dB.
   */
  waterfallWidthDb: number;
  /**
   * Advertisements lost however strong: collisions with other tags and Wi-Fi, and the gaps while a
   * scanner switches channel. An assumption of a busy ward, not a measurement.
   */
  baseLossProbability: number;

  /** Advertising interval of the tags. 1 s is a common setting for asset tags (battery life of years). */
  advertisingIntervalMs: number;
  /**
   * Random delay added to every interval: advDelay, 0–10 ms (Bluetooth Core Specification, Vol 6,
   * Part B, §4.4.2.2.1), which keeps two tags from colliding forever.
   */
  advertisingJitterMs: number;

  /** Per gateway (by id), dB added to what it reports: a radio that reads hot or cold. */
  gatewayOffsetDb: Readonly<Record<string, number>>;
  /** Standard deviation of a seeded random offset for every gateway (added to `gatewayOffsetDb`). */
  gatewayOffsetSigmaDb: number;
  /** Standard deviation of a seeded random offset of each tag's real power (units differ by ~±2 dB). */
  tagPowerSigmaDb: number;

  /**
   * Links whose mean is this many fast-fading σ below the bottom of the waterfall are not simulated:
   * at 4σ a reception happens less than once in 30,000 advertisements.
   */
  audibleMarginSigma: number;
  /** Cell size of the wall index (a performance setting). */
  wallGridCellM: number;
}

export const DEFAULT_RADIO_CONFIG: Readonly<RadioConfig> = Object.freeze({
  referencePowerDbm: -59,
  advertisedMeasuredPowerDbm: -59,
  pathLossExponent: 2.2,
  minDistanceM: 0.5,
  tagHeightM: 1.0,

  wallLossDb: 3.4,
  heavyWallLossDb: 6.9,
  wallLossByRoomTypeDb: Object.freeze({ stairs: 6.9, elevator: 6.9 }),
  doorLossDb: 3,
  doorWidthM: 1.2,
  openPlanRoomTypes: Object.freeze(['corridor', 'lobby'] as RoomType[]),

  floorLossDb: 18.3,
  floorLossB: 0.46,

  sigmaDb: 4,
  staticShadowingShare: 0.5,
  shadowingDecorrelationM: 6,

  sensitivityDbm: -95,
  waterfallWidthDb: 1,
  baseLossProbability: 0.05,

  advertisingIntervalMs: 1000,
  advertisingJitterMs: 10,

  gatewayOffsetDb: Object.freeze({}),
  gatewayOffsetSigmaDb: 0,
  tagPowerSigmaDb: 0,

  audibleMarginSigma: 4,
  wallGridCellM: 4,
});

/** Defaults overridden by `overrides`; throws a RangeError naming the first value that cannot work. */
export function resolveRadioConfig(overrides: Partial<RadioConfig> = {}): RadioConfig {
  const config: RadioConfig = { ...DEFAULT_RADIO_CONFIG, ...overrides };
  const positive: Array<keyof RadioConfig> = [
    'pathLossExponent',
    'minDistanceM',
    'waterfallWidthDb',
    'shadowingDecorrelationM',
    'wallGridCellM',
    'audibleMarginSigma',
  ];
  for (const key of positive) requireFinite(config, key, (value) => value > 0, 'must be > 0');
  const nonNegative: Array<keyof RadioConfig> = [
    'tagHeightM',
    'wallLossDb',
    'heavyWallLossDb',
    'doorLossDb',
    'doorWidthM',
    'floorLossDb',
    'sigmaDb',
    'gatewayOffsetSigmaDb',
    'tagPowerSigmaDb',
    'advertisingJitterMs',
  ];
  for (const key of nonNegative) requireFinite(config, key, (value) => value >= 0, 'must be ≥ 0');
  requireFinite(config, 'referencePowerDbm', () => true, 'must be a number');
  requireFinite(config, 'sensitivityDbm', () => true, 'must be a number');
  requireFinite(config, 'floorLossB', () => true, 'must be a number');
  requireFinite(config, 'staticShadowingShare', (value) => value >= 0 && value <= 1, 'must be within 0..1');
  requireFinite(config, 'baseLossProbability', (value) => value >= 0 && value < 1, 'must be within 0..1 (1 excluded)');
  // BLE does not allow advertising intervals below 20 ms (Core Specification, Vol 6, Part B, §4.4.2.2.1).
  requireFinite(config, 'advertisingIntervalMs', (value) => value >= 20, 'must be ≥ 20 (the BLE minimum)');
  const measured = config.advertisedMeasuredPowerDbm;
  if (!Number.isInteger(measured) || measured < -128 || measured > 127) {
    throw new RangeError('radio.advertisedMeasuredPowerDbm must be an integer -128..127 (one signed byte on air)');
  }
  return config;
}

function requireFinite(
  config: RadioConfig,
  key: keyof RadioConfig,
  test: (value: number) => boolean,
  message: string,
): void {
  const value = config[key];
  if (typeof value !== 'number' || !Number.isFinite(value) || !test(value)) {
    throw new RangeError(`radio.${key} ${message}, got ${String(value)}`);
  }
}

/** Standard deviation of the place-bound (static) part of the shadowing. */
export function staticSigmaDb(config: RadioConfig): number {
  return config.sigmaDb * Math.sqrt(config.staticShadowingShare);
}

/** Standard deviation of the per-advertisement (fast) part. */
export function fastSigmaDb(config: RadioConfig): number {
  return config.sigmaDb * Math.sqrt(1 - config.staticShadowingShare);
}
