import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Not, type Repository } from 'typeorm';
import type { Role } from '../platform/auth/role.js';
import type { UserPrincipal } from '../platform/auth/session-authenticator.js';
import { InvalidInputError, NotFoundError } from '../platform/http/domain-error.js';
import { MAX_CONDITION_KEY_LENGTH, type AlertCondition, type AlertSeverity, ALERT_SEVERITIES } from './alert-condition.js';
import { AlertAlreadyAcknowledgedError, AlertAlreadyResolvedError, AlertKindForbiddenError } from './alert-errors.js';
import type { AlertFilter } from './alert-filter.js';
import { AlertKindRegistry } from './alert-kinds.js';
import { Alert } from './alert.entity.js';
import { differs, diffConditions, type OpenAlertState } from './checks/diff-conditions.js';

/** What happened to an alert, as the realtime push and other listeners hear it. */
export type AlertAction = 'raised' | 'updated' | 'acknowledged' | 'resolved' | 'cleared';
export interface AlertChange {
  action: AlertAction;
  alert: Alert;
}
export type AlertChangeListener = (change: AlertChange) => void;

/** What one check run changed. */
export interface ReconcileOutcome {
  raised: number;
  updated: number;
  confirmed: number;
  cleared: number;
}

export interface AlertSummary {
  open: number;
  unacknowledged: number;
  byKind: Array<{ kind: string; label: string; actingRoles: Role[]; open: number; unacknowledged: number; bySeverity: Record<AlertSeverity, number> }>;
}

/** The system's name in `resolvedBy` when a condition clears by itself. */
export const SYSTEM_RESOLVER = 'system';

/** The title column's length. */
const MAX_TITLE_LENGTH = 200;

/** Rows per `IN (…)` list, well inside both databases' parameter limits. */
const ID_CHUNK = 500;

/**
 * The one alert model: raise (idempotent), clear, acknowledge, resolve, list and count alerts of
 * every kind. At most one alert per condition is open: `raise` refreshes the open one, and the
 * unique `openKey` index makes the database refuse a second even when two raises race (in this
 * process or another). Listeners hear every change after it is stored.
 */
@Injectable()
export class AlertsService {
  private readonly logger = new Logger(AlertsService.name);
  private listeners: readonly AlertChangeListener[] = [];
  /** The raise or clear in progress per condition key: this process never races itself to the database. */
  private readonly inProgress = new Map<string, Promise<unknown>>();

  constructor(
    @InjectRepository(Alert) private readonly alerts: Repository<Alert>,
    readonly kinds: AlertKindRegistry,
  ) {}

