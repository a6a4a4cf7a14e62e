import { DatePipe, formatDate } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, signal } from '@angular/core';
import { Subject, of } from 'rxjs';
import { HygieneApiService } from '../../../core/api/hygiene-api.service';
import { ENVIRONMENT_MEASURES, type EnvironmentMeasure, type EnvironmentSensor, type Excursion, MEASURE_LOOKS, SPACE_KIND_LABELS, type SensorLimit } from '../../../core/api/hygiene.models';
import { loadOnChange } from '../../../core/api/load-state';
import { ChartComponent } from '../../../shared/chart.component';
import { CsvDownloadService } from '../../../shared/csv';
import { RetryNoticeComponent } from '../../../shared/retry-notice.component';
import { dayOf, periodRequests } from '../hygiene-period';
import { isHygieneInvestigator } from '../hygiene-roles';
import { PeriodPickerComponent } from '../period-picker.component';
import { UnitSelectComponent } from '../unit-select.component';
import { LimitFormComponent } from './limit-form.component';
import { READING_WINDOWS, type ReadingWindowId, limitLines, limitSourceText, rangeText, readingPoints, round } from './reading-points';

/** The longest period the excursions list accepts. */
const MAX_EXCURSION_DAYS = 366;

/**
 * Environment: a sensor (grouped by unit and room, with the kind of space it is judged as) and one of
 * its measures charted from the server's 1-minute or hourly aggregates (mean, and the min–max band)
 * with the limit in force and where it comes from; infection control and admins override a room's
 * limit from here. Below, the excursions of a period with their duration,
 * worst value and corrective note; the list exports as CSV.
 */
