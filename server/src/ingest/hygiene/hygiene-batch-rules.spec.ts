import { validateHygieneBatch } from '../hygiene-ingest.schema.js';
import { checkHygieneBatch, MAX_HYGIENE_EVENT_AGE_MS, type HygieneDevice } from './check-hygiene-batch.js';
import type { HygieneBatch } from './hygiene-batch.js';
import { hygieneErrorsTopic, parseHygieneTopic } from './hygiene-topics.js';

const now = Date.parse('2026-11-26T10:00:00Z');
const batch = (events: unknown[], overrides: Record<string, unknown> = {}) => ({ deviceId: 'hh-1', seq: 7, sentAt: '2026-11-26T10:00:00Z', events, ...overrides });
const dispenser: HygieneDevice = { deviceType: 'hand_hygiene_dispenser', measures: null };
const sensor: HygieneDevice = { deviceType: 'environment_sensor', measures: ['temperature', 'humidity'] };
const doorCounter: HygieneDevice = { deviceType: 'door_counter', measures: null };
const cleaning = { type: 'cleaning', ts: now - 60_000, roomId: 'room-1', kind: 'terminal', phase: 'completed', by: 'evs-12' };
const verification = { type: 'verification', ts: now, roomId: 'room-1', method: 'atp', passed: false, value: 412 };

describe('the hygiene batch schema', () => {
  it('accepts every event type', () => {
    const result = validateHygieneBatch(
      batch([
        { type: 'dispense', ts: now, badgeId: 'badge-rn042' },
        { type: 'dispense', ts: '2026-11-26T09:59:00+01:00' },
        { type: 'refill_level', ts: now, percent: 37.5 },
        { type: 'reading', ts: now, measure: 'pressure_differential', value: -3.1 },
        { type: 'entries', ts: now, count: 1 },
        { type: 'entries', ts: now, count: 1000 },
        cleaning,
        { type: 'cleaning', ts: now, roomId: 'room-1', kind: 'uv', phase: 'started' },
        verification,
        { type: 'verification', ts: now, roomId: 'room-1', method: 'fluorescent', passed: true, by: 'ic-nurse' },
      ]),
    );
    expect(result.ok).toBe(true);
  });

  it('names each field at fault: an unknown type, a level over 100 %, an unknown measure, a clean without phase, a verification without result', () => {
    const result = validateHygieneBatch(
      batch([
        { type: 'sanitize', ts: now },
        { type: 'refill_level', ts: now, percent: 101 },
        { type: 'reading', ts: now, measure: 'noise', value: 40 },
        { type: 'cleaning', ts: now, roomId: 'room-1', kind: 'daily' },
        { type: 'verification', ts: now, roomId: 'room-1', method: 'atp' },
        { type: 'dispense', ts: 'yesterday' },
      ]),
    );
    expect(result.ok ? [] : result.issues.listed).toEqual([
      { field: 'events[0].type', message: 'must be one of the event types: dispense, refill_level, reading, entries, cleaning, verification' },
      { field: 'events[1].percent', message: 'must be <= 100' },
      { field: 'events[2].measure', message: 'must be equal to one of the allowed values' },
      { field: 'events[3].phase', message: 'is required' },
      { field: 'events[4].passed', message: 'is required' },
      { field: 'events[5].ts', message: 'must be an ISO-8601 date-time with a time zone or epoch milliseconds' },
    ]);
  });

  it('refuses an entries count below 1, above 1000 or not whole', () => {
    const result = validateHygieneBatch(batch([{ type: 'entries', ts: now, count: 0 }, { type: 'entries', ts: now, count: 1001 }, { type: 'entries', ts: now, count: 2.5 }, { type: 'entries', ts: now }]));
    expect(result.ok ? [] : result.issues.listed).toEqual([
      { field: 'events[0].count', message: 'must be >= 1' },
      { field: 'events[1].count', message: 'must be <= 1000' },
      { field: 'events[2].count', message: 'must be integer' },
      { field: 'events[3].count', message: 'is required' },
    ]);
  });

  it('refuses a batch without events, or with a field it does not know', () => {
    const empty = validateHygieneBatch(batch([]));
    expect(empty.ok ? [] : empty.issues.listed).toEqual([{ field: 'events', message: 'must NOT have fewer than 1 items' }]);
    const extra = validateHygieneBatch(batch([{ type: 'dispense', ts: now, hand: 'left' }], { gatewayId: 'gw' }));
    expect(extra.ok ? [] : extra.issues.listed).toEqual([
      { field: 'gatewayId', message: 'is not allowed' },
      { field: 'events[0].hand', message: 'is not allowed' },
    ]);
  });
});

