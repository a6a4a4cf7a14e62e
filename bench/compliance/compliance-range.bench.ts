/**
 * One compliance report over a range, in its own process (so its peak memory is its own): reads the
 * badges' room transitions and the dispenser activations from the seeded scratch database through the
 * code the API uses, then runs the pure core for every dimension the audit report shows. Times each part.
 */
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CalendarLookup, DEFAULT_SHIFTS } from '../../server/src/hygiene/compliance/compliance-calendar.js';
import { complianceReadRange } from '../../server/src/hygiene/compliance/compliance-range.js';
import { complianceReportBy } from '../../server/src/hygiene/compliance/compliance-report.js';
import { DEFAULT_COMPLIANCE_RULES } from '../../server/src/hygiene/compliance/compliance-rules.js';
import { dispenserActivationsBetween } from '../../server/src/hygiene/compliance-api/dispenser-activations-reader.js';
import { DispenserActivation } from '../../server/src/hygiene/entities/dispenser-activation.entity.js';
import { staysOfHolders } from '../../server/src/hygiene/staff/badge-stays.js';
import { LocationStore } from '../../server/src/location/persistence/location-store.js';
import type { DatabaseSettings } from '../../server/src/platform/config/app-config.js';
import { dataSourceOptions } from '../../server/src/platform/database/data-source-options.js';
import { childMain } from '../support/child-process.js';
import { DAY, syntheticWard, type WardOptions } from './synthetic-ward.js';

export interface ComplianceRangeOptions {
  database: DatabaseSettings;
  ward: WardOptions;
  /** The report's range: the last `days` of the seeded data. */
  days: number;
}

export interface ComplianceRangeResult {
  days: number;
  transitions: number;
  stays: number;
  activations: number;
  opportunities: number;
  readTransitionsMs: number;
  readActivationsMs: number;
  coreMs: number;
  totalMs: number;
  /** CPU time of the process over the three parts (user + system), ms: less shaken by other load than wall time. */
  cpuMs: number;
  /** Peak resident set of the whole process (OS figure), MiB. */
  maxRssMiB: number;
  /** Highest V8 heap in use seen (sampled every 10 ms and after each part), MiB. */
  peakHeapMiB: number;
  /** SHA-256 of the figures: the same data must give the same hash whatever the code's speed. */
  figuresHash: string;
  total: { opportunities: number; met: number; metByBadge: number; activations: number };
}

const MIB = 2 ** 20;
/** What the audit report groups by (one reading, one attribution). */
const AUDIT_DIMENSIONS = ['unit', 'room', 'role', 'shift', 'day', 'kind', 'staff'] as const;

async function run(options: ComplianceRangeOptions): Promise<ComplianceRangeResult> {
  let peakHeap = 0;
  const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
  const sampler = setInterval(sample, 10);
  // The ward's layout and staff are cheap to rebuild; the rows come from the database.
  const ward = syntheticWard({ ...options.ward, days: 0 });
  const dataSource = new DataSource({ ...(await dataSourceOptions(options.database)), logging: ['error'] });
  await dataSource.initialize();
  try {
    const end = options.ward.start + options.ward.days * DAY;
    const [from, to] = [end - options.days * DAY, end];
    const rules = DEFAULT_COMPLIANCE_RULES;
    const range = complianceReadRange(from, to, rules, end + DAY);
    const started = performance.now();
    const cpuAtStart = process.cpuUsage();

    const badgeIds = ward.staff.map((member) => member.badgeId);
    // In a block, so the rows are garbage once the stays are made (as in BadgeStaysService).
    const { stays, transitions } = await (async () => {
      const transitionsOf = await new LocationStore(dataSource).transitionsOfTags(badgeIds, range.staysFrom, range.staysTo);
      const holders = ward.staff.map((member) => ({ staffId: member.staffId, badgeId: member.badgeId, role: member.role, badgeAssignedAt: options.ward.start - DAY, badgeEndedAt: null }));
      let count = 0;
      for (const list of transitionsOf.values()) count += list.length;
      return { stays: staysOfHolders(holders, transitionsOf, range.staysFrom, range.staysTo), transitions: count };
    })();
    const transitionsRead = performance.now();
    sample();

    const activations = await dispenserActivationsBetween(dataSource.getRepository(DispenserActivation), range.activationsFrom, range.activationsTo);
    const activationsRead = performance.now();
    sample();

    const figures = complianceReportBy(
      {
        from,
        to,
        asOf: range.asOf,
        selection: {},
        rules,
        calendar: new CalendarLookup({ timeZone: 'Europe/London', shifts: DEFAULT_SHIFTS }),
        careRooms: ward.careRooms,
        dispenserRooms: ward.dispenserRooms,
        isolationPeriods: new Map(),
        stays,
        activations,
        roomNames: new Map(),
        staffNames: new Map(),
      },
      AUDIT_DIMENSIONS,
    );
    const done = performance.now();
    const cpu = process.cpuUsage(cpuAtStart);
    sample();
    clearInterval(sampler);
    const opportunities = figures.total.opportunities;
    return {
      days: options.days,
      transitions,
      stays: stays.length,
      activations: activations.length,
      opportunities,
      readTransitionsMs: transitionsRead - started,
      readActivationsMs: activationsRead - transitionsRead,
      coreMs: done - activationsRead,
      totalMs: done - started,
      cpuMs: (cpu.user + cpu.system) / 1000,
      maxRssMiB: (process.resourceUsage().maxRSS * 1024) / MIB,
      peakHeapMiB: peakHeap / MIB,
      figuresHash: createHash('sha256').update(JSON.stringify(figures)).digest('hex').slice(0, 16),
      total: { opportunities, met: figures.total.met, metByBadge: figures.total.metByBadge, activations: figures.total.activations },
    };
  } finally {
    clearInterval(sampler);
    await dataSource.destroy();
  }
}

childMain(run);
