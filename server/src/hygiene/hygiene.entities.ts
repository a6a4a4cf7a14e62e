import { DispenserActivation } from './entities/dispenser-activation.entity.js';
import { DispenserLevel } from './entities/dispenser-level.entity.js';
import { DoorEntryCount } from './entities/door-entry-count.entity.js';
import { EnvironmentAggregate } from './entities/environment-aggregate.entity.js';
import { EnvironmentExcursion } from './entities/environment-excursion.entity.js';
import { EnvironmentLimitOverride } from './entities/environment-limit-override.entity.js';
import { EnvironmentReading } from './entities/environment-reading.entity.js';
import { HygieneDeviceBatch } from './entities/hygiene-device-batch.entity.js';
import { RoomHygieneEvent } from './entities/room-hygiene-event.entity.js';

export const HYGIENE_ENTITIES = [HygieneDeviceBatch, DispenserActivation, DispenserLevel, RoomHygieneEvent, EnvironmentReading, EnvironmentAggregate, EnvironmentExcursion, EnvironmentLimitOverride, DoorEntryCount];
