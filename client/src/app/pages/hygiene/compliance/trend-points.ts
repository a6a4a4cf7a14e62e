import type { ComplianceDay } from '../../../core/api/hygiene.models';
import type { ChartPoint } from '../../../shared/chart-geometry';
import { percent } from '../../../shared/equipment-format';

/** One bar a day: its compliance; a day without opportunities has no bar (null), not a bar at zero. */
export function trendPoints(days: readonly ComplianceDay[]): ChartPoint[] {
  return days.map((day, index) => ({
    x: index,
    value: day.compliance,
    label: day.compliance === null ? `${day.day}: no opportunities` : `${day.day}: ${percent(day.compliance)} (${day.met} of ${day.opportunities} met)`,
  }));
}
