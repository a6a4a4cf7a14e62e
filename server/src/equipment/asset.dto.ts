import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { ASSET_STATUSES, type AssetStatus } from './domain/asset-status.js';
import { IdParams, PageQueryDto } from '../platform/http/paging.dto.js';
import { IsTagId } from '../tag-claims/tag-id.decorator.js';

/** Asset numbers as printed on labels: letters, digits and . _ / - (e.g. `EQ-0042`, `ICU/VENT/3`). */
export const ASSET_TAG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimmedOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

/** Optional text: surrounding blanks dropped; an empty string or null means "none". */
function OptionalText(maxLength: number, example?: string) {
  return applyDecorators(
    ApiPropertyOptional({ type: String, nullable: true, maxLength, example }),
    IsOptional(),
    Transform(trimmedOrNull),
    IsString(),
    MaxLength(maxLength),
  );
}

/** The registry fields a PATCH may change (status and tag have their own routes). */
class AssetFieldsDto {
  @ApiProperty({ example: 'EQ-0042', description: 'Asset number from the label: 1-32 of A-Z a-z 0-9 . _ / -, unique.' })
  @Transform(trimmed)
  @IsString()
  @Matches(ASSET_TAG_PATTERN, { message: 'must be 1-32 characters of A-Z a-z 0-9 . _ / - starting with a letter or digit' })
  assetTag: string;

  @ApiProperty({ example: 'Infusion pump 42' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiProperty({ example: 'infusion_pump', description: 'An equipment type code (GET /api/equipment/types).' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 48)
  typeCode: string;

  @OptionalText(120, 'BD')
  manufacturer?: string | null;

  @OptionalText(120, 'Alaris GP')
  model?: string | null;

  @OptionalText(120, '800312457')
  serial?: string | null;

  /** A unit named on the floor plans; null for a shared pool. */
  @OptionalText(120, 'Intensive care unit')
  homeUnit?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', example: '2026-03-31', description: 'Preventive maintenance due, YYYY-MM-DD.' })
  @IsOptional()
  @Matches(DATE_ONLY, { message: 'must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'must be a real calendar date' })
  pmDueDate?: string | null;

  @OptionalText(2000)
  notes?: string | null;
}

export class CreateAssetDto extends AssetFieldsDto {
  @ApiPropertyOptional({ enum: ASSET_STATUSES, default: 'available', description: 'The status it is registered with.' })
  @IsOptional()
  @IsIn(ASSET_STATUSES)
  status?: AssetStatus;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'ibeacon:5a1e0d7c-93b4-4f6e-8c21-d0a9e7b3f415:1:42', description: 'Pair a tag at once.' })
  @IsOptional()
  @IsTagId()
  tagId?: string | null;
}

/**
 * Every field optional; the nullable ones are cleared with null (null for assetTag, name or typeCode is
 * refused by the service, naming the field). `status` and `tagId` are refused here: they have their routes.
 */
export class UpdateAssetDto extends PartialType(AssetFieldsDto) {}

export class ChangeStatusDto {
  @ApiProperty({ enum: ASSET_STATUSES, description: 'The new status; see docs/equipment.md for the allowed changes.' })
  @IsIn(ASSET_STATUSES)
  status: AssetStatus;

  @ApiPropertyOptional({ maxLength: 500, example: 'Occlusion alarm keeps sounding' })
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(500)
  reason?: string | null;
}

export class PairTagDto {
  @ApiProperty({ example: 'ibeacon:5a1e0d7c-93b4-4f6e-8c21-d0a9e7b3f415:1:42', description: 'The tag identity gateways report (GET /api/equipment/unpaired-tags).' })
  @IsTagId()
  tagId: string;
}

export class AssetIdParams extends IdParams {}

export class AssetSearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'infusion_pump', description: 'Equipment type code.' })
  @IsOptional()
  @IsString()
  @MaxLength(48)
  type?: string;

  @ApiPropertyOptional({ enum: ASSET_STATUSES })
  @IsOptional()
  @IsIn(ASSET_STATUSES)
  status?: AssetStatus;

  @ApiPropertyOptional({ example: 'main-1', description: 'Floor the asset is on now (its current position).' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  floor?: string;

  @ApiPropertyOptional({ example: 'Intensive care unit', description: 'Home unit.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  unit?: string;

  @ApiPropertyOptional({ example: 'alaris', description: 'Text in the asset number, name, manufacturer, model, serial or tag id.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'true: only assets soiled by where they went (hygiene); false: only the others.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'must be true or false' })
  soiled?: boolean;
}

export class MarkCleanedDto {
  @ApiPropertyOptional({ maxLength: 500, example: 'Wiped with chlorine 1,000 ppm, dried' })
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(500)
  note?: string | null;
}
