import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsString, Length, Matches, Validate } from 'class-validator';
import { MAX_COMPLIANCE_RANGE_DAYS } from '../compliance-api/compliance-query.dto.js';
import { DATE_TIME_WITH_ZONE, WITH_ZONE_MESSAGE } from '../environment-readings.dto.js';
import { RangeOfAtMostDays } from '../hygiene-range.validator.js';

/** The longest period one report covers: what its compliance figures may cover (a quarter). */
export const MAX_AUDIT_REPORT_DAYS = MAX_COMPLIANCE_RANGE_DAYS;
export const AUDIT_REPORT_FORMATS = ['pdf', 'csv'] as const;
export type AuditReportFormat = (typeof AUDIT_REPORT_FORMATS)[number];

export class AuditReportQueryDto {
  @ApiProperty({ example: 'Medical ward', description: 'The unit (department) of the floor plans’ rooms.' })
  @IsString()
  @Length(1, 120)
  unit: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-01T00:00:00Z', description: 'Start of the period (inclusive).' })
  @IsISO8601({ strict: true })
  @Matches(DATE_TIME_WITH_ZONE, { message: WITH_ZONE_MESSAGE })
  from: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-01T00:00:00Z', description: `End of the period (exclusive); at most ${MAX_AUDIT_REPORT_DAYS} days after from.` })
  @IsISO8601({ strict: true })
  @Matches(DATE_TIME_WITH_ZONE, { message: WITH_ZONE_MESSAGE })
  @Validate(RangeOfAtMostDays, [MAX_AUDIT_REPORT_DAYS])
  to: string;

  @ApiProperty({ enum: AUDIT_REPORT_FORMATS })
  @IsIn(AUDIT_REPORT_FORMATS)
  format: AuditReportFormat;
}
