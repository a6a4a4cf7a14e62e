/**
 * Test support: two small floors where straight-line distance lies. Built with the simulator's
 * plan builder, so the geometry passes the real floor-plan validator.
 *
 * Floor f0 (level 0):
 *   y=20 ┌stairs┐
 *   y=16 ├──────┴──────────────── north corridor ───────────────────────────┐
 *   y=12 ├──────────┬──────d─────┬──────────────────────────────────┬───d───┤
 *        │  ward    │  behind    │  store                           │ link  │
 *        │  (R)     │  (wall)    │                                  │       │
 *   y=4  ├────d─────┴────────────┴───d──────────────────────────────┴───d───┤
 *   y=0  └──────────────────────── south corridor ──────────────────────────┘
 *        x=0       10           20                                  36      40
 * The ward room R shares its east wall with `behind`, whose only door opens on the north corridor:
 * 6 m from R's middle as the crow flies, ~74 m on foot. `store` is 20 m away but its door is on R's corridor.
 *
 * Floor f1 (level 1): the same stairwell, a corridor, `upstairs` right above R (0 m straight up), and
 * an L-shaped room `ell` (x 10–20, y 4–8, plus x 16–20 up to the corridor) for positions off the plan.
 */
import type { ParsedFloorPlan } from '../../../floorplan/import/floorplan-format.js';
import { testFloor } from '../../../simulator/testing/plan-builder.js';
import { BuildingModel } from '../../../floorplan/building/building-model.js';
import { WalkingGraph } from '../../../floorplan/building/walking-graph.js';

export const ROOMS = {
  ward: 'f0-ward',
  behind: 'f0-behind',
  store: 'f0-store',
  upstairs: 'f1-upstairs',
  ell: 'f1-ell',
} as const;

export function wallAndStairsFloors(): ParsedFloorPlan[] {
  const f0 = testFloor({
    id: 'f0',
    level: 0,
    rooms: [
      { id: 'f0-south', type: 'corridor', box: [0, 0, 40, 4] },
      { id: 'f0-north', type: 'corridor', box: [0, 12, 40, 16] },
      { id: 'f0-link', type: 'corridor', box: [36, 4, 40, 12] },
      { id: ROOMS.ward, type: 'patient_room', box: [0, 4, 10, 12] },
      { id: ROOMS.behind, type: 'storage', box: [10, 4, 20, 12] },
      { id: ROOMS.store, type: 'equipment_depot', box: [20, 4, 36, 12] },
      { id: 'f0-stairs', type: 'stairs', box: [0, 16, 4, 20], verticalLink: 'stair-a' },
    ],
    doors: [
      { id: 'f0-d-ward', at: [5, 4], rooms: [ROOMS.ward, 'f0-south'] },
      { id: 'f0-d-behind', at: [15, 12], rooms: [ROOMS.behind, 'f0-north'] },
      { id: 'f0-d-store', at: [22, 4], rooms: [ROOMS.store, 'f0-south'] },
      { id: 'f0-d-link-south', at: [38, 4], rooms: ['f0-link', 'f0-south'] },
      { id: 'f0-d-link-north', at: [38, 12], rooms: ['f0-link', 'f0-north'] },
      { id: 'f0-d-stairs', at: [2, 16], rooms: ['f0-stairs', 'f0-north'] },
    ],
  });
  const f1 = testFloor({
    id: 'f1',
    level: 1,
    rooms: [
      { id: 'f1-corridor', type: 'corridor', box: [0, 12, 40, 16] },
      { id: ROOMS.upstairs, type: 'patient_room', box: [0, 4, 10, 12] },
      { id: 'f1-stairs', type: 'stairs', box: [0, 16, 4, 20], verticalLink: 'stair-a' },
      { id: ROOMS.ell, type: 'storage', ring: [[10, 4], [20, 4], [20, 12], [16, 12], [16, 8], [10, 8], [10, 4]] },
    ],
    doors: [
      { id: 'f1-d-ell', at: [18, 12], rooms: [ROOMS.ell, 'f1-corridor'] },
      { id: 'f1-d-upstairs', at: [5, 12], rooms: [ROOMS.upstairs, 'f1-corridor'] },
      { id: 'f1-d-stairs', at: [2, 16], rooms: ['f1-stairs', 'f1-corridor'] },
    ],
  });
  return [f0, f1];
}

export function wallAndStairsGraph(): WalkingGraph {
  return new WalkingGraph(BuildingModel.fromFloorPlans(wallAndStairsFloors()));
}
