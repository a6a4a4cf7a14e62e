/** BENCHMARKS.md's hand-hygiene compliance section, from bench/compliance's result. */
import type { ComplianceBenchResult } from '../compliance/compliance.bench.js';
import { fixed, int, percent, table } from './format.js';

export function complianceSection(result: ComplianceBenchResult | undefined): string {
  if (result === undefined) return '';
  const ward = result.ward;
  const rows = result.databases.flatMap((database) =>
    database.ranges.map((range) => [
      database.database === 'sqlite' ? 'SQLite' : 'MariaDB',
      `${range.days} d`,
      int(range.opportunities),
      int(range.activations),
      `**${fixed(range.totalMs / 1000, 2)} s**`,
      `${fixed(range.cpuMs / 1000, 2)} s`,
      `${fixed(range.readTransitionsMs / 1000, 2)} s`,
      `${fixed(range.readActivationsMs / 1000, 2)} s`,
      `${fixed(range.coreMs / 1000, 2)} s`,
      `${fixed(range.maxRssMiB, 0)} MiB`,
      `${fixed(range.peakHeapMiB, 0)} MiB`,
      `${percent(range.total.met / Math.max(1, range.opportunities))}`,
    ]),
  );
  return `## Hand-hygiene compliance report

\`bench/compliance/\`: a synthetic ward (${ward.careRooms} care rooms, ${ward.isolationRooms} of them isolation rooms; ${ward.staff} staff
badges, ${ward.staffShiftsPerDay} staff-shifts a day over two 12-hour shifts, nurses about 60 room entries a shift; about
${percent(ward.compliance, 0)} of door crossings followed by a dispenser use in their window, ${percent(ward.badgedShare, 0)} of uses reading the
badge, and some uses at no door crossing) over ${ward.days} days: ${int(ward.transitions)} room transitions and
${int(ward.activations)} dispenser activations written to the real tables of a scratch database (seeded in
${result.databases.map((database) => `${fixed(database.seedS, 1)} s on ${database.database === 'sqlite' ? 'SQLite' : 'MariaDB'}`).join(', ')}). Each row is one
report over the last days of that history, in its own process: the badges' transitions read as the API reads them
(\`LocationStore.transitionsOfTags\`, then stays), the activations (\`dispenserActivationsBetween\`), and the pure core
grouped all seven ways at once, as the audit report asks. Peak RSS is the process's (Node's baseline included); peak
heap is sampled every 10 ms.

${table(['database', 'range', 'opportunities', 'activations', 'total', 'CPU', 'read transitions', 'read activations', 'core', 'peak RSS', 'peak heap', 'met'], rows)}`;
}
