import type { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { signInAs } from '../../../testing/auth';
import { EQUIPMENT_TYPES, asset, serveSitePlaces } from '../../../testing/equipment-fixtures';
import { BIOMED, VIEWER } from '../../../testing/fixtures';
import { type RoutedPage, routedPage } from '../../../testing/routed-page';
import { EQUIPMENT_ROUTES } from './equipment.routes';

@Component({ template: 'map' })
class MapStubPage {}

describe('Equipment routes', () => {
  let routed: RoutedPage;
  let backend: HttpTestingController;

  beforeEach(async () => {
    routed = await routedPage([
      { path: 'equipment', children: EQUIPMENT_ROUTES },
      { path: 'map', component: MapStubPage },
    ]);
    backend = routed.backend;
  });

  afterEach(() => backend.verify());

  const page = () => routed.element();
  const byTestId = (id: string) => routed.byTestId(id);
  const settle = () => routed.settle();

  async function openList(): Promise<void> {
    await routed.harness.navigateByUrl('/equipment');
    await settle();
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    serveSitePlaces(backend);
    backend.expectOne((request) => request.url === '/api/equipment/assets').flush({ total: 0, items: [] });
    await settle();
  }

  it('offers registering equipment to biomed and admins only', async () => {
    await signInAs(VIEWER);
    await openList();
    expect(byTestId('equipment-table')).not.toBeNull();
    expect(byTestId('register-asset')).toBeNull();

    await signInAs(BIOMED);
    await settle();
    expect(byTestId('register-asset')?.getAttribute('href')).toBe('/equipment/new');
  });

  it('shows every role utilization, and only biomed and admins maintenance due', async () => {
    await signInAs(VIEWER);
    await openList();
    expect(byTestId('equipment-tab-utilization')?.getAttribute('href')).toBe('/equipment/utilization');
    expect(byTestId('equipment-tab-maintenance')).toBeNull();

    await signInAs(BIOMED);
    await settle();
    expect(byTestId('equipment-tab-maintenance')?.getAttribute('href')).toBe('/equipment/maintenance');
    byTestId('equipment-tab-maintenance')?.click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/equipment/maintenance');
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    backend.expectOne('/api/equipment/pm-due?withinDays=30').flush([]);
    await settle();
    expect(byTestId('equipment-tab-maintenance')?.getAttribute('aria-current')).toBe('page');
    expect(byTestId('maintenance-table')).not.toBeNull();
  });

  it('keeps other roles out of maintenance due', async () => {
    await signInAs(VIEWER);
    await routed.harness.navigateByUrl('/equipment/maintenance');
    await settle();
    expect(TestBed.inject(Router).url).toBe('/map');
  });

  it('keeps other roles out of the registration form', async () => {
    await signInAs(VIEWER);
    await routed.harness.navigateByUrl('/equipment/new');
    await settle();
    expect(TestBed.inject(Router).url).toBe('/map');
  });

  it('registers equipment with what was entered, then opens it', async () => {
    await signInAs(BIOMED);
    await routed.harness.navigateByUrl('/equipment/new');
    await settle();
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    serveSitePlaces(backend);
    backend.expectOne('/api/equipment/unpaired-tags').flush([]);
    await settle();

    const enter = (selector: string, value: string) => {
      const field = page().querySelector(selector) as HTMLInputElement | HTMLSelectElement;
      field.value = value;
      field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
    };
    byTestId('asset-form-submit')?.click();
    await settle();
    expect(page().textContent).toContain('Choose a type.');
    backend.expectNone('/api/equipment/assets');

    enter('#asset-tag', ' EQ-0200 ');
    enter('#asset-name', 'Ventilator 200');
    enter('#asset-type', 'ventilator');
    enter('#asset-home-unit', 'Intensive care unit');
    enter('#asset-pm-due', '2026-09-30');
    enter('#asset-tag-id', 'IBEACON:5A1E:1:200');
    byTestId('asset-form-submit')?.click();
    await settle();

    const request = backend.expectOne({ method: 'POST', url: '/api/equipment/assets' });
    expect(request.request.body).toEqual({
      assetTag: 'EQ-0200',
      name: 'Ventilator 200',
      typeCode: 'ventilator',
      homeUnit: 'Intensive care unit',
      manufacturer: null,
      model: null,
      serial: null,
      pmDueDate: '2026-09-30',
      notes: null,
      status: 'available',
      tagId: 'ibeacon:5a1e:1:200',
    });
    request.flush(asset({ id: 200, assetTag: 'EQ-0200', name: 'Ventilator 200', typeCode: 'ventilator' }));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/equipment/200');
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    backend.expectOne('/api/equipment/assets/200').flush(asset({ id: 200 }));
  });
});
