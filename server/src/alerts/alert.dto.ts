import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsISO8601, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ALERT_SEVERITIES, type AlertDetail, type AlertSeverity } from './alert-condition.js';
import { ALERT_STATE_FILTERS, alertState, type AlertState, type AlertStateFilter } from './alert-filter.js';
import type { Alert, AlertResolution } from './alert.entity.js';
import type { AlertSummary } from './alerts.service.js';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const MAX_NOTE_LENGTH = 2000;

export class AlertQueryDto {
  @ApiPropertyOptional({ enum: ALERT_STATE_FILTERS, default: 'open', description: '`open`: every unresolved alert, acknowledged or not.' })
  @IsOptional()
  @IsIn(ALERT_STATE_FILTERS)
  state: AlertStateFilter = 'open';

  @ApiPropertyOptional({ example: 'equipment.missing,gateway.offline', description: 'One kind, or several separated by commas.' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9_.]+(,[a-z0-9_.]+)*$/, { message: 'must be alert kinds separated by commas, e.g. equipment.missing,gateway.offline' })
  @MaxLength(1000)
  kind?: string;

  @ApiPropertyOptional({ example: 'main-1', description: 'Only alerts placed on this floor.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  floor?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Only alerts raised at or after this time.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, { message: 'must be an ISO-8601 date-time with a time zone' })
  @IsISO8601({ strict: true }, { message: 'must be a valid date-time' })
  since?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 100;

  @ApiPropertyOptional({ minimum: 1, description: 'Alerts older than this alert id (the last id of the previous page).' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  before?: number;
}

export class AlertIdParams {
  @ApiProperty({ minimum: 1 })
  @Type(() => Number)
  @IsInt({ message: 'must be an alert id (a positive integer)' })
  @Min(1, { message: 'must be an alert id (a positive integer)' })
  id: number;
}

export class AcknowledgeAlertDto {
  @ApiPropertyOptional({ maxLength: MAX_NOTE_LENGTH, example: 'Porter on the way to check the east exit.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(MAX_NOTE_LENGTH)
  note?: string;
}

export class ResolveAlertDto {
  @ApiProperty({ maxLength: MAX_NOTE_LENGTH, example: 'Pump found in the dirty utility room; returned to the depot.' })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty({ message: 'must say what was done' })
  @MaxLength(MAX_NOTE_LENGTH)
  note: string;
}

export class AlertView {
  @ApiProperty() id: number;
  @ApiProperty({ example: 'equipment.missing' }) kind: string;
  @ApiProperty({ example: 'equipment.missing:asset:42' }) conditionKey: string;
  @ApiProperty({ enum: ['unacknowledged', 'acknowledged', 'resolved'] }) state: AlertState;
  @ApiProperty({ enum: ALERT_SEVERITIES }) severity: AlertSeverity;
  @ApiProperty({ example: 'Infusion pump IP-042 missing' }) title: string;
  @ApiProperty({ type: Object, nullable: true, description: 'Context of the condition, by kind (times as ISO strings).' }) detail: AlertDetail | null;
  @ApiProperty({ example: 'asset' }) subjectType: string;
  @ApiProperty({ example: '42' }) subjectId: string;
  @ApiProperty({ type: String, nullable: true }) floorId: string | null;
  @ApiProperty({ type: String, nullable: true }) roomId: string | null;
  @ApiProperty({ format: 'date-time' }) raisedAt: string;
  @ApiProperty({ format: 'date-time', description: 'When a check last found the condition still true.' }) lastEvaluatedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acknowledgedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Username.' }) acknowledgedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) acknowledgeNote: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Username, or `system` when the condition cleared by itself.' }) resolvedBy: string | null;
  @ApiProperty({ type: String, enum: ['auto_cleared', 'resolved'], nullable: true }) resolution: AlertResolution | null;
  @ApiProperty({ type: String, nullable: true }) resolutionNote: string | null;

  static of(alert: Alert): AlertView {
    return Object.assign(new AlertView(), {
      id: alert.id,
      kind: alert.kind,
      conditionKey: alert.conditionKey,
      state: alertState(alert),
      severity: alert.severity,
      title: alert.title,
      detail: alert.detail,
      subjectType: alert.subjectType,
      subjectId: alert.subjectId,
      floorId: alert.floorId,
      roomId: alert.roomId,
      raisedAt: alert.raisedAt.toISOString(),
      lastEvaluatedAt: alert.lastEvaluatedAt.toISOString(),
      acknowledgedAt: alert.acknowledgedAt?.toISOString() ?? null,
      acknowledgedBy: alert.acknowledgedBy,
      acknowledgeNote: alert.acknowledgeNote,
      resolvedAt: alert.resolvedAt?.toISOString() ?? null,
      resolvedBy: alert.resolvedBy,
      resolution: alert.resolution,
      resolutionNote: alert.resolutionNote,
    });
  }
}

class SeverityCounts {
  @ApiProperty() info: number;
  @ApiProperty() warning: number;
  @ApiProperty() critical: number;
}

class KindCounts {
  @ApiProperty({ example: 'equipment.missing' }) kind: string;
  @ApiProperty({ example: 'Equipment missing' }) label: string;
  @ApiProperty({ type: [String], example: ['admin', 'biomed'], description: 'Roles that may acknowledge and resolve alerts of this kind (admin always).' })
  actingRoles: string[];
  @ApiProperty() open: number;
  @ApiProperty() unacknowledged: number;
  @ApiProperty({ type: SeverityCounts }) bySeverity: SeverityCounts;
}

export class AlertSummaryView {
  @ApiProperty({ description: 'Unresolved alerts.' }) open: number;
  @ApiProperty() unacknowledged: number;
  @ApiProperty({ type: [KindCounts], description: 'Every known kind, with zeros.' }) byKind: KindCounts[];

  static of(summary: AlertSummary): AlertSummaryView {
    return Object.assign(new AlertSummaryView(), summary);
  }
}
