import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ENVIRONMENT_MEASURES, SPACE_KINDS, type EnvironmentMeasure, type SpaceKind } from './environment/environment-limits.js';
import { LimitView } from './environment-limits.views.js';
import type { SensorLimits } from './environment-limits.service.js';

export class SensorRoomView {
  @ApiProperty({ example: 'main-1-ward-room-15' }) id: string;
  @ApiProperty({ example: 'Room 15 (isolation)' }) name: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Medical ward' }) unit: string | null;
}

export class SensorMeasureLimitView {
  @ApiProperty({ enum: ENVIRONMENT_MEASURES }) measure: EnvironmentMeasure;
  @ApiPropertyOptional({ type: LimitView, nullable: true, description: 'null: the measure is stored and charted but not limited where the sensor stands.' }) limit: LimitView | null;
}

export class EnvironmentSensorView {
  @ApiProperty({ example: 'main-1-env-001' }) id: string;
  @ApiProperty({ example: 'Med fridge, Med room' }) name: string;
  @ApiPropertyOptional({ type: SensorRoomView, nullable: true, description: 'null: the sensor stands in no room.' }) room: SensorRoomView | null;
  @ApiProperty({ example: 'main-1' }) floorId: string;
  @ApiProperty({ enum: SPACE_KINDS, description: 'What its readings are judged as (docs/hygiene.md): a "Med fridge…" probe as a medication fridge, else by its room.' }) spaceKind: SpaceKind;
  @ApiProperty({ type: [SensorMeasureLimitView], description: 'Each measure the sensor declares on the floor plan; an undeclared one is absent.' }) measures: SensorMeasureLimitView[];

  static of({ sensor, room, spaceKind, measures }: SensorLimits): EnvironmentSensorView {
    return Object.assign(new EnvironmentSensorView(), {
      id: sensor.id,
      name: sensor.name,
      room: room === null ? null : Object.assign(new SensorRoomView(), { id: room.id, name: room.name, unit: room.unit }),
      floorId: sensor.floorId,
      spaceKind,
      measures: measures.map(({ measure, limit }) => Object.assign(new SensorMeasureLimitView(), { measure, limit: limit === null ? null : LimitView.of(limit) })),
    });
  }
}
