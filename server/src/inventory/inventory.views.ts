import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { InventoryCabinet } from './entities/cabinet.entity.js';
import { CABINET_KINDS } from './entities/cabinet.entity.js';
import type { InventoryCountSession } from './entities/count-session.entity.js';
import type { InventoryDiscrepancy } from './entities/discrepancy.entity.js';
import type { InventoryDrawer } from './entities/drawer.entity.js';
import { ITEM_KINDS, type InventoryItem } from './entities/item.entity.js';
import type { InventoryLedgerEntry } from './entities/ledger-entry.entity.js';
import type { BinStock, CabinetStock } from './inventory-stock.service.js';
import { describeItem } from './inventory-stock.service.js';
import { BIN_STATUSES, type BinStatus } from './ledger/bin-status.js';
import type { SessionReconciliation } from './ledger/count-session.js';
import { CONTROLLED_SCHEDULES } from './ledger/controlled-substances.js';
import type { ExpiringLot } from './ledger/expiry.js';
import type { PickStop } from './ledger/pick-list.js';

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

export class ItemView {
  @ApiProperty() id: number;
  @ApiProperty({ example: 'MOR2INJ' }) code: string;
  @ApiProperty({ enum: ITEM_KINDS }) kind: string;
  @ApiProperty({ example: 'Morphine sulfate' }) name: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2 mg/mL' }) strength: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'ampoule' }) form: string | null;
  @ApiPropertyOptional({ enum: CONTROLLED_SCHEDULES, nullable: true }) controlledSchedule: string | null;
  @ApiProperty({ example: 'ampoule' }) unitOfIssue: string;
  @ApiProperty({ example: 'Morphine sulfate 2 mg/mL ampoule' }) description: string;

  static of(item: InventoryItem): ItemView {
    return Object.assign(new ItemView(), { ...item, description: describeItem(item) });
  }
}

export class CabinetView {
  @ApiProperty({ example: 'main-1-cab-001' }) id: string;
  @ApiProperty({ example: 'Medication cabinet, ICU nurse station' }) name: string;
  @ApiProperty({ enum: CABINET_KINDS }) kind: string;
  @ApiProperty({ example: 'main-1' }) floorId: string;
  @ApiPropertyOptional({ type: String, nullable: true }) roomId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Intensive care unit' }) unit: string | null;

  static of(cabinet: InventoryCabinet): CabinetView {
    return Object.assign(new CabinetView(), { id: cabinet.id, name: cabinet.name, kind: cabinet.kind, floorId: cabinet.floorId, roomId: cabinet.roomId, unit: cabinet.unit });
  }
}

export class CabinetStatusCountsView {
  @ApiProperty() stock_out: number;
  @ApiProperty() below_reorder: number;
  @ApiProperty() below_par: number;
  @ApiProperty() ok: number;
  @ApiProperty() overstock: number;
}

export class CabinetStockView extends CabinetView {
  @ApiProperty() bins: number;
  @ApiProperty({ type: CabinetStatusCountsView }) byStatus: Record<BinStatus, number>;
  @ApiPropertyOptional({ enum: BIN_STATUSES, nullable: true, description: 'The most urgent bin status: red badge for stock_out, amber for below_reorder.' })
  worst: BinStatus | null;
  @ApiProperty({ description: 'Units on hand over units at par (1 = full).' }) fill: number;
  @ApiProperty() openDiscrepancies: number;

  static ofStock(stock: CabinetStock): CabinetStockView {
    return Object.assign(new CabinetStockView(), CabinetView.of(stock.cabinet), {
      bins: stock.bins,
      byStatus: stock.byStatus,
      worst: stock.worst,
      fill: stock.fill,
      openDiscrepancies: stock.openDiscrepancies,
    });
  }
}

export class DrawerView {
  @ApiProperty() id: number;
  @ApiProperty() cabinetId: string;
  @ApiProperty({ example: 'Drawer 2' }) label: string;
  @ApiProperty() position: number;

  static of(drawer: InventoryDrawer): DrawerView {
    return Object.assign(new DrawerView(), { id: drawer.id, cabinetId: drawer.cabinetId, label: drawer.label, position: drawer.position });
  }
}

export class LotView {
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Null: units of unknown lot.' }) lotNumber: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date' }) expiry: string | null;
  @ApiProperty() quantity: number;
}

