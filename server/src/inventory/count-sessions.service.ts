import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThanOrEqual, type Repository } from 'typeorm';
import { ConflictError, NotFoundError, type FieldIssue } from '../platform/http/domain-error.js';
import { InventoryBin } from './entities/bin.entity.js';
import { InventoryCabinet } from './entities/cabinet.entity.js';
import { InventoryCountSession } from './entities/count-session.entity.js';
import { InventoryLedgerEntry } from './entities/ledger-entry.entity.js';
import { InventoryLedgerService, type RecordResult } from './inventory-ledger.service.js';
import { invalidInventoryInput, sessionSignedOff } from './inventory-errors.js';
import { reconcileSession, type SessionReconciliation } from './ledger/count-session.js';
import type { CountMethod } from './ledger/ledger-entry.js';

export interface SessionCountInput {
  binId: number;
  count: number;
  method: Extract<CountMethod, 'blind' | 'verify'>;
}

/**
 * Count sessions: a pharmacist starts one for some cabinets or a unit, counts arrive as ledger counts
 * (entered here for the session, or reported by the session's cabinets through the ingest while it is
 * open), the session reconciles them against the expected counts and is signed off once every bin is counted. The
 * signed-off reconciliation is stored with the session: history that later entries do not change.
 */
@Injectable()
export class CountSessionsService {
  constructor(
    @InjectRepository(InventoryCountSession) private readonly sessions: Repository<InventoryCountSession>,
    @InjectRepository(InventoryCabinet) private readonly cabinets: Repository<InventoryCabinet>,
    @InjectRepository(InventoryBin) private readonly bins: Repository<InventoryBin>,
    @InjectRepository(InventoryLedgerEntry) private readonly entries: Repository<InventoryLedgerEntry>,
    private readonly ledger: InventoryLedgerService,
  ) {}

  /** Starts a session for the cabinets named, or those of a unit. 400 naming `cabinetIds` or `unit`. */
  async start(scope: { cabinetIds?: string[]; unit?: string }, startedBy: string, now = new Date()): Promise<InventoryCountSession> {
    let cabinetIds: string[];
    let description: string;
    if (scope.unit !== undefined) {
      cabinetIds = (await this.cabinets.findBy({ unit: scope.unit })).map((cabinet) => cabinet.id).sort();
      if (cabinetIds.length === 0) throw invalidInventoryInput([{ field: 'unit', message: 'has no registered cabinets' }]);
      description = `Unit: ${scope.unit}`;
    } else {
      const wanted = [...new Set(scope.cabinetIds ?? [])];
      const found = new Set((wanted.length === 0 ? [] : await this.cabinets.findBy({ id: In(wanted) })).map((cabinet) => cabinet.id));
      const issues: FieldIssue[] = wanted.flatMap((id, i) => (found.has(id) ? [] : [{ field: `cabinetIds[${i}]`, message: 'is not a registered cabinet' }]));
      if (wanted.length === 0) issues.push({ field: 'cabinetIds', message: 'must name at least one cabinet, or give a unit' });
      if (issues.length > 0) throw invalidInventoryInput(issues);
      cabinetIds = wanted.sort();
      description = `Cabinets: ${cabinetIds.join(', ')}`.slice(0, 200);
    }
    return this.sessions.save(
      this.sessions.create({ scope: description, cabinetIds, status: 'open', startedBy, startedAt: now, signedOffBy: null, signedOffAt: null, reconciliation: null }),
    );
  }

  list(): Promise<InventoryCountSession[]> {
    return this.sessions.find({ order: { startedAt: 'DESC', id: 'DESC' }, take: 200 });
  }

  async get(id: number): Promise<InventoryCountSession> {
    const session = await this.sessions.findOneBy({ id });
    if (session === null) throw new NotFoundError('Count session', id);
    return session;
  }

  /** The session's reconciliation: as signed off, or as of now while open. */
  async reconciliation(session: InventoryCountSession): Promise<SessionReconciliation> {
    if (session.reconciliation !== null) return session.reconciliation;
    const [bins, counts] = await Promise.all([
      this.bins.find({ where: { cabinetId: In(session.cabinetIds) }, order: { cabinetId: 'ASC', drawerId: 'ASC', label: 'ASC' } }),
      // Counts entered for the session, and counts the session's cabinets reported themselves since it started.
      this.entries.find({
        where: [
          { countSessionId: session.id, kind: 'count' },
          { cabinetId: In(session.cabinetIds), kind: 'count', source: 'cabinet', recordedAt: MoreThanOrEqual(session.startedAt) },
        ],
        order: { id: 'ASC' },
      }),
    ]);
    return reconcileSession(
      bins.map((bin) => ({ binId: bin.id, expectedNow: bin.expected })),
      counts.map((entry) => ({ binId: entry.binId, expected: entry.expectedBefore, counted: entry.counted ?? 0, at: entry.id })),
    );
  }

  /** Records counts for the session (ledger counts: a mismatch is a discrepancy). 400 naming `counts[i].binId` for a bin outside it. */
  async addCounts(id: number, counts: readonly SessionCountInput[], user: string, now = new Date()): Promise<RecordResult> {
    const session = await this.get(id);
    if (session.status !== 'open') throw sessionSignedOff(id);
    const inScope = new Set((await this.bins.find({ select: { id: true }, where: { cabinetId: In(session.cabinetIds) } })).map((bin) => bin.id));
    const issues = counts.flatMap((count, i) => (inScope.has(count.binId) ? [] : [{ field: `counts[${i}].binId`, message: 'is not a bin of this session’s cabinets' }]));
    if (issues.length > 0) throw invalidInventoryInput(issues);
    return this.ledger.record(
      counts.map((count, i) => ({
        binId: count.binId,
        field: `counts[${i}]`,
        binField: `counts[${i}].binId`,
        countSessionId: id,
        entry: { type: 'count', method: count.method, count: count.count, at: now.getTime(), user },
      })),
      { source: 'user', cabinetId: null, now },
    );
  }

  /** Signs the session off: 409 naming `counts` while a bin is not counted. */
  async signOff(id: number, user: string, now = new Date()): Promise<InventoryCountSession> {
    const session = await this.get(id);
    if (session.status !== 'open') throw sessionSignedOff(id);
    const reconciliation = await this.reconciliation(session);
    if (!reconciliation.complete) {
      throw new ConflictError(`Count session ${id}: ${reconciliation.notCounted} bins are not counted`, [{ field: 'counts', message: `${reconciliation.notCounted} bins are not counted yet` }]);
    }
    const changes = { status: 'signed_off' as const, signedOffBy: user, signedOffAt: now, reconciliation };
    await this.sessions.update({ id, status: 'open' }, changes);
    return { ...session, ...changes };
  }
}