  /** Adds a listener for alert changes; the returned function removes it. */
  onChange(listener: AlertChangeListener): () => void {
    this.listeners = [...this.listeners, listener];
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /**
   * Opens an alert for the condition, or refreshes the open one (its severity, title, place and
   * detail become the condition's; `lastEvaluatedAt` moves on). Never creates a second open alert.
   */
  raise(raised: AlertCondition, now = new Date()): Promise<{ alert: Alert; action: 'raised' | 'updated' | 'confirmed' }> {
    const condition = this.prepared(raised);
    return this.oneAtATime(condition.key, () => this.raisePrepared(condition, now));
  }

  private async raisePrepared(condition: AlertCondition, now: Date): Promise<{ alert: Alert; action: 'raised' | 'updated' | 'confirmed' }> {
    const open = await this.findOpen(condition.key);
    if (open !== null) return this.refresh(open, condition, now);
    const alert = this.alerts.create({
      kind: condition.kind,
      conditionKey: condition.key,
      openKey: condition.key,
      severity: condition.severity,
      title: condition.title,
      detail: condition.detail,
      subjectType: condition.subjectType,
      subjectId: condition.subjectId,
      floorId: condition.floorId,
      roomId: condition.roomId,
      raisedAt: now,
      lastEvaluatedAt: now,
      acknowledgedAt: null,
      acknowledgedBy: null,
      acknowledgeNote: null,
      resolvedAt: null,
      resolvedBy: null,
      resolution: null,
      resolutionNote: null,
    });
    try {
      await this.alerts.insert(alert);
    } catch (error) {
      // Another server's raise of the same condition won the race to the unique openKey: refresh its alert.
      const winner = await this.findOpen(condition.key);
      if (winner === null) throw error;
      return this.refresh(winner, condition, now);
    }
    this.emit('raised', alert);
    return { alert, action: 'raised' };
  }

  /** Resolves the open alert of a condition that went away, as `auto_cleared` by the system. Undefined when none is open. */
  clear(conditionKey: string, now = new Date()): Promise<Alert | undefined> {
    return this.oneAtATime(conditionKey, async () => {
      const open = await this.findOpen(conditionKey);
      return open === null ? undefined : this.clearOpen(open, now);
    });
  }

  /**
   * Brings the open alerts of one kind in line with the conditions a check found active now: raises
   * the new ones, refreshes the others, clears the open alerts whose condition is gone.
   */
  async reconcile(kind: string, active: readonly AlertCondition[], now = new Date()): Promise<ReconcileOutcome> {
    const stray = active.find((condition) => condition.kind !== kind);
    if (stray !== undefined) throw new Error(`A ${kind} check produced a ${stray.kind} condition (${stray.key})`);
    const conditions = active.map((condition) => this.prepared(condition));
    const open = await this.alerts.find({ where: { kind, openKey: Not(IsNull()) } });
    const openById = new Map(open.map((alert) => [alert.id, alert]));
    const diff = diffConditions(conditions, open.map(openState));
    for (const condition of diff.raise) await this.raise(condition, now);
    for (const { id, condition } of diff.update) await this.refresh(openById.get(id)!, condition, now);
    for (let i = 0; i < diff.confirm.length; i += ID_CHUNK) {
      await this.alerts.update({ id: In(diff.confirm.slice(i, i + ID_CHUNK)), openKey: Not(IsNull()) }, { lastEvaluatedAt: now });
    }
    let cleared = 0;
    for (const { id } of diff.clear) if (await this.clearOpen(openById.get(id)!, now)) cleared++;
    return { raised: diff.raise.length, updated: diff.update.length, confirmed: diff.confirm.length, cleared };
  }

  /** The open alerts of a kind (the low-battery check reads them for its hysteresis). */
  openOfKind(kind: string): Promise<Alert[]> {
    return this.alerts.find({ where: { kind, openKey: Not(IsNull()) }, order: { id: 'ASC' } });
  }

  /**
   * Records that `user` has seen the alert and is on it. 403 when their role may not act on its kind;
   * 409 when it is resolved, or someone acknowledged it first.
   */
  async acknowledge(id: number, user: UserPrincipal, note: string | undefined, now = new Date()): Promise<Alert> {
    const alert = await this.actionable(id, user);
    if (alert.acknowledgedAt !== null) throw new AlertAlreadyAcknowledgedError(alert);
    const changes = { acknowledgedAt: now, acknowledgedBy: user.username, acknowledgeNote: note ?? null };
    const result = await this.alerts.update({ id, acknowledgedAt: IsNull(), resolvedAt: IsNull() }, changes);
    if (!result.affected) return this.refuseStale(id);
    Object.assign(alert, changes);
    this.emit('acknowledged', alert);
    return alert;
  }

  /**
   * Closes the alert with what was done (`note`, required). If the condition still holds, its check
   * raises a new alert at its next run: resolving says "dealt with", not "stop watching".
   */
  async resolve(id: number, user: UserPrincipal, note: string, now = new Date()): Promise<Alert> {
    if (note.trim().length === 0) throw new InvalidInputError('A note is required to resolve an alert', [{ field: 'note', message: 'must say what was done' }]);
    const alert = await this.actionable(id, user);
    const changes = { openKey: null, resolvedAt: now, resolvedBy: user.username, resolution: 'resolved' as const, resolutionNote: note };
    const result = await this.alerts.update({ id, resolvedAt: IsNull() }, changes);
    if (!result.affected) return this.refuseStale(id);
    Object.assign(alert, changes);
    this.emit('resolved', alert);
    return alert;
  }

  async get(id: number): Promise<Alert> {
    const alert = await this.alerts.findOneBy({ id });
    if (alert === null) throw new NotFoundError('Alert', id);
    return alert;
  }

  /** Newest first, a page at a time. */
  async list(filter: AlertFilter): Promise<Alert[]> {
    const unknown = filter.kinds?.filter((kind) => !this.kinds.has(kind)) ?? [];
    if (unknown.length > 0) {
      throw new InvalidInputError(`Unknown alert kind ${unknown.join(', ')}`, [
        { field: 'kind', message: `must be one of ${this.kinds.all().map((k) => k.kind).join(', ')}` },
      ]);
    }
    const query = this.alerts.createQueryBuilder('alert').orderBy('alert.id', 'DESC').take(filter.limit);
    if (filter.state === 'open') query.andWhere('alert.resolvedAt IS NULL');
    if (filter.state === 'unacknowledged') query.andWhere('alert.resolvedAt IS NULL AND alert.acknowledgedAt IS NULL');
    if (filter.state === 'acknowledged') query.andWhere('alert.resolvedAt IS NULL AND alert.acknowledgedAt IS NOT NULL');
    if (filter.state === 'resolved') query.andWhere('alert.resolvedAt IS NOT NULL');
    if (filter.kinds && filter.kinds.length > 0) query.andWhere('alert.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.floorId !== undefined) query.andWhere('alert.floorId = :floorId', { floorId: filter.floorId });
    if (filter.since !== undefined) query.andWhere('alert.raisedAt >= :since', { since: filter.since });
    if (filter.before !== undefined) query.andWhere('alert.id < :before', { before: filter.before });
    return query.getMany();
  }

  /** Open alerts counted by kind (every known kind, with zeros) and severity. */
  async summary(): Promise<AlertSummary> {
    const rows = await this.alerts
      .createQueryBuilder('alert')
      .select('alert.kind', 'kind')
      .addSelect('alert.severity', 'severity')
      .addSelect('COUNT(*)', 'open')
      .addSelect('SUM(CASE WHEN alert.acknowledgedAt IS NULL THEN 1 ELSE 0 END)', 'unacknowledged')
      .where('alert.openKey IS NOT NULL')
      .groupBy('alert.kind')
      .addGroupBy('alert.severity')
      .getRawMany<{ kind: string; severity: AlertSeverity; open: string | number; unacknowledged: string | number }>();
    const byKind = new Map<string, AlertSummary['byKind'][number]>();
    const entry = (kind: string) => {
      let found = byKind.get(kind);
      if (found === undefined) {
        found = { kind, label: this.kinds.get(kind)?.label ?? kind, actingRoles: this.kinds.actorsOf(kind), open: 0, unacknowledged: 0, bySeverity: { info: 0, warning: 0, critical: 0 } };
        byKind.set(kind, found);
      }
      return found;
    };
    for (const definition of this.kinds.all()) entry(definition.kind);
    for (const row of rows) {
      const counts = entry(row.kind);
      counts.open += Number(row.open);
      counts.unacknowledged += Number(row.unacknowledged);
      if ((ALERT_SEVERITIES as readonly string[]).includes(row.severity)) counts.bySeverity[row.severity] += Number(row.open);
    }
    const kinds = [...byKind.values()].sort((a, b) => (a.kind < b.kind ? -1 : 1));
    return { open: sum(kinds, 'open'), unacknowledged: sum(kinds, 'unacknowledged'), byKind: kinds };
  }

  private async refresh(open: Alert, condition: AlertCondition, now: Date): Promise<{ alert: Alert; action: 'updated' | 'confirmed' }> {
    const changed = differs(open, condition);
    const changes = changed
      ? {
          severity: condition.severity,
          title: condition.title,
          detail: condition.detail,
          floorId: condition.floorId,
          roomId: condition.roomId,
          lastEvaluatedAt: now,
        }
      : { lastEvaluatedAt: now };
    const result = await this.alerts.update({ id: open.id, openKey: Not(IsNull()) }, changes);
    Object.assign(open, changes);
    // Resolved meanwhile (a person, or a clear): the next raise opens a new alert.
    if (!result.affected) return { alert: open, action: 'confirmed' };
    if (changed) this.emit('updated', open);
    return { alert: open, action: changed ? 'updated' : 'confirmed' };
  }

  private async clearOpen(open: Alert, now: Date): Promise<Alert | undefined> {
    const changes = { openKey: null, resolvedAt: now, resolvedBy: SYSTEM_RESOLVER, resolution: 'auto_cleared' as const, lastEvaluatedAt: now };
    const result = await this.alerts.update({ id: open.id, openKey: Not(IsNull()) }, changes);
    if (!result.affected) return undefined;
    Object.assign(open, changes);
    this.emit('cleared', open);
    return open;
  }

  /** Runs `work` after any raise or clear of the same condition in progress in this process. */
  private oneAtATime<T>(conditionKey: string, work: () => Promise<T>): Promise<T> {
    const run = (this.inProgress.get(conditionKey) ?? Promise.resolve()).catch(() => undefined).then(work);
    this.inProgress.set(conditionKey, run);
    const forget = () => {
      if (this.inProgress.get(conditionKey) === run) this.inProgress.delete(conditionKey);
    };
    run.then(forget, forget);
    return run;
  }

  private findOpen(conditionKey: string): Promise<Alert | null> {
    return this.alerts.findOneBy({ openKey: conditionKey });
  }

  /** The alert, if this user may act on it now: 404, 403 by kind, 409 when resolved. */
  private async actionable(id: number, user: UserPrincipal): Promise<Alert> {
    const alert = await this.get(id);
    if (!this.kinds.mayAct(user.role, alert.kind)) throw new AlertKindForbiddenError(alert.kind, this.kinds.actorsOf(alert.kind));
    if (alert.resolvedAt !== null) throw new AlertAlreadyResolvedError(alert);
    return alert;
  }

  /** A conditional update changed nothing: someone else acted between our read and our write. */
  private async refuseStale(id: number): Promise<never> {
    const alert = await this.get(id);
    if (alert.resolvedAt !== null) throw new AlertAlreadyResolvedError(alert);
    throw new AlertAlreadyAcknowledgedError(alert);
  }

  /** The condition as it will be stored (title clipped to its column), after checking it is one we can store. */
  private prepared(condition: AlertCondition): AlertCondition {
    if (!this.kinds.has(condition.kind)) throw new Error(`Alert kind ${condition.kind} is not defined (AlertKindRegistry.define)`);
    if (condition.key.length > MAX_CONDITION_KEY_LENGTH) throw new Error(`Condition key longer than ${MAX_CONDITION_KEY_LENGTH}: ${condition.key}`);
    return condition.title.length <= MAX_TITLE_LENGTH ? condition : { ...condition, title: `${condition.title.slice(0, MAX_TITLE_LENGTH - 1)}…` };
  }

  private emit(action: AlertAction, alert: Alert): void {
    const change = { action, alert: { ...alert } };
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        this.logger.error({ msg: 'An alert listener failed', action, alertId: alert.id }, error instanceof Error ? error.stack : String(error));
      }
    }
  }
}

function openState(alert: Alert): OpenAlertState {
  return {
    id: alert.id,
    key: alert.openKey ?? alert.conditionKey,
    severity: alert.severity,
    title: alert.title,
    detail: alert.detail,
    floorId: alert.floorId,
    roomId: alert.roomId,
  };
}

function sum<T>(rows: readonly T[], field: { [K in keyof T]: T[K] extends number ? K : never }[keyof T]): number {
  return rows.reduce((total, row) => total + (row[field] as number), 0);
}
