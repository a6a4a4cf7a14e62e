import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../../../core/api/api-error';
import { HygieneApiService } from '../../../core/api/hygiene-api.service';
import { type AuditReportFormat, MAX_AUDIT_REPORT_DAYS } from '../../../core/api/hygiene.models';
import { attachmentName, saveFile } from '../../../shared/save-file';
import { DEFAULT_PERIOD, type PeriodChoice, dayOf, resolvePeriod } from '../hygiene-period';
import { PeriodPickerComponent } from '../period-picker.component';
import { UnitSelectComponent } from '../unit-select.component';

/**
 * The infection-control audit report of a unit and period, made by the server as a PDF or CSV:
 * compliance tables and charts, the cleaning log, environment excursions with durations and
 * corrective notes. Downloaded with the session like every request, then offered as a file.
 */
@Component({
  selector: 'ww-audit-report-tab',
  imports: [PeriodPickerComponent, UnitSelectComponent],
  template: `
    <h2>Infection-control audit report</h2>
    <p class="muted">Compliance tables and charts, the cleaning log and the environment excursions of one unit, for the period chosen.</p>
    <div class="filters">
      <ww-unit-select testId="audit-unit" noneLabel="Choose a unit…" [value]="unit()" (chosen)="unit.set($event)" />
      <ww-period-picker testIdPrefix="audit-period" [choice]="period()" [maxDays]="maxDays" (chosen)="period.set($event)" />
    </div>
    <div class="filters">
      <button type="button" class="btn btn-primary" data-testid="audit-download-pdf" [disabled]="!ready()" (click)="download('pdf')">Download PDF</button>
      <button type="button" class="btn" data-testid="audit-download-csv" [disabled]="!ready()" (click)="download('csv')">Download CSV</button>
    </div>
    @if (busy()) {
      <p class="muted" role="status">Preparing the report…</p>
    }
    @if (error(); as message) {
      <p class="notice notice-error" role="alert" data-testid="audit-error">{{ message }}</p>
    }
    @if (saved(); as fileName) {
      <p class="notice notice-success" role="status" data-testid="audit-saved">Saved {{ fileName }}.</p>
    }
  `,
  styleUrl: '../hygiene-tab.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditReportTabComponent {
  private readonly api = inject(HygieneApiService);
  private readonly document = inject(DOCUMENT);

  protected readonly maxDays = MAX_AUDIT_REPORT_DAYS;
  protected readonly unit = signal('');
  protected readonly period = signal<PeriodChoice>(DEFAULT_PERIOD);
  protected readonly busy = signal(false);
  protected readonly ready = computed(() => this.unit() !== '' && !this.busy());
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);

  protected async download(format: AuditReportFormat): Promise<void> {
    const unit = this.unit();
    if (unit === '' || this.busy()) return;
    const { from, to } = resolvePeriod(this.period(), new Date());
    this.busy.set(true);
    this.error.set(null);
    this.saved.set(null);
    try {
      const response = await firstValueFrom(this.api.auditReport({ unit, from, to, format }));
      const fallback = `wardwatch-audit-${unit}-${dayOf(new Date(from))}-${dayOf(new Date(Date.parse(to) - 1))}.${format}`;
      const fileName = attachmentName(response.headers.get('Content-Disposition'), fallback);
      saveFile(fileName, response.body ?? new Blob([]), this.document);
      this.saved.set(fileName);
    } catch (error: unknown) {
      this.error.set(await reportErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}

/** A blob request's error body arrives as a Blob too: read it as the JSON error it is before wording it. */
async function reportErrorMessage(error: unknown): Promise<string> {
  const fallback = 'The audit report could not be made.';
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) return apiErrorMessage(error, fallback);
  try {
    const body: unknown = JSON.parse(await textOf(error.error));
    return apiErrorMessage(new HttpErrorResponse({ error: body, status: error.status }), fallback);
  } catch {
    return apiErrorMessage(new HttpErrorResponse({ status: error.status }), fallback);
  }
}

/** A blob's text through FileReader, which every browser (and the specs' DOM) has. */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
