/** Shared set-up of the inventory's end-to-end specs: fixture floors with their cabinets, a small formulary, bins, users of each role. */
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { createUserAndSignIn, type TestSession } from '../../../test-support/sign-in.js';
import { fixtureSvg, floorPlanFixture } from '../../floorplan/import/testing/floor-plan-fixture.js';

/** The fixture floors' medication cabinets (floor-plan-fixture.ts), in rooms of unit `Test ward`. */
export const CABINET = 'f-0-cab-1';
export const OTHER_CABINET = 'f-1-cab-1';
export const TEST_UNIT = 'Test ward';

export interface InventoryFixture {
  /** Bin ids by item code, in CABINET (morphine, saline) and OTHER_CABINET (OTHER_MORPHINE). */
  bins: { morphine: number; saline: number; otherMorphine: number };
  drawerId: number;
}

export interface InventoryUsers {
  pharmacy: TestSession & { username: string; password: string };
  secondPharmacy: TestSession & { username: string; password: string };
  viewer: TestSession;
  biomed: TestSession;
}

export async function createInventoryUsers(server: App, admin: TestSession): Promise<InventoryUsers> {
  const user = async (username: string, role: 'pharmacy' | 'viewer' | 'biomed') => ({ ...(await createUserAndSignIn(server, admin, { username, role })), username });
  return { pharmacy: await user('ppatel', 'pharmacy'), secondPharmacy: await user('jlee', 'pharmacy'), viewer: await user('vera', 'viewer'), biomed: await user('bob', 'biomed') };
}

/** Imports the two fixture floors as `admin`, and sets up cabinets, a drawer each and three bins as `writer`. */
export async function setUpInventory(server: App, admin: TestSession, writer: TestSession): Promise<InventoryFixture> {
  for (const [floorId, level] of [['f-0', 0], ['f-1', 1]] as const) {
    await request(server).post('/api/admin/floorplans/import').set('Cookie', admin.cookie).send({ floor: floorPlanFixture(floorId, level), svg: fixtureSvg() }).expect(200);
  }
  const post = async (path: string, body: object): Promise<{ id: number }> => (await request(server).post(path).set('Cookie', writer.cookie).send(body).expect(201)).body;
  await post('/api/inventory/items', { code: 'MOR2INJ', kind: 'medication', name: 'Morphine sulfate', strength: '2 mg/mL', form: 'ampoule', controlledSchedule: 'II', unitOfIssue: 'ampoule' });
  await post('/api/inventory/items', { code: 'NACL10', kind: 'medication', name: 'Sodium chloride 0.9% flush', strength: '10 mL', form: 'prefilled syringe', unitOfIssue: 'syringe' });
  const drawers: number[] = [];
  for (const cabinet of [CABINET, OTHER_CABINET]) {
    await post('/api/inventory/cabinets', { deviceId: cabinet });
    drawers.push((await post(`/api/inventory/cabinets/${cabinet}/drawers`, { label: 'Drawer 1', position: 0 })).id);
  }
  const levels = { par: 10, reorderPoint: 3, maximum: 12 };
  return {
    drawerId: drawers[0],
    bins: {
      morphine: (await post('/api/inventory/bins', { drawerId: drawers[0], label: 'A1', itemCode: 'MOR2INJ', ...levels })).id,
      saline: (await post('/api/inventory/bins', { drawerId: drawers[0], label: 'A2', itemCode: 'NACL10', par: 20, reorderPoint: 5, maximum: 30 })).id,
      otherMorphine: (await post('/api/inventory/bins', { drawerId: drawers[1], label: 'A1', itemCode: 'MOR2INJ', ...levels })).id,
    },
  };
}

/** A restock entry body with a lot expiring `expiry`. */
export function restock(quantity: number, lotNumber: string, expiry: string): object {
  return { kind: 'restock', quantity, lotNumber, expiry };
}

/** Issues a device key for a cabinet, as admin. */
export async function cabinetKey(server: App, admin: TestSession, cabinetId: string): Promise<string> {
  return (await request(server).post('/api/admin/device-keys').set('Cookie', admin.cookie).send({ deviceId: cabinetId }).expect(201)).body.key;
}

/** A batch from CABINET sent now; events default to one withdrawal from Drawer 1 / A2 (saline). */
export function cabinetBatch(seq: number, events: object[] = [{ type: 'withdraw', ts: Date.now() - 1000, drawer: 'Drawer 1', bin: 'A2', quantity: 1 }], cabinetId = CABINET) {
  return { cabinetId, seq, sentAt: new Date().toISOString(), events };
}
