/**
 * Days and shifts in the hospital's own time zone, for grouping opportunities. Uses the platform's time
 * zone data (Intl), not the machine's zone, so results do not depend on where the server runs.
 */

export interface Shift {
  name: string;
  /** Local time the shift starts, `HH:MM`; a shift lasts until the next one starts (wrapping at midnight). */
  startsAt: string;
}

export interface ComplianceCalendar {
  /** IANA zone, e.g. `Europe/London`. */
  timeZone: string;
  /** At least one. */
  shifts: readonly Shift[];
}

/** Two 12-hour shifts, the most common pattern on wards. */
export const DEFAULT_SHIFTS: readonly Shift[] = Object.freeze([
  { name: 'day', startsAt: '07:00' },
  { name: 'night', startsAt: '19:00' },
]);

export class CalendarError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'CalendarError';
  }
}

interface LocalTime {
  day: string;
  minuteOfDay: number;
}

interface HourStart extends LocalTime {
  /** The local day after `day`, for the hour's minutes past local midnight. */
  nextDay: string;
  /** The offset is the same at the hour's first and last minute. */
  steady: boolean;
}

const MINUTES_PER_DAY = 24 * 60;

/** The calendar day after `YYYY-MM-DD`. */
function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Answers day and shift of event times; built once per report (the formatter is the costly part). */
export class CalendarLookup {
  private readonly format: Intl.DateTimeFormat;
  /** Shifts by start minute, ascending. */
  private readonly starts: Array<{ name: string; minute: number }>;
  /** Local time at the start of each UTC hour asked about, and whether the offset holds all the hour. */
  private readonly byHour = new Map<number, HourStart>();
  /** Local day and minute by UTC minute, for the hours in which the offset changes. */
  private readonly byMinute = new Map<number, LocalTime>();

  constructor(calendar: ComplianceCalendar) {
    try {
      this.format = new Intl.DateTimeFormat('en-CA', {
        timeZone: calendar.timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      throw new CalendarError('timeZone', `"${calendar.timeZone}" is not a known time zone`);
    }
    if (calendar.shifts.length === 0) throw new CalendarError('shifts', 'needs at least one shift');
    this.starts = calendar.shifts
      .map((shift, i) => {
        const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(shift.startsAt);
        if (!match) throw new CalendarError(`shifts[${i}].startsAt`, 'must be HH:MM (00:00 to 23:59)');
        return { name: shift.name, minute: Number(match[1]) * 60 + Number(match[2]) };
      })
      .sort((a, b) => a.minute - b.minute);
    const minutes = this.starts.map((start) => start.minute);
    if (new Set(minutes).size !== minutes.length) throw new CalendarError('shifts', 'two shifts start at the same time');
  }

  /** The local calendar day, `YYYY-MM-DD`. */
  dayOf(at: number): string {
    return this.local(at).day;
  }

  /** The shift under way at local time; before the first start of the day, the last shift of the day before. */
  shiftOf(at: number): string {
    const { minuteOfDay } = this.local(at);
    let current = this.starts[this.starts.length - 1];
    for (const start of this.starts) if (start.minute <= minuteOfDay) current = start;
    return current.name;
  }

  private local(at: number): LocalTime {
    // Formatting is the cost (tens of µs) and a quarter has 130,000 minutes: format each UTC hour's first
    // and last minute, and where the offset is the same at both, the minutes between follow by
    // arithmetic. Offsets change months apart, never twice within an hour, so equal ends mean one offset
    // all the hour; an hour with a change is formatted minute by minute. Exact, since UTC offsets have
    // been whole minutes everywhere since 1972.
    const minute = Math.floor(at / 60_000);
    const hour = Math.floor(minute / 60);
    let start = this.byHour.get(hour);
    if (start === undefined) {
      start = this.hourStart(hour);
      this.byHour.set(hour, start);
    }
    if (!start.steady) return this.minuteByMinute(minute);
    const minuteOfDay = start.minuteOfDay + (minute - hour * 60);
    return minuteOfDay < MINUTES_PER_DAY ? { day: start.day, minuteOfDay } : { day: start.nextDay, minuteOfDay: minuteOfDay - MINUTES_PER_DAY };
  }

  private hourStart(hour: number): HourStart {
    const first = this.formatLocal(hour * 3_600_000);
    const last = this.formatLocal(hour * 3_600_000 + 59 * 60_000);
    const nextDay = dayAfter(first.day);
    const expected = first.minuteOfDay + 59 < MINUTES_PER_DAY ? { day: first.day, minuteOfDay: first.minuteOfDay + 59 } : { day: nextDay, minuteOfDay: first.minuteOfDay + 59 - MINUTES_PER_DAY };
    return { ...first, nextDay, steady: last.day === expected.day && last.minuteOfDay === expected.minuteOfDay };
  }

  private minuteByMinute(minute: number): LocalTime {
    let local = this.byMinute.get(minute);
    if (local === undefined) {
      local = this.formatLocal(minute * 60_000);
      this.byMinute.set(minute, local);
    }
    return local;
  }

  private formatLocal(at: number): LocalTime {
    const parts = Object.fromEntries(this.format.formatToParts(new Date(at)).map((part) => [part.type, part.value]));
    return { day: `${parts['year']}-${parts['month']}-${parts['day']}`, minuteOfDay: Number(parts['hour']) * 60 + Number(parts['minute']) };
  }
}
