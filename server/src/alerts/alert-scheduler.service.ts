import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { AlertsService, type ReconcileOutcome } from './alerts.service.js';
import { GatewayNotScanningCheck, GatewayOfflineCheck } from './scheduled/gateway-offline.scheduled-check.js';
import { LeftZoneCheck } from './scheduled/left-zone.scheduled-check.js';
import { LowBatteryCheck } from './scheduled/low-battery.scheduled-check.js';
import { MissingEquipmentCheck } from './scheduled/missing-equipment.scheduled-check.js';
import { ParBelowCheck } from './scheduled/par-below.scheduled-check.js';
import { PmDueCheck } from './scheduled/pm-due.scheduled-check.js';
import { BelowReorderCheck, DiscrepancyOverdueCheck, LotExpiredCheck, LotExpiringCheck, StockOutCheck } from './scheduled/inventory.scheduled-checks.js';
import type { ScheduledCheck } from './scheduled/scheduled-check.js';

/** The scheduled checks by name. */
export const CHECK_NAMES = [
  'missing',
  'gatewayOffline',
  'gatewayNotScanning',
  'lowBattery',
  'leftZone',
  'parBelow',
  'pmDue',
  'stockOut',
  'belowReorder',
  'lotExpiring',
  'lotExpired',
  'discrepancyOverdue',
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/** Every job this feature registers with @nestjs/schedule starts with this (tests stop them by it). */
export const ALERT_JOB_PREFIX = 'alerts.';

/**
 * Runs each check on its own period and reconciles what it finds with the open alerts of its kind:
 * new conditions are raised, gone ones cleared. `runChecks(now)` runs them as of a given time (tests,
 * tools). Runs of one check never overlap: a scheduled run that finds one in progress is skipped, a
 * direct run waits for it.
 *
 * Periods: what changes by the second (gateways, zones) is checked often; thresholds of an hour
 * (missing) every minute; PAR and PM, which change with the registry and by the day, less often.
 */
@Injectable()
export class AlertScheduler {
  private readonly logger = new Logger(AlertScheduler.name);
  private readonly checks: Record<CheckName, ScheduledCheck>;
  private readonly running = new Map<CheckName, Promise<ReconcileOutcome>>();

  constructor(
    private readonly alerts: AlertsService,
    missing: MissingEquipmentCheck,
    gatewayOffline: GatewayOfflineCheck,
    gatewayNotScanning: GatewayNotScanningCheck,
    lowBattery: LowBatteryCheck,
    leftZone: LeftZoneCheck,
    parBelow: ParBelowCheck,
    pmDue: PmDueCheck,
    stockOut: StockOutCheck,
    belowReorder: BelowReorderCheck,
    lotExpiring: LotExpiringCheck,
    lotExpired: LotExpiredCheck,
    discrepancyOverdue: DiscrepancyOverdueCheck,
  ) {
    this.checks = { missing, gatewayOffline, gatewayNotScanning, lowBattery, leftZone, parBelow, pmDue, stockOut, belowReorder, lotExpiring, lotExpired, discrepancyOverdue };
    leftZone.runSoon = () => this.runCheck('leftZone');
  }

  @Interval('alerts.missing', 60_000)
  scheduledMissing(): Promise<void> {
    return this.scheduled('missing');
  }

  @Interval('alerts.gateway-offline', 30_000)
  scheduledGatewayOffline(): Promise<void> {
    return this.scheduled('gatewayOffline');
  }

  @Interval('alerts.gateway-not-scanning', 30_000)
  scheduledGatewayNotScanning(): Promise<void> {
    return this.scheduled('gatewayNotScanning');
  }

  @Interval('alerts.low-battery', 60_000)
  scheduledLowBattery(): Promise<void> {
    return this.scheduled('lowBattery');
  }

  @Interval('alerts.left-zone', 15_000)
  scheduledLeftZone(): Promise<void> {
    return this.scheduled('leftZone');
  }

  @Interval('alerts.par-below', 2 * 60_000)
  scheduledParBelow(): Promise<void> {
    return this.scheduled('parBelow');
  }

  @Interval('alerts.pm-due', 15 * 60_000)
  scheduledPmDue(): Promise<void> {
    return this.scheduled('pmDue');
  }

  // Inventory: levels change with every cabinet batch, so stock is checked every minute; expiry changes
  // by the calendar day; a discrepancy's deadline is hours away, so five minutes late is on time.
  @Interval('alerts.inventory-stock-out', 60_000)
  scheduledStockOut(): Promise<void> {
    return this.scheduled('stockOut');
  }

  @Interval('alerts.inventory-below-reorder', 60_000)
  scheduledBelowReorder(): Promise<void> {
    return this.scheduled('belowReorder');
  }

  @Interval('alerts.inventory-lot-expiring', 15 * 60_000)
  scheduledLotExpiring(): Promise<void> {
    return this.scheduled('lotExpiring');
  }

  @Interval('alerts.inventory-lot-expired', 15 * 60_000)
  scheduledLotExpired(): Promise<void> {
    return this.scheduled('lotExpired');
  }

  @Interval('alerts.inventory-discrepancy-overdue', 5 * 60_000)
  scheduledDiscrepancyOverdue(): Promise<void> {
    return this.scheduled('discrepancyOverdue');
  }

  /** Runs the named checks (all by default) one after another, as of `now`. */
  async runChecks(now = new Date(), names: readonly CheckName[] = CHECK_NAMES): Promise<Partial<Record<CheckName, ReconcileOutcome>>> {
    const outcomes: Partial<Record<CheckName, ReconcileOutcome>> = {};
    for (const name of names) outcomes[name] = await this.runCheck(name, now);
    return outcomes;
  }

  /** Runs one check as of `now`, after any run of it in progress. */
  async runCheck(name: CheckName, now = new Date()): Promise<ReconcileOutcome> {
    const run = (this.running.get(name) ?? Promise.resolve())
      .catch(() => undefined)
      .then(async () => {
        const check = this.checks[name];
        return this.alerts.reconcile(check.kind, await check.evaluate(now), now);
      });
    this.running.set(name, run);
    try {
      return await run;
    } finally {
      if (this.running.get(name) === run) this.running.delete(name);
    }
  }

  private async scheduled(name: CheckName): Promise<void> {
    if (this.running.has(name)) return;
    try {
      await this.runCheck(name);
    } catch (error) {
      this.logger.error({ msg: 'An alert check failed; it runs again at its next period', check: name }, error instanceof Error ? error.stack : String(error));
    }
  }
}
