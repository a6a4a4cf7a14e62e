import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import type { DeviceKey } from './device-key.entity.js';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateDeviceKeyDto {
  @ApiProperty({ example: 'gw-1-01', description: 'Id of a placed device (gateway, sensor or cabinet).' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 64)
  deviceId: string;

  @ApiPropertyOptional({ example: 'Ward 3 east gateway, replaced 2025-03' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  label?: string;
}

export class DeviceKeyView {
  @ApiProperty() id: number;
  @ApiProperty({ example: 'gw-1-01' }) deviceId: string;
  @ApiProperty({ type: String, nullable: true }) label: string | null;
  @ApiProperty({ example: 'wwd_3kF9a_Qz', description: 'The first characters of the key, to tell keys apart.' }) prefix: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ example: 'user:alice' }) createdBy: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Accurate to about a minute.' })
  lastUsedAt: string | null;

  static of(deviceKey: DeviceKey): DeviceKeyView {
    return Object.assign(new DeviceKeyView(), {
      id: deviceKey.id,
      deviceId: deviceKey.deviceId,
      label: deviceKey.label,
      prefix: deviceKey.prefix,
      createdAt: deviceKey.createdAt.toISOString(),
      createdBy: deviceKey.createdBy,
      revokedAt: deviceKey.revokedAt?.toISOString() ?? null,
      lastUsedAt: deviceKey.lastUsedAt?.toISOString() ?? null,
    });
  }
}

export class CreatedDeviceKeyView extends DeviceKeyView {
  @ApiProperty({ example: 'wwd_3kF9a_Qz…', description: 'The key itself. Shown only in this response: store it on the device now.' })
  key: string;
}
