import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { signInAs } from '../../../../testing/auth';
import { byTestId, enter, textOf } from '../../../../testing/dom';
import { PHARMACIST, VIEWER } from '../../../../testing/fixtures';
import { ICU_CABINET, PICK_LIST, bin } from '../../../../testing/inventory-fixtures';
import type { User } from '../../../core/api/auth.models';
import * as csv from '../../../shared/csv';
import { PickListTabComponent } from './pick-list-tab.component';

describe('PickListTabComponent', () => {
  let fixture: ComponentFixture<PickListTabComponent>;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [PickListTabComponent], providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function openAs(user: User): Promise<void> {
    await signInAs(user);
    fixture = TestBed.createComponent(PickListTabComponent);
    backend.expectOne('/api/inventory/cabinets').flush([ICU_CABINET]);
    backend.expectOne('/api/inventory/pick-list').flush(PICK_LIST);
    await fixture.whenStable();
  }

  it('lists what to bring and to pull per cabinet in walking order; only pharmacy and admins record', async () => {
    await openAs(VIEWER);
    const stop = byTestId(fixture, `pick-stop-${ICU_CABINET.id}`)?.textContent ?? '';
    expect(stop).toContain('1. Medication cabinet, ICU nurse station');
    expect(byTestId(fixture, 'pick-line-1')?.textContent).toContain('3 × LOR260001 exp 2026-11-22');
    expect(byTestId(fixture, 'pick-restock-1')).toBeNull();
  });

  it('records a line: the expired controlled lot wasted with a witness, then the restock with lot and expiry', async () => {
    await openAs(PHARMACIST);
    byTestId(fixture, 'pick-restock-1')?.click();
    await fixture.whenStable();
    byTestId(fixture, 'restock-submit')?.click();
    await fixture.whenStable();
    expect(byTestId(fixture, 'restock-problem')?.textContent).toContain('lot number');

    enter(fixture, '[data-testid="restock-lot"]', 'LOR270042');
    enter(fixture, '[data-testid="restock-expiry"]', '2027-09-30');
    byTestId(fixture, 'restock-submit')?.click();
    await fixture.whenStable();
    expect(byTestId(fixture, 'restock-problem')?.textContent).toContain('witness');
    enter(fixture, '[data-testid="restock-witness"]', 'jlee');
    byTestId(fixture, 'restock-submit')?.click();

    const waste = backend.expectOne({ method: 'POST', url: '/api/inventory/bins/1/entries' });
    expect(waste.request.body).toEqual({ kind: 'waste', quantity: 3, lotNumber: 'LOR260001', expiry: '2026-11-22', witness: 'jlee' });
    waste.flush({ bin: bin(1), discrepancyId: null });
    const restock = backend.expectOne({ method: 'POST', url: '/api/inventory/bins/1/entries' });
    expect(restock.request.body).toEqual({ kind: 'restock', quantity: 4, lotNumber: 'LOR270042', expiry: '2027-09-30' });
    restock.flush({ bin: bin(1), discrepancyId: null });
    backend.expectOne('/api/inventory/pick-list').flush([]);
    await fixture.whenStable();
    expect(textOf(fixture)).toContain('Recorded: Lorazepam 4 mg/mL ampoule at Drawer 1 (controlled) / A1.');
    expect(textOf(fixture)).toContain('Nothing to bring');
  });

  it('asks for a unit’s pick list and exports it as CSV', async () => {
    await openAs(PHARMACIST);
    enter(fixture, '[data-testid="pick-unit"]', 'Intensive care unit');
    backend.expectOne('/api/inventory/pick-list?unit=Intensive%20care%20unit').flush(PICK_LIST);
    await fixture.whenStable();
    const download = jest.spyOn(csv, 'downloadCsv').mockImplementation(() => undefined);
    byTestId(fixture, 'pick-csv')?.click();
    expect(download.mock.calls[0][1].split('\r\n').slice(0, 3)).toEqual([
      'Stop,Cabinet,Location,Code,Item,Controlled,On hand,Par,Bring,Pull',
      '1,"Medication cabinet, ICU nurse station",Drawer 1 (controlled) / A1,LOR4INJ,Lorazepam 4 mg/mL ampoule,yes,3,4,4,3 x LOR260001 exp 2026-11-22',
      '1,"Medication cabinet, ICU nurse station",Drawer 2 (injectables) / B1,ONDA4INJ,Ondansetron 4 mg/2 mL ampoule,no,0,12,12,',
    ]);
  });
});
