import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsString, Length, Matches, Validate, ValidatorConstraint, type ValidationArguments, type ValidatorConstraintInterface } from 'class-validator';
import { DATE_TIME_WITH_ZONE, WITH_ZONE_MESSAGE } from '../environment-readings.dto.js';

/** The longest period one report covers: a quarter, as infection-control audits are usually reported. */
export const MAX_AUDIT_REPORT_DAYS = 92;
export const AUDIT_REPORT_FORMATS = ['pdf', 'csv'] as const;
export type AuditReportFormat = (typeof AUDIT_REPORT_FORMATS)[number];

@ValidatorConstraint({ name: 'auditReportRange' })
class AuditReportRange implements ValidatorConstraintInterface {
  validate(to: unknown, args: ValidationArguments): boolean {
    const from = Date.parse(String((args.object as { from?: unknown }).from));
    const end = Date.parse(String(to));
    // An unreadable from or to is reported by its own rules.
    if (Number.isNaN(from) || Number.isNaN(end)) return true;
    return end > from && end - from <= MAX_AUDIT_REPORT_DAYS * 86_400_000;
  }

  defaultMessage(): string {
    return `must be after from, and at most ${MAX_AUDIT_REPORT_DAYS} days after it`;
  }
}

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
  @Validate(AuditReportRange)
  to: string;

  @ApiProperty({ enum: AUDIT_REPORT_FORMATS })
  @IsIn(AUDIT_REPORT_FORMATS)
  format: AuditReportFormat;
}
