import { validateCabinetBatch } from '../cabinet-ingest.schema.js';
import { checkCabinetBatch, MAX_CABINET_EVENT_AGE_MS } from './check-cabinet-batch.js';
import { cabinetErrorsTopic, parseCabinetTopic } from './cabinet-topics.js';
import type { CabinetBatch } from './cabinet-batch.js';

const now = Date.parse('2026-11-26T10:00:00Z');
const batch = (events: unknown[], overrides: Record<string, unknown> = {}) => ({ cabinetId: 'cab-1', seq: 7, sentAt: '2026-11-26T10:00:00Z', events, ...overrides });
const withdraw = { type: 'withdraw', ts: now - 60_000, drawer: 'Drawer 1', bin: 'A1', quantity: 2, user: 'rn042' };

describe('the cabinet batch schema', () => {
  it('accepts every event type', () => {
    const result = validateCabinetBatch(
      batch([
        withdraw,
        { type: 'restock', ts: '2026-11-26T09:00:00Z', drawer: 'Drawer 1', bin: 'A1', quantity: 10, lot: { lotNumber: 'MS2401', expiry: '2027-01-31' } },
        { type: 'return', ts: now, drawer: 'Drawer 1', bin: 'A1', quantity: 1 },
        { type: 'waste', ts: now, drawer: 'Drawer 1', bin: 'A1', quantity: 1, user: 'rn042', witness: 'rn017' },
        { type: 'count', ts: now, drawer: 'Drawer 1', bin: 'A1', count: 8, method: 'sensor' },
      ]),
    );
    expect(result.ok).toBe(true);
  });

  it('names each field at fault: a restock without lot, a waste without witness, an unknown type, a bad count', () => {
    const result = validateCabinetBatch(
      batch([
        { type: 'restock', ts: now, drawer: 'Drawer 1', bin: 'A1', quantity: 10 },
        { type: 'waste', ts: now, drawer: 'Drawer 1', bin: 'A1', quantity: 1 },
        { type: 'dispense', ts: now, drawer: 'Drawer 1', bin: 'A1', quantity: 1 },
        { type: 'count', ts: now, drawer: 'Drawer 1', bin: 'A1', count: -1, method: 'sensor' },
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.listed).toEqual([
      { field: 'events[0].lot', message: 'is required' },
      { field: 'events[1].witness', message: 'is required' },
      { field: 'events[2].type', message: 'must be one of the event types: count, withdraw, restock, return, waste' },
      { field: 'events[3].count', message: 'must be >= 0' },
    ]);
  });
});

describe('the cabinet batch time rules', () => {
  it('gives each event its time in ms and its field', () => {
    const checked = checkCabinetBatch(batch([withdraw]) as CabinetBatch, now);
    expect(checked).toEqual({ ok: true, events: [{ type: 'withdraw', drawer: 'Drawer 1', bin: 'A1', quantity: 2, user: 'rn042', at: now - 60_000, field: 'events[0]' }] });
  });

  it('refuses events long before or after sentAt, a sentAt far from the clock, and expiry dates that do not exist', () => {
    const checked = checkCabinetBatch(
      batch([
        { ...withdraw, ts: now - MAX_CABINET_EVENT_AGE_MS - 1 },
        { ...withdraw, ts: now + 61_000 },
        { type: 'restock', ts: now, drawer: 'D', bin: 'B', quantity: 1, lot: { lotNumber: 'L', expiry: '2027-02-29' } },
      ]) as CabinetBatch,
      now,
    );
    expect(checked.ok ? [] : checked.issues.listed).toEqual([
      { field: 'events[0].ts', message: 'is more than 4 days before sentAt' },
      { field: 'events[1].ts', message: 'is more than 60 s after sentAt' },
      { field: 'events[2].lot.expiry', message: 'is not a real calendar date' },
    ]);
    const skewed = checkCabinetBatch(batch([withdraw], { sentAt: '2026-11-28T10:00:00Z' }) as CabinetBatch, now);
    expect(skewed.ok ? [] : skewed.issues.listed).toEqual([{ field: 'sentAt', message: "is 48 h from the server's clock (at most 24 h); set the cabinet's clock" }]);
  });
});

describe('cabinet MQTT topics', () => {
  it('reads site and cabinet from the events topic and nothing else', () => {
    expect(parseCabinetTopic('wardwatch/st-marys/cabinets/main-1-cab-001/events')).toEqual({ siteId: 'st-marys', cabinetId: 'main-1-cab-001' });
    expect(parseCabinetTopic('wardwatch/st-marys/gateways/main-1-gw-001/ble')).toBeUndefined();
    expect(parseCabinetTopic('wardwatch/st-marys/cabinets/main-1-cab-001/events/errors')).toBeUndefined();
    expect(cabinetErrorsTopic({ siteId: 's', cabinetId: 'c' })).toBe('wardwatch/s/cabinets/c/events/errors');
  });
});
