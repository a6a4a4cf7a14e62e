import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsNumber, IsOptional, IsString, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { DATE_TIME_WITH_ZONE, WITH_ZONE_MESSAGE } from './environment-readings.dto.js';

/** The room events a person records; a device reports cleans and verifications through the ingest. */
export const USER_ROOM_EVENT_TYPES = ['discharge', 'isolation_started', 'isolation_ended', 'cleaning_started', 'cleaning_completed', 'verification'] as const;
export type UserRoomEventType = (typeof USER_ROOM_EVENT_TYPES)[number];

export class RoomEventDto {
  @ApiProperty({ enum: USER_ROOM_EVENT_TYPES, description: 'A discharge or the end of isolation requires a terminal clean.' })
  @IsIn(USER_ROOM_EVENT_TYPES)
  type: UserRoomEventType;

  @ApiPropertyOptional({ format: 'date-time', description: 'When it happened; default now. At most 60 s in the future.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(DATE_TIME_WITH_ZONE, { message: WITH_ZONE_MESSAGE })
  at?: string;

  @ApiPropertyOptional({ enum: ['daily', 'terminal', 'uv'], description: 'Cleans: required.' })
  @ValidateIf((event: RoomEventDto) => event.type === 'cleaning_started' || event.type === 'cleaning_completed')
  @IsIn(['daily', 'terminal', 'uv'])
  kind?: 'daily' | 'terminal' | 'uv';

  @ApiPropertyOptional({ enum: ['atp', 'fluorescent'], description: 'Verifications: required.' })
  @ValidateIf((event: RoomEventDto) => event.type === 'verification')
  @IsIn(['atp', 'fluorescent'])
  method?: 'atp' | 'fluorescent';

  @ApiPropertyOptional({ description: 'Verifications: required.' })
  @ValidateIf((event: RoomEventDto) => event.type === 'verification')
  @IsBoolean()
  passed?: boolean;

  @ApiPropertyOptional({ description: 'Verifications: the ATP reading (RLU).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000_000)
  value?: number;

  @ApiPropertyOptional({ description: 'Who did the clean or the verification, if not the person recording it.' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  by?: string;
}
