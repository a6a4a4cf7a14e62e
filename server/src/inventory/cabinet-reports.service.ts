import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { CabinetEvent } from '../ingest/cabinet/cabinet-batch.js';
import { CabinetReportSink, type CabinetReport, type CabinetReportOutcome } from '../ingest/cabinet-report.sink.js';
import { DomainError, type FieldIssue } from '../platform/http/domain-error.js';
import { InventoryBin } from './entities/bin.entity.js';
import { InventoryCabinet } from './entities/cabinet.entity.js';
import { InventoryDrawer } from './entities/drawer.entity.js';
import { InventoryLedgerService, type BinEvent } from './inventory-ledger.service.js';
import { invalidInventoryInput } from './inventory-errors.js';
import type { LedgerEntry } from './ledger/ledger-entry.js';

/** 403: the device is a placed cabinet, but not one registered for inventory. */
class CabinetNotRegisteredError extends DomainError {
  constructor(cabinetId: string) {
    super(403, `Cabinet "${cabinetId}" is not registered for inventory (POST /api/inventory/cabinets)`, [{ field: 'cabinetId', message: 'is not registered for inventory' }]);
  }
}

/**
 * Stores cabinet batches from the ingest (CabinetReportSink): names the bins by their drawer and bin
 * labels, and appends the events to their ledgers with the batch's (cabinetId, seq), in one transaction.
 */
@Injectable()
export class CabinetReportsService implements OnModuleInit {
  constructor(
    private readonly sink: CabinetReportSink,
    private readonly ledger: InventoryLedgerService,
    @InjectRepository(InventoryCabinet) private readonly cabinets: Repository<InventoryCabinet>,
    @InjectRepository(InventoryDrawer) private readonly drawers: Repository<InventoryDrawer>,
    @InjectRepository(InventoryBin) private readonly bins: Repository<InventoryBin>,
  ) {}

  onModuleInit(): void {
    this.sink.register((report) => this.store(report));
  }

  /** 403 for a cabinet not registered; 400 naming `events[i].drawer` / `.bin` for labels it does not have. */
  async store(report: CabinetReport, now = new Date()): Promise<CabinetReportOutcome> {
    if (!(await this.cabinets.existsBy({ id: report.cabinetId }))) throw new CabinetNotRegisteredError(report.cabinetId);
    const [drawers, bins] = await Promise.all([this.drawers.findBy({ cabinetId: report.cabinetId }), this.bins.findBy({ cabinetId: report.cabinetId })]);
    const drawerIds = new Map(drawers.map((drawer) => [drawer.label, drawer.id]));
    const binIds = new Map(bins.map((bin) => [`${bin.drawerId}/${bin.label}`, bin.id]));
    const issues: FieldIssue[] = [];
    const events: BinEvent[] = [];
    for (const event of report.events) {
      const drawerId = drawerIds.get(event.drawer);
      const binId = drawerId === undefined ? undefined : binIds.get(`${drawerId}/${event.bin}`);
      if (drawerId === undefined) issues.push({ field: `${event.field}.drawer`, message: `is not a drawer of cabinet ${report.cabinetId}` });
      else if (binId === undefined) issues.push({ field: `${event.field}.bin`, message: `is not a bin of ${event.drawer}` });
      else events.push({ binId, field: event.field, binField: `${event.field}.bin`, entry: ledgerEntryOfEvent(event) });
    }
    if (issues.length > 0) throw invalidInventoryInput(issues);
    const result = await this.ledger.record(events, { source: 'cabinet', cabinetId: report.cabinetId, batch: { cabinetId: report.cabinetId, seq: report.seq }, now });
    return { accepted: result.entries.length, duplicate: result.duplicate, discrepancies: result.discrepancies.length };
  }
}

function ledgerEntryOfEvent(event: CabinetEvent): LedgerEntry {
  if (event.type === 'count') return { type: 'count', method: event.method, count: event.count, at: event.at, user: event.user ?? null };
  return { type: 'transaction', kind: event.type, quantity: event.quantity, at: event.at, lot: event.lot ?? null, user: event.user ?? null, witness: event.witness ?? null };
}
