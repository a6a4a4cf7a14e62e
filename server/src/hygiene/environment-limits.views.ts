import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ENVIRONMENT_MEASURES, SPACE_KINDS, type EnvironmentMeasure, type SpaceKind } from './environment/environment-limits.js';
import type { LimitSource } from './environment/limit-overrides.js';
import type { EffectiveRoomLimit, ResolvedLimit } from './environment-limits.service.js';

/** A limit as it judges now, with its source. */
export class LimitView {
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'null: no lower bound.' }) min: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'null: no upper bound.' }) max: number | null;
  @ApiProperty({ description: 'Hysteresis: an alarm clears once back inside by this much.' }) clearMargin: number;
  @ApiProperty({ description: 'ms' }) startDelayMs: number;
  @ApiProperty({ description: 'ms' }) escalateAfterMs: number;
  @ApiProperty({ enum: ['default', 'override'], description: 'The published-guidance default of the kind of space, or the room’s own override.' }) source: LimitSource;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'ASHRAE 170', description: 'The guidance a default follows (docs/hygiene.md); null for an override.' }) guidance: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'user:icnurse', description: 'Who set the override.' }) setBy: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' }) setAt: string | null;

  static of({ limit, source, guidance, setBy, setAt }: ResolvedLimit): LimitView {
    return Object.assign(new LimitView(), {
      min: limit.min ?? null,
      max: limit.max ?? null,
      clearMargin: limit.clearMargin,
      startDelayMs: limit.startDelayMs,
      escalateAfterMs: limit.escalateAfterMs,
      source,
      guidance,
      setBy,
      setAt: setAt?.toISOString() ?? null,
    });
  }
}

export class RoomLimitView extends LimitView {
  @ApiProperty({ example: 'main-1-ward-room-15' }) roomId: string;
  @ApiProperty({ example: 'Room 15 (isolation)' }) roomName: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Medical ward' }) unit: string | null;
  @ApiProperty({ example: 'main-1' }) floorId: string;
  @ApiProperty({ enum: SPACE_KINDS, description: 'How the room’s air is judged (docs/hygiene.md); a medication fridge in it keeps the fridge limits.' }) spaceKind: SpaceKind;
  @ApiProperty({ enum: ENVIRONMENT_MEASURES }) measure: EnvironmentMeasure;

  static override of(entry: EffectiveRoomLimit): RoomLimitView {
    const { room } = entry;
    return Object.assign(new RoomLimitView(), {
      roomId: room.id,
      roomName: room.name,
      unit: room.unit,
      floorId: room.floorId,
      spaceKind: entry.spaceKind,
      measure: entry.measure,
      ...LimitView.of(entry),
    });
  }
}
