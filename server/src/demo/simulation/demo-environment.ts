/**
 * St Mary's environment sensors in the demo: a reading of each declared measure once a minute, around
 * a seeded normal value for the space, and now and then an excursion. Pure: times come in as data and a
 * reading is a hash of the seed, the sensor, the measure and the minute, so it does not depend on how
 * the simulation is stepped.
 *
 * | space (environment/space-kind.ts) | temperature | humidity | pressure vs corridor | CO₂ |
 * |---|---|---|---|---|
 * | medication fridge | 4–6 °C ± 0.25 | | | |
 * | airborne isolation room | 21.8–22.8 °C | 35–50 % | −5 to −8 Pa ± 0.3 | |
 * | anything else | 21.8–22.8 °C ± 0.1, ±0.3 °C over the day | 35–50 % ± 1 | −2 to −3 Pa (anterooms) | 450–800 ppm, higher by day |
 *
 * Excursions: the first `firstAt` (DEMO_EXCURSION_MINUTES after start): a medication fridge's door is
 * left open for 26 min, the fridge climbing to 9–11 °C (its alarm has a 15 min start delay, so it
 * rings about 20 min in and clears when the door is shut). Then every 5–9 hours, in turn, an isolation
 * room losing its negative pressure for 15 min (up to −1.5…+0.5 Pa; 2 min start delay) and a fridge door.
 */
import type { ParsedFloorPlan, SensorMeasure } from '../../floorplan/import/floorplan-format.js';
import { spaceKindOf } from '../../hygiene/environment/space-kind.js';
import type { SpaceKind } from '../../hygiene/environment/environment-limits.js';
import { Prng, deriveSeed, hashGaussian } from '../../simulator/prng.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export interface DemoSensor {
  id: string;
  roomId: string | null;
  space: SpaceKind;
  measures: readonly SensorMeasure[];
  /** When in each minute it reports, ms after the minute. */
  phaseMs: number;
  /** Per measure: its normal value (seeded) and the key of its minute-by-minute noise. */
  normals: ReadonlyMap<SensorMeasure, { value: number; noiseKey: number }>;
}

export interface Excursion {
  sensorId: string;
  measure: SensorMeasure;
  from: number;
  to: number;
  /** The value it reaches. */
  peak: number;
  kind: 'fridge_door' | 'pressure_loss';
}

export const FRIDGE_DOOR_MS = 26 * MINUTE_MS;
export const PRESSURE_LOSS_MS = 15 * MINUTE_MS;

/** The `environment_sensor` devices with declared measures, in id order, with the space their limits come from. */
export function demoSensors(floors: readonly ParsedFloorPlan[], seed: number): DemoSensor[] {
  const rooms = new Map(floors.flatMap((floor) => floor.rooms).map((room) => [room.id, room]));
  return floors
    .flatMap((floor) => floor.devices)
    .filter((device) => device.deviceType === 'environment_sensor' && (device.measures?.length ?? 0) > 0)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((device) => {
      const space = spaceKindOf(device.name, device.roomId === null ? undefined : rooms.get(device.roomId));
      const measures = device.measures ?? [];
      const normals = new Map(
        measures.map((measure) => {
          const noiseKey = deriveSeed(seed, 'reading', device.id, measure);
          return [measure, { value: normalValue(space, measure, new Prng(noiseKey)), noiseKey }] as const;
        }),
      );
      return { id: device.id, roomId: device.roomId, space, measures, phaseMs: Math.floor(new Prng(deriveSeed(seed, 'phase', device.id)).next() * MINUTE_MS), normals };
    });
}

/** The measure's usual value in the space (the table above). */
function normalValue(space: SpaceKind, measure: SensorMeasure, prng: Prng): number {
  switch (measure) {
    case 'temperature':
      return space === 'medication_fridge' ? prng.uniform(4, 6) : prng.uniform(21.8, 22.8);
    case 'humidity':
      return prng.uniform(35, 50);
    case 'pressure_differential':
      return space === 'airborne_isolation' ? prng.uniform(-8, -5) : prng.uniform(-3, -2);
    case 'co2':
      return prng.uniform(450, 650);
    case 'particles':
      return prng.uniform(1000, 5000);
  }
}

