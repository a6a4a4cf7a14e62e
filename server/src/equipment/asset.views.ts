import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLEANED_BY, SOILED_REASONS, type CleanedBy, type SoiledReason } from '../hygiene/cleaning/equipment-hygiene.js';
import type { AssetHygiene } from './asset-hygiene.entity.js';
import type { AssetStatusChange } from './asset-status-change.entity.js';
import type { TagPosition } from './asset-locator.js';
import type { Asset } from './asset.entity.js';
import { ASSET_STATUSES, allowedTargets, type AssetStatus } from './domain/asset-status.js';
import type { LayoutRoom } from './site-layout.service.js';

const iso = (ms: number) => new Date(ms).toISOString();

export class AssetPositionView {
  @ApiProperty({ example: 'main-1' }) floorId: string;
  @ApiProperty({ example: 'main-1-icu-bay-03' }) roomId: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'ICU bay 3' }) roomName: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Intensive care unit' }) unit: string | null;
  @ApiProperty({ description: 'Floor-plan metres.' }) x: number;
  @ApiProperty() y: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) confidence: number;
  @ApiProperty({ format: 'date-time' }) positionAt: string;
  @ApiProperty({ format: 'date-time', description: 'When any gateway last heard the tag.' }) lastSeenAt: string;
  @ApiProperty({ description: "Heard within the type's missing-after time; a stale position is only where it was last seen." }) fresh: boolean;

  static of(position: TagPosition, room: LayoutRoom | undefined, fresh: boolean): AssetPositionView {
    return Object.assign(new AssetPositionView(), {
      floorId: position.floorId,
      roomId: position.roomId,
      roomName: room?.name ?? null,
      unit: room?.unit ?? null,
      x: position.x,
      y: position.y,
      confidence: position.confidence,
      positionAt: iso(position.positionAt),
      lastSeenAt: iso(position.lastSeenAt),
      fresh,
    });
  }
}

/** Whether the asset is soiled by where it went, apart from its status (docs/equipment.md, "Hygiene"). */
export class AssetHygieneView {
  @ApiProperty({ description: 'Left an isolation room or entered a soiled utility room, and not cleaned since: never "nearest available".' }) soiled: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time', description: 'When the current state began; null: nothing known (clean).' })
  since: string | null;
  @ApiPropertyOptional({ enum: SOILED_REASONS, nullable: true, description: 'Why it is soiled.' }) reason: SoiledReason | null;
  @ApiPropertyOptional({ enum: CLEANED_BY, nullable: true, description: 'How it became clean last: a recorded cleaning, or 10 min in a clean utility room.' })
  cleanedBy: CleanedBy | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'user:bea', description: 'Who made the last change (`system` for a movement).' }) changedBy: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The note given with the last recorded cleaning.' }) note: string | null;

  /** `row` null: nothing known, clean. */
  static of(row: AssetHygiene | null | undefined): AssetHygieneView {
    return Object.assign(new AssetHygieneView(), {
      soiled: row?.soiled ?? false,
      since: row?.since?.toISOString() ?? null,
      reason: row?.reason ?? null,
      cleanedBy: row?.cleanedBy ?? null,
      changedBy: row?.changedBy ?? null,
      note: row?.note ?? null,
    });
  }
}

export class AssetView {
  @ApiProperty() id: number;
  @ApiProperty({ example: 'EQ-0042' }) assetTag: string;
  @ApiProperty({ example: 'Infusion pump 42' }) name: string;
  @ApiProperty({ example: 'infusion_pump' }) typeCode: string;
  @ApiPropertyOptional({ type: String, nullable: true }) manufacturer: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) model: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) serial: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Intensive care unit' }) homeUnit: string | null;
  @ApiProperty({ enum: ASSET_STATUSES }) status: AssetStatus;
  @ApiProperty({ enum: ASSET_STATUSES, isArray: true, description: 'The statuses it may change to now.' }) nextStatuses: AssetStatus[];
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date' }) pmDueDate: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'ibeacon:5a1e0d7c-93b4-4f6e-8c21-d0a9e7b3f415:1:42' }) tagId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' }) tagPairedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiPropertyOptional({ type: AssetPositionView, nullable: true, description: 'Where its tag was last placed; null when untracked or never heard.' })
  position: AssetPositionView | null;
  @ApiProperty({ type: AssetHygieneView }) hygiene: AssetHygieneView;

  static of(asset: Asset, position: AssetPositionView | null, hygiene: AssetHygiene | null | undefined): AssetView {
    return Object.assign(new AssetView(), {
      id: asset.id,
      assetTag: asset.assetTag,
      name: asset.name,
      typeCode: asset.typeCode,
      manufacturer: asset.manufacturer,
      model: asset.model,
      serial: asset.serial,
      homeUnit: asset.homeUnit,
      status: asset.status,
      nextStatuses: [...allowedTargets(asset.status)],
      pmDueDate: asset.pmDueDate,
      tagId: asset.tagId,
      tagPairedAt: asset.tagPairedAt?.toISOString() ?? null,
      notes: asset.notes,
      createdAt: asset.createdAt.toISOString(),
      updatedAt: asset.updatedAt.toISOString(),
      position,
      hygiene: AssetHygieneView.of(hygiene),
    });
  }
}

export class AssetPageView {
  @ApiProperty({ description: 'Assets matching the filters, before limit and offset.' }) total: number;
  @ApiProperty({ type: [AssetView] }) items: AssetView[];
}

export class StatusChangeView {
  @ApiPropertyOptional({ enum: ASSET_STATUSES, nullable: true, description: 'null: the status it was registered with.' }) from: AssetStatus | null;
  @ApiProperty({ enum: ASSET_STATUSES }) to: AssetStatus;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 'user:bea' }) by: string;
  @ApiPropertyOptional({ type: String, nullable: true }) reason: string | null;

  static of(change: AssetStatusChange): StatusChangeView {
    return Object.assign(new StatusChangeView(), {
      from: change.fromStatus,
      to: change.toStatus,
      at: change.at.toISOString(),
      by: change.byUser,
      reason: change.reason,
    });
  }
}
