import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { flushPromises } from '../../../../testing/fixtures';
import { byTestId, enter, textOf } from '../../../../testing/dom';
import type { AdminDevice, DeviceKey } from '../../../core/api/admin.models';
import { DeviceKeysTabComponent } from './device-keys-tab.component';

const devices: AdminDevice[] = [
  { id: 'gw-1-01', deviceType: 'ble_gateway', name: 'Gateway ICU', floorId: 'main-1', roomId: 'main-1-icu1' },
  { id: 'gw-spare', deviceType: 'ble_gateway', name: 'Spare gateway', floorId: null, roomId: null },
];
const activeKey: DeviceKey = {
  id: 3,
  deviceId: 'gw-1-01',
  label: 'ICU ceiling',
  prefix: 'wwk_ab12',
  createdAt: '2026-01-10T10:00:00Z',
  createdBy: 'ada',
  revokedAt: null,
  lastUsedAt: '2026-02-01T12:00:00Z',
};
const SECRET = 'wwk_cd34-the-whole-secret';

describe('DeviceKeysTabComponent', () => {
  let fixture: ComponentFixture<DeviceKeysTabComponent>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [DeviceKeysTabComponent], providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DeviceKeysTabComponent);
    backend.expectOne('/api/admin/device-keys').flush([activeKey]);
    backend.expectOne('/api/admin/devices').flush(devices);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  async function createKeyForIcuGateway(): Promise<void> {
    enter(fixture, '#key-device', 'gw-1-01');
    enter(fixture, '#key-label', 'Replacement unit');
    byTestId(fixture, 'create-key-submit')?.click();
    const request = backend.expectOne({ method: 'POST', url: '/api/admin/device-keys' });
    expect(request.request.body).toEqual({ deviceId: 'gw-1-01', label: 'Replacement unit' });
    request.flush({ ...activeKey, id: 4, prefix: 'wwk_cd34', label: 'Replacement unit', lastUsedAt: null, key: SECRET });
    await fixture.whenStable();
  }

  it('offers only placed devices for a new key', () => {
    const options = [...(byTestId(fixture, 'key-device') as HTMLSelectElement).options].map((option) => option.value);
    expect(options).toEqual(['', 'gw-1-01']);
  });

  it('shows the new secret once, with a warning, and forgets it when dismissed', async () => {
    await createKeyForIcuGateway();

    expect((byTestId(fixture, 'new-key-secret') as HTMLInputElement).value).toBe(SECRET);
    expect(byTestId(fixture, 'new-key-panel')?.textContent).toContain('shown only this once');
    // The list shows the key by its prefix; the secret itself is only in the one-time panel.
    expect(byTestId(fixture, 'device-key-row-4')?.textContent).toContain('wwk_cd34…');
    expect(byTestId(fixture, 'device-keys-table')?.textContent).not.toContain(SECRET);

    byTestId(fixture, 'dismiss-key')?.click();
    await fixture.whenStable();
    expect(byTestId(fixture, 'new-key-panel')).toBeNull();
    expect(textOf(fixture)).not.toContain(SECRET);
    expect(fixture.nativeElement.innerHTML).not.toContain(SECRET);
  });

  it('copies the secret to the clipboard', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await createKeyForIcuGateway();

    byTestId(fixture, 'copy-key')?.click();
    await flushPromises();
    await fixture.whenStable();

    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(textOf(fixture)).toContain('Copied to the clipboard.');
  });

  it('tells the user to copy by hand when the browser refuses the clipboard', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: jest.fn().mockRejectedValue(new Error('denied')) }, configurable: true });
    await createKeyForIcuGateway();

    byTestId(fixture, 'copy-key')?.click();
    await flushPromises();
    await fixture.whenStable();

    expect(textOf(fixture)).toContain('copy it by hand');
  });

  it('revokes a key only after confirmation', async () => {
    byTestId(fixture, 'revoke-key')?.click();
    await fixture.whenStable();
    backend.expectNone('/api/admin/device-keys/3/revoke');
    expect(textOf(fixture)).toContain('The device stops being accepted at once.');

    byTestId(fixture, 'confirm-revoke')?.click();
    backend
      .expectOne({ method: 'POST', url: '/api/admin/device-keys/3/revoke' })
      .flush({ ...activeKey, revokedAt: '2026-02-02T09:00:00Z' });
    await fixture.whenStable();

    expect(byTestId(fixture, 'device-key-row-3')?.textContent).toContain('Revoked');
    expect(byTestId(fixture, 'revoke-key')).toBeNull();
  });

  it('can back out of revoking', async () => {
    byTestId(fixture, 'revoke-key')?.click();
    await fixture.whenStable();
    const cancel = [...fixture.nativeElement.querySelectorAll('button')].find((b) => (b as HTMLButtonElement).textContent?.trim() === 'Cancel') as HTMLButtonElement;
    cancel.click();
    await fixture.whenStable();

    expect(byTestId(fixture, 'confirm-revoke')).toBeNull();
    expect(byTestId(fixture, 'revoke-key')).not.toBeNull();
  });
});
