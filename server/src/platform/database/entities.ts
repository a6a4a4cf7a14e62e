import type { MixedList } from 'typeorm';
import { ALERTS_ENTITIES } from '../../alerts/alerts.entities.js';
import { DeviceKey } from '../../devices/keys/device-key.entity.js';
import { PlacedDevice } from '../../devices/device.entity.js';
import { EQUIPMENT_ENTITIES } from '../../equipment/equipment.entities.js';
import { FLOORPLAN_ENTITIES } from '../../floorplan/floorplan.entities.js';
import { GatewayHeartbeatState } from '../../gateways/gateway-heartbeat.entity.js';
import { HYGIENE_ENTITIES } from '../../hygiene/hygiene.entities.js';
import { INVENTORY_ENTITIES } from '../../inventory/inventory.entities.js';
import { STAFF_ENTITIES } from '../../hygiene/staff/staff-member.entity.js';
import { GatewayIngestState } from '../../ingest/gateway-ingest-state.entity.js';
import { LOCATION_ENTITIES } from '../../location/persistence/location.entities.js';
import { User } from '../../users/user.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';

/**
 * Every TypeORM entity of the application, listed explicitly: the app, the
 * migration tools and the tests share this one list (TypeORM's file globs load
 * files outside Jest's module system, so they cannot be used in tests).
 * A feature adds its entities here, one import line each.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ENTITIES: MixedList<Function> = [
  User,
  AuditEntry,
  DeviceKey,
  PlacedDevice,
  ...FLOORPLAN_ENTITIES,
  GatewayIngestState,
  GatewayHeartbeatState,
  ...EQUIPMENT_ENTITIES,
  ...LOCATION_ENTITIES,
  ...ALERTS_ENTITIES,
  ...INVENTORY_ENTITIES,
  ...STAFF_ENTITIES,
  ...HYGIENE_ENTITIES,
];
