import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** Largest correction accepted: radios of one model differ by a few dB; 20 dB means a broken or misconfigured one. */
export const MAX_RSSI_OFFSET_DB = 20;

export class SetGatewayCalibrationDto {
  @ApiProperty({
    example: -3,
    minimum: -MAX_RSSI_OFFSET_DB,
    maximum: MAX_RSSI_OFFSET_DB,
    description: 'dB added to every RSSI the gateway reports: a gateway that reads a 1 m reference tag 3 dB above the tag’s measured power gets −3.',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: 'must be a number of dB with at most 2 decimals' })
  @Min(-MAX_RSSI_OFFSET_DB)
  @Max(MAX_RSSI_OFFSET_DB)
  rssiOffsetDb: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Reference tag at 1 m below the antenna, median of 60 s; 2026-11-20, J. Okafor' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value))
  @IsString()
  @MaxLength(500)
  note?: string | null;
}
