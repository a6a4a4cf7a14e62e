import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { byTestId } from '../../../../testing/dom';
import type { GatewayHealth } from '../../../core/api/gateways.models';
import { GatewayHealthTabComponent } from './gateway-health-tab.component';

const reporting: GatewayHealth = {
  gatewayId: 'main-0-gw-001',
  name: 'Gateway 1, Main entrance',
  floorId: 'main-0',
  roomId: 'main-0-lobby',
  liveness: 'reporting',
  lastBatchAt: '2026-03-14T09:26:53.589Z',
  lastSeq: 1_741_944_412_590,
  batches: 120,
  sightings: 2400,
  rejectedBatches: 2,
  lastRejectedAt: null,
  clockOffsetMs: 40,
  heartbeat: {
    receivedAt: '2026-03-14T09:26:50.000Z',
    sentAt: '2026-03-14T09:26:50.000Z',
    version: '0.1.0',
    uptimeSeconds: 7_200,
    adapterName: 'hci0',
    adapterState: 'scanning',
    advertisementsPerSecond: 412.5,
    sightingsPerSecond: 40.2,
    queueDepth: 3,
    queueBytes: 2048,
    queueDropped: 5,
    queueRejected: 2,
    malformed: 0,
  },
};
const deaf: GatewayHealth = {
  ...reporting,
  gatewayId: 'main-0-gw-002',
  name: 'Gateway 2, Corridor',
  liveness: 'not-scanning',
  heartbeat: { ...reporting.heartbeat!, adapterState: 'missing', adapterName: null, queueDropped: 0 },
};
const silent: GatewayHealth = { ...reporting, gatewayId: 'main-0-gw-003', name: 'Gateway 3, Stores', liveness: 'offline', lastBatchAt: null, lastSeq: null, heartbeat: null };

describe('GatewayHealthTabComponent', () => {
  let fixture: ComponentFixture<GatewayHealthTabComponent>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [GatewayHealthTabComponent], providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(GatewayHealthTabComponent);
    backend.expectOne('/api/gateways/health').flush([reporting, deaf, silent]);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const rowIds = () => [...(byTestId(fixture, 'gateway-health-table') as HTMLTableElement).querySelectorAll('tbody tr')].map((row) => row.getAttribute('data-testid'));

  it('lists troubled gateways first: offline, then hearing no tags, then reporting', () => {
    expect(rowIds()).toEqual(['gateway-row-main-0-gw-003', 'gateway-row-main-0-gw-002', 'gateway-row-main-0-gw-001']);
    expect(byTestId(fixture, 'gateway-health-summary')?.textContent?.trim()).toBe('3 gateways: 1 reporting, 1 hearing no tags, 1 offline');
  });

  it("shows the server's liveness and the agent's heartbeat: adapter, queue and drops", () => {
    const row = byTestId(fixture, 'gateway-row-main-0-gw-001') as HTMLElement;
    expect(row.querySelector('[data-testid="gateway-liveness"]')?.textContent?.trim()).toBe('Reporting');
    expect(row.querySelector('[data-testid="gateway-adapter"]')?.textContent?.trim()).toBe('hci0 · scanning');
    expect(row.querySelector('[data-testid="gateway-queue"]')?.textContent?.trim()).toBe('3');
    expect(row.textContent).toContain('412.5');
    expect(row.querySelector('.warn')?.textContent?.trim()).toBe('5');
    expect((byTestId(fixture, 'gateway-row-main-0-gw-002') as HTMLElement).textContent).toContain('Hears no tags');
  });

  it('says so when a gateway sends no heartbeat', () => {
    const row = byTestId(fixture, 'gateway-row-main-0-gw-003') as HTMLElement;
    expect(row.textContent).toContain('Offline');
    expect(row.textContent).toContain('never');
    expect(row.textContent).toContain('no heartbeat');
  });

  it('loads again on refresh and offers a retry when loading fails', async () => {
    byTestId(fixture, 'gateway-health-refresh')?.click();
    backend.expectOne('/api/gateways/health').flush({ message: 'down' }, { status: 503, statusText: 'Service Unavailable' });
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('ww-retry-notice')).not.toBeNull();
  });
});
