import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Length, Matches, Validate } from 'class-validator';
import { GROUP_LEVEL_DIMENSIONS, type GroupLevelDimension } from '../compliance/group-level.js';
import { DATE_TIME_WITH_ZONE, WITH_ZONE_MESSAGE } from '../environment-readings.dto.js';
import { RangeOfAtMostDays } from '../hygiene-range.validator.js';

/** A quarter: the period infection-control committees usually review. */
export const MAX_GROUP_LEVEL_RANGE_DAYS = 92;

export class GroupLevelComplianceQueryDto {
  @ApiProperty({ format: 'date-time', example: '2026-11-01T00:00:00Z', description: 'Start of the period (inclusive).' })
  @IsISO8601({ strict: true })
  @Matches(DATE_TIME_WITH_ZONE, { message: WITH_ZONE_MESSAGE })
  from: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-01T00:00:00Z', description: `End of the period (exclusive); at most ${MAX_GROUP_LEVEL_RANGE_DAYS} days after from.` })
  @IsISO8601({ strict: true })
  @Matches(DATE_TIME_WITH_ZONE, { message: WITH_ZONE_MESSAGE })
  @Validate(RangeOfAtMostDays, [MAX_GROUP_LEVEL_RANGE_DAYS])
  to: string;

  @ApiPropertyOptional({ example: 'Medical ward', description: 'Only the rooms of this unit (a floor-plan unit).' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  unit?: string;

  @ApiPropertyOptional({ enum: GROUP_LEVEL_DIMENSIONS, default: 'unit', description: 'Group by room, unit, or local day of the site’s time zone.' })
  @IsOptional()
  @IsIn(GROUP_LEVEL_DIMENSIONS)
  by?: GroupLevelDimension;
}
