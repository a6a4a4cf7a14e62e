import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { AuditEntry } from './audit-entry.entity.js';

export class AuditQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50, description: 'How many entries to return.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 50;

  @ApiPropertyOptional({ minimum: 1, description: 'Return entries older than this entry id (the last id of the previous page).' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  before?: number;
}

export class AuditEntryView {
  @ApiProperty() id: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 'user:alice', description: '`user:<username>`, `device:<id>`, `system` or `anonymous`.' }) actor: string;
  @ApiProperty({ example: 'users.create' }) action: string;
  @ApiProperty({ type: String, nullable: true, example: 'user:bob' }) target: string | null;
  @ApiProperty({ enum: ['success', 'failure'] }) outcome: 'success' | 'failure';
  @ApiProperty({ type: Number, nullable: true, example: 201 }) status: number | null;
  @ApiProperty({ type: Object, nullable: true, description: 'Context; passwords, secrets, tokens and keys are redacted.' })
  details: Record<string, unknown> | null;

  static of(entry: AuditEntry): AuditEntryView {
    return Object.assign(new AuditEntryView(), {
      id: entry.id,
      at: entry.at.toISOString(),
      actor: entry.actor,
      action: entry.action,
      target: entry.target,
      outcome: entry.outcome,
      status: entry.status,
      details: entry.details,
    });
  }
}
