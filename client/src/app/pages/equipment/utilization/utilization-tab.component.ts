import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subject } from 'rxjs';
import { EquipmentApiService } from '../../../core/api/equipment-api.service';
import type { UtilizationQuery } from '../../../core/api/equipment.models';
import { loadOnChange } from '../../../core/api/load-state';
import { CsvDownloadService } from '../../../shared/csv';
import { duration, percent } from '../../../shared/equipment-format';
import { RetryNoticeComponent } from '../../../shared/retry-notice.component';
import { equipmentTypes } from '../equipment-lookups';
import { RangePickerComponent } from './range-picker.component';
import { rangeRequests } from './range-requests';
import { type RangeChoice, rangeChoiceOf, rangeParams, sameChoice } from './time-range';
import { UtilizationBarComponent } from './utilization-bar.component';
import { type AssetRow, type TypeRow, type UtilizationSort, type UtilizationSortKey, sortedRows, utilizationCsvRows } from './utilization-rows';

/**
 * How much each type and each asset was used over a range (the server splits the time into used,
 * idle and out of service from the status history and the rooms the tags were in), sortable, and
 * exported as CSV. The range is a preset ending now or a custom from–to; the type filter is the API's.
 * Range and type live in the URL (`?range=24h|30d|custom&from=&to=&type=`; a week by default), so a
 * view can be bookmarked and shared.
 */
@Component({
  selector: 'ww-utilization-tab',
  imports: [NgTemplateOutlet, RouterLink, RangePickerComponent, RetryNoticeComponent, UtilizationBarComponent],
  templateUrl: './utilization-tab.component.html',
  styleUrl: './utilization.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UtilizationTabComponent {
  private readonly api = inject(EquipmentApiService);
  private readonly csv = inject(CsvDownloadService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly reloads = new Subject<void>();

  /** Query parameters. */
  readonly type = input<string>();
  readonly range = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();

  protected readonly types = equipmentTypes();
  protected readonly choice = computed(() => rangeChoiceOf({ range: this.range(), from: this.from(), to: this.to() }), { equal: sameChoice });
  private readonly requests = rangeRequests(this.choice, (choice) => this.navigate(rangeParams(choice)));
  protected readonly sort = signal<UtilizationSort>({ key: 'utilization', descending: true });
  protected readonly columns: { key: UtilizationSortKey; label: string }[] = [
    { key: 'utilization', label: 'Utilization' },
    { key: 'usedSeconds', label: 'Used' },
    { key: 'idleSeconds', label: 'Idle' },
    { key: 'outOfServiceSeconds', label: 'Out of service' },
    { key: 'patientCareSeconds', label: 'In patient-care rooms' },
  ];
  protected readonly duration = duration;
  protected readonly percent = percent;

  private readonly query = computed((): UtilizationQuery => ({ ...this.requests.range(), type: this.type() || undefined }));
  protected readonly outcome = loadOnChange(this.query, this.reloads, (query) => this.api.utilization(query), 'Utilization could not be loaded.');
  protected readonly loaded = computed(() => this.outcome().value ?? []);

  private readonly typeRows = computed((): TypeRow[] => {
    const names = new Map(this.types().map((type) => [type.code, type.name]));
    return this.loaded().map((figures) => ({ name: names.get(figures.typeCode) ?? figures.typeCode, figures }));
  });
  private readonly assetRows = computed((): AssetRow[] =>
    this.typeRows().flatMap(({ name: typeName, figures: type }) =>
      type.assets.map((figures) => ({ name: figures.assetTag, typeCode: type.typeCode, typeName, figures })),
    ),
  );
  protected readonly sortedTypes = computed(() => sortedRows(this.typeRows(), this.sort()));
  protected readonly sortedAssets = computed(() => sortedRows(this.assetRows(), this.sort()));

  protected chooseType(event: Event): void {
    this.navigate({ type: (event.target as HTMLSelectElement).value || null });
  }

  protected chooseRange(choice: RangeChoice): void {
    this.requests.choose(choice);
  }

  /** A new column sorts highest first (names A–Z); the same column again reverses. */
  protected sortBy(key: UtilizationSortKey): void {
    this.sort.update((sort) => (sort.key === key ? { key, descending: !sort.descending } : { key, descending: key !== 'name' }));
  }

  protected ariaSort(key: UtilizationSortKey): 'ascending' | 'descending' | null {
    const sort = this.sort();
    return sort.key === key ? (sort.descending ? 'descending' : 'ascending') : null;
  }

  protected reload(): void {
    this.reloads.next();
  }

  private navigate(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }

  protected exportCsv(): void {
    const { from, to } = this.requests.range();
    this.csv.save(`utilization-${fileStamp(from)}-${fileStamp(to)}.csv`, utilizationCsvRows(this.sortedTypes(), this.sortedAssets()));
  }
}

/** `2026-03-02T09:00:00.000Z` as `20260302T0900Z`: safe in a file name on every system. */
export function fileStamp(iso: string): string {
  return iso.replace(/:\d{2}\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}
