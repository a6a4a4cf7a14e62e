/**
 * Test support: a two-storey ward. Each floor (40 × 20 m) has an east–west corridor
 * (y 8–11), five 6 × 6 m rooms north of it and five south, and a stairwell at its east end
 * linking the floors. One ceiling gateway per room, three along the corridor, one in the
 * stairwell.
 *
 *   y=17 ┌ n1 ┬ n2 ┬ n3 ┬ n4 ┬ n5 ┬ stairs ┐
 *   y=11 ├────┴────┴── corridor ──┴────────┤
 *   y=8  ├ s1 ┬ s2 ┬ s3 ┬ s4 ┬ s5 ┐        │
 *   y=2  └────┴────┴────┴────┴────┘        x=40
 *        x=2 (rooms are 6 m wide)
 */
import type { SiteGateway, SiteModel, SiteRoom } from '../site-model.js';

type Ring = Array<[number, number]>;

function box(x0: number, y0: number, x1: number, y1: number): Ring {
  return [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
}

/** Room id on a floor: `n3@f0`, `corridor@f1`, … */
export function roomId(name: string, floorId: string): string {
  return `${name}@${floorId}`;
}

function floorLayout(floorId: string): { rooms: SiteRoom[]; gateways: SiteGateway[] } {
  const rooms: SiteRoom[] = [];
  const gateways: SiteGateway[] = [];
  const addRoom = (name: string, type: string, ring: Ring, gateway: [number, number] | null, verticalLink?: string) => {
    const id = roomId(name, floorId);
    rooms.push({ id, floorId, type, polygon: ring, verticalLink: verticalLink ?? null });
    if (gateway) gateways.push({ id: `gw-${id}`, floorId, roomId: id, x: gateway[0], y: gateway[1] });
  };
  for (let i = 0; i < 5; i++) {
    const x0 = 2 + 6 * i;
    addRoom(`n${i + 1}`, 'patient_room', box(x0, 11, x0 + 6, 17), [x0 + 3, 14]);
    addRoom(`s${i + 1}`, 'patient_room', box(x0, 2, x0 + 6, 8), [x0 + 3, 5]);
  }
  addRoom('stairs', 'stairs', box(32, 11, 38, 17), [35, 14], 'stair-east');
  addRoom('corridor', 'corridor', box(0, 8, 40, 11), null);
  const corridor = roomId('corridor', floorId);
  [5, 17, 29].forEach((x, i) => gateways.push({ id: `gw-corridor-${i + 1}@${floorId}`, floorId, roomId: corridor, x, y: 9.5 }));
  return { rooms, gateways };
}

export function testWard(): SiteModel {
  const floors = ['f0', 'f1'].map((id, level) => ({ id, level, widthM: 40, heightM: 20 }));
  const layouts = floors.map((floor) => floorLayout(floor.id));
  return {
    floors,
    rooms: layouts.flatMap((layout) => layout.rooms),
    gateways: layouts.flatMap((layout) => layout.gateways),
  };
}

/** Centre of a room of the test ward. */
export function centreOf(site: SiteModel, id: string): { floorId: string; x: number; y: number } {
  const room = site.rooms.find((r) => r.id === id);
  if (!room) throw new Error(`no room ${id}`);
  const xs = room.polygon.map((p) => p[0]);
  const ys = room.polygon.map((p) => p[1]);
  return { floorId: room.floorId, x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
}
