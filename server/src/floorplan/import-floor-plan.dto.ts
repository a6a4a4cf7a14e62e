import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsString, MaxLength } from 'class-validator';
import { MAX_PLAN_SVG_BYTES } from './import/plan-svg-check.js';

/** Body of POST /api/admin/floorplans/import. */
export class ImportFloorPlanDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The floor as a GeoJSON FeatureCollection (floorplans/README.md).' })
  @IsObject()
  floor: Record<string, unknown>;

  @ApiProperty({ description: 'The SVG drawing: no scripts, event handlers or external references; at most 5 MB.' })
  @IsString()
  // Characters, not bytes: the byte limit is checked with the drawing's other rules.
  @MaxLength(MAX_PLAN_SVG_BYTES)
  svg: string;
}

/** What an import did to one floor. */
export class FloorImportResultView {
  @ApiProperty({ example: 'main-0' }) floorId: string;
  @ApiProperty({ description: 'Records added: site, building, floor, rooms, doors, devices.' }) created: number;
  @ApiProperty({ description: 'Records whose stored values changed.' }) updated: number;
  @ApiProperty({ description: 'Rooms, doors and devices of the floor no longer in the plan.' }) removed: number;
  @ApiProperty({ description: 'Records already exactly as in the plan.' }) unchanged: number;
}

export class FloorPlanIssueView {
  @ApiPropertyOptional({ example: 'main-0-ed-bay-03', description: 'Feature id, or "features[12]" for a feature without one.' })
  feature?: string;
  @ApiProperty({ example: 'properties.type' }) field: string;
  @ApiProperty({ example: 'must be one of patient_room, icu_bay, …' }) message: string;
}

export class FloorPlanInvalidView {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'Bad Request' }) error: string;
  @ApiProperty({ example: 'Floor plan is invalid' }) message: string;
  @ApiProperty({ type: [FloorPlanIssueView] }) issues: FloorPlanIssueView[];
}
