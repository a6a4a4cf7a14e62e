import { DatePipe, formatDate } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Subject, catchError, of } from 'rxjs';
import { HygieneApiService } from '../../../core/api/hygiene-api.service';
import { ENVIRONMENT_MEASURES, type EnvironmentMeasure, type Excursion, MEASURE_LOOKS } from '../../../core/api/hygiene.models';
import { loadOnChange } from '../../../core/api/load-state';
import { ChartComponent } from '../../../shared/chart.component';
import { CsvDownloadService } from '../../../shared/csv';
import { RetryNoticeComponent } from '../../../shared/retry-notice.component';
import { SitePlacesService } from '../../equipment/site-places.service';
import { dayOf, periodRequests } from '../hygiene-period';
import { PeriodPickerComponent } from '../period-picker.component';
import { UnitSelectComponent } from '../unit-select.component';
import { READING_WINDOWS, type ReadingWindowId, limitLines, readingPoints, round } from './reading-points';

/** The longest period the excursions list accepts. */
const MAX_EXCURSION_DAYS = 366;

/**
 * Environment: a sensor's measure charted from the server's 1-minute or hourly aggregates (mean, and
 * the min–max band) with the limits that judge it, and the excursions of a period with their duration,
 * worst value and corrective note; the list exports as CSV.
 */
