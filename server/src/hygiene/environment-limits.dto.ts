import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { ENVIRONMENT_MEASURES, type EnvironmentMeasure } from './environment/environment-limits.js';

/** A day: no alarm timing beyond it makes sense for a room's air. */
const MAX_TIMING_MS = 24 * 60 * 60_000;

export class LimitsQueryDto {
  @ApiPropertyOptional({ example: 'Medical ward', description: 'Only the rooms of this unit.' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  unit?: string;

  @ApiPropertyOptional({ example: 'main-1-ward-room-15', description: 'Only this room.' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  roomId?: string;
}

export class SensorsQueryDto {
  @ApiPropertyOptional({ example: 'Medical ward', description: 'Only the sensors in this unit’s rooms.' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  unit?: string;
}

export class LimitPathDto {
  @ApiProperty({ example: 'main-1-ward-room-15' })
  @IsString()
  @Length(1, 64)
  roomId: string;

  @ApiProperty({ enum: ENVIRONMENT_MEASURES })
  @IsIn(ENVIRONMENT_MEASURES)
  measure: EnvironmentMeasure;
}

/** A room's own limit: the range replaces the default's; timing left out is the default's. */
export class LimitOverrideDto {
  @ApiPropertyOptional({ example: 21, description: 'Lowest acceptable value (°C, % RH, Pa, ppm, particles/m³); left out: no lower bound. min, max or both.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  min?: number;

  @ApiPropertyOptional({ example: 23, description: 'Highest acceptable value; left out: no upper bound. Must exceed min by twice the clear margin.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  max?: number;

  @ApiPropertyOptional({ example: 0.5, minimum: 0, description: 'Hysteresis: an alarm clears once back inside by this much. Default: the default limit’s.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  clearMargin?: number;

  @ApiPropertyOptional({ example: 600_000, minimum: 0, maximum: MAX_TIMING_MS, description: 'Out of range for less than this raises nothing (door openings), ms. Default: the default limit’s.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_TIMING_MS)
  startDelayMs?: number;

  @ApiPropertyOptional({ example: 1_800_000, minimum: 0, maximum: MAX_TIMING_MS, description: 'An unacknowledged alarm escalates after this, ms. Default: the default limit’s.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_TIMING_MS)
  escalateAfterMs?: number;
}
