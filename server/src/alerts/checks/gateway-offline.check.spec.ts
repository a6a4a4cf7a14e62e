import { offlineGateways, type WatchedGateway } from './gateway-offline.check.js';

const T0 = new Date('2025-03-14T08:00:00.000Z');
const at = (minutes: number, ms = 0) => new Date(T0.getTime() + minutes * 60_000 + ms);
const FIVE_MINUTES = 5 * 60_000;
const LONG_AGO = new Date('2025-01-01T00:00:00.000Z');

const gateway = (id: string, placedAt = LONG_AGO): WatchedGateway => ({ id, name: `Gateway ${id.toUpperCase()}`, floorId: 'f-1', roomId: 'r-1', placedAt });

describe('offlineGateways', () => {
  it('is offline at exactly five minutes without a batch, not 1 ms before', () => {
    const lastBatchAt = new Map([['gw-1', T0]]);
    const watch = (now: Date) => ({ now, watchingSince: LONG_AGO, offlineAfterMs: FIVE_MINUTES });
    expect(offlineGateways([gateway('gw-1')], lastBatchAt, watch(at(5, -1)))).toEqual([]);
    expect(offlineGateways([gateway('gw-1')], lastBatchAt, watch(at(5)))).toEqual([
      {
        kind: 'gateway.offline',
        key: 'gateway.offline:gateway:gw-1',
        severity: 'warning',
        title: 'Gateway GW-1 offline',
        detail: { gatewayName: 'Gateway GW-1', lastBatchAt: '2025-03-14T08:00:00.000Z', neverReported: false },
        subjectType: 'gateway',
        subjectId: 'gw-1',
        floorId: 'f-1',
        roomId: 'r-1',
      },
    ]);
  });

  it('honours a configured threshold', () => {
    const lastBatchAt = new Map([['gw-1', T0]]);
    expect(offlineGateways([gateway('gw-1')], lastBatchAt, { now: at(9), watchingSince: LONG_AGO, offlineAfterMs: 10 * 60_000 })).toEqual([]);
    expect(offlineGateways([gateway('gw-1')], lastBatchAt, { now: at(10), watchingSince: LONG_AGO, offlineAfterMs: 10 * 60_000 })).toHaveLength(1);
  });

  it('watches a placed gateway that never reported from its placement', () => {
    const placed = gateway('gw-new', T0);
    expect(offlineGateways([placed], new Map(), { now: at(4), watchingSince: LONG_AGO, offlineAfterMs: FIVE_MINUTES })).toEqual([]);
    const [condition] = offlineGateways([placed], new Map(), { now: at(5), watchingSince: LONG_AGO, offlineAfterMs: FIVE_MINUTES });
    expect(condition).toMatchObject({ title: 'Gateway GW-NEW has not reported since it was placed', detail: { lastBatchAt: null, neverReported: true } });
  });

  it('ignores gateways that reported but are no longer placed (decommissioned, not offline)', () => {
    const lastBatchAt = new Map([['gw-removed', T0]]);
    expect(offlineGateways([], lastBatchAt, { now: at(60), watchingSince: LONG_AGO, offlineAfterMs: FIVE_MINUTES })).toEqual([]);
  });

  it('gives every gateway five minutes after the server starts listening', () => {
    const lastBatchAt = new Map([['gw-1', T0]]);
    const startedAt = at(60);
    expect(offlineGateways([gateway('gw-1')], lastBatchAt, { now: at(64), watchingSince: startedAt, offlineAfterMs: FIVE_MINUTES })).toEqual([]);
    expect(offlineGateways([gateway('gw-1')], lastBatchAt, { now: at(65), watchingSince: startedAt, offlineAfterMs: FIVE_MINUTES })).toHaveLength(1);
  });

  it('judges each gateway on its own', () => {
    const lastBatchAt = new Map([
      ['gw-1', at(0)],
      ['gw-2', at(3)],
    ]);
    const offline = offlineGateways([gateway('gw-1'), gateway('gw-2')], lastBatchAt, { now: at(6), watchingSince: LONG_AGO, offlineAfterMs: FIVE_MINUTES });
    expect(offline.map((c) => c.subjectId)).toEqual(['gw-1']);
  });
});
