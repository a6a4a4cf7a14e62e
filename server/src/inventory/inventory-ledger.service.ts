import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '../platform/database/unique-violation.js';
import type { FieldIssue } from '../platform/http/domain-error.js';
import { InventoryBin } from './entities/bin.entity.js';
import { InventoryCabinetBatch } from './entities/cabinet-batch.entity.js';
import { InventoryDiscrepancy } from './entities/discrepancy.entity.js';
import { InventoryItem } from './entities/item.entity.js';
import { InventoryLedgerEntry, type LedgerSource } from './entities/ledger-entry.entity.js';
import { InventoryLot } from './entities/lot.entity.js';
import { invalidInventoryInput } from './inventory-errors.js';
import { applyEntry, type BinLedgerState } from './ledger/bin-ledger.js';
import { discrepancyDeadline, isControlled, wasteIssues } from './ledger/controlled-substances.js';
import type { LedgerEntry } from './ledger/ledger-entry.js';

/** One entry for one bin, with the names of the fields it came from, for 400 answers. */
export interface BinEvent {
  binId: number;
  entry: LedgerEntry;
  /** The entry's field (`events[3]`, `counts[0]`), or '' for a body that is the entry. */
  field: string;
  /** The field naming the bin (`events[3].bin`, `binId`). */
  binField: string;
  countSessionId?: number | null;
}

export interface RecordRequest {
  source: LedgerSource;
  /** Every bin must be this cabinet's (the cabinet reporting, or a session's scope). Null: any bin. */
  cabinetId: string | null;
  /** The cabinet batch these events came in: stored with them, and a second one with its seq is a duplicate. */
  batch?: { cabinetId: string; seq: number };
  now: Date;
}

export interface RecordResult {
  duplicate: boolean;
  entries: InventoryLedgerEntry[];
  discrepancies: InventoryDiscrepancy[];
}

/**
 * The one writer of bin ledgers: appends entries through the pure ledger (ledger/bin-ledger.ts) and
 * stores, in one transaction, the entries, the discrepancies they found, the bins' new expected counts
 * and lots, and the batch's seq. Writes are serialized in this process, so the ledger of a bin is
 * applied in one order. Across server processes the batch key still holds (the database refuses a second
 * (cabinetId, seq), answered as a duplicate), but two processes could interleave one bin's entries: run
 * one writer (the SQLite deployment has one anyway).
 */
@Injectable()
export class InventoryLedgerService {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Validates and stores the events, or refuses them all (400 naming `<field>.binId` or `<field>.witness`).
   * With a batch whose seq was stored before, stores nothing and answers `duplicate`.
   */
  record(events: readonly BinEvent[], request: RecordRequest): Promise<RecordResult> {
    const run = this.tail
      .catch(() => undefined)
      .then(() => this.dataSource.transaction((manager) => this.recordIn(manager, events, request)))
      .catch((error: unknown) => {
        // Another server process stored the same (cabinetId, seq) first: its copy counts, this one is a duplicate.
        if (request.batch !== undefined && isUniqueViolation(error)) return { duplicate: true, entries: [], discrepancies: [] };
        throw error;
      });
    this.tail = run;
    return run;
  }

