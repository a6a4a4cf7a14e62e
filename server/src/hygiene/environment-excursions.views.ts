import { ApiProperty } from '@nestjs/swagger';
import type { ExcursionRecord } from './environment-excursions.service.js';

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

/** One excursion, as an infection-control audit lists it. */
export class ExcursionView {
  @ApiProperty() id: number;
  @ApiProperty({ description: 'The environment sensor.' }) deviceId: string;
  @ApiProperty({ enum: ['temperature', 'humidity', 'pressure_differential', 'co2', 'particles'] }) measure: string;
  @ApiProperty({ type: String, nullable: true }) roomId: string | null;
  @ApiProperty({ type: String, nullable: true }) roomName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The room’s unit (department).' }) unit: string | null;
  @ApiProperty({ description: 'The limits that judged it: general, patient_room, airborne_isolation, protective_environment, operating_room, medication_fridge.' }) spaceKind: string;
  @ApiProperty({ type: Number, nullable: true }) limitMin: number | null;
  @ApiProperty({ type: Number, nullable: true }) limitMax: number | null;
  @ApiProperty({ enum: ['low', 'high'] }) direction: string;
  @ApiProperty({ format: 'date-time', description: 'The first reading out of range.' }) startedAt: string;
  @ApiProperty({ format: 'date-time', description: 'When the alarm was raised (after the start delay).' }) alarmedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The reading back inside by the clear margin; null while it lasts.' }) endedAt: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'endedAt − startedAt in minutes; null while it lasts.' }) durationMinutes: number | null;
  @ApiProperty() worstValue: number;
  @ApiProperty({ format: 'date-time' }) worstAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acknowledgedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who acknowledged its alert.' }) acknowledgedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) escalatedAt: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The environment.excursion alert it raised.' }) alertId: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'What was done: the note of the person who resolved the alert.' }) correctiveNote: string | null;
  @ApiProperty({ type: String, nullable: true }) resolvedBy: string | null;

  static of({ excursion, room, alert }: ExcursionRecord): ExcursionView {
    return {
      id: excursion.id,
      deviceId: excursion.deviceId,
      measure: excursion.measure,
      roomId: excursion.roomId,
      roomName: room?.name ?? null,
      unit: room?.unit ?? null,
      spaceKind: excursion.spaceKind,
      limitMin: excursion.limitMin,
      limitMax: excursion.limitMax,
      direction: excursion.direction,
      startedAt: excursion.startedAt.toISOString(),
      alarmedAt: excursion.alarmedAt.toISOString(),
      endedAt: iso(excursion.endedAt),
      durationMinutes: excursion.endedAt === null ? null : (excursion.endedAt.getTime() - excursion.startedAt.getTime()) / 60_000,
      worstValue: excursion.worstValue,
      worstAt: excursion.worstAt.toISOString(),
      acknowledgedAt: iso(excursion.acknowledgedAt),
      acknowledgedBy: alert?.acknowledgedBy ?? null,
      escalatedAt: iso(excursion.escalatedAt),
      alertId: excursion.alertId,
      correctiveNote: alert?.resolutionNote ?? null,
      resolvedBy: alert?.resolution === 'resolved' ? alert.resolvedBy : null,
    };
  }
}
