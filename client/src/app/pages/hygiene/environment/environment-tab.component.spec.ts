import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, type TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { fakeCsvDownloads, type SavedCsv } from '../../../../testing/csv-downloads';
import { byTestId, enter } from '../../../../testing/dom';
import { excursion, serveHygienePlaces } from '../../../../testing/hygiene-fixtures';
import { EnvironmentTabComponent } from './environment-tab.component';

const HOUR = 3_600_000;

describe('EnvironmentTabComponent', () => {
  let backend: HttpTestingController;
  let saved: SavedCsv[];
  let fixture: ComponentFixture<EnvironmentTabComponent>;

  const readingsRequest = (): TestRequest => backend.expectOne((request) => request.url === '/api/hygiene/environment/readings');
  const excursionsRequest = (): TestRequest => backend.expectOne((request) => request.url === '/api/hygiene/environment/excursions');

  beforeEach(async () => {
    const downloads = fakeCsvDownloads();
    saved = downloads.saved;
    TestBed.configureTestingModule({ imports: [EnvironmentTabComponent], providers: [provideHttpClient(), provideHttpClientTesting(), downloads.provider] });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EnvironmentTabComponent);
    await fixture.whenStable();
    serveHygienePlaces(backend);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  it('charts the first sensor’s temperature over the last 24 h by minute, with the limits of its latest excursion', async () => {
    const readings = readingsRequest();
    const params = readings.request.params;
    expect([params.get('deviceId'), params.get('measure'), params.get('resolution')]).toEqual(['main-1-env-001', 'temperature', 'minute']);
    expect(Date.parse(params.get('to') ?? '') - Date.parse(params.get('from') ?? '')).toBe(24 * HOUR);
    readings.flush([
      { start: '2026-11-26T09:00:00.000Z', count: 6, min: 4.1, max: 4.6, mean: 4.3 },
      { start: '2026-11-26T09:01:00.000Z', count: 6, min: 4.2, max: 4.8, mean: 4.5 },
    ]);
    excursionsRequest().flush([excursion()]);
    await fixture.whenStable();

    const chart = byTestId(fixture, 'environment-chart') as HTMLElement;
    expect(chart.querySelector('[data-testid="chart-line"]')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(chart.querySelector('[data-testid="chart-band"]')).not.toBeNull();
    expect([...chart.querySelectorAll('.reference-label')].map((label) => label.textContent)).toEqual(['min 2 °C', 'max 8 °C']);
    expect(chart.querySelector('svg')?.getAttribute('aria-label')).toBe('Temperature of Med fridge 1 · Room 101 · First floor, last 24 h');
  });

  it('names each sensor for its room and floor, the room once', async () => {
    readingsRequest().flush([]);
    excursionsRequest().flush([]);
    await fixture.whenStable();
    expect([...(byTestId(fixture, 'environment-sensor')?.querySelectorAll('option') ?? [])].map((option) => option.textContent?.trim())).toEqual([
      'Med fridge 1 · Room 101 · First floor',
      'Environment, Room 101 · First floor',
    ]);
  });

  it('asks for hourly buckets over a longer window, and says when there are no readings', async () => {
    readingsRequest().flush([]);
    excursionsRequest().flush([]);
    await fixture.whenStable();
    expect(byTestId(fixture, 'environment-no-readings')?.textContent).toContain('No temperature readings');
    enter(fixture, '[data-testid="environment-window"]', '7d');
    enter(fixture, '[data-testid="environment-measure"]', 'humidity');
    await fixture.whenStable();
    const params = readingsRequest().request.params;
    expect([params.get('measure'), params.get('resolution')]).toEqual(['humidity', 'hour']);
    expect(Date.parse(params.get('to') ?? '') - Date.parse(params.get('from') ?? '')).toBe(7 * 24 * HOUR);
  });

  it('lists excursions with their duration, worst value, limits and corrective note, an ongoing one marked', async () => {
    readingsRequest().flush([]);
    excursionsRequest().flush([excursion(), excursion({ id: 2, measure: 'pressure_differential', direction: 'high', limitMin: null, limitMax: -2.5, endedAt: null, durationMinutes: null, worstValue: 1.04, correctiveNote: null, resolvedBy: null })]);
    await fixture.whenStable();
    const cells = (id: number) => [...(byTestId(fixture, `excursion-row-${id}`)?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells(1)).toEqual(['Room 101', 'Temperature high', expect.any(String), expect.any(String), '40 min', '11.2 °C', '2–8 °C', 'Door left ajar; stock checked (infection)', 'Chart']);
    expect(cells(2).slice(3, 8)).toEqual(['Ongoing', '—', '1 Pa', '≤ -2.5 Pa', '—']);
  });

  it('asks for the unit and period chosen, and exports the excursions as CSV', async () => {
    readingsRequest().flush([]);
    excursionsRequest().flush([excursion()]);
    await fixture.whenStable();
    byTestId(fixture, 'excursions-csv')?.click();
    expect(saved[0].rows[0]).toEqual(['Unit', 'Room', 'Sensor', 'Measure', 'Direction', 'Limit min', 'Limit max', 'Started', 'Alarm', 'Ended', 'Duration (min)', 'Worst value', 'Worst at', 'Acknowledged', 'Escalated', 'Corrective note', 'Resolved by']);
    expect(saved[0].rows[1]).toEqual(['Ward 1', 'Room 101', 'main-1-env-001', 'Temperature', 'high', 2, 8, '2026-11-25T10:00:00.000Z', '2026-11-25T10:15:00.000Z', '2026-11-25T10:40:00.000Z', 40, 11.24, '2026-11-25T10:30:00.000Z', '2026-11-25T10:20:00.000Z', null, 'Door left ajar; stock checked', 'infection']);

    enter(fixture, '[data-testid="excursions-unit"]', 'Ward 1');
    await fixture.whenStable();
    expect(excursionsRequest().request.params.get('unit')).toBe('Ward 1');
    byTestId(fixture, 'excursions-period-90')?.click();
    await fixture.whenStable();
    const params = excursionsRequest().request.params;
    expect(Date.parse(params.get('to') ?? '') - Date.parse(params.get('from') ?? '')).toBeGreaterThan(89 * 24 * HOUR);
  });

  it('charts an excursion’s sensor and measure from the list', async () => {
    readingsRequest().flush([]);
    excursionsRequest().flush([excursion({ id: 3, deviceId: 'main-1-env-001', measure: 'co2', startedAt: new Date(Date.now() - 3 * 24 * HOUR).toISOString() })]);
    await fixture.whenStable();
    byTestId(fixture, 'excursion-chart-3')?.click();
    await fixture.whenStable();
    const params = readingsRequest().request.params;
    expect([params.get('measure'), params.get('resolution')]).toEqual(['co2', 'hour']);
  });
});
