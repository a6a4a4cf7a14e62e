import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { byTestId } from '../../../../testing/dom';
import { bin } from '../../../../testing/inventory-fixtures';
import type { ExpiringLot } from '../../../core/api/inventory.models';
import * as csv from '../../../shared/csv';
import { ExpiryTabComponent } from './expiry-tab.component';

const LOTS: ExpiringLot[] = [
  { lotNumber: 'LOR260001', expiry: '2026-11-22', quantity: 3, bucket: 'expired', daysLeft: -4, bin: bin(1) },
  { lotNumber: 'MID260002', expiry: '2026-12-08', quantity: 5, bucket: 'within_30', daysLeft: 12, bin: bin(2) },
  { lotNumber: 'CEF270003', expiry: '2027-01-12', quantity: 9, bucket: 'within_60', daysLeft: 47, bin: bin(3) },
];

describe('ExpiryTabComponent', () => {
  let fixture: ComponentFixture<ExpiryTabComponent>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [ExpiryTabComponent], providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ExpiryTabComponent);
    backend.expectOne('/api/inventory/expiry?withinDays=90').flush(LOTS);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  it('counts lots per bucket and shows one bucket alone on request', async () => {
    expect(byTestId(fixture, 'expiry-summary')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Expired: 1 Within 30 days: 1 Within 60 days: 1 Within 90 days: 0');
    expect(byTestId(fixture, 'expiry-row-1-LOR260001')?.textContent).toContain('4 days ago');
    byTestId(fixture, 'expiry-bucket-expired')?.click();
    await fixture.whenStable();
    expect(byTestId(fixture, 'expiry-row-2-MID260002')).toBeNull();
    expect(byTestId(fixture, 'expiry-row-1-LOR260001')).not.toBeNull();
  });

  it('exports what is shown as CSV', () => {
    const download = jest.spyOn(csv, 'downloadCsv').mockImplementation(() => undefined);
    byTestId(fixture, 'expiry-csv')?.click();
    expect(download.mock.calls[0][1].split('\r\n').slice(0, 2)).toEqual([
      'Expiry,Bucket,Days left,Code,Item,Lot,Units,Cabinet,Location',
      '2026-11-22,Expired,-4,MOR10INJ,Morphine sulfate 10 mg/mL ampoule,LOR260001,3,"Medication cabinet, ICU nurse station",Drawer 1 (controlled) / A1',
    ]);
  });
});
