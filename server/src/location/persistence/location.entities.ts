import { GatewayCalibration } from '../calibration/gateway-calibration.entity.js';
import { RoomTransitionRecord } from './room-transition-record.entity.js';
import { TagPosition } from './tag-position.entity.js';

/** The location feature's tables, for platform/database/entities.ts. */
export const LOCATION_ENTITIES = [TagPosition, RoomTransitionRecord, GatewayCalibration];
