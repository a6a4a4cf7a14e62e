import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ContactInvestigation } from '../../../core/api/hygiene.models';
import { fakeCsvDownloads, type SavedCsv } from '../../../../testing/csv-downloads';
import { byTestId, enter, textOf } from '../../../../testing/dom';
import { EQUIPMENT_TYPES } from '../../../../testing/equipment-fixtures';
import { serveHygienePlaces } from '../../../../testing/hygiene-fixtures';
import { ContactsTabComponent } from './contacts-tab.component';

const HOUR = 3_600_000;

const FOUND: ContactInvestigation = {
  room: { id: 'main-1-101', name: 'Room 101', unit: 'Ward 1' },
  from: '2026-11-25T08:00:00.000Z',
  to: '2026-11-25T20:00:00.000Z',
  staff: [
    { staffId: 12, name: 'Amara Okafor', role: 'nurse', badgeId: 'ibeacon:a', enteredAt: '2026-11-25T10:00:00.000Z', leftAt: '2026-11-25T10:09:00.000Z', overlapMs: 540_000 },
    { staffId: 13, name: 'Ben Hale', role: 'doctor', badgeId: 'ibeacon:c', enteredAt: '2026-11-25T18:00:00.000Z', leftAt: null, overlapMs: 2 * HOUR },
  ],
  equipment: [{ assetId: 42, name: 'Pump 42', type: 'infusion_pump', tagId: 'ibeacon:b', enteredAt: '2026-11-25T07:00:00.000Z', leftAt: '2026-11-25T09:31:00.000Z', overlapMs: 91 * 60_000 }],
};

