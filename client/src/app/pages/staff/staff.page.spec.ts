import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { StaffMember } from '../../core/api/staff.models';
import { byTestId, enter, textOf } from '../../../testing/dom';
import { StaffPage } from './staff.page';

const AMARA: StaffMember = {
  id: 7,
  displayName: 'Amara Okafor',
  role: 'nurse',
  unit: 'Intensive care unit',
  employeeNumber: 'E-1001',
  active: true,
  badgeTagId: null,
  badgeAssignedAt: null,
  createdAt: '2026-11-26T07:00:00.000Z',
  updatedAt: '2026-11-26T07:00:00.000Z',
};
const BADGE = 'ibeacon:5a1e0d7c-93b4-4f6e-8c21-d0a9e7b3f415:2:7';

describe('StaffPage', () => {
  let fixture: ComponentFixture<StaffPage>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [StaffPage], providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StaffPage);
    const first = backend.expectOne((r) => r.url === '/api/hygiene/staff');
    expect(first.request.params.get('active')).toBe('true');
    first.flush({ total: 1, items: [AMARA] });
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  async function manageAmara(tags = [{ tagId: BADGE, lastSeenAt: '2026-11-26T07:55:00.000Z', floorId: 'main-1', roomId: 'main-1-icu-bay-01', roomName: 'ICU bay 1' }]): Promise<void> {
    (fixture.nativeElement.querySelector('[aria-label="Manage Amara Okafor"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    backend.expectOne('/api/equipment/unpaired-tags').flush(tags);
    await fixture.whenStable();
  }

  it('lists staff with role, unit, badge and status', () => {
    const row = byTestId(fixture, 'staff-row-7')?.textContent ?? '';
    expect(row).toContain('Amara Okafor');
    expect(row).toContain('Nurse');
    expect(row).toContain('Intensive care unit');
    expect(row).toContain('No badge');
    expect(row).toContain('Active');
  });

  it('searches by text and role, with deactivated staff on request', async () => {
    enter(fixture, '#staff-q', ' okafor ');
    enter(fixture, '#staff-role-filter', 'physician');
    (fixture.nativeElement.querySelector('#staff-show-inactive') as HTMLInputElement).click();
    byTestId(fixture, 'staff-search')?.click();
    const request = backend.expectOne((r) => r.url === '/api/hygiene/staff');
    expect(request.request.params.keys().sort()).toEqual(['limit', 'q', 'role']);
    expect(request.request.params.get('q')).toBe('okafor');
    request.flush({ total: 0, items: [] });
    await fixture.whenStable();
    expect(textOf(fixture)).toContain('Nobody matches.');
  });

  it('adds a person, sending empty optional fields as null', async () => {
    enter(fixture, '#staff-display-name', 'Tom Reyes');
    enter(fixture, '#staff-role', 'environmental_services');
    byTestId(fixture, 'staff-save')?.click();
    const request = backend.expectOne({ method: 'POST', url: '/api/hygiene/staff' });
    expect(request.request.body).toEqual({ displayName: 'Tom Reyes', role: 'environmental_services', unit: null, employeeNumber: null });
    request.flush({ ...AMARA, id: 8, displayName: 'Tom Reyes', role: 'environmental_services', unit: null, employeeNumber: null });
    await fixture.whenStable();
    expect(byTestId(fixture, 'staff-row-8')?.textContent).toContain('Environmental services');
    expect(textOf(fixture)).toContain('Tom Reyes was added.');
  });

  it('does not send a person without a name, and shows the server refusing a unit', async () => {
    byTestId(fixture, 'staff-save')?.click();
    await fixture.whenStable();
    backend.expectNone('/api/hygiene/staff');
    expect(textOf(fixture)).toContain('Enter the name');

    enter(fixture, '#staff-display-name', 'Tom Reyes');
    enter(fixture, '#staff-unit', 'Narnia ward');
    byTestId(fixture, 'staff-save')?.click();
    backend
      .expectOne({ method: 'POST', url: '/api/hygiene/staff' })
      .flush({ statusCode: 400, error: 'Bad Request', message: 'unit: must be a unit of the floor plans: Intensive care unit' }, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    expect(byTestId(fixture, 'staff-save-error')?.textContent).toContain('unit: must be a unit of the floor plans');
  });

  it('edits the person selected', async () => {
    await manageAmara();
    expect((fixture.nativeElement.querySelector('#staff-display-name') as HTMLInputElement).value).toBe('Amara Okafor');
    enter(fixture, '#staff-role', 'physician');
    byTestId(fixture, 'staff-save')?.click();
    const request = backend.expectOne({ method: 'PATCH', url: '/api/hygiene/staff/7' });
    expect(request.request.body).toEqual({ displayName: 'Amara Okafor', role: 'physician', unit: 'Intensive care unit', employeeNumber: 'E-1001' });
    request.flush({ ...AMARA, role: 'physician' });
    await fixture.whenStable();
    expect(byTestId(fixture, 'staff-row-7')?.textContent).toContain('Physician');
  });

  it('assigns a badge from the tags heard that nothing has, and takes it back', async () => {
    await manageAmara();
    expect(textOf(fixture)).toContain('ICU bay 1');
    enter(fixture, '#badge-choice', BADGE);
    await fixture.whenStable();
    byTestId(fixture, 'assign-badge')?.click();
    const assign = backend.expectOne({ method: 'POST', url: '/api/hygiene/staff/7/badge' });
    expect(assign.request.body).toEqual({ tagId: BADGE });
    assign.flush({ ...AMARA, badgeTagId: BADGE, badgeAssignedAt: '2026-11-26T08:00:00.000Z' });
    await fixture.whenStable();
    expect(byTestId(fixture, 'staff-row-7')?.textContent).toContain(BADGE);
    // The badge given is no longer offered.
    expect(fixture.nativeElement.querySelectorAll('#badge-choice option').length).toBe(1);

    byTestId(fixture, 'unassign-badge')?.click();
    backend.expectOne({ method: 'DELETE', url: '/api/hygiene/staff/7/badge' }).flush(AMARA);
    await fixture.whenStable();
    expect(byTestId(fixture, 'staff-row-7')?.textContent).toContain('No badge');
  });

  it("shows why the server refused a badge (another owner's tag)", async () => {
    await manageAmara();
    enter(fixture, '#badge-choice', BADGE);
    await fixture.whenStable();
    byTestId(fixture, 'assign-badge')?.click();
    backend
      .expectOne({ method: 'POST', url: '/api/hygiene/staff/7/badge' })
      .flush({ statusCode: 409, error: 'Conflict', message: `Tag ${BADGE} is asset EQ-0007 (id 7)` }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(byTestId(fixture, 'staff-action-error')?.textContent).toContain('is asset EQ-0007');
  });

  it('deactivates and reactivates', async () => {
    await manageAmara();
    byTestId(fixture, 'toggle-active')?.click();
    backend.expectOne({ method: 'POST', url: '/api/hygiene/staff/7/deactivate' }).flush({ ...AMARA, active: false });
    await fixture.whenStable();
    expect(byTestId(fixture, 'staff-row-7')?.textContent).toContain('Deactivated');
    expect(byTestId(fixture, 'assign-badge')).toBeNull();
    byTestId(fixture, 'toggle-active')?.click();
    backend.expectOne({ method: 'POST', url: '/api/hygiene/staff/7/reactivate' }).flush(AMARA);
    await fixture.whenStable();
    expect(byTestId(fixture, 'staff-row-7')?.textContent).toContain('Active');
  });
});
