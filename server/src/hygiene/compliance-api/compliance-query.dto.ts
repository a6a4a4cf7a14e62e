import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Length, Matches, Validate, ValidatorConstraint, type ValidationArguments, type ValidatorConstraintInterface } from 'class-validator';
import { COMPLIANCE_DIMENSIONS, type ComplianceDimension } from '../compliance/compliance-summary.js';
import { DATE_TIME_WITH_ZONE, WITH_ZONE_MESSAGE } from '../environment-readings.dto.js';
import { STAFF_ROLES, type StaffRole } from '../staff/staff-roles.js';

/** The longest range one report covers: a quarter, the usual audit period. */
export const MAX_COMPLIANCE_RANGE_DAYS = 92;

@ValidatorConstraint({ name: 'complianceRange' })
class ComplianceRange implements ValidatorConstraintInterface {
  validate(to: unknown, args: ValidationArguments): boolean {
    const from = Date.parse(String((args.object as { from?: unknown }).from));
    const end = Date.parse(String(to));
    // An unreadable from or to is reported by its own rules.
    if (Number.isNaN(from) || Number.isNaN(end)) return true;
    return end > from && end - from <= MAX_COMPLIANCE_RANGE_DAYS * 86_400_000;
  }

  defaultMessage(): string {
    return `must be after from, and at most ${MAX_COMPLIANCE_RANGE_DAYS} days after it`;
  }
}

export class ComplianceQueryDto {
  @ApiProperty({ format: 'date-time', example: '2026-11-01T00:00:00Z', description: 'Start of the range (inclusive): door crossings at or after it.' })
  @IsISO8601({ strict: true })
  @Matches(DATE_TIME_WITH_ZONE, { message: WITH_ZONE_MESSAGE })
  from: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-08T00:00:00Z', description: `End of the range (exclusive); at most ${MAX_COMPLIANCE_RANGE_DAYS} days after from.` })
  @IsISO8601({ strict: true })
  @Matches(DATE_TIME_WITH_ZONE, { message: WITH_ZONE_MESSAGE })
  @Validate(ComplianceRange)
  to: string;

  @ApiPropertyOptional({ enum: COMPLIANCE_DIMENSIONS, default: 'unit', description: '`staff` (individual results) is for infection control and admins only.' })
  @IsOptional()
  @IsIn(COMPLIANCE_DIMENSIONS)
  by?: ComplianceDimension;

  @ApiPropertyOptional({ example: 'Intensive care unit', description: 'Only the care rooms of this unit (a floor-plan room unit).' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  unit?: string;

  @ApiPropertyOptional({ example: 'main-1-icu-bay-03', description: 'Only this care room.' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  roomId?: string;

  @ApiPropertyOptional({ enum: STAFF_ROLES, description: 'Only opportunities of staff with this role.' })
  @IsOptional()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;
}
