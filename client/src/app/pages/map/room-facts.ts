import type { IsolationKind, PressureRegime } from '../../core/api/floorplan.models';

export const NOT_RECORDED = 'Not recorded';

const ISOLATION_LABELS: Readonly<Record<IsolationKind, string>> = {
  none: 'None',
  airborne: 'Airborne',
  contact: 'Contact',
  protective: 'Protective environment',
};

const PRESSURE_LABELS: Readonly<Record<PressureRegime, string>> = {
  neutral: 'Neutral',
  negative: 'Negative (air flows in)',
  positive: 'Positive (air flows out)',
};

/** `negative_pressure` → `Negative pressure`: for values added on the server after this client. */
export function humanize(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function describeIsolation(isolation: IsolationKind | null): string {
  if (isolation === null) return NOT_RECORDED;
  return ISOLATION_LABELS[isolation] ?? humanize(isolation);
}

export function describePressure(pressure: PressureRegime | null): string {
  if (pressure === null) return NOT_RECORDED;
  return PRESSURE_LABELS[pressure] ?? humanize(pressure);
}
