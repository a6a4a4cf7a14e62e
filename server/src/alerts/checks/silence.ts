/**
 * How long something has been silent, counted from the later of its last report and the moment we
 * started listening: a device is not blamed for silence while the server itself was down.
 */
export function silentForMs(lastHeardAt: Date | null, watchingSince: Date, now: Date): number {
  const from = lastHeardAt === null ? watchingSince.getTime() : Math.max(lastHeardAt.getTime(), watchingSince.getTime());
  return now.getTime() - from;
}

export const MINUTE_MS = 60_000;