export class BinView {
  @ApiProperty() id: number;
  @ApiProperty() cabinetId: string;
  @ApiProperty() cabinetName: string;
  @ApiPropertyOptional({ type: String, nullable: true }) unit: string | null;
  @ApiProperty() drawerId: number;
  @ApiProperty({ example: 'Drawer 2 / A3' }) location: string;
  @ApiProperty({ example: 'A3' }) label: string;
  @ApiProperty({ type: ItemView }) item: ItemView;
  @ApiProperty() controlled: boolean;
  @ApiProperty() par: number;
  @ApiProperty() reorderPoint: number;
  @ApiProperty() maximum: number;
  @ApiProperty({ description: 'The ledger’s expected count: last count plus transactions since.' }) expected: number;
  @ApiProperty({ enum: BIN_STATUSES }) status: BinStatus;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'At the last 7 days’ rate of use; null when none was used.' }) daysOfSupply: number | null;
  @ApiProperty({ description: 'Units of expired lots still in the bin.' }) expiredUnits: number;
  @ApiProperty({ type: [LotView] }) lots: LotView[];
  @ApiPropertyOptional({ type: Number, nullable: true }) lastCount: number | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' }) lastCountAt: string | null;

  static of(stock: BinStock): BinView {
    const { bin } = stock;
    return Object.assign(new BinView(), {
      id: bin.id,
      cabinetId: bin.cabinetId,
      cabinetName: stock.cabinet.name,
      unit: stock.cabinet.unit,
      drawerId: bin.drawerId,
      location: stock.location,
      label: bin.label,
      item: ItemView.of(stock.item),
      controlled: stock.controlled,
      par: bin.par,
      reorderPoint: bin.reorderPoint,
      maximum: bin.maximum,
      expected: bin.expected,
      status: stock.status,
      daysOfSupply: stock.daysOfSupply,
      expiredUnits: stock.expiredUnits,
      lots: stock.lots,
      lastCount: bin.lastCount,
      lastCountAt: iso(bin.lastCountAt),
    });
  }
}

export class CabinetDetailView extends CabinetView {
  @ApiProperty({ type: [DrawerView] }) drawers: DrawerView[];
  @ApiProperty({ type: [BinView] }) bins: BinView[];
}

export class LedgerEntryView {
  @ApiProperty() id: number;
  @ApiProperty() binId: number;
  @ApiProperty({ enum: ['withdraw', 'restock', 'return', 'waste', 'count'] }) kind: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) quantity: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) counted: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) method: string | null;
  @ApiProperty() expectedBefore: number;
  @ApiProperty() expectedAfter: number;
  @ApiPropertyOptional({ type: String, nullable: true }) lotNumber: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) expiry: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) userName: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) witnessName: string | null;
  @ApiProperty({ enum: ['cabinet', 'user'] }) source: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) countSessionId: number | null;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;

  static of(entry: InventoryLedgerEntry): LedgerEntryView {
    return Object.assign(new LedgerEntryView(), {
      id: entry.id,
      binId: entry.binId,
      kind: entry.kind,
      quantity: entry.quantity,
      counted: entry.counted,
      method: entry.method,
      expectedBefore: entry.expectedBefore,
      expectedAfter: entry.expectedAfter,
      lotNumber: entry.lotNumber,
      expiry: entry.expiry,
      userName: entry.userName,
      witnessName: entry.witnessName,
      source: entry.source,
      countSessionId: entry.countSessionId,
      occurredAt: entry.occurredAt.toISOString(),
      recordedAt: entry.recordedAt.toISOString(),
    });
  }
}

export class BinEntryResultView {
  @ApiProperty({ type: BinView }) bin: BinView;
  @ApiProperty({ type: LedgerEntryView }) entry: LedgerEntryView;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'The discrepancy a count found, if any.' }) discrepancyId: number | null;
}

export class ExpiringLotView extends LotView {
  @ApiProperty({ enum: ['expired', 'within_30', 'within_60', 'within_90'] }) bucket: string;
  @ApiProperty({ description: 'Days to the expiry date; negative once expired.' }) daysLeft: number;
  @ApiProperty({ type: BinView }) bin: BinView;

  static of(lot: ExpiringLot<BinStock>): ExpiringLotView {
    return Object.assign(new ExpiringLotView(), { lotNumber: lot.lotNumber, expiry: lot.expiry, quantity: lot.quantity, bucket: lot.bucket, daysLeft: lot.daysLeft, bin: BinView.of(lot.where) });
  }
}

export class PickPullView {
  @ApiPropertyOptional({ type: String, nullable: true }) lotNumber: string | null;
  @ApiProperty({ format: 'date' }) expiry: string;
  @ApiProperty() quantity: number;
}

export class PickLineView {
  @ApiProperty() binId: number;
  @ApiProperty({ example: 'Drawer 2 / A3' }) location: string;
  @ApiProperty() itemCode: string;
  @ApiProperty() itemName: string;
  @ApiProperty() controlled: boolean;
  @ApiProperty() expected: number;
  @ApiProperty() par: number;
  @ApiProperty({ description: 'Units to bring to reach par.' }) bring: number;
  @ApiProperty({ type: [PickPullView], description: 'Expired lots to pull.' }) pull: PickPullView[];
}

