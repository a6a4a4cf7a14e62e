import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subject } from 'rxjs';
import { EquipmentApiService } from '../../../core/api/equipment-api.service';
import { DEFAULT_PM_HORIZON_DAYS, type PmDue } from '../../../core/api/equipment.models';
import { loadOnChange } from '../../../core/api/load-state';
import { AssetStatusBadgeComponent } from '../../../shared/asset-status-badge.component';
import { type CsvCell, CsvDownloadService } from '../../../shared/csv';
import { RetryNoticeComponent } from '../../../shared/retry-notice.component';
import { equipmentTypes } from '../equipment-lookups';

/** Horizons offered, in days (the server takes 0–366; 0 is overdue and due today). */
export const PM_HORIZONS: readonly number[] = [0, 7, 14, DEFAULT_PM_HORIZON_DAYS, 60, 90, 180, 366];

/** When it falls due, as people say it. */
export function dueText(due: Pick<PmDue, 'daysUntilDue'>): string {
  const days = due.daysUntilDue;
  if (days < 0) return days === -1 ? 'Overdue by 1 day' : `Overdue by ${-days} days`;
  if (days === 0) return 'Due today';
  return days === 1 ? 'Due tomorrow' : `Due in ${days} days`;
}

/**
 * Preventive maintenance overdue or coming due within a horizon, for biomed to plan. The server
 * compares calendar dates at the site and answers soonest first, so overdue assets lead the list.
 * The horizon lives in the URL (`?within=7`; the server's 30 days by default).
 */
@Component({
  selector: 'ww-maintenance-tab',
  imports: [RouterLink, AssetStatusBadgeComponent, RetryNoticeComponent],
  templateUrl: './maintenance-tab.component.html',
  styles: `
    .horizon {
      max-width: 16rem;
    }

    tr.overdue td:first-child {
      box-shadow: inset 4px 0 0 var(--ww-danger);
    }

    .nowrap {
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MaintenanceTabComponent {
  private readonly api = inject(EquipmentApiService);
  private readonly csv = inject(CsvDownloadService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly reloads = new Subject<void>();

  /** `?within=`: days ahead; one of PM_HORIZONS. */
  readonly within = input<string>();

  protected readonly types = equipmentTypes();
  protected readonly horizons = PM_HORIZONS;
  protected readonly withinDays = computed(() => {
    const days = Number(this.within() || Number.NaN);
    return PM_HORIZONS.includes(days) ? days : DEFAULT_PM_HORIZON_DAYS;
  });
  protected readonly dueText = dueText;

  protected readonly outcome = loadOnChange(this.withinDays, this.reloads, (days) => this.api.pmDue(days), 'Maintenance due could not be loaded.');
  protected readonly due = computed(() => this.outcome().value ?? []);
  protected readonly rows = computed(() => {
    const names = new Map(this.types().map((type) => [type.code, type.name]));
    return this.due().map((due) => ({ due, typeName: names.get(due.asset.typeCode) ?? due.asset.typeCode }));
  });
  protected readonly overdueCount = computed(() => this.due().filter((due) => due.overdue).length);

  protected horizonLabel(days: number): string {
    return days === 0 ? 'Overdue and due today' : `Overdue and due within ${days} days`;
  }

  protected chooseHorizon(event: Event): void {
    const days = Number((event.target as HTMLSelectElement).value);
    const queryParams = { within: days === DEFAULT_PM_HORIZON_DAYS ? null : days };
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }

  protected reload(): void {
    this.reloads.next();
  }

  protected exportCsv(): void {
    const header: CsvCell[] = ['asset_id', 'asset_number', 'name', 'type', 'home_unit', 'status', 'pm_due_date', 'days_until_due', 'overdue'];
    const lines = this.rows().map(({ due, typeName }): CsvCell[] => [
      due.asset.id,
      due.asset.assetTag,
      due.asset.name,
      typeName,
      due.asset.homeUnit,
      due.asset.status,
      due.pmDueDate,
      due.daysUntilDue,
      due.overdue ? 'yes' : 'no',
    ]);
    this.csv.save(`pm-due-within-${this.withinDays()}-days.csv`, [header, ...lines]);
  }
}
