import { loadStMarysFloors } from '../../simulator/testing/st-marys.js';
import { FRIDGE_DOOR_MS, PRESSURE_LOSS_MS, demoSensors, plannedExcursions, readingAt } from './demo-environment.js';

const floors = loadStMarysFloors();
const SEED = 4;
const sensors = demoSensors(floors, SEED);
const sensor = (id: string) => {
  const found = sensors.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no sensor ${id}`);
  return found;
};
const MINUTE = 60_000;
const HOUR = 3_600_000;
const T = Date.UTC(2026, 10, 26, 0, 0, 0);

describe("St Mary's demo environment sensors", () => {
  it('judge each sensor by the space it watches, and report in their own second of the minute', () => {
    expect(sensors).toHaveLength(115);
    expect(sensor('main-1-env-017')).toMatchObject({ space: 'medication_fridge', measures: ['temperature'] });
    expect(sensor('main-1-env-037')).toMatchObject({ space: 'airborne_isolation', measures: ['temperature', 'humidity', 'pressure_differential'] });
    expect(sensor('main-1-env-022').space).toBe('patient_room');
    expect(new Set(sensors.map((candidate) => candidate.phaseMs)).size).toBeGreaterThan(100);
  });

  it('read within the limits of their space all day without an excursion', () => {
    for (let ts = T; ts < T + 24 * HOUR; ts += 7 * MINUTE) {
      const fridge = readingAt(sensor('main-1-env-017'), 'temperature', ts, []);
      expect(fridge >= 3 && fridge <= 7).toBe(true);
      const pressure = readingAt(sensor('main-1-env-037'), 'pressure_differential', ts, []);
      expect(pressure >= -9 && pressure <= -4).toBe(true);
      const room = readingAt(sensor('main-1-env-022'), 'temperature', ts, []);
      expect(room >= 21 && room <= 24).toBe(true);
      const humidity = readingAt(sensor('main-1-env-022'), 'humidity', ts, []);
      expect(humidity >= 25 && humidity <= 60).toBe(true);
    }
    expect(Number.isNaN(readingAt(sensor('main-1-env-017'), 'co2', T, []))).toBe(true);
  });
});

describe('plannedExcursions', () => {
  const excursions = plannedExcursions(sensors, T, T + 5 * MINUTE, T + 48 * HOUR, SEED);

  it('opens a fridge door at the given minute for 26 min, then every 5–9 h isolation pressure and a fridge in turn', () => {
    // The first medication fridge of the plans: the ED medication room's.
    expect(excursions[0]).toMatchObject({ kind: 'fridge_door', sensorId: 'main-0-env-018', measure: 'temperature', from: T + 5 * MINUTE, to: T + 5 * MINUTE + FRIDGE_DOOR_MS });
    expect(excursions.slice(1).map((excursion) => excursion.kind)).toEqual(excursions.slice(1).map((_, i) => (i % 2 === 0 ? 'pressure_loss' : 'fridge_door')));
    expect(excursions.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < excursions.length; i++) {
      expect(excursions[i].from - excursions[i - 1].from).toBeGreaterThanOrEqual(5 * HOUR);
      expect(excursions[i].from - excursions[i - 1].from).toBeLessThanOrEqual(9 * HOUR);
    }
    const loss = excursions[1];
    expect([loss.to - loss.from, sensor(loss.sensorId).space, loss.peak >= -1.5 && loss.peak <= 0.5]).toEqual([PRESSURE_LOSS_MS, 'airborne_isolation', true]);
    expect(plannedExcursions(sensors, T, undefined, T + 10 * HOUR, SEED).every((excursion) => excursion.from >= T + 5 * HOUR)).toBe(true);
  });

  it('warms the fridge to its peak within 2 min, holds it, and is back 4 min after the door shuts', () => {
    const door = excursions[0];
    const fridge = sensor(door.sensorId);
    expect(readingAt(fridge, 'temperature', door.from - MINUTE, excursions)).toBeLessThan(7);
    expect(readingAt(fridge, 'temperature', door.from + 2 * MINUTE, excursions)).toBe(door.peak);
    expect(readingAt(fridge, 'temperature', door.from + 15 * MINUTE, excursions)).toBe(door.peak);
    expect(readingAt(fridge, 'temperature', door.to - 2 * MINUTE, excursions)).toBeLessThan(door.peak);
    expect(readingAt(fridge, 'temperature', door.to, excursions)).toBeLessThan(7);
    expect(door.peak >= 9 && door.peak <= 11).toBe(true);
  });
});
