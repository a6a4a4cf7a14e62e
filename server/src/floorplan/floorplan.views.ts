import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEVICE_TYPES, ISOLATION_KINDS, PRESSURE_REGIMES, ROOM_TYPES } from './import/floorplan-format.js';
import type { DeviceType, IsolationKind, PressureRegime, RoomType } from './import/floorplan-format.js';

/** What the floor-plan read API answers (GET /api/floorplan/…). */

export class FloorSummaryView {
  @ApiProperty({ example: 'main-0' }) id: string;
  @ApiProperty({ example: 'Ground floor' }) name: string;
  @ApiProperty({ example: 0 }) level: number;
  @ApiProperty({ example: 108 }) widthM: number;
  @ApiProperty({ example: 72 }) heightM: number;
}

export class BuildingView {
  @ApiProperty({ example: 'main' }) id: string;
  @ApiProperty({ example: 'Main Building' }) name: string;
  @ApiProperty({ type: [FloorSummaryView], description: 'Lowest level first.' }) floors: FloorSummaryView[];
}

export class SiteView {
  @ApiProperty({ example: 'st-marys' }) id: string;
  @ApiProperty({ example: "St Mary's General Hospital" }) name: string;
  @ApiProperty({ example: 'Europe/London' }) timezone: string;
  @ApiProperty({ type: [BuildingView] }) buildings: BuildingView[];
}

export class OriginView {
  @ApiProperty() x: number;
  @ApiProperty() y: number;
}

export class FloorView extends FloorSummaryView {
  @ApiProperty({ example: 'main' }) buildingId: string;
  @ApiProperty({ example: 'st-marys' }) siteId: string;
  @ApiProperty({ example: 10 }) pixelsPerMetre: number;
  @ApiProperty({ type: OriginView }) origin: OriginView;
  @ApiProperty({ example: '/api/floorplan/floors/main-0/plan.svg' }) planUrl: string;
}

export class RoomView {
  @ApiProperty({ example: 'main-1-icu-bay-03' }) id: string;
  @ApiProperty({ example: 'ICU bay 3' }) name: string;
  @ApiProperty({ enum: ROOM_TYPES }) type: RoomType;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Intensive care unit' }) unit: string | null;
  @ApiProperty({ enum: ISOLATION_KINDS }) isolation: IsolationKind;
  @ApiProperty({ enum: PRESSURE_REGIMES }) pressure: PressureRegime;
  @ApiPropertyOptional({ type: String, nullable: true, example: null }) verticalLink: string | null;
  @ApiProperty({ type: 'array', items: { type: 'array', items: { type: 'number' } }, description: 'Closed ring of [x, y] in metres.' })
  polygon: Array<[number, number]>;
  @ApiProperty({ type: [Number], example: [12.5, 40.2] }) centroid: [number, number];
  @ApiProperty({ example: 30 }) areaM2: number;
}

export class DoorView {
  @ApiProperty({ example: 'main-1-door-012' }) id: string;
  @ApiProperty() x: number;
  @ApiProperty() y: number;
  @ApiProperty({ type: [String], example: ['main-1-icu-bay-03', 'main-1-icu-corridor'] }) rooms: [string, string];
}

export class FloorDeviceView {
  @ApiProperty({ example: 'main-1-gw-014' }) id: string;
  @ApiProperty({ enum: DEVICE_TYPES }) deviceType: DeviceType;
  @ApiProperty({ example: 'Gateway, ICU bay 3' }) name: string;
  @ApiPropertyOptional({ type: String, nullable: true }) roomId: string | null;
  @ApiProperty() x: number;
  @ApiProperty() y: number;
}

export class FloorDetailView {
  @ApiProperty({ type: FloorView }) floor: FloorView;
  @ApiProperty({ type: [RoomView] }) rooms: RoomView[];
  @ApiProperty({ type: [DoorView] }) doors: DoorView[];
  @ApiProperty({ type: [FloorDeviceView] }) devices: FloorDeviceView[];
}
