import request from 'supertest';
import { signIn, type TestSession } from '../../../test-support/sign-in.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { DemoPharmacySimulationService } from '../../demo/simulation/demo-pharmacy-simulation.service.js';
import { DEMO_PASSWORD } from '../../users/initial-users.js';

const MINUTE = 60_000;

describe("St Mary's demo pharmacy and its simulation", () => {
  let demo: TestApp;
  let pharmacy: TestSession;
  beforeAll(async () => {
    // DEMO_SIMULATION stays off (startTestApp): the last test steps the simulation itself.
    demo = await startTestApp('sqlite', { WARDWATCH_DEMO: 'true' });
    pharmacy = await signIn(demo.server, 'pharmacy', DEMO_PASSWORD);
  }, 60_000);
  afterAll(async () => demo?.close());
  const get = async (path: string) => (await request(demo.server).get(`/api/inventory/${path}`).set('Cookie', pharmacy.cookie).expect(200)).body;

  it('stocks the eight cabinets of the floor plans, with a stock-out among them', async () => {
    const cabinets = await get('cabinets');
    expect(cabinets.map((c: { id: string }) => c.id)).toEqual(['main-0-cab-001', 'main-0-cab-002', 'main-0-cab-003', 'main-0-cab-004', 'main-1-cab-001', 'main-1-cab-002', 'main-1-cab-003', 'main-1-cab-004']);
    expect(cabinets.find((c: { id: string }) => c.id === 'main-0-cab-001')).toMatchObject({ unit: 'Emergency department', worst: 'stock_out' });
    const stockOut = await get('bins?status=stock_out&cabinet=main-0-cab-001');
    expect(stockOut.map((b: { item: { code: string } }) => b.item.code)).toContain('ONDA4INJ');
  });

  it('has half a day of cabinet history behind it: withdrawals from the cabinets, and days of supply', async () => {
    const [morphine] = await get('bins?cabinet=main-0-cab-001&search=MOR10INJ');
    const ledger = await get(`bins/${morphine.id}/ledger`);
    expect(ledger.filter((e: { source: string; kind: string }) => e.source === 'cabinet' && e.kind === 'withdraw').length).toBeGreaterThan(0);
    expect(morphine.daysOfSupply).toEqual(expect.any(Number));
  });

  it('shows lots expiring within 30, 60 and 90 days, and the expired lorazepam still in its bin', async () => {
    const lots = await get('expiry');
    const buckets = new Set(lots.map((l: { bucket: string }) => l.bucket));
    expect([...buckets].sort()).toEqual(['expired', 'within_30', 'within_60', 'within_90']);
    expect(lots.find((l: { bucket: string }) => l.bucket === 'expired')).toMatchObject({ bin: { cabinetId: 'main-1-cab-001', item: { code: 'LOR4INJ', controlledSchedule: 'IV' } } });
  });

  it('has a controlled-substance discrepancy to resolve: a morphine ampoule the ICU cabinet cannot account for', async () => {
    const open = await get('discrepancies');
    expect(open).toEqual(expect.arrayContaining([expect.objectContaining({ cabinetId: 'main-1-cab-001', controlled: true, delta: -1, itemName: 'Morphine sulfate 10 mg/mL ampoule', overdue: false })]));
  });

  it('has a pick list', async () => {
    const stops = await get('pick-list');
    expect(stops.length).toBeGreaterThan(0);
    expect(stops.flatMap((s: { lines: Array<{ itemCode: string }> }) => s.lines.map((l) => l.itemCode))).toContain('ONDA4INJ');
  });

  it('keeps dispensing through the real cabinet ingest when simulated: every batch stored, the ledgers growing', async () => {
    const simulation = demo.app.get(DemoPharmacySimulationService);
    expect(simulation.running).toBe(false);
    const ledgerLength = async () => {
      let total = 0;
      for (const bin of (await get('bins?cabinet=main-0-cab-001')) as Array<{ id: number }>) total += (await get(`bins/${bin.id}/ledger`)).length;
      return total;
    };
    const before = await ledgerLength();
    const start = Date.now();
    await simulation.step(start);
    await simulation.step(start + 30 * MINUTE);
    expect(simulation.counts.rejected).toBe(0);
    expect(simulation.counts.batches).toBeGreaterThanOrEqual(10);
    // The ED nurse station is the busiest cabinet: half an hour of its withdrawals reached its ledgers.
    expect(await ledgerLength()).toBeGreaterThan(before);
  });
});
