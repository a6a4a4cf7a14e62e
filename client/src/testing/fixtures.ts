import type { AdminUser } from '../app/core/api/admin.models';
import type { User } from '../app/core/api/auth.models';
import type { FloorDetail, Room, SiteSummary } from '../app/core/api/floorplan.models';

export const ADMIN: User = { id: 1, username: 'ada', displayName: 'Ada Admin', role: 'admin' };
export const BIOMED: User = { id: 2, username: 'bo', displayName: 'Bo Biomed', role: 'biomed' };
export const VIEWER: User = { id: 3, username: 'vi', displayName: 'Vi Viewer', role: 'viewer' };
export const PHARMACIST: User = { id: 4, username: 'pia', displayName: 'Pia Pharmacist', role: 'pharmacy' };
export const INFECTION_NURSE: User = { id: 5, username: 'iris', displayName: 'Iris Infection-Control', role: 'infection_control' };

/** A user as the admin screens list them. */
export const NINA: AdminUser = {
  id: 7,
  username: 'nina',
  displayName: 'Nina Nurse',
  role: 'viewer',
  active: true,
  createdAt: '2026-01-05T09:00:00Z',
  lastLoginAt: null,
};

export const SITES: SiteSummary[] = [
  {
    id: 'st-marys',
    name: "St Mary's",
    timezone: 'Europe/London',
    buildings: [
      {
        id: 'main',
        name: 'Main building',
        floors: [
          { id: 'main-1', name: 'First floor', level: 1, widthM: 80, heightM: 40 },
          { id: 'main-0', name: 'Ground floor', level: 0, widthM: 80, heightM: 40 },
        ],
      },
    ],
  },
];

export function room(overrides: Partial<Room> & Pick<Room, 'id'>): Room {
  return {
    name: overrides.id,
    type: 'patient_room',
    unit: 'Ward 1',
    isolation: 'none',
    pressure: 'neutral',
    verticalLink: null,
    polygon: [
      [0, 0],
      [4, 0],
      [4, 3],
      [0, 3],
    ],
    centroid: [2, 1.5],
    areaM2: 12,
    ...overrides,
  };
}

export function floorDetail(floorId: string, rooms: Room[] = [room({ id: `${floorId}-r1` })]): FloorDetail {
  const summary = SITES[0].buildings[0].floors.find((floor) => floor.id === floorId) ?? SITES[0].buildings[0].floors[0];
  return {
    floor: {
      ...summary,
      id: floorId,
      buildingId: 'main',
      siteId: 'st-marys',
      pixelsPerMetre: 10,
      origin: { x: 0, y: 0 },
      planUrl: `/api/floorplan/floors/${floorId}/plan.svg`,
    },
    rooms,
    doors: [],
    devices: [],
  };
}

/** Lets awaited promises (e.g. after a flushed HTTP response) run before asserting. */
export function flushPromises(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
