import request from 'supertest';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { placeTags, startDemoApp, testTagId } from './testing/equipment-test-setup.js';

const WARD_ROOM = 'main-1-ward-room-04';
/** Door on the ward corridor, ~42 m from WARD_ROOM on foot, 36 m as the crow flies. */
const EQUIPMENT_BAY = 'main-1-ward-equipment-bay';
/** Behind the ward's utility rooms, 18 m from WARD_ROOM as the crow flies, but its door is on the main corridor: ~56 m on foot. */
const STAFF_ROOM = 'main-1-ward-staff-room';
const GROUND_FLOOR_STORE = 'main-0-ed-equipment-store';

interface NearestAsset {
  asset: { id: number; assetTag: string };
  position: { roomId: string; x: number; y: number; fresh: boolean };
  walkingMetres: number;
  walkingSeconds: number;
  floorsChanged: number;
}

describeEachDatabase('nearest available equipment and where it has been', (dialect) => {
  const demo = startDemoApp(dialect);
  const biomed = () => ({
    get: (url: string) => request(demo.testApp.server).get(url).set('Cookie', demo.sessions.biomed.cookie),
    post: (url: string, body: object) => request(demo.testApp.server).post(url).set('Cookie', demo.sessions.biomed.cookie).send(body),
  });

  const pumps: Record<string, { id: number; assetTag: string; tagId: string }> = {};
  const UNPAIRED = testTagId(950);

  beforeAll(async () => {
    const register = async (key: string, minor: number, roomId: string, status = 'available') => {
      const tagId = testTagId(minor);
      const created = await biomed()
        .post('/api/equipment/assets', { assetTag: `T-${key}`, name: `Pump ${key}`, typeCode: 'infusion_pump', status, tagId, homeUnit: 'Medical ward' })
        .expect(201);
      pumps[key] = created.body;
      return { tagId, roomId };
    };
    const placements = [
      await register('bay', 901, EQUIPMENT_BAY),
      await register('staff-room', 902, STAFF_ROOM),
      await register('ground', 903, GROUND_FLOOR_STORE),
      await register('soiled-here', 904, WARD_ROOM, 'soiled'),
      await register('in-use', 905, 'main-1-ward-room-03', 'in_use'),
      { tagId: UNPAIRED, roomId: 'main-1-ward-room-05' },
    ];
    await placeTags(demo.testApp.app, placements);
  }, 60_000);

  it('has the test pumps located where they were put', async () => {
    for (const [key, roomId] of [['bay', EQUIPMENT_BAY], ['staff-room', STAFF_ROOM], ['ground', GROUND_FLOOR_STORE], ['soiled-here', WARD_ROOM]] as const) {
      const asset = (await biomed().get(`/api/equipment/assets/${pumps[key].id}`).expect(200)).body;
      expect([key, asset.position?.roomId, asset.position?.fresh]).toEqual([key, roomId, true]);
    }
  });

  it('finds the pump through the doors before the one just behind the wall, and leaves the soiled one out', async () => {
    const response = await biomed().get(`/api/equipment/nearest?type=infusion_pump&room=${WARD_ROOM}`).expect(200);
    const nearest = response.body.nearest as NearestAsset[];
    expect(response.body.from).toEqual({ id: WARD_ROOM, name: expect.any(String), floorId: 'main-1', unit: 'Medical ward' });
    expect(nearest.map((n) => n.asset.assetTag)).toEqual(['T-bay', 'T-staff-room', 'T-ground']);

    const [bay, staffRoom, ground] = nearest;
    const from = [20.1, 59.5];
    const crowFlies = (n: NearestAsset) => Math.hypot(n.position.x - from[0], n.position.y - from[1]);
    expect(crowFlies(staffRoom)).toBeLessThan(crowFlies(bay));
    expect(staffRoom.walkingMetres).toBeGreaterThan(crowFlies(staffRoom) + 20);
    expect(bay.walkingMetres).toBeGreaterThan(35);
    expect(bay.walkingMetres).toBeLessThan(50);
    expect([bay.floorsChanged, staffRoom.floorsChanged, ground.floorsChanged]).toEqual([0, 0, 1]);
    expect(ground.walkingSeconds).toBeGreaterThan(ground.walkingMetres / 1.2);

    const mentioned = [...nearest.map((n) => n.asset.id), ...response.body.unlocated.map((u: { asset: { id: number } }) => u.asset.id)];
    expect(mentioned).not.toContain(pumps['soiled-here'].id);
    expect(mentioned).not.toContain(pumps['in-use'].id);
    expect(response.body.unavailable.soiled).toBeGreaterThanOrEqual(1);
    expect(response.body.unavailable.in_use).toBeGreaterThanOrEqual(1);
    // The demo fleet's pumps are registered but no gateway has heard them in this test.
    expect(response.body.unlocated.length).toBeGreaterThan(0);
    expect(response.body.unlocated.every((u: { reason: string }) => u.reason === 'no_position')).toBe(true);
  });

  it('limits the answer and names the field of a bad query', async () => {
    expect((await biomed().get(`/api/equipment/nearest?type=infusion_pump&room=${WARD_ROOM}&limit=1`).expect(200)).body.nearest).toHaveLength(1);
    expect((await biomed().get(`/api/equipment/nearest?type=infusion_pump&room=main-1-nowhere`).expect(400)).body.issues).toEqual([
      { field: 'room', message: 'must be the id of a room on the floor plans' },
    ]);
    expect((await biomed().get(`/api/equipment/nearest?type=teleporter&room=${WARD_ROOM}`).expect(400)).body.issues[0].field).toBe('type');
    expect((await biomed().get(`/api/equipment/nearest?room=${WARD_ROOM}`).expect(400)).body.issues[0].field).toBe('type');
    expect((await biomed().get(`/api/equipment/nearest?type=infusion_pump&room=${WARD_ROOM}&limit=51`).expect(400)).body.issues[0].field).toBe('limit');
  });

  it('filters the search by the floor assets are on now', async () => {
    const ground = (await biomed().get('/api/equipment/assets?floor=main-0&q=T-').expect(200)).body;
    expect(ground.items.map((a: { assetTag: string }) => a.assetTag)).toEqual(['T-ground']);
    const first = (await biomed().get('/api/equipment/assets?floor=main-1&q=T-&limit=2').expect(200)).body;
    expect(first.total).toBe(4);
    expect(first.items.map((a: { assetTag: string }) => a.assetTag)).toEqual(['T-bay', 'T-in-use']);
  });

  it('counts available pumps towards the PAR level of the unit they are in now', async () => {
    const levels = (await biomed().get('/api/equipment/par-levels').expect(200)).body as Array<{ unit: string; typeCode: string; available: number; availableAssetIds: number[] }>;
    const ward = levels.find((l) => l.unit === 'Medical ward' && l.typeCode === 'infusion_pump');
    const ed = levels.find((l) => l.unit === 'Emergency department' && l.typeCode === 'infusion_pump');
    expect(ward?.availableAssetIds.sort()).toEqual([pumps.bay.id, pumps['staff-room'].id].sort());
    // Homed on the ward, but standing in the ED store: it counts there.
    expect(ed?.availableAssetIds).toEqual([pumps.ground.id]);
  });

  it('lists the heard tag no asset has for pairing, and not the paired ones', async () => {
    const tags = (await biomed().get('/api/equipment/unpaired-tags').expect(200)).body as Array<{ tagId: string; roomId: string | null }>;
    expect(tags.find((t) => t.tagId === UNPAIRED)).toMatchObject({ roomId: 'main-1-ward-room-05', roomName: expect.any(String) });
    expect(tags.map((t) => t.tagId)).not.toContain(pumps.bay.tagId);
  });

  it("shows an asset's trail: its rooms since its tag was paired, and its status changes", async () => {
    const trail = (await biomed().get(`/api/equipment/assets/${pumps.bay.id}/trail`).expect(200)).body;
    expect(trail.visits).toEqual([
      expect.objectContaining({ roomId: EQUIPMENT_BAY, roomType: 'storage', unit: 'Medical ward', floorId: 'main-1' }),
    ]);
    expect(Date.parse(trail.visits[0].from)).toBeGreaterThanOrEqual(Date.parse(trail.asset.tagPairedAt));
    expect(trail.statusChanges).toEqual([expect.objectContaining({ from: null, to: 'available' })]);
    const bad = await biomed().get(`/api/equipment/assets/${pumps.bay.id}/trail?from=2025-01-01T00:00:00Z&to=2025-03-01T00:00:00Z`).expect(400);
    expect(bad.body.issues[0].field).toBe('from');
    expect((await biomed().get(`/api/equipment/assets/${pumps.bay.id}/trail?from=yesterday`).expect(400)).body.issues[0].field).toBe('from');
  });

  it('measures utilization per asset and per type', async () => {
    const inUse = (await biomed().get(`/api/equipment/assets/${pumps['in-use'].id}/utilization`).expect(200)).body;
    expect(inUse.utilization).toBe(1);
    expect(inUse.usedSeconds).toBe(inUse.registeredSeconds);
    const soiled = (await biomed().get(`/api/equipment/assets/${pumps['soiled-here'].id}/utilization`).expect(200)).body;
    expect(soiled).toMatchObject({ utilization: null, usedSeconds: 0, idleSeconds: 0 });

    const types = (await biomed().get('/api/equipment/utilization?type=infusion_pump').expect(200)).body;
    expect(types).toHaveLength(1);
    expect(types[0].typeCode).toBe('infusion_pump');
    expect(types[0].assets.map((a: { assetTag: string }) => a.assetTag)).toEqual(expect.arrayContaining(['T-bay', 'T-in-use', 'EQ-0001']));
    // Summed in milliseconds, then rounded: within a second per asset of the sum of the rounded figures.
    const summed = types[0].assets.reduce((sum: number, a: { usedSeconds: number }) => sum + a.usedSeconds, 0);
    expect(Math.abs(types[0].usedSeconds - summed)).toBeLessThanOrEqual(types[0].assets.length);
    expect((await biomed().get('/api/equipment/utilization?from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z').expect(400)).body.issues[0].field).toBe('to');
  });
});
