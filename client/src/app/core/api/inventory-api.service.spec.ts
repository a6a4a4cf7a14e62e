import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { InventoryApiService } from './inventory-api.service';

describe('InventoryApiService', () => {
  let api: InventoryApiService;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(InventoryApiService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('reads bins with the filters set, leaving out the unset ones', () => {
    api.bins({ cabinet: 'main-1-cab-001', status: 'stock_out', controlled: true, search: '' }).subscribe();
    backend.expectOne('/api/inventory/bins?cabinet=main-1-cab-001&status=stock_out&controlled=true');
  });

  it('asks for the pick list in walking order, and expiry within the days given', () => {
    api.pickList({ unit: 'Intensive care unit', route: ['main-1-cab-002', 'main-1-cab-001'] }).subscribe();
    backend.expectOne('/api/inventory/pick-list?unit=Intensive%20care%20unit&route=main-1-cab-002,main-1-cab-001');
    api.expiry(30).subscribe();
    backend.expectOne('/api/inventory/expiry?withinDays=30');
  });

  it('resolves a discrepancy with the witness’s credentials, and records entries and counts', () => {
    api.resolve(4, { reason: 'Broken ampoule', witnessUsername: 'jlee', witnessPassword: 'secret' }).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/inventory/discrepancies/4/resolve' }).request.body).toEqual({ reason: 'Broken ampoule', witnessUsername: 'jlee', witnessPassword: 'secret' });
    api.addEntry(9, { kind: 'restock', quantity: 6, lotNumber: 'L1', expiry: '2027-01-31' }).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/inventory/bins/9/entries' }).request.body).toEqual({ kind: 'restock', quantity: 6, lotNumber: 'L1', expiry: '2027-01-31' });
    api.addCounts(2, [{ binId: 9, count: 5 }]).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/inventory/count-sessions/2/counts' }).request.body).toEqual({ counts: [{ binId: 9, count: 5 }] });
    api.signOff(2).subscribe();
    backend.expectOne({ method: 'POST', url: '/api/inventory/count-sessions/2/sign-off' });
  });
});