@Component({
  selector: 'ww-environment-tab',
  imports: [DatePipe, ChartComponent, LimitFormComponent, PeriodPickerComponent, RetryNoticeComponent, UnitSelectComponent],
  template: `
    <h2>Environment readings</h2>
    <div class="filters">
      <label>
        Sensor
        <select data-testid="environment-sensor" (change)="deviceId.set(valueOf($event))">
          @for (group of sensorGroups(); track group.label) {
            <optgroup [label]="group.label">
              @for (sensor of group.sensors; track sensor.id) {
                <option [value]="sensor.id" [selected]="sensor.id === shownDeviceId()">{{ sensor.name }} ({{ spaceKinds[sensor.spaceKind] }})</option>
              }
            </optgroup>
          }
        </select>
      </label>
      <label>
        Measure
        <select data-testid="environment-measure" (change)="measure.set(valueOf($event))">
          @for (option of measureChoices(); track $index) {
            <option [value]="option" [selected]="option === shownMeasure()">{{ looks[option].label }}</option>
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
    @if (sensorList().error; as message) {
      <ww-retry-notice [message]="message" (retry)="reloadSensors.next()" />
    }
    @if (shownSensor(); as sensor) {
      <div class="limits" data-testid="environment-limits">
        @if (shownLimit(); as limit) {
          <p>
            {{ looks[shownMeasure()].label }} limits: <strong>{{ range(limit.min, limit.max) }}</strong>, clears {{ limit.clearMargin }} {{ looks[shownMeasure()].unit }} inside,
            after {{ limit.startDelayMs / 60000 }} min out · <span data-testid="environment-limit-source">{{ sourceText(limit) }}</span>
          </p>
        } @else {
          <p class="muted">{{ looks[shownMeasure()].label }} is not limited where this sensor stands ({{ spaceKinds[sensor.spaceKind] }}).</p>
        }
        @if (editableRoom(); as room) {
          @if (editing()) {
            <ww-limit-form [roomId]="room.id" [roomName]="room.name" [measure]="shownMeasure()" [limit]="shownLimit()" (changed)="limitsChanged()" (closed)="editing.set(false)" />
          } @else {
            <button type="button" class="btn btn-small" data-testid="limit-edit" (click)="editing.set(true)">Edit limits of {{ room.name }}</button>
          }
        }
      </div>
    }
    @if (readings().error; as message) {
      <ww-retry-notice [message]="message" (retry)="reloadReadings.next()" />
    } @else if (readings().loading) {
      <p class="muted">Loading readings…</p>
    } @else if (points().length === 0) {
      <p class="muted" data-testid="environment-no-readings">No {{ looks[shownMeasure()].label.toLowerCase() }} readings from this sensor in the window.</p>
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
      <p class="muted">Line: mean of each {{ resolution() }}; band: lowest to highest; min and max lines: the limits in force now.</p>
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
              <td>{{ range(excursion.limitMin, excursion.limitMax, excursion.measure) }}</td>
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
  protected readonly investigator = isHygieneInvestigator();
  protected readonly reloadReadings = new Subject<void>();
  protected readonly reloadExcursions = new Subject<void>();

  protected readonly measures = ENVIRONMENT_MEASURES;
  protected readonly looks = MEASURE_LOOKS;
  protected readonly spaceKinds = SPACE_KIND_LABELS;
  protected readonly windows = READING_WINDOWS;
  protected readonly maxExcursionDays = MAX_EXCURSION_DAYS;

  protected readonly reloadSensors = new Subject<void>();
  protected readonly sensorList = loadOnChange(signal(null), this.reloadSensors, () => this.api.sensors(), 'The environment sensors could not be loaded.');
  private readonly sensors = computed(() => this.sensorList().value ?? []);
  /** Sensors grouped by unit and room, as the select offers them. */
  protected readonly sensorGroups = computed(() => {
    const groups = new Map<string, EnvironmentSensor[]>();
    for (const sensor of this.sensors()) {
      const label = sensor.room === null ? 'No room' : `${sensor.room.unit ?? 'No unit'} · ${sensor.room.name}`;
      groups.set(label, [...(groups.get(label) ?? []), sensor]);
    }
    return [...groups].map(([label, sensors]) => ({ label, sensors })).sort((a, b) => a.label.localeCompare(b.label));
  });

  protected readonly deviceId = signal<string | null>(null);
  protected readonly shownDeviceId = computed(() => this.deviceId() ?? this.sensorGroups()[0]?.sensors[0]?.id ?? null);
  protected readonly shownSensor = computed(() => this.sensors().find((sensor) => sensor.id === this.shownDeviceId()) ?? null);
  protected readonly measure = signal<EnvironmentMeasure>('temperature');
  /** The sensor's declared measures (every measure for one that declares none). */
  protected readonly measureChoices = computed(() => {
    const declared = this.shownSensor()?.measures.map((entry) => entry.measure) ?? [];
    return declared.length > 0 ? declared : ENVIRONMENT_MEASURES;
  });
  /** The measure chosen, or the sensor's first when it does not report that one. */
  protected readonly shownMeasure = computed(() => (this.measureChoices().includes(this.measure()) ? this.measure() : this.measureChoices()[0]));
  protected readonly shownLimit = computed(() => this.shownSensor()?.measures.find((entry) => entry.measure === this.shownMeasure())?.limit ?? null);
  /** The room whose limits an investigator may override here: a room-air sensor's (a fridge's probe keeps its own). */
  protected readonly editableRoom = computed(() => {
    const sensor = this.shownSensor();
    return this.investigator() && sensor !== null && sensor.spaceKind !== 'medication_fridge' ? sensor.room : null;
  });
  protected readonly editing = signal(false);
  protected readonly window = signal<ReadingWindowId>('24h');
  private readonly windowChoice = computed(() => READING_WINDOWS.find((option) => option.id === this.window()) ?? READING_WINDOWS[0]);
  protected readonly resolution = computed(() => this.windowChoice().resolution);

  /** The window ends when the sensor, measure or window is chosen (a retry asks for the same instants). */
  private readonly readingsQuery = computed(() => {
    const window = this.windowChoice();
    const now = Date.now();
    return { deviceId: this.shownDeviceId(), measure: this.shownMeasure(), resolution: window.resolution, from: now - window.ms, to: now };
  });
  protected readonly readings = loadOnChange(
    this.readingsQuery,
    this.reloadReadings,
    ({ deviceId, measure, resolution, from, to }) =>
      deviceId === null ? of([]) : this.api.readings({ deviceId, measure, resolution, from: new Date(from).toISOString(), to: new Date(to).toISOString() }),
    'The readings could not be loaded.',
  );
  protected readonly chartWindow = computed((): [number, number] => [this.readingsQuery().from, this.readingsQuery().to]);
  protected readonly points = computed(() => readingPoints(this.readings().value ?? [], this.resolution(), this.shownMeasure(), (at) => formatDate(at, 'd MMM, HH:mm', this.locale)));
  protected readonly limits = computed(() => limitLines(this.shownLimit(), this.shownMeasure()));
  protected readonly chartLabel = computed(() => {
    const sensor = this.shownSensor();
    const name = sensor === null ? 'the sensor' : `${sensor.name}${sensor.room === null ? '' : ` · ${sensor.room.name}`}`;
    return `${MEASURE_LOOKS[this.shownMeasure()].label} of ${name}, ${this.windowChoice().label.toLowerCase()}`;
  });
  protected readonly windowStart = computed(() => formatDate(this.readingsQuery().from, 'd MMM, HH:mm', this.locale));
  protected readonly formatReading = (value: number) => `${value} ${MEASURE_LOOKS[this.shownMeasure()].unit}`;

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

  protected range(min: number | null, max: number | null, measure = this.shownMeasure()): string {
    return rangeText(min, max, measure);
  }

  protected sourceText(limit: SensorLimit): string {
    return limitSourceText(limit, (iso) => formatDate(iso, 'd MMM, HH:mm', this.locale));
  }

  /** An override was set or removed: the limits in force are read again and drawn. */
  protected limitsChanged(): void {
    this.editing.set(false);
    this.reloadSensors.next();
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