describe('the hygiene batch rules', () => {
  it('gives each event its time in ms and its field', () => {
    const checked = checkHygieneBatch(batch([{ type: 'dispense', ts: '2026-11-26T09:59:00Z', badgeId: 'b1' }, cleaning]) as HygieneBatch, dispenser, now);
    expect(checked).toEqual({
      ok: true,
      events: [
        { type: 'dispense', badgeId: 'b1', at: now - 60_000, field: 'events[0]' },
        { type: 'cleaning', roomId: 'room-1', kind: 'terminal', phase: 'completed', by: 'evs-12', at: now - 60_000, field: 'events[1]' },
      ],
    });
  });

  it('lets dispensers dispense and report levels, sensors read the measures they declare, and either relay cleans and verifications', () => {
    const fromDispenser = [{ type: 'dispense', ts: now }, { type: 'refill_level', ts: now, percent: 10 }, cleaning, verification];
    expect(checkHygieneBatch(batch(fromDispenser) as HygieneBatch, dispenser, now).ok).toBe(true);
    const fromSensor = [{ type: 'reading', ts: now, measure: 'humidity', value: 41 }, cleaning, verification];
    expect(checkHygieneBatch(batch(fromSensor) as HygieneBatch, sensor, now).ok).toBe(true);
  });

  it('refuses events the device cannot report, naming each', () => {
    const bySensor = checkHygieneBatch(batch([{ type: 'dispense', ts: now }, { type: 'refill_level', ts: now, percent: 5 }, { type: 'reading', ts: now, measure: 'co2', value: 800 }]) as HygieneBatch, sensor, now);
    expect(bySensor.ok ? [] : bySensor.issues.listed).toEqual([
      { field: 'events[0].type', message: 'is reported by hand-hygiene dispensers only, not by environment sensors' },
      { field: 'events[1].type', message: 'is reported by hand-hygiene dispensers only, not by environment sensors' },
      { field: 'events[2].measure', message: 'is not a measure of this sensor (it declares temperature, humidity)' },
    ]);
    const byDispenser = checkHygieneBatch(batch([{ type: 'reading', ts: now, measure: 'temperature', value: 21 }]) as HygieneBatch, dispenser, now);
    expect(byDispenser.ok ? [] : byDispenser.issues.listed).toEqual([{ field: 'events[0].type', message: 'is reported by environment sensors only, not by hand-hygiene dispensers' }]);
  });

  it('lets door counters report entries and nothing else, and no other device report entries', () => {
    expect(checkHygieneBatch(batch([{ type: 'entries', ts: now, count: 3 }]) as HygieneBatch, doorCounter, now)).toEqual({ ok: true, events: [{ type: 'entries', count: 3, at: now, field: 'events[0]' }] });
    const byCounter = checkHygieneBatch(batch([{ type: 'dispense', ts: now }, { type: 'reading', ts: now, measure: 'temperature', value: 21 }, cleaning, verification]) as HygieneBatch, doorCounter, now);
    expect(byCounter.ok ? [] : byCounter.issues.listed).toEqual([
      { field: 'events[0].type', message: 'is reported by hand-hygiene dispensers only, not by door counters' },
      { field: 'events[1].type', message: 'is reported by environment sensors only, not by door counters' },
      { field: 'events[2].type', message: 'is not reported by door counters: they report entries only' },
      { field: 'events[3].type', message: 'is not reported by door counters: they report entries only' },
    ]);
    for (const device of [dispenser, sensor]) {
      const refused = checkHygieneBatch(batch([{ type: 'entries', ts: now, count: 1 }]) as HygieneBatch, device, now);
      expect(refused.ok ? [] : refused.issues.listed).toEqual([{ field: 'events[0].type', message: `is reported by door counters only, not by ${device === dispenser ? 'hand-hygiene dispensers' : 'environment sensors'}` }]);
    }
  });

  it('refuses events long before or after sentAt, and a sentAt far from the clock', () => {
    const checked = checkHygieneBatch(batch([{ type: 'dispense', ts: now - MAX_HYGIENE_EVENT_AGE_MS - 1 }, { type: 'dispense', ts: now + 61_000 }, { type: 'dispense', ts: now - MAX_HYGIENE_EVENT_AGE_MS }]) as HygieneBatch, dispenser, now);
    expect(checked.ok ? [] : checked.issues.listed).toEqual([
      { field: 'events[0].ts', message: 'is more than 4 days before sentAt' },
      { field: 'events[1].ts', message: 'is more than 60 s after sentAt' },
    ]);
    const skewed = checkHygieneBatch(batch([{ type: 'dispense', ts: now }], { sentAt: '2026-11-24T10:00:00Z' }) as HygieneBatch, dispenser, now);
    expect(skewed.ok ? [] : skewed.issues.listed).toEqual([{ field: 'sentAt', message: "is 48 h from the server's clock (at most 24 h); set the device's clock" }]);
  });
});

describe('hygiene MQTT topics', () => {
  it('reads site and device from the hygiene topic and nothing else', () => {
    expect(parseHygieneTopic('wardwatch/st-marys/devices/main-1-hh-004/hygiene')).toEqual({ siteId: 'st-marys', deviceId: 'main-1-hh-004' });
    expect(parseHygieneTopic('wardwatch/st-marys/cabinets/main-1-cab-001/events')).toBeUndefined();
    expect(parseHygieneTopic('wardwatch/st-marys/devices/main-1-hh-004/hygiene/errors')).toBeUndefined();
    expect(parseHygieneTopic('wardwatch//devices/main-1-hh-004/hygiene')).toBeUndefined();
    expect(hygieneErrorsTopic({ siteId: 's', deviceId: 'd' })).toBe('wardwatch/s/devices/d/hygiene/errors');
  });
});
