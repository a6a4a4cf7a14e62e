import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { FloorplanQueryService } from '../../floorplan/floorplan-query.service.js';
import { NotFoundError } from '../../platform/http/domain-error.js';
import { LocationService } from '../../location/location.service.js';
import type { AlertCondition } from '../alert-condition.js';
import { EQUIPMENT_LEFT_ZONE } from '../alert-kinds.js';
import { AlertSettings } from '../alert-settings.js';
import { assetsOutsideAllowedZone, type RoomInfo, type TagPlacement } from '../checks/left-zone.check.js';
import type { ScheduledCheck } from './scheduled-check.js';
import { assetLabel, WatchedEquipment } from './watched-equipment.js';

/** A transition into or out of a forbidden room runs the check this soon, rather than at its next period. */
export const LEFT_ZONE_PROMPT_DELAY_MS = 1_000;
/** How long the rooms read from the floor plans are reused: plans change by an admin's import, rarely. */
export const ROOMS_CACHE_MS = 60_000;

/**
 * Tagged assets (equipment) placed by the location feature in a forbidden room (an exit) or outside
 * the plans' rooms. Runs on its period, and promptly after a room transition that concerns a
 * forbidden room: a pump going out through the east exit is news in seconds, not in a minute.
 */
@Injectable()
export class LeftZoneCheck implements ScheduledCheck, OnModuleInit, OnModuleDestroy {
  readonly kind = EQUIPMENT_LEFT_ZONE;
  private readonly logger = new Logger(LeftZoneCheck.name);
  /** Every room of the plans, as last read: to judge placements, and to tell whether a transition concerns a forbidden room. */
  private rooms: { byId: Map<string, RoomInfo>; until: number } | undefined;
  private unsubscribe: (() => void) | undefined;
  private prompt: NodeJS.Timeout | undefined;
  /** Set by the scheduler: runs this check now (through its one-at-a-time queue). */
  runSoon: (() => Promise<unknown>) | undefined;

  constructor(
    private readonly equipment: WatchedEquipment,
    private readonly location: LocationService,
    private readonly floorplans: FloorplanQueryService,
    private readonly settings: AlertSettings,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.location.onChange((change) => {
      if (change.kind !== 'transition') return;
      const { fromRoomId, toRoomId } = change.transition;
      if (this.concernsForbiddenRoom(toRoomId) || (fromRoomId !== null && this.concernsForbiddenRoom(fromRoomId))) this.schedulePrompt();
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
    clearTimeout(this.prompt);
  }

  async evaluate(_now: Date): Promise<AlertCondition[]> {
    const assets = await this.equipment.taggedAssets();
    const placements = new Map<string, TagPlacement>();
    for (const [tagId, position] of this.location.positionsOf(assets.map((asset) => asset.tagId))) {
      placements.set(tagId, { floorId: position.floorId, roomId: position.roomId, since: position.ts });
    }
    const rooms = await this.currentRooms();
    const watched = assets.map((asset) => ({ id: String(asset.id), name: assetLabel(asset), status: asset.status, tagIds: [asset.tagId] }));
    return assetsOutsideAllowedZone(watched, placements, rooms, this.settings.zone);
  }

  /** Every room of every floor, read again when the last read is older than ROOMS_CACHE_MS. */
  private async currentRooms(): Promise<Map<string, RoomInfo>> {
    if (this.rooms !== undefined && Date.now() < this.rooms.until) return this.rooms.byId;
    const byId = new Map<string, RoomInfo>();
    const floorIds = (await this.floorplans.siteTree()).flatMap((site) => site.buildings.flatMap((building) => building.floors.map((floor) => floor.id)));
    for (const floorId of floorIds) {
      try {
        for (const room of (await this.floorplans.floorDetail(floorId)).rooms) byId.set(room.id, { name: room.name, type: room.type });
      } catch (error) {
        // Removed by an import between the two reads.
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    this.rooms = { byId, until: Date.now() + ROOMS_CACHE_MS };
    return byId;
  }

  /** Forbidden, or not known (rooms not read yet, or a room newer than the last read). */
  private concernsForbiddenRoom(roomId: string): boolean {
    const type = this.rooms?.byId.get(roomId)?.type;
    return type === undefined || this.settings.zone.forbiddenRoomTypes.has(type);
  }

  private schedulePrompt(): void {
    if (this.prompt !== undefined || this.runSoon === undefined) return;
    this.prompt = setTimeout(() => {
      this.prompt = undefined;
      this.runSoon?.().catch((error: unknown) => this.logger.error({ msg: 'The prompt left-zone check failed', error: String(error) }));
    }, LEFT_ZONE_PROMPT_DELAY_MS);
    this.prompt.unref();
  }
}
