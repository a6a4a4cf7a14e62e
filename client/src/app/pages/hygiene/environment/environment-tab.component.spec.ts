import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, type TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { User } from '../../../core/api/auth.models';
import { signInAs } from '../../../../testing/auth';
import { fakeCsvDownloads, type SavedCsv } from '../../../../testing/csv-downloads';
import { byTestId, enter } from '../../../../testing/dom';
import { INFECTION_NURSE, VIEWER } from '../../../../testing/fixtures';
import { environmentSensors, excursion, sensorLimit, serveHygienePlaces } from '../../../../testing/hygiene-fixtures';
import { EnvironmentTabComponent } from './environment-tab.component';

const HOUR = 3_600_000;
const FRIDGE = 'main-1-env-001';
const ROOM_AIR = 'main-1-env-002';

describe('EnvironmentTabComponent', () => {
  let backend: HttpTestingController;
  let saved: SavedCsv[];
  let fixture: ComponentFixture<EnvironmentTabComponent>;

  const sensorsRequest = (): TestRequest => backend.expectOne('/api/hygiene/environment/sensors');
  const readingsRequest = (): TestRequest => backend.expectOne((request) => request.url === '/api/hygiene/environment/readings');
  const excursionsRequest = (): TestRequest => backend.expectOne((request) => request.url === '/api/hygiene/environment/excursions');
  const text = (testId: string) => byTestId(fixture, testId)?.textContent?.replace(/\s+/g, ' ').trim();

  /** Opens the tab as `user`, the sensors and excursions answered; the first sensor's readings are left asked. */
  async function open(user: User = VIEWER): Promise<void> {
    const downloads = fakeCsvDownloads();
    saved = downloads.saved;
    TestBed.configureTestingModule({ imports: [EnvironmentTabComponent], providers: [provideHttpClient(), provideHttpClientTesting(), downloads.provider] });
    backend = TestBed.inject(HttpTestingController);
    await signInAs(user);
    fixture = TestBed.createComponent(EnvironmentTabComponent);
    await fixture.whenStable();
    serveHygienePlaces(backend);
    sensorsRequest().flush(environmentSensors());
    excursionsRequest().flush([]);
    await fixture.whenStable();
  }

  /** Answers the readings asked so far with none, then picks a sensor (and a measure); the last readings asked are left open. */
  async function pick(deviceId: string, measure?: string): Promise<void> {
    readingsRequest().flush([]);
    enter(fixture, '[data-testid="environment-sensor"]', deviceId);
    await fixture.whenStable();
    if (measure !== undefined) {
      readingsRequest().flush([]);
      enter(fixture, '[data-testid="environment-measure"]', measure);
      await fixture.whenStable();
    }
  }

  afterEach(() => backend.verify());

  it('offers the sensors grouped by unit and room, each with the kind of space it is judged as', async () => {
    await open();
    readingsRequest().flush([]);
    const groups = [...(byTestId(fixture, 'environment-sensor')?.querySelectorAll('optgroup') ?? [])];
    expect(groups.map((group) => [group.label, [...group.querySelectorAll('option')].map((option) => option.textContent?.trim())])).toEqual([
      ['Emergency department · ED majors', ['ED air (general air)']],
      ['Ward 1 · Room 101', ['Med fridge 1 (medication fridge)', 'Environment, Room 101 (patient room)']],
    ]);
  });

  it('charts the sensor’s measure with the limits in force, though it never had an excursion, and says their source', async () => {
    await open();
    readingsRequest().flush([]);
    enter(fixture, '[data-testid="environment-sensor"]', FRIDGE);
    await fixture.whenStable();
    const readings = readingsRequest();
    const params = readings.request.params;
    expect([params.get('deviceId'), params.get('measure'), params.get('resolution')]).toEqual([FRIDGE, 'temperature', 'minute']);
    expect(Date.parse(params.get('to') ?? '') - Date.parse(params.get('from') ?? '')).toBe(24 * HOUR);
    readings.flush([
      { start: '2026-11-26T09:00:00.000Z', count: 6, min: 4.1, max: 4.6, mean: 4.3 },
      { start: '2026-11-26T09:01:00.000Z', count: 6, min: 4.2, max: 4.8, mean: 4.5 },
    ]);
    await fixture.whenStable();

    const chart = byTestId(fixture, 'environment-chart') as HTMLElement;
    expect(chart.querySelector('[data-testid="chart-line"]')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(chart.querySelector('[data-testid="chart-band"]')).not.toBeNull();
    expect([...chart.querySelectorAll('.reference-label')].map((label) => label.textContent)).toEqual(['min 2 °C', 'max 8 °C']);
    expect(chart.querySelector('svg')?.getAttribute('aria-label')).toBe('Temperature of Med fridge 1 · Room 101, last 24 h');
    expect(text('environment-limits')).toBe('Temperature limits: 2–8 °C, clears 0.5 °C inside, after 15 min out · default: WHO storage guidelines, CDC vaccine storage toolkit');
    // A fridge's probe keeps its limits: nobody overrides them from here, and a viewer overrides nothing.
    expect(byTestId(fixture, 'limit-edit')).toBeNull();
  });

  it('offers the sensor’s own measures, says who overrode a limit, and when a measure is not limited', async () => {
    await open();
    await pick(ROOM_AIR);
    expect([...(byTestId(fixture, 'environment-measure')?.querySelectorAll('option') ?? [])].map((option) => option.value)).toEqual(['temperature', 'humidity', 'particles']);
    readingsRequest().flush([]);
    enter(fixture, '[data-testid="environment-measure"]', 'humidity');
    await fixture.whenStable();
    expect(readingsRequest().request.params.get('measure')).toBe('humidity');
    expect(text('environment-limits')).toContain('≤ 55 %');
    expect(text('environment-limit-source')).toMatch(/^override by user:iris at 25 Nov, \d\d:30$/);
    enter(fixture, '[data-testid="environment-measure"]', 'particles');
    await fixture.whenStable();
    readingsRequest().flush([]);
    await fixture.whenStable();
    expect(text('environment-limits')).toBe('Particles is not limited where this sensor stands (patient room).');
  });

  it('lets infection control override a room’s limit and draws the new one', async () => {
    await open(INFECTION_NURSE);
    await pick(ROOM_AIR);
    readingsRequest().flush([{ start: '2026-11-26T09:00:00.000Z', count: 6, min: 22, max: 23, mean: 22.5 }]);
    byTestId(fixture, 'limit-edit')?.click();
    await fixture.whenStable();
    const value = (testId: string) => (byTestId(fixture, testId) as HTMLInputElement).value;
    expect(['limit-min', 'limit-max', 'limit-clear-margin', 'limit-start-delay'].map(value)).toEqual(['21', '24', '0.5', '30']);
    enter(fixture, '[data-testid="limit-max"]', '22.5');
    enter(fixture, '[data-testid="limit-start-delay"]', '10');
    byTestId(fixture, 'limit-save')?.click();
    const put = backend.expectOne('/api/hygiene/environment/limits/main-1-101/temperature');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ min: 21, max: 22.5, clearMargin: 0.5, startDelayMs: 600_000 });
    put.flush({});
    const sensors = environmentSensors();
    sensors[2].measures[0].limit = sensorLimit({ min: 21, max: 22.5, startDelayMs: 600_000, source: 'override', guidance: null, setBy: 'user:iris', setAt: '2026-11-26T09:40:00.000Z' });
    sensorsRequest().flush(sensors);
    await fixture.whenStable();
    expect(byTestId(fixture, 'limit-form')).toBeNull();
    expect([...(byTestId(fixture, 'environment-chart')?.querySelectorAll('.reference-label') ?? [])].map((label) => label.textContent)).toEqual(['min 21 °C', 'max 22.5 °C']);
    expect(text('environment-limit-source')).toContain('override by user:iris');
  });

  it('shows the server’s message under the field it names, and removes an override', async () => {
    await open(INFECTION_NURSE);
    await pick(ROOM_AIR, 'humidity');
    readingsRequest().flush([]);
    byTestId(fixture, 'limit-edit')?.click();
    await fixture.whenStable();
    enter(fixture, '[data-testid="limit-min"]', '58');
    byTestId(fixture, 'limit-save')?.click();
    backend
      .expectOne('/api/hygiene/environment/limits/main-1-101/humidity')
      .flush(
        { statusCode: 400, error: 'Bad Request', message: 'max must exceed min by at least twice the clear margin', issues: [{ field: 'max', message: 'must exceed min by at least twice the clear margin' }] },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(byTestId(fixture, 'limit-form')?.querySelector('#limit-max-error')?.textContent).toContain('must exceed min');
    expect(byTestId(fixture, 'limit-max')?.getAttribute('aria-invalid')).toBe('true');
    expect(byTestId(fixture, 'limit-error')).toBeNull();

    byTestId(fixture, 'limit-remove')?.click();
    const removal = backend.expectOne('/api/hygiene/environment/limits/main-1-101/humidity');
    expect(removal.request.method).toBe('DELETE');
    removal.flush(null, { status: 204, statusText: 'No Content' });
    sensorsRequest().flush(environmentSensors());
    await fixture.whenStable();
    expect(byTestId(fixture, 'limit-form')).toBeNull();
  });

  it('says an error the form has no field for as a whole', async () => {
    await open(INFECTION_NURSE);
    await pick(ROOM_AIR);
    readingsRequest().flush([]);
    byTestId(fixture, 'limit-edit')?.click();
    await fixture.whenStable();
    byTestId(fixture, 'limit-save')?.click();
    backend.expectOne('/api/hygiene/environment/limits/main-1-101/temperature').flush({ statusCode: 403, error: 'Forbidden', message: 'Only infection control and admins set limits.' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    expect(text('limit-error')).toBe('Only infection control and admins set limits.');
    expect(byTestId(fixture, 'limit-form')).not.toBeNull();
  });

  it('asks for hourly buckets over a longer window, and says when there are no readings', async () => {
    await open();
    await pick(FRIDGE);
    readingsRequest().flush([]);
    await fixture.whenStable();
    expect(byTestId(fixture, 'environment-no-readings')?.textContent).toContain('No temperature readings');
    enter(fixture, '[data-testid="environment-window"]', '7d');
    await fixture.whenStable();
    const params = readingsRequest().request.params;
    expect([params.get('measure'), params.get('resolution')]).toEqual(['temperature', 'hour']);
    expect(Date.parse(params.get('to') ?? '') - Date.parse(params.get('from') ?? '')).toBe(7 * 24 * HOUR);
  });

  it('lists excursions with their duration, worst value, limits and corrective note, an ongoing one marked', async () => {
    await open();
    readingsRequest().flush([]);
    byTestId(fixture, 'excursions-period-30')?.click();
    await fixture.whenStable();
    excursionsRequest().flush([excursion(), excursion({ id: 2, measure: 'pressure_differential', direction: 'high', limitMin: null, limitMax: -2.5, endedAt: null, durationMinutes: null, worstValue: 1.04, correctiveNote: null, resolvedBy: null })]);
    await fixture.whenStable();
    const cells = (id: number) => [...(byTestId(fixture, `excursion-row-${id}`)?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells(1)).toEqual(['Room 101', 'Temperature high', expect.any(String), expect.any(String), '40 min', '11.2 °C', '2–8 °C', 'Door left ajar; stock checked (infection)', 'Chart']);
    expect(cells(2).slice(3, 8)).toEqual(['Ongoing', '—', '1 Pa', '≤ -2.5 Pa', '—']);
  });

  it('asks for the unit and period chosen, and exports the excursions as CSV', async () => {
    await open();
    readingsRequest().flush([]);
    enter(fixture, '[data-testid="excursions-unit"]', 'Ward 1');
    await fixture.whenStable();
    const request = excursionsRequest();
    expect(request.request.params.get('unit')).toBe('Ward 1');
    request.flush([excursion()]);
    await fixture.whenStable();
    byTestId(fixture, 'excursions-csv')?.click();
    expect(saved[0].rows[0]).toEqual(['Unit', 'Room', 'Sensor', 'Measure', 'Direction', 'Limit min', 'Limit max', 'Started', 'Alarm', 'Ended', 'Duration (min)', 'Worst value', 'Worst at', 'Acknowledged', 'Escalated', 'Corrective note', 'Resolved by']);
    expect(saved[0].rows[1]).toEqual(['Ward 1', 'Room 101', 'main-1-env-001', 'Temperature', 'high', 2, 8, '2026-11-25T10:00:00.000Z', '2026-11-25T10:15:00.000Z', '2026-11-25T10:40:00.000Z', 40, 11.24, '2026-11-25T10:30:00.000Z', '2026-11-25T10:20:00.000Z', null, 'Door left ajar; stock checked', 'infection']);
    byTestId(fixture, 'excursions-period-90')?.click();
    await fixture.whenStable();
    const params = excursionsRequest().request.params;
    expect(Date.parse(params.get('to') ?? '') - Date.parse(params.get('from') ?? '')).toBeGreaterThan(89 * 24 * HOUR);
  });

  it('charts an excursion’s sensor and measure from the list', async () => {
    await open();
    readingsRequest().flush([]);
    enter(fixture, '[data-testid="excursions-unit"]', 'Ward 1');
    await fixture.whenStable();
    excursionsRequest().flush([excursion({ id: 3, deviceId: ROOM_AIR, measure: 'humidity', startedAt: new Date(Date.now() - 3 * 24 * HOUR).toISOString() })]);
    await fixture.whenStable();
    byTestId(fixture, 'excursion-chart-3')?.click();
    await fixture.whenStable();
    const params = readingsRequest().request.params;
    expect([params.get('deviceId'), params.get('measure'), params.get('resolution')]).toEqual([ROOM_AIR, 'humidity', 'hour']);
  });
});
