import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThan, MoreThanOrEqual, type Repository } from 'typeorm';
import type { Alert } from '../alerts/alert.entity.js';
import { AlertsService } from '../alerts/alerts.service.js';
import { FloorplanQueryService, type RoomSummary } from '../floorplan/floorplan-query.service.js';
import { EnvironmentExcursion } from './entities/environment-excursion.entity.js';

export interface ExcursionRecord {
  excursion: EnvironmentExcursion;
  room: RoomSummary | undefined;
  /** The alert it raised, with the corrective note of whoever resolved it. */
  alert: Alert | undefined;
}

/** The stored excursions for audits: with their room and the corrective note of their alert. */
@Injectable()
export class EnvironmentExcursionsService {
  constructor(
    @InjectRepository(EnvironmentExcursion) private readonly excursions: Repository<EnvironmentExcursion>,
    private readonly floorplans: FloorplanQueryService,
    private readonly alerts: AlertsService,
  ) {}

  /** Excursions that overlap [fromMs, toMs) (started before `to`, not ended before `from`), oldest first; of one unit's rooms when given. */
  async overlapping(fromMs: number, toMs: number, unit?: string): Promise<ExcursionRecord[]> {
    const startedBefore = LessThan(new Date(toMs));
    const rows = await this.excursions.find({
      where: [
        { startedAt: startedBefore, endedAt: IsNull() },
        { startedAt: startedBefore, endedAt: MoreThanOrEqual(new Date(fromMs)) },
      ],
      order: { startedAt: 'ASC', id: 'ASC' },
    });
    const rooms = new Map((await this.floorplans.roomsByIds(rows.flatMap((row) => (row.roomId === null ? [] : [row.roomId])))).map((room) => [room.id, room]));
    const records: ExcursionRecord[] = [];
    for (const excursion of rows) {
      const room = excursion.roomId === null ? undefined : rooms.get(excursion.roomId);
      if (unit !== undefined && room?.unit !== unit) continue;
      records.push({ excursion, room, alert: excursion.alertId === null ? undefined : await this.alerts.get(excursion.alertId) });
    }
    return records;
  }
}
