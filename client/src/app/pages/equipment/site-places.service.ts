import { Injectable, inject } from '@angular/core';
import { type Observable, forkJoin, map, of, shareReplay, switchMap } from 'rxjs';
import { FloorplanApiService } from '../../core/api/floorplan-api.service';
import type { FloorDetail } from '../../core/api/floorplan.models';
import { groupFloors } from '../map/floor-selection';

export interface FloorChoice {
  id: string;
  /** "First floor", or "Main building · First floor" when there are several buildings. */
  name: string;
}

/** A placed environment sensor, named for where it is. */
export interface SensorChoice {
  id: string;
  /** "Med fridge, Med room 1 · First floor"; the room added when the name does not say it. */
  name: string;
}

/** The floors, units and sensors of the imported floor plans: what the equipment and hygiene filters and forms offer. */
export interface SitePlaces {
  floors: FloorChoice[];
  /** Unit names on the rooms, sorted: the only home units and PAR units the server accepts. */
  units: string[];
  /** Environment sensors, floor by floor in plan order. */
  sensors: SensorChoice[];
}

/**
 * Floors and units, read from the floor plans once per session (they change only by an admin import).
 * There is no list of units in the API, so every floor's rooms are read to collect them.
 */
@Injectable({ providedIn: 'root' })
export class SitePlacesService {
  private readonly api = inject(FloorplanApiService);

  readonly places$: Observable<SitePlaces> = this.api.sites().pipe(
    switchMap((sites) => {
      const groups = groupFloors(sites);
      const floors = groups.flatMap((group) =>
        group.floors.map((floor) => ({ id: floor.id, name: groups.length > 1 ? `${group.label} · ${floor.name}` : floor.name })),
      );
      if (floors.length === 0) return of({ floors, units: [], sensors: [] });
      return forkJoin(floors.map((floor) => this.api.floor(floor.id))).pipe(
        map((details) => {
          const units = new Set(details.flatMap((detail) => detail.rooms.flatMap((room) => (room.unit ? [room.unit] : []))));
          return { floors, units: [...units].sort((a, b) => a.localeCompare(b)), sensors: details.flatMap(sensorChoices) };
        }),
      );
    }),
    // A failed load is not kept: the next page to ask tries again.
    shareReplay({ bufferSize: 1, refCount: false }),
  );
}

function sensorChoices({ floor, rooms, devices }: FloorDetail): SensorChoice[] {
  const roomNames = new Map(rooms.map((room) => [room.id, room.name]));
  return devices
    .filter((device) => device.deviceType === 'environment_sensor')
    .map((device) => {
      const room = device.roomId === null ? undefined : roomNames.get(device.roomId);
      // Sensors are usually named for their room ("Med fridge, Med room 1"): the room is said once.
      const where = room === undefined || device.name.includes(room) ? [] : [room];
      return { id: device.id, name: [device.name, ...where, floor.name].join(' · ') };
    });
}
