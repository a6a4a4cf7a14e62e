import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { apiErrorMessage } from '../../../core/api/api-error';
import { EquipmentApiService } from '../../../core/api/equipment-api.service';
import { ASSET_STATUS_LABELS, type Asset, EQUIPMENT_WRITERS } from '../../../core/api/equipment.models';
import { AuthService } from '../../../core/auth/auth.service';
import { AssetStatusBadgeComponent } from '../../../shared/asset-status-badge.component';
import { confidencePercent, roomLabel } from '../../../shared/equipment-format';
import { RetryNoticeComponent } from '../../../shared/retry-notice.component';
import { equipmentTypes, sitePlaces } from '../equipment-lookups';
import { changedFields } from './asset-form';
import { AssetFormComponent, type NewAssetValues } from './asset-form.component';
import { AssetUtilizationComponent } from './asset-utilization.component';
import { StatusChangeDialogComponent } from './status-change-dialog.component';
import { TagPairingComponent } from './tag-pairing.component';

/**
 * One piece of equipment: its registry fields, where it is, its tag, its utilization, and links to see
 * it and its trail on the map. Biomed and admins edit the fields, change the status and pair tags; others read.
 */
@Component({
  selector: 'ww-asset-detail-page',
  imports: [
    DatePipe,
    RouterLink,
    AssetStatusBadgeComponent,
    AssetFormComponent,
    AssetUtilizationComponent,
    RetryNoticeComponent,
    StatusChangeDialogComponent,
    TagPairingComponent,
  ],
  templateUrl: './asset-detail.page.html',
  styles: `
    h1 {
      margin-bottom: 0.25rem;
    }

    .layout {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr);
      gap: 1.25rem;
      align-items: start;
      margin-top: 1.25rem;
    }

    .side {
      display: flex;
      flex-direction: column;
      gap: 1.25rem;
    }

    ww-tag-pairing {
      display: block;
    }

    .section-heading {
      display: flex;
      align-items: center;
      justify-content: space-between;
    }

    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.35rem 1rem;
      margin: 0;
    }

    .facts dt {
      color: var(--ww-muted);
    }

    .facts dd {
      margin: 0;
      font-weight: 500;
    }

    .notes {
      white-space: pre-line;
    }

    @media (max-width: 900px) {
      .layout {
        grid-template-columns: 1fr;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssetDetailPage {
  private readonly api = inject(EquipmentApiService);
  private readonly auth = inject(AuthService);

  /** The `:id` of the route. */
  readonly id = input.required<string>();

  protected readonly asset = signal<Asset | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly canWrite = computed(() => this.auth.hasRole(EQUIPMENT_WRITERS));
  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  protected readonly changingStatus = signal(false);
  protected readonly message = signal<string | null>(null);

  protected readonly types = equipmentTypes();
  private readonly places = sitePlaces();
  protected readonly units = computed(() => this.places()?.units ?? []);

  protected readonly typeName = computed(() => {
    const code = this.asset()?.typeCode;
    return this.types().find((type) => type.code === code)?.name ?? code ?? '';
  });
  protected readonly where = computed(() => {
    const position = this.asset()?.position;
    if (!position) return '';
    const floor = this.places()?.floors.find((candidate) => candidate.id === position.floorId)?.name ?? position.floorId;
    return `${roomLabel(position)} · ${floor}`;
  });
  protected readonly confidence = computed(() => confidencePercent(this.asset()?.position?.confidence ?? 0));
  protected readonly mapLink = computed(() => {
    const asset = this.asset();
    return asset?.position ? { floor: asset.position.floorId, asset: asset.id } : null;
  });
  protected readonly trailLink = computed(() => ({ ...this.mapLink(), trail: '24h' }));

  constructor() {
    effect(() => {
      this.id();
      untracked(() => this.load());
    });
  }

  protected load(): void {
    const assetId = Number(this.id());
    this.loadError.set(null);
    this.api.asset(assetId).subscribe({
      next: (asset) => this.asset.set(asset),
      error: (error: unknown) => this.loadError.set(apiErrorMessage(error, 'This piece of equipment could not be loaded.')),
    });
  }

  protected save(values: NewAssetValues): void {
    const asset = this.asset();
    if (!asset) return;
    const changes = changedFields(asset, values);
    if (Object.keys(changes).length === 0) {
      this.stopEditing();
      return;
    }
    this.saving.set(true);
    this.saveError.set(null);
    this.api.updateAsset(asset.id, changes).subscribe({
      next: (updated) => {
        this.saving.set(false);
        this.stopEditing();
        this.replace(updated, 'Details saved.');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveError.set(apiErrorMessage(error, 'The changes could not be saved.'));
      },
    });
  }

  protected stopEditing(): void {
    this.editing.set(false);
    this.saveError.set(null);
  }

  /** The asset as the server answered a change (or, after a refusal, as it is now). */
  protected replace(updated: Asset, message: string | null = null): void {
    this.asset.set(updated);
    this.message.set(message);
  }

  protected statusChanged(updated: Asset): void {
    this.replace(updated, `Status changed to ${ASSET_STATUS_LABELS[updated.status] ?? updated.status}.`);
  }
}
