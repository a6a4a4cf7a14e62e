import request from 'supertest';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { AssetHygieneService } from './asset-hygiene.service.js';
import { publishStays, startDemoApp, testTagId } from './testing/equipment-test-setup.js';

const MINUTE = 60_000;
const WARD_ROOM = 'main-1-ward-room-04';
const STAY_MS = 12_000;

interface AssetBody {
  id: number;
  assetTag: string;
  hygiene: { soiled: boolean; since: string | null; reason: string | null; cleanedBy: string | null; changedBy: string | null; note: string | null };
}

/**
 * Equipment soiled by where it went, live: tags moved between St Mary's rooms as gateway sightings, the
 * location engine's real room transitions, the hygiene stored, "nearest available" leaving soiled pumps
 * out, cleanings recorded through the API, clean-utility dwells ended by the service's check.
 */
describeEachDatabase('equipment hygiene from room transitions and cleanings', (dialect) => {
  const demo = startDemoApp(dialect);
  const as = (session: 'biomed' | 'infection' | 'viewer' | 'pharmacy') => ({
    get: (url: string) => request(demo.testApp.server).get(url).set('Cookie', demo.sessions[session].cookie),
    post: (url: string, body: object) => request(demo.testApp.server).post(url).set('Cookie', demo.sessions[session].cookie).send(body),
    put: (url: string, body: object) => request(demo.testApp.server).put(url).set('Cookie', demo.sessions[session].cookie).send(body),
  });
  const pumps: Record<string, AssetBody & { tagId: string }> = {};
  /** When the stays begin: after the tags were paired (a move before the pairing is not the asset's). */
  let T = 0;
  const asset = async (key: string): Promise<AssetBody> => (await as('viewer').get(`/api/equipment/assets/${pumps[key].id}`).expect(200)).body;
  const nearestTags = async (): Promise<{ nearest: string[]; unavailable: Record<string, number> }> => {
    const body = (await as('viewer').get(`/api/equipment/nearest?type=infusion_pump&room=${WARD_ROOM}&limit=50`).expect(200)).body;
    return { nearest: body.nearest.map((n: { asset: AssetBody }) => n.asset.assetTag), unavailable: body.unavailable };
  };
  const soiledByStatus = async (): Promise<number> =>
    (await as('viewer').get('/api/equipment/assets?type=infusion_pump&status=soiled').expect(200)).body.total as number;
  /** The service's periodic check, run as of `now` (time is driven by hand: the dwell is 10 minutes). */
  const dwellCheck = (now: number) => demo.testApp.app.get(AssetHygieneService).settleCleanUtilityDwells(now);

  beforeAll(async () => {
    for (const [key, minor] of [['isolation', 961], ['soiled-utility', 962], ['shelved', 963], ['pass-through', 964], ['anteroom', 965], ['ordinary', 966]] as const) {
      const tagId = testTagId(minor);
      const created = await as('biomed').post('/api/equipment/assets', { assetTag: `H-${key}`, name: `Pump ${key}`, typeCode: 'infusion_pump', tagId }).expect(201);
      pumps[key] = { ...created.body, tagId };
    }
    T = Date.now() + 1000;
    // Stays of STAY_S seconds each, the third ending now: event time cannot run ahead of the clock.
    const stay = (key: string, roomId: string, index: number) => ({ tagId: pumps[key].tagId, roomId, fromMs: T + index * STAY_MS, toMs: T + (index + 1) * STAY_MS });
    await new Promise((resolve) => setTimeout(resolve, T + 3 * STAY_MS + 200 - Date.now()));
    await publishStays(demo.testApp.app, [
      stay('isolation', 'main-1-ward-room-15', 0),
      stay('isolation', WARD_ROOM, 1),
      stay('isolation', WARD_ROOM, 2),
      stay('soiled-utility', 'main-1-ward-room-05', 0),
      stay('soiled-utility', 'main-1-ward-soiled-utility-1', 1),
      // Reprocessed in the soiled utility room, then put away in the clean utility room.
      stay('shelved', 'main-1-ward-soiled-utility-2', 0),
      stay('shelved', 'main-1-ward-clean-utility-1', 1),
      stay('shelved', 'main-1-ward-clean-utility-1', 2),
      // Through the clean utility room on the way to a patient: not put away.
      stay('pass-through', 'main-1-ward-soiled-utility-2', 0),
      stay('pass-through', 'main-1-ward-clean-utility-2', 1),
      stay('pass-through', 'main-1-ward-room-06', 2),
      // Out of isolation room 16 into its anteroom, which St Mary's plans type as a clean utility room.
      stay('anteroom', 'main-1-ward-room-16', 0),
      stay('anteroom', 'main-1-ward-anteroom-16', 1),
      stay('anteroom', 'main-1-ward-anteroom-16', 2),
      stay('ordinary', 'main-1-ward-room-05', 0),
      stay('ordinary', 'main-1-ward-room-06', 1),
      stay('ordinary', 'main-1-ward-room-06', 2),
    ]);
    // Applies the queued transitions; no dwell has ended yet.
    expect(await dwellCheck(Date.now())).toBe(0);
    // 36 s of stays in real time, then the sightings through the engine: minutes on a busy machine.
  }, 300_000);

  it('soils a pump that left an isolation room, and leaves it out of "nearest available" though it is in the room asked about', async () => {
    const pump = await asset('isolation');
    expect(pump.hygiene).toMatchObject({ soiled: true, reason: 'left_isolation_room', cleanedBy: null, changedBy: 'system' });
    // Dated by the engine: when it judged the pump out of room 15, within seconds of the stay's end.
    expect(Math.abs(Date.parse(pump.hygiene.since as string) - (T + STAY_MS))).toBeLessThan(STAY_MS / 2);
    const { nearest, unavailable } = await nearestTags();
    expect(nearest).not.toContain('H-isolation');
    expect(nearest).toContain('H-ordinary');
    // The five soiled by where they went, and the demo fleet's pumps whose status is soiled.
    expect(unavailable.soiled).toBe(5 + (await soiledByStatus()));
    // Nor does it count towards the ward's PAR level.
    const levels = (await as('biomed').put('/api/equipment/par-levels', { levels: [{ unit: 'Medical ward', typeCode: 'infusion_pump', minAvailable: 1 }] }).expect(200)).body;
    expect(levels[0].availableAssetIds).toContain(pumps.ordinary.id);
    expect(levels[0].availableAssetIds).not.toContain(pumps.isolation.id);
  });

  it('soils a pump that entered a soiled utility room; an ordinary move soils nothing', async () => {
    expect((await asset('soiled-utility')).hygiene).toMatchObject({ soiled: true, reason: 'entered_soiled_utility' });
    expect((await asset('ordinary')).hygiene).toEqual({ soiled: false, since: null, reason: null, cleanedBy: null, changedBy: null, note: null });
  });

  it('lists soiled assets with the soiled filter, and the others without it', async () => {
    const soiled = (await as('viewer').get('/api/equipment/assets?q=H-&soiled=true').expect(200)).body;
    expect(soiled.items.map((a: AssetBody) => a.assetTag).sort()).toEqual(['H-anteroom', 'H-isolation', 'H-pass-through', 'H-shelved', 'H-soiled-utility']);
    expect(soiled.items.every((a: AssetBody) => a.hygiene.soiled)).toBe(true);
    const clean = (await as('viewer').get('/api/equipment/assets?q=H-&soiled=false').expect(200)).body;
    expect(clean.items.map((a: AssetBody) => a.assetTag)).toEqual(['H-ordinary']);
    expect((await as('viewer').get('/api/equipment/assets?soiled=maybe').expect(400)).body.issues[0].field).toBe('soiled');
  });

  it('cleans a pump after 10 min in a clean utility room, not after a pass through it nor in an isolation anteroom', async () => {
    const entered = T + STAY_MS;
    // The check judges 5 s behind the clock (transitions arrive a little after their event time).
    expect(await dwellCheck(entered + 10 * MINUTE)).toBe(0);
    expect((await asset('shelved')).hygiene.soiled).toBe(true);
    expect(await dwellCheck(entered + 11 * MINUTE)).toBe(1);
    const shelved = await asset('shelved');
    expect(shelved.hygiene).toMatchObject({ soiled: false, reason: null, cleanedBy: 'clean_utility', changedBy: 'system' });
    // 10 min after the engine placed it in the room.
    expect(Math.abs(Date.parse(shelved.hygiene.since as string) - (entered + 10 * MINUTE))).toBeLessThan(STAY_MS / 2);
    expect(await dwellCheck(entered + 60 * MINUTE)).toBe(0);
    expect((await asset('pass-through')).hygiene).toMatchObject({ soiled: true, reason: 'entered_soiled_utility' });
    expect((await asset('anteroom')).hygiene).toMatchObject({ soiled: true, reason: 'left_isolation_room' });
  });

  it('records a cleaning through the API (biomed, infection control, admin), audited, and the pump is nearest available again', async () => {
    expect((await as('viewer').post(`/api/equipment/assets/${pumps.isolation.id}/cleaned`, {}).expect(403)).body).toBeDefined();
    await as('pharmacy').post(`/api/equipment/assets/${pumps.isolation.id}/cleaned`, {}).expect(403);
    expect((await as('infection').post(`/api/equipment/assets/${pumps.isolation.id}/cleaned`, { note: 'x'.repeat(501) }).expect(400)).body.issues[0].field).toBe('note');
    await as('infection').post('/api/equipment/assets/999999/cleaned', {}).expect(404);

    const before = Date.now();
    const cleaned = (await as('infection').post(`/api/equipment/assets/${pumps.isolation.id}/cleaned`, { note: ' Wiped with chlorine 1,000 ppm ' }).expect(200)).body as AssetBody;
    expect(cleaned.hygiene).toMatchObject({ soiled: false, cleanedBy: 'cleaning', changedBy: 'user:infection', note: 'Wiped with chlorine 1,000 ppm', reason: null });
    expect(Date.parse(cleaned.hygiene.since as string)).toBeGreaterThanOrEqual(before);
    expect((await nearestTags()).nearest[0]).toBe('H-isolation');

    await as('biomed').post(`/api/equipment/assets/${pumps['soiled-utility'].id}/cleaned`, {}).expect(200);
    expect((await asset('soiled-utility')).hygiene).toMatchObject({ soiled: false, changedBy: 'user:biomed', note: null });

    const audit = (await request(demo.testApp.server).get('/api/admin/audit').query({ limit: 20 }).set('Cookie', demo.sessions.admin.cookie).expect(200)).body;
    const cleanings = (audit as Array<{ actor: string; action: string; status: number | null; details: { params?: { id?: string } } | null }>).filter(
      (entry) => entry.action === 'http.POST /api/equipment/assets/:id/cleaned' && entry.status === 200,
    );
    expect(cleanings.map((entry) => [entry.actor, entry.details?.params?.id])).toEqual([
      ['user:biomed', String(pumps['soiled-utility'].id)],
      ['user:infection', String(pumps.isolation.id)],
    ]);
  });

  it('keeps the hygiene across a restart', async () => {
    demo.testApp = await demo.testApp.restart();
    expect((await asset('pass-through')).hygiene).toMatchObject({ soiled: true, reason: 'entered_soiled_utility' });
    expect((await asset('shelved')).hygiene).toMatchObject({ soiled: false, cleanedBy: 'clean_utility' });
    expect((await asset('isolation')).hygiene).toMatchObject({ soiled: false, cleanedBy: 'cleaning', note: 'Wiped with chlorine 1,000 ppm' });
    expect((await nearestTags()).unavailable.soiled).toBe(2 + (await soiledByStatus()));
  }, 180_000);
});
