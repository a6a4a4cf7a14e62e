import { Alert } from './alert.entity.js';
import { TagBatteryReading } from './tag-battery-reading.entity.js';

/** The alerts feature's tables, for the application's entity list. */
export const ALERTS_ENTITIES = [Alert, TagBatteryReading];
