import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, Matches, Validate, ValidatorConstraint, type ValidationArguments, type ValidatorConstraintInterface } from 'class-validator';
import { MAX_HISTORY_RANGE_MS } from './location-timing.js';

/** A date-time with its zone: without one, the server's zone would silently decide what was meant. */
const DATE_TIME_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const WITH_ZONE_MESSAGE = 'must be an ISO 8601 date-time with a time zone, e.g. 2025-03-14T09:00:00Z';
const MAX_RANGE_DAYS = MAX_HISTORY_RANGE_MS / 86_400_000;

@ValidatorConstraint({ name: 'historyRange' })
class HistoryRange implements ValidatorConstraintInterface {
  validate(to: unknown, args: ValidationArguments): boolean {
    const from = Date.parse(String((args.object as { from?: unknown }).from));
    const end = Date.parse(String(to));
    // An unreadable from or to is reported by its own rules.
    if (Number.isNaN(from) || Number.isNaN(end)) return true;
    return end >= from && end - from <= MAX_HISTORY_RANGE_MS;
  }

  defaultMessage(): string {
    return `must not be before from, and at most ${MAX_RANGE_DAYS} days after it`;
  }
}

export class TagHistoryQueryDto {
  @ApiProperty({ format: 'date-time', example: '2025-03-14T00:00:00Z', description: 'Start of the range (inclusive).' })
  @IsISO8601({ strict: true })
  @Matches(DATE_TIME_WITH_ZONE, { message: WITH_ZONE_MESSAGE })
  from: string;

  @ApiProperty({ format: 'date-time', example: '2025-03-15T00:00:00Z', description: `End of the range (inclusive); at most ${MAX_RANGE_DAYS} days after from.` })
  @IsISO8601({ strict: true })
  @Matches(DATE_TIME_WITH_ZONE, { message: WITH_ZONE_MESSAGE })
  @Validate(HistoryRange)
  to: string;
}
