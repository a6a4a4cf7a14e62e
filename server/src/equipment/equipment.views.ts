import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROOM_TYPES, type RoomType } from '../floorplan/import/floorplan-format.js';
import type { TrailVisit, AssetTrail, AssetUtilization, TypeUtilization } from './asset-history.service.js';
import { AssetPositionView, AssetView, StatusChangeView } from './asset.views.js';
import type { Asset } from './asset.entity.js';
import type { AssetHygiene } from './asset-hygiene.entity.js';
import { ASSET_STATUSES, type AssetStatus } from './domain/asset-status.js';
import type { ParLevelCount } from './domain/par-levels.js';
import type { PmDue } from './domain/pm-due.js';
import type { Utilization } from './domain/utilization.js';
import type { EquipmentType } from './equipment-type.entity.js';
import type { NearestEquipment } from './nearest-equipment.service.js';
import type { UnpairedTag } from './unpaired-tags.service.js';

const iso = (ms: number) => new Date(ms).toISOString();
const seconds = (ms: number) => Math.round(ms / 1000);

export class EquipmentTypeView {
  @ApiProperty({ example: 'infusion_pump' }) code: string;
  @ApiProperty({ example: 'Infusion pump' }) name: string;
  @ApiProperty({ example: 60, description: 'A tag silent this long: its asset is presumed missing and its position stale.' }) missingAfterMinutes: number;

  static of({ code, name, missingAfterMinutes }: EquipmentType): EquipmentTypeView {
    return Object.assign(new EquipmentTypeView(), { code, name, missingAfterMinutes });
  }
}

export class RoomRefView {
  @ApiProperty({ example: 'main-1-ward-room-04' }) id: string;
  @ApiProperty({ example: 'Ward room 4' }) name: string;
  @ApiProperty({ example: 'main-1' }) floorId: string;
  @ApiPropertyOptional({ type: String, nullable: true }) unit: string | null;
}

export class NearestAssetView {
  @ApiProperty({ type: AssetView }) asset: AssetView;
  @ApiProperty({ type: AssetPositionView }) position: AssetPositionView;
  @ApiProperty({ example: 42.5, description: 'Walking distance through doors and corridors, 0.1 m.' }) walkingMetres: number;
  @ApiProperty({ example: 36, description: 'Walking time at 1.2 m/s plus expected elevator time, whole seconds.' }) walkingSeconds: number;
  @ApiProperty({ example: 0, description: 'Storeys changed on the way (by elevator: equipment on wheels).' }) floorsChanged: number;
}

export class UnlocatedAssetView {
  @ApiProperty({ type: AssetView }) asset: AssetView;
  @ApiProperty({ enum: ['no_position', 'stale_position', 'unreachable'] }) reason: 'no_position' | 'stale_position' | 'unreachable';
}

export class NearestView {
  @ApiProperty({ type: RoomRefView }) from: RoomRefView;
  @ApiProperty({ type: [NearestAssetView], description: 'Available and freshly located, nearest first.' }) nearest: NearestAssetView[];
  @ApiProperty({ type: [UnlocatedAssetView], description: 'Available, but not where it can be fetched from with confidence.' }) unlocated: UnlocatedAssetView[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { in_use: 12, soiled: 3 }, description: 'Not available, counted by status; an available asset soiled by where it went (hygiene) counts as soiled.' })
  unavailable: Partial<Record<AssetStatus, number>>;

  static of(result: NearestEquipment): NearestView {
    const assetView = (asset: Asset, located: NearestEquipment['nearest'][number]['located'] | undefined) =>
      AssetView.of(asset, located ? AssetPositionView.of(located.position, located.room, located.fresh) : null, result.hygiene.get(asset.id));
    return Object.assign(new NearestView(), {
      from: { id: result.from.id, name: result.from.name, floorId: result.from.floorId, unit: result.from.unit },
      nearest: result.nearest.map((entry) => ({
        asset: assetView(entry.asset, entry.located),
        position: AssetPositionView.of(entry.located.position, entry.located.room, entry.located.fresh),
        walkingMetres: Math.round(entry.walkingMetres * 10) / 10,
        walkingSeconds: Math.round(entry.walkingSeconds),
        floorsChanged: entry.floorsChanged,
      })),
      unlocated: result.unlocated.map((entry) => ({ asset: assetView(entry.asset, entry.located), reason: entry.reason })),
      unavailable: result.unavailable,
    });
  }
}

export class UtilizationFiguresView {
  @ApiProperty({ nullable: true, type: Number, example: 0.47, description: 'used / (used + idle); null when never in service in the range.' }) utilization: number | null;
  @ApiProperty({ description: 'in_use, or available while in a patient room, ICU bay, OR or ED bay.' }) usedSeconds: number;
  @ApiProperty({ description: 'available anywhere else.' }) idleSeconds: number;
  @ApiProperty({ description: 'soiled, cleaning, maintenance, missing or retired.' }) outOfServiceSeconds: number;
  @ApiProperty({ description: 'In a patient-care room, whatever the status.' }) patientCareSeconds: number;
  @ApiProperty({ description: 'Located in any room.' }) locatedSeconds: number;
  @ApiProperty({ description: 'Registered during the range (the sum of statusSeconds).' }) registeredSeconds: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Seconds per status.' }) statusSeconds: Record<AssetStatus, number>;

