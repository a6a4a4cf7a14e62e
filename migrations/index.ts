import type { MigrationInterface } from 'typeorm';
import { AddEquipmentHygiene1795683065233 } from './1795683065233-AddEquipmentHygiene.js';
import { CreateDoorEntryCounts1795683072232 } from './1795683072232-CreateDoorEntryCounts.js';
import { AddEnvironmentLimitOverrides1795684463795 } from './1795684463795-AddEnvironmentLimitOverrides.js';
import { CreateStaffBadgeAssignments1795686623998 } from './1795686623998-CreateStaffBadgeAssignments.js';
import { CreateStaffMembers1795679880730 } from './1795679880730-CreateStaffMembers.js';
import { CreateEnvironmentExcursions1795680372286 } from './1795680372286-CreateEnvironmentExcursions.js';
import { CreateHygieneEvents1795680051569 } from './1795680051569-CreateHygieneEvents.js';
import { CreateInventory1795675312473 } from './1795675312473-CreateInventory.js';
import { CreateGatewayCalibrations1795675600645 } from './1795675600645-CreateGatewayCalibrations.js';
import { AddGatewayHeartbeats1795676007749 } from './1795676007749-AddGatewayHeartbeats.js';
import { CreateAlerts1795668822434 } from './1795668822434-CreateAlerts.js';
import { CreateEquipmentRegistry1795668472266 } from './1795668472266-CreateEquipmentRegistry.js';
import { CreateTagPositionsAndRoomTransitions1795668207934 } from './1795668207934-CreateTagPositionsAndRoomTransitions.js';
import { CreateGatewayIngestState1795666805816 } from './1795666805816-CreateGatewayIngestState.js';
import { CreateFloorplanAndDevices1795665255906 } from './1795665255906-CreateFloorplanAndDevices.js';
import { CreateUsersAuditAndDeviceKeys1795664773060 } from './1795664773060-CreateUsersAuditAndDeviceKeys.js';

/**
 * Every migration, oldest first. `npm run migration:generate -- <Name>` adds
 * a line here; the app, the migration CLI and the tests read this list.
 */
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  CreateUsersAuditAndDeviceKeys1795664773060,
  CreateFloorplanAndDevices1795665255906,
  CreateGatewayIngestState1795666805816,
  CreateTagPositionsAndRoomTransitions1795668207934,
  CreateEquipmentRegistry1795668472266,
  CreateAlerts1795668822434,
  CreateInventory1795675312473,
  CreateGatewayCalibrations1795675600645,
  AddGatewayHeartbeats1795676007749,
  CreateStaffMembers1795679880730,
  CreateHygieneEvents1795680051569,
  CreateEnvironmentExcursions1795680372286,
  AddEquipmentHygiene1795683065233,
  CreateDoorEntryCounts1795683072232,
  AddEnvironmentLimitOverrides1795684463795,
  CreateStaffBadgeAssignments1795686623998,
];
