/** Shared set-up of the ingest's end-to-end specs: placed gateways with device keys, live batches, a bus recorder. */
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import type { TestSession } from '../../../test-support/sign-in.js';
import { fixtureSvg, floorPlanFixture } from '../../floorplan/import/testing/floor-plan-fixture.js';
import type { BleBatch } from '../ble/ble-batch.js';
import type { BleSighting } from '../ble/ble-sighting.js';
import { IBEACON_ADV } from '../ble/testing/ble-test-vectors.js';
import { BleSightingBus } from '../ble-sighting.bus.js';

/** The fixture floors' devices (floor-plan-fixture.ts), on site `test-site`. */
export const TEST_SITE = 'test-site';
export const GATEWAY = 'f-0-gw-1';
export const OTHER_GATEWAY = 'f-1-gw-1';
export const SENSOR = 'f-0-env-1';

/** Imports two fixture floors through the admin API and issues a device key for each gateway and the sensor. */
export async function placeTestDevices(server: App, admin: TestSession): Promise<Record<string, string>> {
  for (const [floorId, level] of [['f-0', 0], ['f-1', 1]] as const) {
    await request(server).post('/api/admin/floorplans/import').set('Cookie', admin.cookie).send({ floor: floorPlanFixture(floorId, level), svg: fixtureSvg() }).expect(200);
  }
  const keys: Record<string, string> = {};
  for (const deviceId of [GATEWAY, OTHER_GATEWAY, SENSOR]) {
    const created = await request(server).post('/api/admin/device-keys').set('Cookie', admin.cookie).send({ deviceId }).expect(201);
    keys[deviceId] = (created.body as { key: string }).key;
  }
  return keys;
}

/** A batch sent now: one iBeacon advertisement heard a second ago, unless overridden. */
export function liveBatch(seq: number, overrides: Partial<BleBatch> & Record<string, unknown> = {}): BleBatch & Record<string, unknown> {
  const now = Date.now();
  return { gatewayId: GATEWAY, seq, sentAt: new Date(now).toISOString(), sightings: [{ ts: now - 1000, rssi: -67, adv: IBEACON_ADV }], ...overrides };
}

export interface BusRecorder {
  readonly batches: Array<{ gatewayId: string; sightings: readonly BleSighting[] }>;
  /** Resolves with the next batch the bus delivers (or the first not yet taken). */
  next(timeoutMs?: number): Promise<{ gatewayId: string; sightings: readonly BleSighting[] }>;
  stop(): void;
}

/** Subscribes to the application's BleSightingBus like a feature would, and records what arrives. */
export function recordBus(app: INestApplication): BusRecorder {
  const batches: BusRecorder['batches'] = [];
  let taken = 0;
  const stop = app.get(BleSightingBus).subscribe((sightings, gatewayId) => batches.push({ gatewayId, sightings }));
  return {
    batches,
    stop,
    next: async (timeoutMs = 5000) => {
      const deadline = Date.now() + timeoutMs;
      while (taken >= batches.length) {
        if (Date.now() > deadline) throw new Error('the bus delivered no batch in time');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return batches[taken++];
    },
  };
}
