import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { BIN_STATUSES, type BinStatus } from './ledger/bin-status.js';
import { CONTROLLED_SCHEDULES, type ControlledSchedule } from './ledger/controlled-substances.js';
import { COUNT_METHODS, TRANSACTION_KINDS, type CountMethod, type LedgerEntry, type TransactionKind } from './ledger/ledger-entry.js';
import { CABINET_KINDS, type CabinetKind } from './entities/cabinet.entity.js';
import { ITEM_KINDS, type ItemKind } from './entities/item.entity.js';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimmedOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** The largest count a bin can hold: far above any real bin, small enough that sums stay exact. */
export const MAX_UNITS = 100_000;

function Text(min: number, max: number, example: string, description?: string) {
  return applyDecorators(ApiProperty({ example, description, minLength: min, maxLength: max }), Transform(trimmed), IsString(), Length(min, max));
}

function OptionalText(max: number, example: string) {
  return applyDecorators(ApiPropertyOptional({ type: String, nullable: true, example, maxLength: max }), IsOptional(), Transform(trimmedOrNull), IsString(), MaxLength(max));
}

function Units(description: string, min = 0) {
  return applyDecorators(ApiProperty({ minimum: min, maximum: MAX_UNITS, description }), IsInt({ message: 'must be a whole number' }), Min(min), Max(MAX_UNITS));
}

/** A calendar date `YYYY-MM-DD` that exists. */
export function CalendarDate(description: string) {
  return applyDecorators(
    ApiProperty({ format: 'date', example: '2027-03-31', description }),
    Matches(DATE_ONLY, { message: 'must be a date YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: 'must be a real calendar date' }),
  );
}

export class CreateItemDto {
  @ApiProperty({ example: 'MOR2INJ', description: 'Formulary code: 2-32 of A-Z 0-9 _ -, unique.' })
  @Transform(trimmed)
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, { message: 'must be 2-32 of A-Z 0-9 _ - (upper case)' })
  code: string;

  @ApiProperty({ enum: ITEM_KINDS })
  @IsIn(ITEM_KINDS)
  kind: ItemKind;

  @Text(1, 120, 'Morphine sulfate')
  name: string;

  @OptionalText(40, '2 mg/mL')
  strength: string | null = null;

  @OptionalText(40, 'ampoule')
  form: string | null = null;

  @ApiPropertyOptional({ enum: CONTROLLED_SCHEDULES, nullable: true, description: 'DEA schedule; null or absent when not controlled.' })
  @IsOptional()
  @IsIn(CONTROLLED_SCHEDULES)
  controlledSchedule: ControlledSchedule | null = null;

  @Text(1, 24, 'ampoule', 'What one counted unit is.')
  unitOfIssue: string;
}

export class RegisterCabinetDto {
  @Text(1, 64, 'main-1-cab-001', 'A `medication_cabinet` device placed on a floor plan.')
  deviceId: string;

  @ApiPropertyOptional({ enum: CABINET_KINDS, default: 'automated_dispensing_cabinet' })
  @IsOptional()
  @IsIn(CABINET_KINDS)
  kind: CabinetKind = 'automated_dispensing_cabinet';
}

export class AddDrawerDto {
  @Text(1, 40, 'Drawer 2')
  label: string;

  @ApiProperty({ minimum: 0, maximum: 99, description: 'Top to bottom.' })
  @IsInt()
  @Min(0)
  @Max(99)
  position: number;
}

export class BinLevelsDto {
  @Units('What a restock brings the bin to.', 1)
  par: number;

  @Units('At or below this, the bin is restocked before the next round; below par.')
  reorderPoint: number;

  @Units('What fits; above it is overstock; at least par.', 1)
  maximum: number;
}

export class AddBinDto extends BinLevelsDto {
  @ApiProperty({ example: 3 })
  @IsInt()
  @Min(1)
  drawerId: number;

  @Text(1, 40, 'A3')
  label: string;

  @Text(2, 32, 'MOR2INJ', 'The item it holds (GET /api/inventory/items).')
  itemCode: string;
}

const ENTRY_KINDS = [...TRANSACTION_KINDS, 'count'] as const;

/** One ledger entry entered by a person at a bin (a cabinet sends its own through the ingest). */
export class BinEntryDto {
  @ApiProperty({ enum: ENTRY_KINDS })
  @IsIn(ENTRY_KINDS)
  kind: TransactionKind | 'count';

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_UNITS, description: 'Transactions: units moved.' })
  @ValidateIf((entry: BinEntryDto) => entry.kind !== 'count')
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(MAX_UNITS)
  quantity?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_UNITS, description: 'Counts: units found.' })
  @ValidateIf((entry: BinEntryDto) => entry.kind === 'count')
  @IsInt({ message: 'must be a whole number' })
  @Min(0)
  @Max(MAX_UNITS)
  count?: number;

  @ApiPropertyOptional({ enum: COUNT_METHODS, default: 'blind' })
  @IsOptional()
  @IsIn(COUNT_METHODS)
  method?: CountMethod;

  @ApiPropertyOptional({ example: 'MS2411A', description: 'Restock: required, with expiry.' })
  @ValidateIf((entry: BinEntryDto) => entry.kind === 'restock' || entry.lotNumber !== undefined)
  @Transform(trimmed)
  @IsString()
  @Length(1, 40)
  lotNumber?: string;

  @ValidateIf((entry: BinEntryDto) => entry.kind === 'restock' || entry.expiry !== undefined)
  @CalendarDate('Restock: the lot’s expiry date.')
  expiry?: string;

  @ApiPropertyOptional({ example: 'jlee', description: 'Waste: who witnessed it (required for controlled items).' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 64)
  witness?: string;
}

