import { Injectable } from '@nestjs/common';
import type { FloorDetailView, SiteView } from '../floorplan/floorplan.views.js';
import { FloorplanQueryService } from '../floorplan/floorplan-query.service.js';
import { FLOORPLAN_FORMAT_VERSION, type IsolationKind, type ParsedFloorPlan, type RoomType } from '../floorplan/import/floorplan-format.js';
import { BuildingModel } from '../floorplan/building/building-model.js';
import { WalkingGraph } from '../floorplan/building/walking-graph.js';

/**
 * How long a layout read from the floor-plan feature is reused. Floor plans change by an admin's
 * import, rarely; the floor-plan feature announces no change, so a new import shows here within this time.
 */
export const LAYOUT_CACHE_MS = 60_000;

export interface LayoutRoom {
  id: string;
  name: string;
  type: RoomType;
  /** Department, null for shared space (corridors, stairs). */
  unit: string | null;
  floorId: string;
  /** The precautions the room is built for; equipment leaving a room that has some is soiled. */
  isolation: IsolationKind;
}

/** The rooms, units and walking graph of every imported floor, as one immutable snapshot. */
export class SiteLayout {
  private readonly roomsById = new Map<string, LayoutRoom>();
  /** Every unit named on a room, sorted. */
  readonly units: readonly string[];
  readonly floorIds: ReadonlySet<string>;
  /** The (first) site's IANA time zone, for calendar dates; UTC before any plan is imported. */
  readonly timezone: string;
  private walkingGraph: WalkingGraph | null | undefined;

  constructor(private readonly plans: readonly ParsedFloorPlan[]) {
    for (const plan of plans) {
      for (const room of plan.rooms) {
        this.roomsById.set(room.id, { id: room.id, name: room.name, type: room.type, unit: room.unit, floorId: plan.floor.id, isolation: room.isolation });
      }
    }
    this.units = [...new Set([...this.roomsById.values()].flatMap((room) => (room.unit === null ? [] : [room.unit])))].sort();
    this.floorIds = new Set(plans.map((plan) => plan.floor.id));
    this.timezone = plans[0]?.site.timezone ?? 'UTC';
  }

  room(id: string): LayoutRoom | undefined {
    return this.roomsById.get(id);
  }

  /** The walking graph over every floor (built on first use: ~0.1 s for St Mary's), or null without floors. */
  graph(): WalkingGraph | null {
    if (this.walkingGraph === undefined) {
      this.walkingGraph = this.plans.length === 0 ? null : new WalkingGraph(BuildingModel.fromFloorPlans(this.plans));
    }
    return this.walkingGraph;
  }
}

/** Reads the floor plans through the floor-plan feature's service and keeps the layout for a minute. */
@Injectable()
export class SiteLayoutService {
  private cached: { layout: Promise<SiteLayout>; until: number } | undefined;

  constructor(private readonly floorplans: FloorplanQueryService) {}

  current(now = Date.now()): Promise<SiteLayout> {
    if (!this.cached || this.cached.until <= now) {
      const layout = this.load();
      this.cached = { layout, until: now + LAYOUT_CACHE_MS };
      // A failed read is not kept: the next caller tries again.
      layout.catch(() => (this.cached = undefined));
    }
    return this.cached.layout;
  }

  private async load(): Promise<SiteLayout> {
    const plans: ParsedFloorPlan[] = [];
    for (const site of await this.floorplans.siteTree()) {
      for (const building of site.buildings) {
        for (const floor of building.floors) plans.push(toPlan(site, building, await this.floorplans.floorDetail(floor.id)));
      }
    }
    return new SiteLayout(plans);
  }
}

/**
 * A stored floor in the validator's shape, which the simulator's BuildingModel is built from. Only what
 * the walking graph reads matters; the drawing's file name and the elevation are not part of the read
 * API and are not used by the graph (floors are ordered by `level`).
 */
function toPlan(site: SiteView, building: SiteView['buildings'][number], detail: FloorDetailView): ParsedFloorPlan {
  const { floor } = detail;
  return {
    formatVersion: FLOORPLAN_FORMAT_VERSION,
    site: { id: site.id, name: site.name, timezone: site.timezone },
    building: { id: building.id, name: building.name },
    floor: {
      id: floor.id,
      name: floor.name,
      level: floor.level,
      elevationM: 0,
      widthM: floor.widthM,
      heightM: floor.heightM,
      plan: { image: '', pixelsPerMetre: floor.pixelsPerMetre },
      origin: floor.origin,
    },
    rooms: detail.rooms,
    doors: detail.doors.map((door) => ({ id: door.id, x: door.x, y: door.y, rooms: door.rooms })),
    devices: [],
  };
}
