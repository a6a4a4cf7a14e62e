import { gatewayLiveness, notScanningGateways, offlineGateways, type WatchedGateway } from './gateway-offline.check.js';

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

describe('gateways that heartbeat but send no batches', () => {
  const watch = { now: at(10), watchingSince: LONG_AGO, offlineAfterMs: FIVE_MINUTES };
  const summary = (receivedAt: Date) => ({ receivedAt, adapterState: 'missing', advertisementsPerSecond: 0 });

  it('are not offline while the heartbeat is recent, but not scanning: alive on the network, deaf on the radio', () => {
    const lastBatchAt = new Map([['gw-1', T0]]);
    const heartbeats = new Map([['gw-1', summary(at(9))]]);
    expect(offlineGateways([gateway('gw-1')], lastBatchAt, watch, new Map([['gw-1', at(9)]]))).toEqual([]);
    expect(notScanningGateways([gateway('gw-1')], lastBatchAt, heartbeats, watch)).toEqual([
      expect.objectContaining({
        kind: 'gateway.not_scanning',
        key: 'gateway.not_scanning:gateway:gw-1',
        title: 'Gateway GW-1 hears no tags',
        detail: { gatewayName: 'Gateway GW-1', lastBatchAt: T0.toISOString(), adapterState: 'missing', advertisementsPerSecond: 0 },
      }),
    ]);
  });

  it('are offline once the heartbeat is as old as the threshold too', () => {
    const lastBatchAt = new Map([['gw-1', T0]]);
    expect(offlineGateways([gateway('gw-1')], lastBatchAt, watch, new Map([['gw-1', at(5)]]))).toHaveLength(1);
    expect(notScanningGateways([gateway('gw-1')], lastBatchAt, new Map([['gw-1', summary(at(5))]]), watch)).toEqual([]);
  });

  it('never turn a silent gateway into a reporting one: every gateway silent on batches gets exactly one of the two alerts', () => {
    const gateways = ['a', 'b', 'c', 'd'].map((id) => gateway(id));
    const lastBatchAt = new Map([['a', at(9)], ['b', T0], ['c', T0]]);
    const heartbeatAt = new Map([['a', at(9)], ['b', at(9)], ['d', at(9, 30_000)]]);
    const heartbeats = new Map([...heartbeatAt].map(([id, receivedAt]) => [id, summary(receivedAt)]));
    const offline = offlineGateways(gateways, lastBatchAt, watch, heartbeatAt).map((c) => c.subjectId);
    const deaf = notScanningGateways(gateways, lastBatchAt, heartbeats, watch).map((c) => c.subjectId);
    expect(offline).toEqual(['c']);
    expect(deaf).toEqual(['b', 'd']);
    expect([...offline, ...deaf].sort()).toEqual(offlineGateways(gateways, lastBatchAt, watch).map((c) => c.subjectId).sort());
  });

  it('classify liveness by the same rule for the health view', () => {
    const placed = { placedAt: LONG_AGO };
    expect(gatewayLiveness(placed, at(9), null, watch)).toBe('reporting');
    expect(gatewayLiveness(placed, T0, at(9), watch)).toBe('not-scanning');
    expect(gatewayLiveness(placed, T0, at(4), watch)).toBe('offline');
    expect(gatewayLiveness(placed, null, null, watch)).toBe('offline');
  });
});
