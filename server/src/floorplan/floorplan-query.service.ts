import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { DevicesService } from '../devices/devices.service.js';
import { NotFoundError } from '../platform/http/domain-error.js';
import { Building } from './building.entity.js';
import { Door } from './door.entity.js';
import { FloorDrawingPart } from './floor-drawing-part.entity.js';
import { Floor } from './floor.entity.js';
import type { FloorDetailView, FloorView, SiteView } from './floorplan.views.js';
import { Room } from './room.entity.js';
import { Site } from './site.entity.js';

/** A floor's drawing with the fingerprint used as its ETag. */
export interface FloorDrawing {
  svg: string;
  sha256: string;
}

/** A room as features that judge rooms (cleaning, environment limits) see it. */
export type RoomSummary = Pick<Room, 'id' | 'floorId' | 'name' | 'type' | 'unit' | 'isolation' | 'pressure'>;

/** Reads the imported floor plans for the map and the admin pages. */
@Injectable()
export class FloorplanQueryService {
  constructor(
    @InjectRepository(Site) private readonly sites: Repository<Site>,
    @InjectRepository(Building) private readonly buildings: Repository<Building>,
    @InjectRepository(Floor) private readonly floors: Repository<Floor>,
    @InjectRepository(Room) private readonly rooms: Repository<Room>,
    @InjectRepository(Door) private readonly doors: Repository<Door>,
    @InjectRepository(FloorDrawingPart) private readonly drawingParts: Repository<FloorDrawingPart>,
    private readonly devices: DevicesService,
  ) {}

  /** Every site with its buildings and their floors, lowest level first. */
  async siteTree(): Promise<SiteView[]> {
    const [sites, buildings, floors] = await Promise.all([
      this.sites.find({ order: { name: 'ASC' } }),
      this.buildings.find({ order: { name: 'ASC' } }),
      this.floors.find({ order: { level: 'ASC', id: 'ASC' } }),
    ]);
    return sites.map((site) => ({
      id: site.id,
      name: site.name,
      timezone: site.timezone,
      buildings: buildings
        .filter((building) => building.siteId === site.id)
        .map((building) => ({
          id: building.id,
          name: building.name,
          floors: floors
            .filter((floor) => floor.siteId === site.id && floor.buildingId === building.id)
            .map(({ id, name, level, widthM, heightM }) => ({ id, name, level, widthM, heightM })),
        })),
    }));
  }

  /** One floor with its rooms, doors and placed devices; NotFoundError naming the floor when unknown. */
  async floorDetail(floorId: string): Promise<FloorDetailView> {
    const floor = await this.requireFloor(floorId);
    const [rooms, doors, devices] = await Promise.all([
      this.rooms.find({ where: { floorId }, order: { id: 'ASC' } }),
      this.doors.find({ where: { floorId }, order: { id: 'ASC' } }),
      this.devices.listOnFloor(floorId),
    ]);
    return {
      floor: floorView(floor),
      rooms: rooms.map(({ floorId: _floorId, centroidX, centroidY, createdAt: _created, updatedAt: _updated, ...room }) => ({
        ...room,
        polygon: room.polygon.map(([x, y]): [number, number] => [x, y]),
        centroid: [centroidX, centroidY],
      })),
      doors: doors.map((door) => ({ id: door.id, x: door.x, y: door.y, rooms: [door.roomAId, door.roomBId] })),
      devices: devices.map(({ id, deviceType, name, roomId, x, y }) => ({ id, deviceType, name, roomId, x, y })),
    };
  }

  /** Every room of every floor, by id. */
  async allRooms(): Promise<RoomSummary[]> {
    const rooms = await this.rooms.find({ order: { id: 'ASC' } });
    return rooms.map(({ id, floorId, name, type, unit, isolation, pressure }) => ({ id, floorId, name, type, unit, isolation, pressure }));
  }

  /** The rooms of these ids that exist (unknown ids are left out): what features judging rooms need, fresh from the last import. */
  async roomsByIds(ids: readonly string[]): Promise<RoomSummary[]> {
    if (ids.length === 0) return [];
    const rooms = await this.rooms.find({ where: { id: In([...new Set(ids)]) }, order: { id: 'ASC' } });
    return rooms.map(({ id, floorId, name, type, unit, isolation, pressure }) => ({ id, floorId, name, type, unit, isolation, pressure }));
  }

  async drawing(floorId: string): Promise<FloorDrawing> {
    const floor = await this.requireFloor(floorId);
    const parts = await this.drawingParts.find({ where: { floorId }, order: { part: 'ASC' } });
    return { svg: parts.map((part) => part.svg).join(''), sha256: floor.planSha256 };
  }

  private async requireFloor(floorId: string): Promise<Floor> {
    const floor = await this.floors.findOneBy({ id: floorId });
    if (!floor) throw new NotFoundError('Floor', floorId);
    return floor;
  }
}

function floorView(floor: Floor): FloorView {
  return {
    id: floor.id,
    name: floor.name,
    level: floor.level,
    widthM: floor.widthM,
    heightM: floor.heightM,
    buildingId: floor.buildingId,
    siteId: floor.siteId,
    pixelsPerMetre: floor.pixelsPerMetre,
    origin: { x: floor.originX, y: floor.originY },
    planUrl: `/api/floorplan/floors/${encodeURIComponent(floor.id)}/plan.svg`,
  };
}
