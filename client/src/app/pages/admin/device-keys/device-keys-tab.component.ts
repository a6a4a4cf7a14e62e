import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { forkJoin } from 'rxjs';
import { AdminApiService } from '../../../core/api/admin-api.service';
import type { AdminDevice, CreatedDeviceKey, DeviceKey } from '../../../core/api/admin.models';
import { apiErrorMessage } from '../../../core/api/api-error';
import { deviceTypeLook } from '../../../map/device-style';
import { FieldControlDirective } from '../../../shared/field-control.directive';
import { showFieldError } from '../../../shared/form-errors';
import { FormFieldComponent } from '../../../shared/form-field.component';
import { RetryNoticeComponent } from '../../../shared/retry-notice.component';

type CopyState = 'idle' | 'copied' | 'failed';

/** The listed fields only: the secret stays in the one-time panel and never enters the list. */
function withoutSecret(created: CreatedDeviceKey): DeviceKey {
  const { id, deviceId, label, prefix, createdAt, createdBy, revokedAt, lastUsedAt } = created;
  return { id, deviceId, label, prefix, createdAt, createdBy, revokedAt, lastUsedAt };
}

/**
 * API keys that let gateways, dispensers, sensors and cabinets send data. A key's secret is
 * returned by the server exactly once, when it is created, and is shown here until dismissed.
 */
@Component({
  selector: 'ww-device-keys-tab',
  imports: [DatePipe, ReactiveFormsModule, FormFieldComponent, FieldControlDirective, RetryNoticeComponent],
  templateUrl: './device-keys-tab.component.html',
  styleUrl: './device-keys-tab.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeviceKeysTabComponent {
  private readonly api = inject(AdminApiService);

  protected readonly keys = signal<DeviceKey[]>([]);
  protected readonly devices = signal<AdminDevice[]>([]);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);

  /** Only devices placed on a floor can be given a key: an unplaced device has nowhere to report from. */
  protected readonly placedDevices = computed(() =>
    this.devices()
      .filter((device) => device.floorId !== null)
      .map((device) => ({ ...device, typeLabel: deviceTypeLook(device.deviceType).label }))
      .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true })),
  );
  private readonly deviceNames = computed(() => new Map(this.devices().map((device) => [device.id, device.name])));

  protected readonly createForm = inject(NonNullableFormBuilder).group({
    deviceId: ['', Validators.required],
    label: ['', Validators.maxLength(100)],
  });
  protected readonly createSubmitted = signal(false);
  protected readonly creating = signal(false);
  protected readonly createError = signal<string | null>(null);

  protected readonly newKey = signal<CreatedDeviceKey | null>(null);
  protected readonly copyState = signal<CopyState>('idle');

  protected readonly confirmingRevokeId = signal<number | null>(null);
  protected readonly revokingId = signal<number | null>(null);
  protected readonly revokeError = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    forkJoin({ keys: this.api.deviceKeys(), devices: this.api.devices() }).subscribe({
      next: ({ keys, devices }) => {
        this.keys.set(keys);
        this.devices.set(devices);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loadError.set(apiErrorMessage(error, 'The device keys could not be loaded.'));
        this.loading.set(false);
      },
    });
  }

  protected deviceName(deviceId: string): string {
    return this.deviceNames().get(deviceId) ?? deviceId;
  }

  protected showDeviceError(): boolean {
    return showFieldError(this.createForm.controls.deviceId, this.createSubmitted());
  }

  protected create(): void {
    this.createSubmitted.set(true);
    this.createError.set(null);
    if (this.createForm.invalid || this.creating()) return;
    const { deviceId, label } = this.createForm.getRawValue();
    this.creating.set(true);
    this.api.createDeviceKey(label.trim() === '' ? { deviceId } : { deviceId, label: label.trim() }).subscribe({
      next: (created) => {
        this.keys.update((keys) => [withoutSecret(created), ...keys]);
        this.newKey.set(created);
        this.copyState.set('idle');
        this.createForm.reset();
        this.createSubmitted.set(false);
        this.creating.set(false);
      },
      error: (error: unknown) => {
        this.createError.set(apiErrorMessage(error, 'The key could not be created.'));
        this.creating.set(false);
      },
    });
  }

  protected async copySecret(secret: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(secret);
      this.copyState.set('copied');
    } catch {
      // No clipboard API (plain-HTTP deployments) or permission refused: the user copies by hand.
      this.copyState.set('failed');
    }
  }

  /** Forgets the secret for good; the server cannot show it again. */
  protected dismissSecret(): void {
    this.newKey.set(null);
    this.copyState.set('idle');
  }

  protected askRevoke(keyId: number): void {
    this.revokeError.set(null);
    this.confirmingRevokeId.set(keyId);
  }

  protected cancelRevoke(): void {
    this.confirmingRevokeId.set(null);
  }

  protected revoke(keyId: number): void {
    if (this.revokingId() !== null) return;
    this.revokingId.set(keyId);
    this.api.revokeDeviceKey(keyId).subscribe({
      next: (revoked) => {
        this.keys.update((keys) => keys.map((key) => (key.id === revoked.id ? revoked : key)));
        this.revokingId.set(null);
        this.confirmingRevokeId.set(null);
      },
      error: (error: unknown) => {
        this.revokeError.set(apiErrorMessage(error, 'The key could not be revoked.'));
        this.revokingId.set(null);
      },
    });
  }
}
