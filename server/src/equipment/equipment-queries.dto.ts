import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';

/** A date-time with its zone: without one, the server's zone would silently decide what was meant. */
const DATE_TIME_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function OptionalDateTime(description: string) {
  return applyDecorators(
    ApiPropertyOptional({ format: 'date-time', description }),
    IsOptional(),
    IsISO8601({ strict: true }),
    Matches(DATE_TIME_WITH_ZONE, { message: 'must be an ISO 8601 date-time with a time zone, e.g. 2025-03-14T09:00:00Z' }),
  );
}

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class NearestQueryDto {
  @ApiProperty({ example: 'infusion_pump', description: 'Equipment type code.' })
  @IsString()
  @Length(1, 48)
  type: string;

  @ApiProperty({ example: 'main-1-ward-room-04', description: 'Room id on the floor plans: where the equipment is needed.' })
  @IsString()
  @Length(1, 64)
  room: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 5 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 5;
}

/** A time range; `to` defaults to now and `from` to a week before `to`. */
export class TimeRangeQueryDto {
  @OptionalDateTime('Start (inclusive); a week before `to` by default.')
  from?: string;

  @OptionalDateTime('End (exclusive); now by default.')
  to?: string;
}

export class UtilizationQueryDto extends TimeRangeQueryDto {
  @ApiPropertyOptional({ example: 'infusion_pump', description: 'One type; every type by default.' })
  @IsOptional()
  @IsString()
  @Length(1, 48)
  type?: string;
}

export class UnpairedTagsQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 7 * 24 * 60, default: 24 * 60, description: 'Heard within this many minutes.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(7 * 24 * 60)
  withinMinutes: number = 24 * 60;
}

export class PmDueQueryDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 366, default: 30, description: 'Due within this many days (overdue included).' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(366)
  withinDays: number = 30;
}

export class ParLevelDto {
  @ApiProperty({ example: 'Intensive care unit', description: 'A unit named on the floor plans.' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 120)
  unit: string;

  @ApiProperty({ example: 'infusion_pump' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 48)
  typeCode: string;

  @ApiProperty({ minimum: 0, maximum: 1000, example: 4 })
  @IsInt()
  @Min(0)
  @Max(1000)
  minAvailable: number;
}

export class ReplaceParLevelsDto {
  @ApiProperty({ type: [ParLevelDto], description: 'Every level; levels left out are removed.' })
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => ParLevelDto)
  levels: ParLevelDto[];
}

/** Resolves a range query against the clock: epoch ms. */
export function timeWindowOf(query: TimeRangeQueryDto, now: number, defaultDays = 7): { from: number; to: number } {
  const to = query.to === undefined ? now : Date.parse(query.to);
  const from = query.from === undefined ? to - defaultDays * 86_400_000 : Date.parse(query.from);
  return { from, to };
}
