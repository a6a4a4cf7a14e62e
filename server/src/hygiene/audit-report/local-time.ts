/**
 * Instants as the hospital reads them: local date and time in the site's IANA time zone, from the
 * platform's zone data (Intl), not the server's own zone.
 */
export class LocalTimeFormat {
  private readonly format: Intl.DateTimeFormat;

  constructor(readonly timeZone: string) {
    // en-CA gives YYYY-MM-DD; h23 keeps midnight as 00.
    this.format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  }

  /** `YYYY-MM-DD HH:MM`, local. */
  dateTime(at: number): string {
    const parts = Object.fromEntries(this.format.formatToParts(new Date(at)).map((part) => [part.type, part.value]));
    return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}`;
  }
}
