import { Building } from './building.entity.js';
import { Door } from './door.entity.js';
import { FloorDrawingPart } from './floor-drawing-part.entity.js';
import { Floor } from './floor.entity.js';
import { Room } from './room.entity.js';
import { Site } from './site.entity.js';

/** The floor-plan feature's tables, for the application's entity list and the feature module. */
export const FLOORPLAN_ENTITIES = [Site, Building, Floor, FloorDrawingPart, Room, Door];