  private async recordIn(manager: EntityManager, events: readonly BinEvent[], request: RecordRequest): Promise<RecordResult> {
    if (request.batch !== undefined) {
      const seq = String(request.batch.seq);
      if (await manager.existsBy(InventoryCabinetBatch, { cabinetId: request.batch.cabinetId, seq })) return { duplicate: true, entries: [], discrepancies: [] };
      await manager.insert(InventoryCabinetBatch, { cabinetId: request.batch.cabinetId, seq, events: events.length, receivedAt: request.now });
    }
    const binIds = [...new Set(events.map((event) => event.binId))];
    const bins = binIds.length === 0 ? [] : await manager.findBy(InventoryBin, { id: In(binIds) });
    const binsById = new Map(bins.map((bin) => [bin.id, bin]));
    const items = bins.length === 0 ? [] : await manager.findBy(InventoryItem, { id: In([...new Set(bins.map((bin) => bin.itemId))]) });
    const controlled = new Map(items.map((item) => [item.id, isControlled(item.controlledSchedule)]));
    this.validate(events, binsById, controlled, request.cabinetId);

    const lots = bins.length === 0 ? [] : await manager.findBy(InventoryLot, { binId: In(binIds) });
    const states = new Map<number, BinLedgerState>(
      bins.map((bin) => [
        bin.id,
        {
          expected: bin.expected,
          lots: lots.filter((lot) => lot.binId === bin.id).map(({ lotNumber, expiry, quantity }) => ({ lotNumber, expiry, quantity })),
          lastCount: bin.lastCountAt === null ? null : { count: bin.lastCount ?? 0, at: bin.lastCountAt.getTime(), method: bin.lastCountMethod ?? 'verify' },
        },
      ]),
    );

    const entries: InventoryLedgerEntry[] = [];
    const discrepancies: InventoryDiscrepancy[] = [];
    for (const event of events) {
      const bin = binsById.get(event.binId) as InventoryBin;
      const before = states.get(bin.id) as BinLedgerState;
      const applied = applyEntry(before, event.entry);
      states.set(bin.id, applied.state);
      const entry = await manager.save(manager.create(InventoryLedgerEntry, entryRow(bin, event, before.expected, applied.state.expected, request)));
      entries.push(entry);
      if (applied.mismatch !== null) {
        const isControlledItem = controlled.get(bin.itemId) ?? false;
        const detectedAt = event.entry.at;
        discrepancies.push(
          await manager.save(
            manager.create(InventoryDiscrepancy, {
              binId: bin.id,
              cabinetId: bin.cabinetId,
              ledgerEntryId: entry.id,
              controlled: isControlledItem,
              expected: applied.mismatch.expected,
              counted: applied.mismatch.counted,
              delta: applied.mismatch.delta,
              method: applied.mismatch.method,
              detectedAt: new Date(detectedAt),
              deadlineAt: new Date(discrepancyDeadline(detectedAt, isControlledItem)),
              resolvedAt: null,
              resolvedBy: null,
              witnessedBy: null,
              reason: null,
            }),
          ),
        );
      }
    }

    for (const bin of bins) {
      const state = states.get(bin.id) as BinLedgerState;
      await manager.update(InventoryBin, { id: bin.id }, {
        expected: state.expected,
        lastCount: state.lastCount?.count ?? null,
        lastCountAt: state.lastCount === null ? null : new Date(state.lastCount.at),
        lastCountMethod: state.lastCount?.method ?? null,
        updatedAt: request.now,
      });
    }
    if (binIds.length > 0) {
      await manager.delete(InventoryLot, { binId: In(binIds) });
      const rows = bins.flatMap((bin) => (states.get(bin.id) as BinLedgerState).lots.map((lot) => ({ binId: bin.id, ...lot })));
      if (rows.length > 0) await manager.insert(InventoryLot, rows);
    }
    return { duplicate: false, entries, discrepancies };
  }

  private validate(events: readonly BinEvent[], bins: Map<number, InventoryBin>, controlled: Map<number, boolean>, cabinetId: string | null): void {
    const issues: FieldIssue[] = [];
    for (const event of events) {
      const bin = bins.get(event.binId);
      if (bin === undefined || (cabinetId !== null && bin.cabinetId !== cabinetId)) {
        issues.push({ field: event.binField, message: cabinetId === null ? 'is not a bin' : `is not a bin of cabinet ${cabinetId}` });
        continue;
      }
      const entry = event.entry;
      if (entry.type === 'transaction' && entry.kind === 'waste') {
        for (const issue of wasteIssues(controlled.get(bin.itemId) ?? false, entry.user, entry.witness)) issues.push({ field: child(event.field, issue.field), message: issue.message });
      }
      if (entry.type === 'transaction' && entry.kind === 'restock' && (entry.lot === null || entry.lot === undefined)) {
        issues.push({ field: child(event.field, 'lot'), message: 'is required for a restock (lot number and expiry)' });
      }
    }
    if (issues.length > 0) throw invalidInventoryInput(issues);
  }
}

function entryRow(bin: InventoryBin, event: BinEvent, expectedBefore: number, expectedAfter: number, request: RecordRequest): Partial<InventoryLedgerEntry> {
  const entry = event.entry;
  const common = {
    binId: bin.id,
    cabinetId: bin.cabinetId,
    expectedBefore,
    expectedAfter,
    userName: entry.user ?? null,
    source: request.source,
    batchSeq: request.batch === undefined ? null : String(request.batch.seq),
    countSessionId: event.countSessionId ?? null,
    occurredAt: new Date(entry.at),
    recordedAt: request.now,
  };
  if (entry.type === 'count') return { ...common, kind: 'count', quantity: null, counted: entry.count, method: entry.method, lotNumber: null, expiry: null, witnessName: null };
  return {
    ...common,
    kind: entry.kind,
    quantity: entry.quantity,
    counted: null,
    method: null,
    lotNumber: entry.lot?.lotNumber ?? null,
    expiry: entry.lot?.expiry ?? null,
    witnessName: entry.witness ?? null,
  };
}

function child(parent: string, name: string): string {
  return parent === '' ? name : `${parent}.${name}`;
}