/**
 * The excursions from `startTs` to `untilTs`: the first at `firstAt` (none when undefined), then every
 * 5–9 h, isolation pressure and fridge door in turn (when the site has such sensors).
 */
export function plannedExcursions(sensors: readonly DemoSensor[], startTs: number, firstAt: number | undefined, untilTs: number, seed: number): Excursion[] {
  const fridges = sensors.filter((sensor) => sensor.space === 'medication_fridge' && sensor.measures.includes('temperature'));
  const isolation = sensors.filter((sensor) => sensor.space === 'airborne_isolation' && sensor.measures.includes('pressure_differential'));
  const prng = new Prng(deriveSeed(seed, 'excursions', startTs, Math.floor(startTs / 2 ** 32)));
  const excursions: Excursion[] = [];
  if (firstAt !== undefined && fridges.length > 0) excursions.push(fridgeDoor(fridges[0], firstAt, prng));
  let at = (firstAt ?? startTs) + prng.uniform(5, 9) * HOUR_MS;
  for (let turn = 0; at < untilTs; turn++, at += prng.uniform(5, 9) * HOUR_MS) {
    const pool = turn % 2 === 0 && isolation.length > 0 ? isolation : fridges;
    if (pool.length === 0) continue;
    const sensor = pool[prng.int(pool.length)];
    excursions.push(sensor.space === 'medication_fridge' ? fridgeDoor(sensor, Math.round(at), prng) : pressureLoss(sensor, Math.round(at), prng));
  }
  return excursions;
}

function fridgeDoor(sensor: DemoSensor, from: number, prng: Prng): Excursion {
  return { sensorId: sensor.id, measure: 'temperature', from, to: from + FRIDGE_DOOR_MS, peak: round1(prng.uniform(9, 11)), kind: 'fridge_door' };
}

function pressureLoss(sensor: DemoSensor, from: number, prng: Prng): Excursion {
  return { sensorId: sensor.id, measure: 'pressure_differential', from, to: from + PRESSURE_LOSS_MS, peak: round1(prng.uniform(-1.5, 0.5)), kind: 'pressure_loss' };
}

/** The sensor's reading of `measure` at `ts`, to 0.1 (whole ppm for CO₂); NaN for a measure it does not declare. */
export function readingAt(sensor: DemoSensor, measure: SensorMeasure, ts: number, excursions: readonly Excursion[]): number {
  const normal = sensor.normals.get(measure);
  if (normal === undefined) return Number.NaN;
  const minute = Math.floor(ts / MINUTE_MS);
  const noise = hashGaussian(normal.noiseKey, minute, Math.floor(minute / 2 ** 32), 0);
  // Warmest mid-afternoon, coolest before dawn.
  const daily = Math.sin(((ts % DAY_MS) / DAY_MS - 0.375) * 2 * Math.PI);
  let value: number;
  switch (measure) {
    case 'temperature':
      value = sensor.space === 'medication_fridge' ? normal.value + 0.25 * noise : normal.value + 0.3 * daily + 0.1 * noise;
      break;
    case 'humidity':
      value = normal.value - 3 * daily + noise;
      break;
    case 'pressure_differential':
      value = normal.value + 0.3 * noise;
      break;
    case 'co2':
      return Math.round(normal.value + 150 * Math.max(0, daily) + 20 * noise);
    case 'particles':
      value = normal.value * (1 + 0.1 * noise);
  }
  for (const excursion of excursions) {
    if (excursion.sensorId !== sensor.id || excursion.measure !== measure || ts < excursion.from || ts >= excursion.to) continue;
    // Up to the peak in 2 min, back in the last 4.
    const share = Math.min(1, (ts - excursion.from) / (2 * MINUTE_MS), (excursion.to - ts) / (4 * MINUTE_MS));
    value += share * (excursion.peak - value);
  }
  return round1(value);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
