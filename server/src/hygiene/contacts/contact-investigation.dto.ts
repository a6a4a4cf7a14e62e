import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsString, Length, Matches, Validate } from 'class-validator';
import { DATE_TIME_WITH_ZONE, WITH_ZONE_MESSAGE } from '../environment-readings.dto.js';
import { RangeOfAtMostDays } from '../hygiene-range.validator.js';

/** A month, as the location history and equipment trails: an outbreak investigation looks back an incubation period or two. */
export const MAX_CONTACTS_RANGE_DAYS = 31;

export class ContactInvestigationQueryDto {
  @ApiProperty({ example: 'main-1-room-104', description: 'The room (a floor-plan room id).' })
  @IsString()
  @Length(1, 64)
  roomId: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-20T08:00:00Z', description: 'Start of the period.' })
  @IsISO8601({ strict: true })
  @Matches(DATE_TIME_WITH_ZONE, { message: WITH_ZONE_MESSAGE })
  from: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-20T20:00:00Z', description: `End of the period; at most ${MAX_CONTACTS_RANGE_DAYS} days after from.` })
  @IsISO8601({ strict: true })
  @Matches(DATE_TIME_WITH_ZONE, { message: WITH_ZONE_MESSAGE })
  @Validate(RangeOfAtMostDays, [MAX_CONTACTS_RANGE_DAYS])
  to: string;
}
