import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { catchError, of } from 'rxjs';
import { apiErrorMessage } from '../../../core/api/api-error';
import { EquipmentApiService } from '../../../core/api/equipment-api.service';
import type { CreateAssetRequest } from '../../../core/api/equipment.models';
import { equipmentTypes, sitePlaces } from '../equipment-lookups';
import { AssetFormComponent, type NewAssetValues } from './asset-form.component';

/** Registers a piece of equipment (biomed and admin), then opens it. */
@Component({
  selector: 'ww-asset-create-page',
  imports: [RouterLink, AssetFormComponent],
  template: `
    <div class="page">
      <p><a routerLink="/equipment">← Equipment</a></p>
      <h1>Register equipment</h1>
      <ww-asset-form
        class="panel"
        [types]="types()"
        [units]="units()"
        [unpairedTags]="unpairedTags()"
        [busy]="busy()"
        [serverError]="error()"
        (saved)="register($event)"
        (cancelled)="leave()"
      />
    </div>
  `,
  styles: `
    ww-asset-form {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssetCreatePage {
  private readonly api = inject(EquipmentApiService);
  private readonly router = inject(Router);

  protected readonly types = equipmentTypes();
  private readonly places = sitePlaces();
  protected readonly units = computed(() => this.places()?.units ?? []);
  protected readonly unpairedTags = toSignal(this.api.unpairedTags().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected register(values: NewAssetValues): void {
    const request: CreateAssetRequest = { ...values };
    if (request.tagId === null) delete request.tagId;
    this.busy.set(true);
    this.error.set(null);
    this.api.createAsset(request).subscribe({
      next: (asset) => void this.router.navigate(['/equipment', asset.id]),
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorMessage(error, 'The equipment could not be registered.'));
      },
    });
  }

  protected leave(): void {
    void this.router.navigate(['/equipment']);
  }
}
