import { alertCondition, type AlertCondition } from '../alert-condition.js';
import { EQUIPMENT_PM_DUE } from '../alert-kinds.js';

/** An asset's next preventive maintenance, as the equipment registry reports it. */
export interface MaintenanceDue {
  assetId: string;
  name: string;
  /** `YYYY-MM-DD`: a calendar date. */
  dueDate: string;
  /** Calendar days from today at the site to the due date; negative when overdue. */
  daysUntilDue: number;
  floorId: string | null;
  roomId: string | null;
}

/** How far ahead a PM due date raises a warning: two weeks to book the technician and take the device out of use. */
export const PM_DUE_WITHIN_DAYS = 14;

/**
 * A warning when the PM falls due within `withinDays` days (today and the 14th day ahead included);
 * critical once the due date has passed. On the due date itself the PM is due, not yet overdue.
 */
export function pmDueConditions(items: readonly MaintenanceDue[], withinDays = PM_DUE_WITHIN_DAYS): AlertCondition[] {
  const conditions: AlertCondition[] = [];
  for (const item of items) {
    if (item.daysUntilDue > withinDays) continue;
    const overdue = item.daysUntilDue < 0;
    conditions.push(
      alertCondition({
        kind: EQUIPMENT_PM_DUE,
        subjectType: 'asset',
        subjectId: item.assetId,
        severity: overdue ? 'critical' : 'warning',
        title: overdue ? `${item.name}: preventive maintenance overdue` : `${item.name}: preventive maintenance due`,
        detail: { assetName: item.name, dueDate: item.dueDate, overdue },
        floorId: item.floorId,
        roomId: item.roomId,
      }),
    );
  }
  return conditions;
}