const booleanQuery = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** Which cabinets: one, or those of a unit (both: the one, if it is in the unit). */
export class CabinetScopeQueryDto {
  @ApiPropertyOptional({ example: 'main-1-cab-001' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  cabinet?: string;

  @ApiPropertyOptional({ example: 'Intensive care unit' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  unit?: string;
}

export class BinQueryDto extends CabinetScopeQueryDto {

  @ApiPropertyOptional({ enum: BIN_STATUSES })
  @IsOptional()
  @IsIn(BIN_STATUSES)
  status?: BinStatus;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean({ message: 'must be true or false' })
  controlled?: boolean;

  @ApiPropertyOptional({ example: 'morph', description: 'Text in the item code or name.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  search?: string;
}

export class ExpiryQueryDto extends BinQueryDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 90, default: 90, description: 'Expired, or expiring within this many days.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(90)
  withinDays: number = 90;
}

export class PickListQueryDto extends CabinetScopeQueryDto {

  @ApiPropertyOptional({
    example: 'main-0-cab-003,main-1-cab-002,main-1-cab-001',
    description: 'The walking route: cabinet ids, comma-separated, in the order visited. Default: by floor, room, id.',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((id) => id.trim()).filter((id) => id !== '') : value))
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  route?: string[];
}

export class DiscrepancyQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'resolved', 'all'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'resolved', 'all'])
  state: 'open' | 'resolved' | 'all' = 'open';

  @ApiPropertyOptional({ example: 'main-1-cab-001' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  cabinet?: string;
}

export class ResolveDiscrepancyDto {
  @Text(1, 1000, 'Ampoule broken at withdrawal, waste not recorded', 'Why the count was off.')
  reason: string;

  @ApiPropertyOptional({ example: 'jlee', description: 'The witness: a second pharmacy user (required for controlled items).' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 64)
  witnessUsername?: string;

  @ApiPropertyOptional({ description: "The witness's own password: they confirm at the screen; no session is opened for them." })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  witnessPassword?: string;
}

export class StartCountSessionDto {
  @ApiPropertyOptional({ type: [String], example: ['main-1-cab-001', 'main-1-cab-002'] })
  @ValidateIf((dto: StartCountSessionDto) => dto.unit === undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  cabinetIds?: string[];

  @ApiPropertyOptional({ example: 'Intensive care unit', description: 'Every cabinet of the unit (instead of cabinetIds).' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  unit?: string;
}

export class SessionCountDto {
  @ApiProperty({ example: 12 })
  @IsInt()
  @Min(1)
  binId: number;

  @Units('Units found.')
  count: number;

  @ApiPropertyOptional({ enum: ['blind', 'verify'], default: 'blind' })
  @IsOptional()
  @IsIn(['blind', 'verify'])
  method: 'blind' | 'verify' = 'blind';
}

export class SessionCountsDto {
  @ApiProperty({ type: [SessionCountDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => SessionCountDto)
  counts: SessionCountDto[];
}

export class NumericIdParams {
  @ApiProperty({ example: 1 })
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  id: number;
}

export class CabinetIdParams {
  @ApiProperty({ example: 'main-1-cab-001' })
  @IsString()
  @Length(1, 64)
  id: string;
}

/** A person's entry at a bin as a ledger entry (the DTO has checked the fields each kind needs). */
export function ledgerEntryOf(dto: BinEntryDto, user: string, at: number): LedgerEntry {
  if (dto.kind === 'count') return { type: 'count', method: dto.method ?? 'blind', count: dto.count as number, at, user };
  const lot = dto.lotNumber !== undefined && dto.expiry !== undefined ? { lotNumber: dto.lotNumber, expiry: dto.expiry } : null;
  return { type: 'transaction', kind: dto.kind, quantity: dto.quantity as number, at, user, lot, witness: dto.witness ?? null };
}
