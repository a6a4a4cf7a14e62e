/** Shared set-up of the hygiene end-to-end specs: the fixture floors with device keys for their dispenser and sensor. */
import request from 'supertest';
import type { App } from 'supertest/types.js';
import type { TestSession } from '../../../test-support/sign-in.js';
import { fixtureSvg, floorPlanFixture } from '../../floorplan/import/testing/floor-plan-fixture.js';

/** The fixture floors' devices (floor-plan-fixture.ts), on site `test-site`. */
export const DISPENSER = 'f-0-hh-1';
/** Named "Med fridge, Med room", in room f-0-med; it declares `temperature` only. */
export const FRIDGE_SENSOR = 'f-0-env-1';
export const OTHER_SENSOR = 'f-1-env-1';
export const PATIENT_ROOM = 'f-0-room-1';
export const GATEWAY = 'f-0-gw-1';

/** Imports the two fixture floors and issues device keys for the dispenser, the sensors and a gateway. */
export async function placeHygieneDevices(server: App, admin: TestSession): Promise<Record<string, string>> {
  for (const [floorId, level] of [['f-0', 0], ['f-1', 1]] as const) {
    await request(server).post('/api/admin/floorplans/import').set('Cookie', admin.cookie).send({ floor: floorPlanFixture(floorId, level), svg: fixtureSvg() }).expect(200);
  }
  const keys: Record<string, string> = {};
  for (const deviceId of [DISPENSER, FRIDGE_SENSOR, OTHER_SENSOR, GATEWAY]) {
    keys[deviceId] = (await request(server).post('/api/admin/device-keys').set('Cookie', admin.cookie).send({ deviceId }).expect(201)).body.key;
  }
  return keys;
}

/** A batch from `deviceId` sent now. */
export function hygieneBatch(deviceId: string, seq: number, events: object[]) {
  return { deviceId, seq, sentAt: new Date().toISOString(), events };
}

/** Posts a batch (or raw text) with a device key, or none for null. */
export function postHygiene(server: App, body: unknown, key: string | null) {
  const call = request(server).post('/api/v1/ingest/hygiene').set('Content-Type', 'application/json');
  return (key === null ? call : call.set('Authorization', `Bearer ${key}`)).send(typeof body === 'string' ? body : JSON.stringify(body));
}
