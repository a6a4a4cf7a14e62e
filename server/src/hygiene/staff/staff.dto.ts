import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { IdParams, PageQueryDto } from '../../platform/http/paging.dto.js';
import { IsTagId } from '../../tag-claims/tag-id.decorator.js';
import { STAFF_ROLES, type StaffRole } from './staff-roles.js';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const blankAsNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

export class CreateStaffMemberDto {
  @ApiProperty({ example: 'Amara Okafor', maxLength: 120 })
  @Transform(trimmed)
  @IsString()
  @Length(1, 120)
  displayName: string;

  @ApiProperty({ enum: STAFF_ROLES, description: 'Compliance is reported by role; see docs/staff-and-badges.md.' })
  @IsIn(STAFF_ROLES)
  role: StaffRole;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Intensive care unit', description: 'A unit of the floor plans; null for staff who float.' })
  @IsOptional()
  @Transform(blankAsNull)
  @IsString()
  @MaxLength(120)
  unit?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'E10432', description: 'Unique when given: 1-32 of A-Z a-z 0-9 . _ / -.' })
  @IsOptional()
  @Transform(blankAsNull)
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$/, { message: 'must be 1-32 characters of A-Z a-z 0-9 . _ / - starting with a letter or digit' })
  employeeNumber?: string | null;
}

/** Every field optional; `unit` and `employeeNumber` are cleared with null. The badge and `active` have their routes. */
export class UpdateStaffMemberDto extends PartialType(CreateStaffMemberDto) {}

export class AssignBadgeDto {
  @ApiProperty({ example: 'ibeacon:5a1e0d7c-93b4-4f6e-8c21-d0a9e7b3f415:2:7', description: 'The badge tag identity ; GET /api/equipment/unpaired-tags lists the tags heard that nothing has yet.' })
  @IsTagId()
  tagId: string;
}

export class StaffIdParams extends IdParams {}

export class StaffSearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'okafor', description: 'Text in the name, employee number or badge.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ enum: STAFF_ROLES })
  @IsOptional()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @ApiPropertyOptional({ example: 'Intensive care unit' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  unit?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'Only active (true) or inactive (false) staff; both when absent.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'must be true or false' })
  active?: boolean;
}
