import { Injectable, inject } from '@angular/core';
import { type Observable, forkJoin, map, of, shareReplay, switchMap } from 'rxjs';
import { FloorplanApiService } from '../../core/api/floorplan-api.service';
import { groupFloors } from '../map/floor-selection';

export interface FloorChoice {
  id: string;
  /** "First floor", or "Main building · First floor" when there are several buildings. */
  name: string;
}

/** A room of the floor plans, for choosing one. */
export interface RoomChoice {
  id: string;
  name: string;
  unit: string | null;
}

/** The floors, rooms and units of the imported floor plans: what the equipment and hygiene filters and forms offer. */
export interface SitePlaces {
  floors: FloorChoice[];
  /** Unit names on the rooms, sorted: the only home units and PAR units the server accepts. */
  units: string[];
  /** Every room, floor by floor in the floor plans' order. */
  rooms: RoomChoice[];
}

/**
 * Floors, rooms and units, read from the floor plans once per session (they change only by an admin import).
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
      if (floors.length === 0) return of({ floors, units: [], rooms: [] });
      return forkJoin(floors.map((floor) => this.api.floor(floor.id))).pipe(
        map((details) => {
          const rooms = details.flatMap((detail) => detail.rooms.map((room) => ({ id: room.id, name: room.name, unit: room.unit ?? null })));
          const units = new Set(rooms.flatMap((room) => (room.unit ? [room.unit] : [])));
          return { floors, units: [...units].sort((a, b) => a.localeCompare(b)), rooms };
        }),
      );
    }),
    // A failed load is not kept: the next page to ask tries again.
    shareReplay({ bufferSize: 1, refCount: false }),
  );
}
