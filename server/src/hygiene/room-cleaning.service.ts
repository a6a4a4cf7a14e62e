import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThanOrEqual, type Repository } from 'typeorm';
import { FloorplanQueryService, type RoomSummary } from '../floorplan/floorplan-query.service.js';
import type { RoomType } from '../floorplan/import/floorplan-format.js';
import { InvalidInputError, NotFoundError } from '../platform/http/domain-error.js';
import { DEFAULT_CLEANING_RULES, roomCleaningState, type RoomCleaningEvent, type RoomCleaningState } from './cleaning/room-cleaning-state.js';
import { RoomHygieneEvent } from './entities/room-hygiene-event.entity.js';
import type { RoomEventDto } from './room-cleaning.dto.js';

/** The rooms on the cleaning board: where patients are cared for (offices, corridors and stairs are cleaned on their own rounds). */
export const CLEANED_ROOM_TYPES: readonly RoomType[] = ['patient_room', 'icu_bay', 'operating_room', 'ed_bay', 'imaging'];

/**
 * How far back a room's log is read for its state: a month holds the last clean and any discharge or
 * isolation flag still waiting for its terminal clean (isolation rarely lasts longer; a flag older than
 * this is not seen, and the room shows as dirty until its next clean).
 */
export const CLEANING_HISTORY_DAYS = 30;

/** A recorded event may be this much in the future (clocks differ by seconds). */
const MAX_EVENT_LEAD_MS = 60_000;

export interface RoomCleaningEntry {
  room: RoomSummary;
  state: RoomCleaningState;
}

/**
 * Each room's cleaning state: its stored events (cleans and verifications from devices through the
 * ingest, and those people record: discharge, isolation flags, cleans, verifications) folded by the pure
 * rules of cleaning/room-cleaning-state.ts at the time asked.
 */
@Injectable()
export class RoomCleaningService {
  constructor(
    @InjectRepository(RoomHygieneEvent) private readonly events: Repository<RoomHygieneEvent>,
    private readonly floorplans: FloorplanQueryService,
  ) {}

  /** Records an event a person entered; 404 for an unknown room, 400 for a time ahead of the clock. */
  async record(roomId: string, event: RoomEventDto, username: string, now = new Date()): Promise<RoomCleaningEntry> {
    const [room] = await this.floorplans.roomsByIds([roomId]);
    if (room === undefined) throw new NotFoundError('Room', roomId);
    const at = event.at === undefined ? now : new Date(event.at);
    if (at.getTime() > now.getTime() + MAX_EVENT_LEAD_MS) throw new InvalidInputError('The event is in the future', [{ field: 'at', message: 'must not be in the future' }]);
    const isClean = event.type === 'cleaning_started' || event.type === 'cleaning_completed';
    const isVerification = event.type === 'verification';
    await this.events.insert({
      roomId,
      at,
      type: event.type,
      kind: isClean ? (event.kind ?? null) : null,
      method: isVerification ? (event.method ?? null) : null,
      passed: isVerification ? (event.passed ?? null) : null,
      value: isVerification ? (event.value ?? null) : null,
      performedBy: isClean || isVerification ? (event.by ?? username) : null,
      deviceId: null,
      recordedBy: username,
      createdAt: now,
    });
    const [entry] = await this.statesOf([room], now);
    return entry;
  }

  /** The board: every room of CLEANED_ROOM_TYPES with its state at `now`, by id. */
  async board(now = new Date()): Promise<RoomCleaningEntry[]> {
    const rooms = (await this.floorplans.allRooms()).filter((room) => CLEANED_ROOM_TYPES.includes(room.type));
    return this.statesOf(rooms, now);
  }

  private async statesOf(rooms: readonly RoomSummary[], now: Date): Promise<RoomCleaningEntry[]> {
    if (rooms.length === 0) return [];
    const since = new Date(now.getTime() - CLEANING_HISTORY_DAYS * 86_400_000);
    const rows = await this.events.find({ where: { roomId: In(rooms.map((room) => room.id)), at: MoreThanOrEqual(since) }, order: { at: 'ASC', id: 'ASC' } });
    const byRoom = new Map<string, RoomCleaningEvent[]>();
    for (const row of rows) {
      const list = byRoom.get(row.roomId) ?? [];
      list.push(cleaningEventOf(row));
      byRoom.set(row.roomId, list);
    }
    return rooms.map((room) => ({ room, state: roomCleaningState(byRoom.get(room.id) ?? [], DEFAULT_CLEANING_RULES, now.getTime()) }));
  }
}

function cleaningEventOf(row: RoomHygieneEvent): RoomCleaningEvent {
  const at = row.at.getTime();
  switch (row.type) {
    case 'cleaning_started':
    case 'cleaning_completed':
      return { type: row.type, at, kind: row.kind ?? 'daily', by: row.performedBy };
    case 'verification':
      return { type: 'verification', at, method: row.method ?? 'atp', passed: row.passed ?? false, value: row.value, by: row.performedBy };
    default:
      return { type: row.type, at };
  }
}
