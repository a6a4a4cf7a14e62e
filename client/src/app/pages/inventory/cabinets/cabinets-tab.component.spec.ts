import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { byTestId, enter, textOf } from '../../../../testing/dom';
import { ICU_CABINET, WARD_CABINET, bin } from '../../../../testing/inventory-fixtures';
import * as csv from '../../../shared/csv';
import { CabinetsTabComponent } from './cabinets-tab.component';

describe('CabinetsTabComponent', () => {
  let fixture: ComponentFixture<CabinetsTabComponent>;
  let backend: HttpTestingController;

  async function open(cabinet?: string): Promise<void> {
    TestBed.configureTestingModule({ imports: [CabinetsTabComponent], providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CabinetsTabComponent);
    if (cabinet) fixture.componentRef.setInput('cabinet', cabinet);
    fixture.detectChanges();
    backend.expectOne('/api/inventory/cabinets').flush([ICU_CABINET, WARD_CABINET]);
    backend.expectOne(cabinet ? `/api/inventory/bins?cabinet=${cabinet}` : '/api/inventory/bins').flush([bin(1), bin(2, { expected: 0, status: 'stock_out', lots: [], daysOfSupply: 0 })]);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  it('shows each cabinet with its fill level and stock-outs, and each bin with a level gauge and status', async () => {
    await open();
    const icu = byTestId(fixture, `cabinet-${ICU_CABINET.id}`)?.textContent ?? '';
    expect(icu).toContain('35% of par');
    expect(icu).toContain('1 stock-out');
    const gauge = byTestId(fixture, 'bin-row-1')?.querySelector('[role="meter"]');
    expect(gauge?.getAttribute('aria-valuenow')).toBe('6');
    expect(gauge?.getAttribute('aria-label')).toBe('6 of par 10 (reorder at 3, maximum 12): Below par');
    expect(byTestId(fixture, 'bin-row-2')?.textContent).toContain('Stock-out');
    expect(byTestId(fixture, 'bin-row-1')?.textContent).toContain('MOR270001 (6, exp 2027-06-30)');
  });

  it('asks the server for the bins matching the filters', async () => {
    await open();
    enter(fixture, '[data-testid="filter-status"]', 'stock_out');
    backend.expectOne('/api/inventory/bins?status=stock_out').flush([]);
    enter(fixture, '[data-testid="filter-controlled"]', 'true');
    backend.expectOne('/api/inventory/bins?status=stock_out&controlled=true').flush([]);
    byTestId(fixture, `cabinet-${WARD_CABINET.id}`)?.click();
    backend.expectOne(`/api/inventory/bins?status=stock_out&controlled=true&cabinet=${WARD_CABINET.id}`).flush([]);
    await fixture.whenStable();
    expect(textOf(fixture)).toContain('No bins match.');
  });

  it('opens on the cabinet named in the URL (from the map)', async () => {
    await open(ICU_CABINET.id);
    expect(byTestId(fixture, `cabinet-${ICU_CABINET.id}`)?.classList).toContain('selected');
  });

  it('exports the bins as CSV', async () => {
    await open();
    const download = jest.spyOn(csv, 'downloadCsv').mockImplementation(() => undefined);
    byTestId(fixture, 'bins-csv')?.click();
    const [name, text] = download.mock.calls[0];
    expect(name).toBe('inventory-bins.csv');
    expect(text.split('\r\n')[0]).toBe('Cabinet,Location,Code,Item,Schedule,On hand,Par,Reorder point,Maximum,Status,Days of supply,Expired units');
    expect(text.split('\r\n')[2]).toBe('"Medication cabinet, ICU nurse station",Drawer 1 (controlled) / A2,MOR10INJ,Morphine sulfate 10 mg/mL ampoule,II,0,10,3,12,Stock-out,0,0');
  });
});