@Component({
  selector: 'ww-environment-tab',
  imports: [DatePipe, ChartComponent, PeriodPickerComponent, RetryNoticeComponent, UnitSelectComponent],
  template: `
    <h2>Environment readings</h2>
    <div class="filters">
      <label>
        Sensor
        <select data-testid="environment-sensor" (change)="deviceId.set(valueOf($event))">
          @for (sensor of sensors(); track sensor.id) {
            <option [value]="sensor.id" [selected]="sensor.id === shownDeviceId()">{{ sensor.name }}</option>
          }
        </select>
      </label>
      <label>
        Measure
        <select data-testid="environment-measure" (change)="measure.set(valueOf($event))">
          @for (option of measures; track option) {
            <option [value]="option" [selected]="option === measure()">{{ looks[option].label }}</option>
          }
        </select>
      </label>
      <label>
        Window
        <select data-testid="environment-window" (change)="window.set(valueOf($event))">
          @for (option of windows; track option.id) {
            <option [value]="option.id" [selected]="option.id === window()">{{ option.label }}</option>
          }
        </select>
      </label>
    </div>
    @if (placesError()) {
      <p class="notice notice-error" role="alert">The sensors on the floor plans could not be loaded.</p>
    }
    @if (readings().error; as message) {
      <ww-retry-notice [message]="message" (retry)="reloadReadings.next()" />
    } @else if (readings().loading) {
      <p class="muted">Loading readings…</p>
    } @else if (points().length === 0) {
      <p class="muted" data-testid="environment-no-readings">No {{ looks[measure()].label.toLowerCase() }} readings from this sensor in the window.</p>
    } @else {
      <ww-chart
        data-testid="environment-chart"
        [points]="points()"
        [references]="limits()"
        [xDomain]="chartWindow()"
        [formatValue]="formatReading"
        [label]="chartLabel()"
        [startLabel]="windowStart()"
        [endLabel]="'now'"
      />
      <p class="muted">
        Line: mean of each {{ resolution() }}; band: lowest to highest.
        @if (limits().length === 0) {
          Limits are drawn once the sensor has had an excursion in the period listed below.
        }
      </p>
    }

    <div class="section-heading">
      <h2>Excursions</h2>
      <button type="button" class="btn btn-small" data-testid="excursions-csv" [disabled]="!excursionList().length" (click)="exportCsv()">Export CSV</button>
    </div>
    <div class="filters">
      <ww-period-picker testIdPrefix="excursions-period" [choice]="period.choice()" [maxDays]="maxExcursionDays" (chosen)="period.choose($event)" />
      <ww-unit-select testId="excursions-unit" [value]="unit()" (chosen)="unit.set($event)" />
    </div>
    @if (excursions().error; as message) {
      <ww-retry-notice [message]="message" (retry)="reloadExcursions.next()" />
    }
    <div class="table-scroll">
      <table class="data-table" data-testid="excursions-table">
        <thead>
          <tr>
            <th scope="col">Room</th>
            <th scope="col">Measure</th>
            <th scope="col">Started</th>
            <th scope="col">Ended</th>
            <th scope="col" class="number">Duration</th>
            <th scope="col" class="number">Worst</th>
            <th scope="col">Limits</th>
            <th scope="col">Corrective note</th>
            <th scope="col"><span class="visually-hidden">Chart</span></th>
          </tr>
        </thead>
        <tbody>
          @for (excursion of excursionList(); track excursion.id) {
            <tr [attr.data-testid]="'excursion-row-' + excursion.id">
              <td>{{ excursion.roomName ?? excursion.deviceId }}</td>
              <td>{{ looks[excursion.measure].label }} {{ excursion.direction === 'high' ? 'high' : 'low' }}</td>
              <td>{{ excursion.startedAt | date: 'd MMM, HH:mm' }}</td>
              <td>
                @if (excursion.endedAt) {
                  {{ excursion.endedAt | date: 'd MMM, HH:mm' }}
                } @else {
                  <span class="badge badge-off">Ongoing</span>
                }
              </td>
              <td class="number">{{ excursion.durationMinutes === null ? '—' : minutes(excursion.durationMinutes) }}</td>
              <td class="number">{{ rounded(excursion.worstValue) }} {{ looks[excursion.measure].unit }}</td>
              <td>{{ limitText(excursion) }}</td>
              <td>
                {{ excursion.correctiveNote ?? '—' }}
                @if (excursion.resolvedBy) {
                  <span class="muted">({{ excursion.resolvedBy }})</span>
                }
              </td>
              <td><button type="button" class="btn btn-small" [attr.data-testid]="'excursion-chart-' + excursion.id" (click)="chart(excursion)">Chart</button></td>
            </tr>
          } @empty {
            <tr>
              <td colspan="9" class="muted">{{ excursions().loading ? 'Loading excursions…' : 'No excursions in this period.' }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styleUrl: '../hygiene-tab.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnvironmentTabComponent {
  private readonly api = inject(HygieneApiService);
  private readonly csv = inject(CsvDownloadService);
  private readonly locale = inject(LOCALE_ID);
  protected readonly reloadReadings = new Subject<void>();
  protected readonly reloadExcursions = new Subject<void>();

  protected readonly measures = ENVIRONMENT_MEASURES;
  protected readonly looks = MEASURE_LOOKS;
  protected readonly windows = READING_WINDOWS;
  protected readonly maxExcursionDays = MAX_EXCURSION_DAYS;

  protected readonly placesError = signal(false);
  private readonly places = toSignal(
    inject(SitePlacesService).places$.pipe(
      catchError(() => {
        this.placesError.set(true);
        return of(null);
      }),
    ),
    { initialValue: null },
  );
  protected readonly sensors = computed(() => this.places()?.sensors ?? []);

  protected readonly deviceId = signal<string | null>(null);
  protected readonly shownDeviceId = computed(() => this.deviceId() ?? this.sensors()[0]?.id ?? null);
  protected readonly measure = signal<EnvironmentMeasure>('temperature');
  protected readonly window = signal<ReadingWindowId>('24h');
  private readonly windowChoice = computed(() => READING_WINDOWS.find((option) => option.id === this.window()) ?? READING_WINDOWS[0]);
  protected readonly resolution = computed(() => this.windowChoice().resolution);

  /** The window ends when the sensor, measure or window is chosen (a retry asks for the same instants). */
  private readonly readingsQuery = computed(() => {
    const window = this.windowChoice();
    const now = Date.now();
    return { deviceId: this.shownDeviceId(), measure: this.measure(), resolution: window.resolution, from: now - window.ms, to: now };
  });
  protected readonly readings = loadOnChange(
    this.readingsQuery,
    this.reloadReadings,
    ({ deviceId, measure, resolution, from, to }) =>
      deviceId === null ? of([]) : this.api.readings({ deviceId, measure, resolution, from: new Date(from).toISOString(), to: new Date(to).toISOString() }),
    'The readings could not be loaded.',
  );
  protected readonly chartWindow = computed((): [number, number] => [this.readingsQuery().from, this.readingsQuery().to]);
  protected readonly points = computed(() => readingPoints(this.readings().value ?? [], this.resolution(), this.measure(), (at) => formatDate(at, 'd MMM, HH:mm', this.locale)));
  protected readonly limits = computed(() => {
    const deviceId = this.shownDeviceId();
    return deviceId === null ? [] : limitLines(this.excursionList(), deviceId, this.measure());
  });
  protected readonly chartLabel = computed(() => `${MEASURE_LOOKS[this.measure()].label} of ${this.sensors().find((sensor) => sensor.id === this.shownDeviceId())?.name ?? 'the sensor'}, ${this.windowChoice().label.toLowerCase()}`);
  protected readonly windowStart = computed(() => formatDate(this.readingsQuery().from, 'd MMM, HH:mm', this.locale));
  protected readonly formatReading = (value: number) => `${value} ${MEASURE_LOOKS[this.measure()].unit}`;

  protected readonly period = periodRequests();
  protected readonly unit = signal('');
  private readonly excursionsQuery = computed(() => ({ ...this.period.range(), unit: this.unit() || undefined }));
  protected readonly excursions = loadOnChange(this.excursionsQuery, this.reloadExcursions, (query) => this.api.excursions(query), 'The excursions could not be loaded.');
  protected readonly excursionList = computed(() => this.excursions().value ?? []);

  /** Charts the sensor and measure of an excursion, over a window that reaches back to its start. */
  protected chart(excursion: Excursion): void {
    this.deviceId.set(excursion.deviceId);
    this.measure.set(excursion.measure);
    const age = Date.now() - Date.parse(excursion.startedAt);
    this.window.set((READING_WINDOWS.find((option) => option.ms >= age) ?? READING_WINDOWS[READING_WINDOWS.length - 1]).id);
  }

  protected minutes(value: number): string {
    return value < 120 ? `${Math.round(value)} min` : `${round(value / 60)} h`;
  }

  protected rounded(value: number): number {
    return round(value);
  }

  protected limitText(excursion: Excursion): string {
    const unit = MEASURE_LOOKS[excursion.measure].unit;
    if (excursion.limitMin !== null && excursion.limitMax !== null) return `${excursion.limitMin}–${excursion.limitMax} ${unit}`;
    if (excursion.limitMin !== null) return `≥ ${excursion.limitMin} ${unit}`;
    return excursion.limitMax === null ? '—' : `≤ ${excursion.limitMax} ${unit}`;
  }

  protected exportCsv(): void {
    const { from, to } = this.excursionsQuery();
    const rows = this.excursionList().map((excursion) => [
      excursion.unit,
      excursion.roomName,
      excursion.deviceId,
      MEASURE_LOOKS[excursion.measure].label,
      excursion.direction,
      excursion.limitMin,
      excursion.limitMax,
      excursion.startedAt,
      excursion.alarmedAt,
      excursion.endedAt,
      excursion.durationMinutes,
      excursion.worstValue,
      excursion.worstAt,
      excursion.acknowledgedAt,
      excursion.escalatedAt,
      excursion.correctiveNote,
      excursion.resolvedBy,
    ]);
    this.csv.save(`excursions-${dayOf(new Date(from))}-${dayOf(new Date(Date.parse(to) - 1))}.csv`, [
      ['Unit', 'Room', 'Sensor', 'Measure', 'Direction', 'Limit min', 'Limit max', 'Started', 'Alarm', 'Ended', 'Duration (min)', 'Worst value', 'Worst at', 'Acknowledged', 'Escalated', 'Corrective note', 'Resolved by'],
      ...rows,
    ]);
  }

  protected valueOf<T extends string>(event: Event): T {
    return (event.target as HTMLSelectElement).value as T;
  }
}