describe('ContactsTabComponent', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<ContactsTabComponent>;
  let saved: SavedCsv[];

  beforeEach(async () => {
    const downloads = fakeCsvDownloads();
    saved = downloads.saved;
    TestBed.configureTestingModule({ imports: [ContactsTabComponent], providers: [provideHttpClient(), provideHttpClientTesting(), downloads.provider] });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ContactsTabComponent);
    await fixture.whenStable();
    serveHygienePlaces(backend);
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const contactsRequest = () => backend.expectOne((candidate) => candidate.url === '/api/hygiene/contacts');

  async function findContacts(): Promise<void> {
    (byTestId(fixture, 'contacts-find') as HTMLButtonElement).click();
    await fixture.whenStable();
  }

  it('offers the floor plans’ rooms under their unit and the last 24 hours', () => {
    const groups = [...(fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="contacts-room"] optgroup')];
    expect(groups.map((group) => [group.getAttribute('label'), [...group.querySelectorAll('option')].map((option) => option.value)])).toEqual([
      ['Emergency department', ['main-0-ed']],
      ['Ward 1', ['main-1-101']],
    ]);
    const from = Date.parse((byTestId(fixture, 'contacts-from') as HTMLInputElement).value);
    const to = Date.parse((byTestId(fixture, 'contacts-to') as HTMLInputElement).value);
    expect(to - from).toBe(24 * HOUR);
    expect(Math.abs(Date.now() - to)).toBeLessThan(2 * 60_000);
  });

  it('asks for no room until one is chosen, then sends the room and the period as instants', async () => {
    await findContacts();
    expect(fixture.nativeElement.querySelector('#contacts-room-error')?.textContent).toContain('Choose a room.');
    backend.expectNone((candidate) => candidate.url === '/api/hygiene/contacts');

    enter(fixture, '[data-testid="contacts-room"]', 'main-1-101');
    enter(fixture, '[data-testid="contacts-from"]', '2026-11-25T08:00');
    enter(fixture, '[data-testid="contacts-to"]', '2026-11-25T20:00');
    await fixture.whenStable();
    await findContacts();
    const params = contactsRequest().request.params;
    expect([params.get('roomId'), params.get('from'), params.get('to')]).toEqual(['main-1-101', new Date(2026, 10, 25, 8).toISOString(), new Date(2026, 10, 25, 20).toISOString()]);
    expect(fixture.nativeElement.querySelector('#contacts-room-error')).toBeNull();
  });

  it('refuses a period ending before it starts, under the To field', async () => {
    enter(fixture, '[data-testid="contacts-room"]', 'main-1-101');
    enter(fixture, '[data-testid="contacts-to"]', '2020-01-01T00:00');
    await findContacts();
    expect(fixture.nativeElement.querySelector('#contacts-to-error')?.textContent).toContain('The period must end after it starts.');
    backend.expectNone((candidate) => candidate.url === '/api/hygiene/contacts');
  });

  it('shows the staff and the equipment with local times, “still there” and hours and minutes, and exports both', async () => {
    enter(fixture, '[data-testid="contacts-room"]', 'main-1-101');
    await findContacts();
    contactsRequest().flush(FOUND);
    await fixture.whenStable();
    const rows = (testId: string) => [...(byTestId(fixture, testId)?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()));
    const local = (iso: string) => {
      const at = new Date(iso);
      return `${at.getDate()} Nov, ${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
    };
    expect(rows('contacts-staff')).toEqual([
      ['Amara Okafor', 'nurse', 'ibeacon:a', local('2026-11-25T10:00:00.000Z'), local('2026-11-25T10:09:00.000Z'), '9 min'],
      ['Ben Hale', 'doctor', 'ibeacon:c', local('2026-11-25T18:00:00.000Z'), 'still there', '2 h'],
    ]);
    expect(rows('contacts-equipment')).toEqual([['Pump 42', 'Infusion pump', 'ibeacon:b', local('2026-11-25T07:00:00.000Z'), local('2026-11-25T09:31:00.000Z'), '1 h 31 min']]);
    expect(byTestId(fixture, 'contacts-heading')?.textContent).toContain('Room 101, Ward 1');

    byTestId(fixture, 'contacts-csv')?.click();
    expect(saved).toHaveLength(1);
    expect(saved[0].fileName).toMatch(/^wardwatch-contacts-main-1-101-2026-11-2\d-\d{4}-2026-11-2\d-\d{4}\.csv$/);
    expect(saved[0].rows.slice(1)).toEqual([
      ['staff', 'Amara Okafor', 'nurse', 'ibeacon:a', '2026-11-25T10:00:00.000Z', '2026-11-25T10:09:00.000Z', 9],
      ['staff', 'Ben Hale', 'doctor', 'ibeacon:c', '2026-11-25T18:00:00.000Z', null, 120],
      ['equipment', 'Pump 42', 'infusion_pump', 'ibeacon:b', '2026-11-25T07:00:00.000Z', '2026-11-25T09:31:00.000Z', 91],
    ]);
  });

  it('says when no one and nothing was in the room, with nothing to export', async () => {
    enter(fixture, '[data-testid="contacts-room"]', 'main-1-101');
    await findContacts();
    contactsRequest().flush({ ...FOUND, staff: [], equipment: [] });
    await fixture.whenStable();
    expect(byTestId(fixture, 'contacts-empty')?.textContent).toContain('No staff badge or equipment tag was in Room 101 in this period.');
    expect(byTestId(fixture, 'contacts-staff')).toBeNull();
    expect((byTestId(fixture, 'contacts-csv') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows a 400 under the field it names, and an unknown room as a whole', async () => {
    enter(fixture, '[data-testid="contacts-room"]', 'main-1-101');
    await findContacts();
    contactsRequest().flush(
      { statusCode: 400, error: 'Bad Request', message: 'from: must be an ISO 8601 date-time', issues: [{ field: 'from', message: 'must be an ISO 8601 date-time' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('#contacts-from-error')?.textContent).toContain('must be an ISO 8601 date-time');
    expect(byTestId(fixture, 'contacts-from')?.getAttribute('aria-invalid')).toBe('true');
    expect(byTestId(fixture, 'contacts-error')).toBeNull();

    await findContacts();
    contactsRequest().flush({ statusCode: 404, error: 'Not Found', message: 'No room main-1-101 on the floor plans' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('#contacts-from-error')).toBeNull();
    expect(byTestId(fixture, 'contacts-error')?.textContent).toBe('No room main-1-101 on the floor plans');
    expect(textOf(fixture)).not.toContain('Staff (');
  });
});
