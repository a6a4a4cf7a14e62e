import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Subject } from 'rxjs';
import { HygieneApiService } from '../../../core/api/hygiene-api.service';
import {
  COMPLIANCE_DIMENSIONS,
  COMPLIANCE_DIMENSION_LABELS,
  type ComplianceDimension,
  GROUP_LEVEL_DIMENSIONS,
  type GroupLevelDimension,
  MAX_COMPLIANCE_DAYS,
} from '../../../core/api/hygiene.models';
import { loadOnChange } from '../../../core/api/load-state';
import { ChartComponent } from '../../../shared/chart.component';
import { CsvDownloadService } from '../../../shared/csv';
import { duration, percent } from '../../../shared/equipment-format';
import { RetryNoticeComponent } from '../../../shared/retry-notice.component';
import { isHygieneInvestigator } from '../hygiene-roles';
import { dayOf, periodRequests } from '../hygiene-period';
import { PeriodPickerComponent } from '../period-picker.component';
import { UnitSelectComponent } from '../unit-select.component';
import { trendPoints } from './trend-points';

/**
 * The hand-hygiene compliance dashboard: the period's opportunities and how many were met (by the
 * dispenser's badge read or by place and time), the daily trend, the figures by unit, room, role,
 * shift, entry or exit (and by person for infection control and admins), and group-level compliance
 * where there are no badges. The server computes every figure; the table exports as CSV.
 */
@Component({
  selector: 'ww-compliance-tab',
  imports: [ChartComponent, PeriodPickerComponent, RetryNoticeComponent, UnitSelectComponent],
  templateUrl: './compliance-tab.component.html',
  styleUrl: '../hygiene-tab.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComplianceTabComponent {
  private readonly api = inject(HygieneApiService);
  private readonly csv = inject(CsvDownloadService);
  protected readonly reloads = new Subject<void>();
  protected readonly groupLevelReloads = new Subject<void>();

  protected readonly maxDays = MAX_COMPLIANCE_DAYS;
  protected readonly dimensionLabels = COMPLIANCE_DIMENSION_LABELS;
  /** Compliance by person is for infection control and admins; the server refuses it to others. */
  private readonly investigator = isHygieneInvestigator();
  protected readonly dimensions = computed(() => COMPLIANCE_DIMENSIONS.filter((dimension) => dimension !== 'staff' || this.investigator()));
  protected readonly percent = percent;

  protected readonly period = periodRequests();
  private readonly range = this.period.range;
  protected readonly unit = signal('');
  protected readonly by = signal<ComplianceDimension>('unit');

  private readonly query = computed(() => ({ ...this.range(), by: this.by(), unit: this.unit() || undefined }));
  protected readonly report = loadOnChange(this.query, this.reloads, (query) => this.api.compliance(query), 'Compliance could not be loaded.');
  protected readonly trend = computed(() => trendPoints(this.report().value?.trend ?? []));
  protected readonly trendHasBars = computed(() => this.trend().some((point) => point.value !== null));

  /** Group-level figures come by unit, room or day: the dashboard's grouping when it is one of those. */
  protected readonly groupLevelBy = computed((): GroupLevelDimension => ((GROUP_LEVEL_DIMENSIONS as readonly string[]).includes(this.by()) ? (this.by() as GroupLevelDimension) : 'unit'));
  private readonly groupLevelQuery = computed(() => ({ ...this.range(), by: this.groupLevelBy(), unit: this.unit() || undefined }));
  protected readonly groupLevel = loadOnChange(this.groupLevelQuery, this.groupLevelReloads, (query) => this.api.groupLevelCompliance(query), 'Group-level compliance could not be loaded.');

  protected readonly formatShare = (value: number) => `${Math.round(value * 100)} %`;

  /** A rule's window as people read it: `2 min`, `45 s`. */
  protected seconds(ms: number): string {
    return duration(ms / 1000);
  }

  protected chooseBy(event: Event): void {
    this.by.set((event.target as HTMLSelectElement).value as ComplianceDimension);
  }

  protected exportCsv(): void {
    const report = this.report().value;
    if (!report) return;
    const label = COMPLIANCE_DIMENSION_LABELS[report.by];
    const rows = report.groups.map((group) => [group.label, group.opportunities, group.met, group.metByBadge, group.compliance]);
    this.csv.save(`hand-hygiene-compliance-by-${report.by}-${dayOf(new Date(report.from))}-${dayOf(new Date(Date.parse(report.to) - 1))}.csv`, [
      [label, 'Opportunities', 'Met', 'Met by badge', 'Compliance'],
      ...rows,
      ['Total', report.total.opportunities, report.total.met, report.total.metByBadge, report.total.compliance],
    ]);
  }
}