export class PickStopView {
  @ApiProperty() cabinetId: string;
  @ApiProperty() cabinetName: string;
  @ApiProperty() floorId: string;
  @ApiPropertyOptional({ type: String, nullable: true }) roomId: string | null;
  @ApiProperty({ type: [PickLineView] }) lines: PickLineView[];

  static of(stop: PickStop, stock: ReadonlyMap<number, BinStock>): PickStopView {
    const cabinet = stock.get(stop.lines[0].binId)?.cabinet;
    return Object.assign(new PickStopView(), {
      cabinetId: stop.cabinetId,
      cabinetName: cabinet?.name ?? stop.cabinetId,
      floorId: cabinet?.floorId ?? '',
      roomId: cabinet?.roomId ?? null,
      lines: stop.lines.map((line) => {
        const bin = stock.get(line.binId);
        return { ...line, controlled: bin?.controlled ?? false, expected: bin?.bin.expected ?? 0, par: bin?.bin.par ?? 0 };
      }),
    });
  }
}

export class DiscrepancyView {
  @ApiProperty() id: number;
  @ApiProperty() binId: number;
  @ApiProperty() cabinetId: string;
  @ApiPropertyOptional({ type: String, nullable: true }) cabinetName: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) location: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) itemName: string | null;
  @ApiProperty() controlled: boolean;
  @ApiProperty() expected: number;
  @ApiProperty() counted: number;
  @ApiProperty({ description: 'counted − expected: negative is stock missing.' }) delta: number;
  @ApiProperty() method: string;
  @ApiProperty({ format: 'date-time' }) detectedAt: string;
  @ApiProperty({ format: 'date-time' }) deadlineAt: string;
  @ApiProperty({ description: 'Unresolved past its deadline.' }) overdue: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' }) resolvedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) resolvedBy: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) witnessedBy: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) reason: string | null;

  static of(discrepancy: InventoryDiscrepancy, stock: BinStock | undefined, now: number): DiscrepancyView {
    return Object.assign(new DiscrepancyView(), {
      id: discrepancy.id,
      binId: discrepancy.binId,
      cabinetId: discrepancy.cabinetId,
      cabinetName: stock?.cabinet.name ?? null,
      location: stock?.location ?? null,
      itemName: stock === undefined ? null : describeItem(stock.item),
      controlled: discrepancy.controlled,
      expected: discrepancy.expected,
      counted: discrepancy.counted,
      delta: discrepancy.delta,
      method: discrepancy.method,
      detectedAt: discrepancy.detectedAt.toISOString(),
      deadlineAt: discrepancy.deadlineAt.toISOString(),
      overdue: discrepancy.resolvedAt === null && now > discrepancy.deadlineAt.getTime(),
      resolvedAt: iso(discrepancy.resolvedAt),
      resolvedBy: discrepancy.resolvedBy,
      witnessedBy: discrepancy.witnessedBy,
      reason: discrepancy.reason,
    });
  }
}

export class ReconcileLineView {
  @ApiProperty() binId: number;
  @ApiProperty() expected: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) counted: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) delta: number | null;
  @ApiProperty({ enum: ['match', 'mismatch', 'not_counted'] }) state: string;
}

export class ReconciliationView {
  @ApiProperty({ type: [ReconcileLineView] }) lines: ReconcileLineView[];
  @ApiProperty() counted: number;
  @ApiProperty() matched: number;
  @ApiProperty() mismatched: number;
  @ApiProperty() notCounted: number;
  @ApiProperty() unitsMissing: number;
  @ApiProperty() unitsFound: number;
  @ApiProperty() complete: boolean;
}

export class CountSessionView {
  @ApiProperty() id: number;
  @ApiProperty({ example: 'Unit: Intensive care unit' }) scope: string;
  @ApiProperty({ type: [String] }) cabinetIds: string[];
  @ApiProperty({ enum: ['open', 'signed_off'] }) status: string;
  @ApiProperty() startedBy: string;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) signedOffBy: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' }) signedOffAt: string | null;
  @ApiPropertyOptional({ type: ReconciliationView, description: 'With GET /count-sessions/{id}: as signed off, or as of now.' }) reconciliation?: SessionReconciliation;

  static of(session: InventoryCountSession, reconciliation?: SessionReconciliation): CountSessionView {
    return Object.assign(new CountSessionView(), {
      id: session.id,
      scope: session.scope,
      cabinetIds: session.cabinetIds,
      status: session.status,
      startedBy: session.startedBy,
      startedAt: session.startedAt.toISOString(),
      signedOffBy: session.signedOffBy,
      signedOffAt: iso(session.signedOffAt),
      ...(reconciliation === undefined ? {} : { reconciliation }),
    });
  }
}
