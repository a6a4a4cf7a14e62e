/**
 * CPU time and resident memory of another process, from /proc/<pid>/stat (Linux; see proc(5)):
 * fields 14 and 15 are user and system time in clock ticks, field 24 the resident set in pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { clockTicksPerSecond } from './machine.js';

const TICKS_PER_SECOND = clockTicksPerSecond();
const PAGE_BYTES = 4096;

export interface ProcSample {
  /** performance.now() of the reading. */
  at: number;
  cpuSeconds: number;
  rssBytes: number;
  /**
   * Time the main thread spent runnable but waiting for a CPU (/proc/<pid>/schedstat, second field,
   * ns; see the kernel's sched-stats.rst): on a shared machine, what other processes took from it.
   */
  runQueueSeconds: number;
}

export function readProcStat(pid: number): ProcSample | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: split after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    const rssPages = Number(fields[21]);
    const runQueueNs = Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1] ?? Number.NaN);
    return { at: performance.now(), cpuSeconds: (utime + stime) / TICKS_PER_SECOND, rssBytes: rssPages * PAGE_BYTES, runQueueSeconds: runQueueNs / 1e9 };
  } catch {
    return undefined;
  }
}

/** CPU use between two samples, in % of one core. */
export function cpuPercent(from: ProcSample, to: ProcSample): number {
  return ((to.cpuSeconds - from.cpuSeconds) / ((to.at - from.at) / 1000)) * 100;
}

/** Share of the time between two samples the process's main thread waited for a CPU, %. */
export function runQueuePercent(from: ProcSample, to: ProcSample): number {
  return ((to.runQueueSeconds - from.runQueueSeconds) / ((to.at - from.at) / 1000)) * 100;
}

/**
 * Machine-wide CPU pressure (/proc/pressure/cpu, "some" total in µs; kernel PSI): the share of time at
 * least one runnable task waited for a CPU. Undefined where the kernel does not report it.
 */
export function cpuPressureMicros(): number | undefined {
  try {
    const total = /^some .*total=(\d+)/m.exec(readFileSync('/proc/pressure/cpu', 'utf8'))?.[1];
    return total === undefined ? undefined : Number(total);
  } catch {
    return undefined;
  }
}

/**
 * Machine-wide CPU time counters (/proc/stat, first line, in clock ticks): all of it, and "steal",
 * the time a virtual machine's CPUs wanted to run but the hypervisor ran something else.
 */
export function cpuTimes(): { total: number; steal: number } | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is already inside user)
    return { total: fields.slice(0, 8).reduce((sum, value) => sum + value, 0), steal: fields[7] ?? 0 };
  } catch {
    return undefined;
  }
}

/** Process id of the local database server (mariadbd or mysqld), when one runs here and is visible. */
export function findDatabasePid(): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const name = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
      if (name === 'mariadbd' || name === 'mysqld') return Number(entry);
    } catch {
      // the process ended meanwhile
    }
  }
  return undefined;
}

/**
 * Samples a process every `intervalMs` (bounded: stop() ends it) and keeps the peak RSS; `mark()`
 * takes a reading now, for CPU% over a phase.
 */
export class ProcessWatch {
  private peakRss = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    readonly pid: number,
    intervalMs = 250,
  ) {
    this.timer = setInterval(() => this.mark(), intervalMs);
    this.timer.unref();
  }

  mark(): ProcSample | undefined {
    const sample = readProcStat(this.pid);
    if (sample && sample.rssBytes > this.peakRss) this.peakRss = sample.rssBytes;
    return sample;
  }

  /** Peak RSS since the last reset. */
  takePeakRss(): number {
    const peak = this.peakRss;
    this.peakRss = 0;
    return peak;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
