import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { signInAs } from '../../../../testing/auth';
import { byTestId, enter } from '../../../../testing/dom';
import { INFECTION_NURSE, VIEWER } from '../../../../testing/fixtures';
import { roomCleaning } from '../../../../testing/hygiene-fixtures';
import { CleaningTabComponent } from './cleaning-tab.component';

const BOARD = [
  roomCleaning({ roomId: 'main-1-102', roomName: 'Room 102' }),
  roomCleaning({ roomId: 'main-1-101', roomName: 'Room 101', state: 'needs_terminal_clean', terminalRequired: true, overdue: true, dueBy: '2026-11-26T08:00:00.000Z' }),
  roomCleaning({ roomId: 'main-1-icu-1', roomName: 'ICU bay 1', unit: 'Intensive care unit', state: 'in_progress', lastVerification: { at: '2026-11-26T06:00:00.000Z', method: 'atp', passed: false, value: 412 } }),
  roomCleaning({ roomId: 'main-0-or', roomName: 'Theatre', unit: null, state: 'dirty', lastCleanedAt: null, dueBy: null }),
];

describe('CleaningTabComponent', () => {
  let backend: HttpTestingController;

  async function open(user = INFECTION_NURSE): Promise<ComponentFixture<CleaningTabComponent>> {
    TestBed.configureTestingModule({ imports: [CleaningTabComponent], providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    await signInAs(user);
    const fixture = TestBed.createComponent(CleaningTabComponent);
    backend.expectOne('/api/hygiene/rooms/cleaning').flush(BOARD);
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => backend.verify());

  it('counts rooms per state, lists them by unit (no unit last) with overdue rooms first and highlighted', async () => {
    const fixture = await open();
    expect(['clean', 'dirty', 'in_progress', 'needs_terminal_clean', 'overdue'].map((state) => byTestId(fixture, `cleaning-count-${state}`)?.textContent)).toEqual(['1', '1', '1', '1', '1']);
    const tables = [...(fixture.nativeElement as HTMLElement).querySelectorAll('table')].map((table) => table.dataset['testid']);
    expect(tables).toEqual(['cleaning-unit-Intensive care unit', 'cleaning-unit-Medical ward', 'cleaning-unit-No unit']);
    const ward = [...(byTestId(fixture, 'cleaning-unit-Medical ward')?.querySelectorAll('tbody tr') ?? [])] as HTMLElement[];
    expect(ward.map((row) => [row.dataset['testid'], row.classList.contains('overdue')])).toEqual([
      ['cleaning-row-main-1-101', true],
      ['cleaning-row-main-1-102', false],
    ]);
    expect(ward[0].textContent).toContain('Needs terminal clean');
    expect(ward[0].textContent).toContain('Overdue');
    expect(byTestId(fixture, 'cleaning-row-main-1-icu-1')?.textContent).toContain('Failed ATP 412 RLU');
    expect(byTestId(fixture, 'cleaning-row-main-0-or')?.textContent).toContain('none on record');
  });

  it('shows one unit alone when chosen', async () => {
    const fixture = await open();
    enter(fixture, '[data-testid="cleaning-unit"]', 'Intensive care unit');
    await fixture.whenStable();
    expect(byTestId(fixture, 'cleaning-unit-Medical ward')).toBeNull();
    expect(byTestId(fixture, 'cleaning-unit-Intensive care unit')).not.toBeNull();
  });

  it('records a terminal clean for infection control and shows the room’s new state', async () => {
    const fixture = await open();
    byTestId(fixture, 'record-event-main-1-101')?.click();
    await fixture.whenStable();
    enter(fixture, '[data-testid="room-event-kind"]', 'terminal');
    byTestId(fixture, 'room-event-submit')?.click();
    const request = backend.expectOne({ method: 'POST', url: '/api/hygiene/rooms/main-1-101/events' });
    expect(request.request.body).toEqual({ type: 'cleaning_completed', kind: 'terminal' });
    request.flush(roomCleaning({ roomId: 'main-1-101', roomName: 'Room 101', state: 'clean' }));
    await fixture.whenStable();
    expect(byTestId(fixture, 'cleaning-row-main-1-101')?.dataset['state']).toBe('clean');
    expect(byTestId(fixture, 'room-event-recorded')?.textContent).toContain('Recorded for Room 101: now clean.');
    expect(byTestId(fixture, 'cleaning-count-overdue')?.textContent).toBe('0');
  });

  it('records a failed verification, and says what the server refused', async () => {
    const fixture = await open();
    byTestId(fixture, 'record-event-main-1-102')?.click();
    await fixture.whenStable();
    enter(fixture, '[data-testid="room-event-type"]', 'verification');
    await fixture.whenStable();
    (byTestId(fixture, 'room-event-passed') as HTMLInputElement).click();
    byTestId(fixture, 'room-event-submit')?.click();
    const request = backend.expectOne({ method: 'POST', url: '/api/hygiene/rooms/main-1-102/events' });
    expect(request.request.body).toEqual({ type: 'verification', method: 'atp', passed: false });
    request.flush({ statusCode: 400, error: 'Bad Request', message: 'at must not be in the future' }, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    expect(byTestId(fixture, 'room-event-error')?.textContent).toBe('at must not be in the future');
  });

  it('offers no event recording to other roles', async () => {
    const fixture = await open(VIEWER);
    expect(byTestId(fixture, 'record-event-main-1-101')).toBeNull();
  });
});
