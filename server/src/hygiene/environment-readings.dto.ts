import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Length, Matches, Validate, ValidatorConstraint, type ValidationArguments, type ValidatorConstraintInterface } from 'class-validator';
import { SENSOR_MEASURES, type SensorMeasure } from '../floorplan/import/floorplan-format.js';
import type { AggregateResolution } from './entities/environment-aggregate.entity.js';

/** A date-time with its zone: without one, the server's zone would silently decide what was meant. */
export const DATE_TIME_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
export const WITH_ZONE_MESSAGE = 'must be an ISO 8601 date-time with a time zone, e.g. 2025-03-14T09:00:00Z';

/** The longest range one request may chart: about 10,000 buckets either way (a week of minutes, 14 months of hours). */
export const MAX_READINGS_RANGE_DAYS: Readonly<Record<AggregateResolution, number>> = { minute: 7, hour: 427 };

@ValidatorConstraint({ name: 'readingsRange' })
class ReadingsRange implements ValidatorConstraintInterface {
  validate(to: unknown, args: ValidationArguments): boolean {
    const query = args.object as { from?: unknown; resolution?: unknown };
    const from = Date.parse(String(query.from));
    const end = Date.parse(String(to));
    const days = MAX_READINGS_RANGE_DAYS[query.resolution as AggregateResolution];
    // An unreadable from, to or resolution is reported by its own rules.
    if (Number.isNaN(from) || Number.isNaN(end) || days === undefined) return true;
    return end >= from && end - from <= days * 86_400_000;
  }

  defaultMessage(): string {
    return `must not be before from, and at most ${MAX_READINGS_RANGE_DAYS.minute} days after it at minute resolution (${MAX_READINGS_RANGE_DAYS.hour} at hour resolution)`;
  }
}

export class EnvironmentReadingsQueryDto {
  @ApiProperty({ example: 'main-1-env-003', description: 'The environment sensor.' })
  @IsString()
  @Length(1, 64)
  deviceId: string;

  @ApiProperty({ enum: SENSOR_MEASURES })
  @IsIn(SENSOR_MEASURES)
  measure: SensorMeasure;

  @ApiProperty({ format: 'date-time', example: '2025-03-14T00:00:00Z', description: 'Start of the range (inclusive): buckets starting at or after it.' })
  @IsISO8601({ strict: true })
  @Matches(DATE_TIME_WITH_ZONE, { message: WITH_ZONE_MESSAGE })
  from: string;

  @ApiProperty({ format: 'date-time', example: '2025-03-15T00:00:00Z', description: 'End of the range (exclusive): buckets starting before it.' })
  @IsISO8601({ strict: true })
  @Matches(DATE_TIME_WITH_ZONE, { message: WITH_ZONE_MESSAGE })
  @Validate(ReadingsRange)
  to: string;

  @ApiProperty({ enum: ['minute', 'hour'], description: '1-minute or hourly buckets.' })
  @IsIn(['minute', 'hour'])
  resolution: AggregateResolution;
}

/** The longest audit period one request may list. */
export const MAX_EXCURSIONS_RANGE_DAYS = 366;

@ValidatorConstraint({ name: 'excursionsRange' })
class ExcursionsRange implements ValidatorConstraintInterface {
  validate(to: unknown, args: ValidationArguments): boolean {
    const from = Date.parse(String((args.object as { from?: unknown }).from));
    const end = Date.parse(String(to));
    if (Number.isNaN(from) || Number.isNaN(end)) return true;
    return end >= from && end - from <= MAX_EXCURSIONS_RANGE_DAYS * 86_400_000;
  }

  defaultMessage(): string {
    return `must not be before from, and at most ${MAX_EXCURSIONS_RANGE_DAYS} days after it`;
  }
}

export class ExcursionsQueryDto {
  @ApiProperty({ format: 'date-time', example: '2025-03-01T00:00:00Z', description: 'Start of the audit period: excursions not ended before it.' })
  @IsISO8601({ strict: true })
  @Matches(DATE_TIME_WITH_ZONE, { message: WITH_ZONE_MESSAGE })
  from: string;

  @ApiProperty({ format: 'date-time', example: '2025-04-01T00:00:00Z', description: `End of the period (exclusive): excursions started before it; at most ${MAX_EXCURSIONS_RANGE_DAYS} days after from.` })
  @IsISO8601({ strict: true })
  @Matches(DATE_TIME_WITH_ZONE, { message: WITH_ZONE_MESSAGE })
  @Validate(ExcursionsRange)
  to: string;

  @ApiProperty({ required: false, example: 'Medical ward', description: 'Only excursions of sensors in this unit’s rooms.' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  unit?: string;
}