  static of(u: Utilization): UtilizationFiguresView {
    return Object.assign(new UtilizationFiguresView(), {
      utilization: u.utilization === null ? null : Math.round(u.utilization * 10_000) / 10_000,
      usedSeconds: seconds(u.usedMs),
      idleSeconds: seconds(u.idleMs),
      outOfServiceSeconds: seconds(u.outOfServiceMs),
      patientCareSeconds: seconds(u.patientCareMs),
      locatedSeconds: seconds(u.locatedMs),
      registeredSeconds: seconds(u.registeredMs),
      statusSeconds: Object.fromEntries(ASSET_STATUSES.map((status) => [status, seconds(u.statusMs[status])])) as Record<AssetStatus, number>,
    });
  }
}

export class AssetUtilizationView extends UtilizationFiguresView {
  @ApiProperty() assetId: number;
  @ApiProperty({ example: 'EQ-0042' }) assetTag: string;
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;

  static ofAsset(entry: AssetUtilization, window: { from: number; to: number }): AssetUtilizationView {
    return Object.assign(new AssetUtilizationView(), UtilizationFiguresView.of(entry.utilization), {
      assetId: entry.asset.id,
      assetTag: entry.asset.assetTag,
      from: iso(window.from),
      to: iso(window.to),
    });
  }
}

export class TypeUtilizationView extends UtilizationFiguresView {
  @ApiProperty({ example: 'infusion_pump' }) typeCode: string;
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty({ type: [AssetUtilizationView] }) assets: AssetUtilizationView[];

  static ofType(entry: TypeUtilization, window: { from: number; to: number }): TypeUtilizationView {
    return Object.assign(new TypeUtilizationView(), UtilizationFiguresView.of(entry.utilization), {
      typeCode: entry.typeCode,
      from: iso(window.from),
      to: iso(window.to),
      assets: entry.assets.map((asset) => AssetUtilizationView.ofAsset(asset, window)),
    });
  }
}

export class TrailVisitView {
  @ApiProperty({ example: 'main-1' }) floorId: string;
  @ApiProperty({ example: 'main-1-icu-bay-03' }) roomId: string;
  @ApiPropertyOptional({ type: String, nullable: true }) roomName: string | null;
  @ApiPropertyOptional({ enum: ROOM_TYPES, nullable: true }) roomType: RoomType | null;
  @ApiPropertyOptional({ type: String, nullable: true }) unit: string | null;
  @ApiProperty({ format: 'date-time', description: 'Entered (may be before the range began).' }) from: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'Left, or last heard there; null: still there.' }) to: string | null;

  static of(visit: TrailVisit): TrailVisitView {
    return Object.assign(new TrailVisitView(), {
      floorId: visit.floorId,
      roomId: visit.roomId,
      roomName: visit.room?.name ?? null,
      roomType: visit.room?.type ?? null,
      unit: visit.room?.unit ?? null,
      from: iso(visit.from),
      to: visit.to === null ? null : iso(visit.to),
    });
  }
}

export class TrailView {
  @ApiProperty({ type: AssetView }) asset: AssetView;
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty({ type: [TrailVisitView], description: 'Rooms its tag was in, oldest first; only since the current tag was paired.' }) visits: TrailVisitView[];
  @ApiProperty({ type: [StatusChangeView] }) statusChanges: StatusChangeView[];

  static of(trail: AssetTrail, hygiene: AssetHygiene | undefined): TrailView {
    return Object.assign(new TrailView(), {
      asset: AssetView.of(trail.asset, null, hygiene),
      from: iso(trail.window.from),
      to: iso(trail.window.to),
      visits: trail.visits.map((visit) => TrailVisitView.of(visit)),
      statusChanges: trail.statusChanges.map((change) => StatusChangeView.of(change)),
    });
  }
}

export class ParLevelView {
  @ApiProperty({ example: 'Intensive care unit' }) unit: string;
  @ApiProperty({ example: 'infusion_pump' }) typeCode: string;
  @ApiProperty({ example: 4 }) minAvailable: number;
  @ApiProperty({ example: 2, description: 'Available in the unit now (where they are, not where they belong).' }) available: number;
  @ApiProperty({ example: 2, description: 'How many short of the minimum; 0 when met.' }) shortfall: number;
  @ApiProperty({ type: [Number] }) availableAssetIds: number[];
  @ApiProperty({ type: [Number], description: 'Available, homed here, but their tags have no fresh position.' }) unlocatedAssetIds: number[];

  static of(count: ParLevelCount): ParLevelView {
    return Object.assign(new ParLevelView(), count);
  }
}

export class UnpairedTagView {
  @ApiProperty({ example: 'ibeacon:5a1e0d7c-93b4-4f6e-8c21-d0a9e7b3f415:1:200' }) tagId: string;
  @ApiProperty({ format: 'date-time' }) lastSeenAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) floorId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) roomId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) roomName: string | null;

  static of(tag: UnpairedTag): UnpairedTagView {
    return Object.assign(new UnpairedTagView(), {
      tagId: tag.tagId,
      lastSeenAt: iso(tag.lastSeenAt),
      floorId: tag.floorId,
      roomId: tag.roomId,
      roomName: tag.room?.name ?? null,
    });
  }
}

export class PmDueView {
  @ApiProperty({ type: AssetView }) asset: AssetView;
  @ApiProperty({ format: 'date', example: '2026-03-31' }) pmDueDate: string;
  @ApiProperty({ example: -3, description: "Days from today (at the site) to the due date; negative: overdue." }) daysUntilDue: number;
  @ApiProperty() overdue: boolean;

  static of(due: PmDue<Asset>, hygiene: AssetHygiene | undefined): PmDueView {
    return Object.assign(new PmDueView(), { asset: AssetView.of(due.asset, null, hygiene), pmDueDate: due.pmDueDate, daysUntilDue: due.daysUntilDue, overdue: due.overdue });
  }
}
