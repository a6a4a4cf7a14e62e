import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { type AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ASSET_STATUSES, ASSET_STATUS_LABELS, type Asset, type AssetStatus, type EquipmentType, type UnpairedTag } from '../../../core/api/equipment.models';
import { FieldControlDirective } from '../../../shared/field-control.directive';
import { showFieldError } from '../../../shared/form-errors';
import { FormFieldComponent } from '../../../shared/form-field.component';
import { ASSET_TAG_PATTERN, type AssetFieldValues } from './asset-form';

/** What registering adds to the fields: the status it starts in, and a tag to pair at once. */
export interface NewAssetValues extends AssetFieldValues {
  status: AssetStatus;
  tagId: string | null;
}

type FieldName = 'assetTag' | 'name' | 'typeCode' | 'manufacturer' | 'model' | 'serial' | 'pmDueDate' | 'notes';

/**
 * The registry fields of an asset, to register one (`asset` unset: status and tag too) or edit one.
 * Checks what the server would refuse first, so the message is next to the field; the server still
 * decides, and the page shows its message for anything else.
 */
@Component({
  selector: 'ww-asset-form',
  imports: [ReactiveFormsModule, FormFieldComponent, FieldControlDirective],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="asset-form">
      <div class="form-grid">
        <ww-form-field label="Asset number" fieldId="asset-tag" hint="As on the label, e.g. EQ-0042" [error]="error('assetTag', 'Letters, digits and . _ / - (at most 32), starting with a letter or digit.')">
          <input wwFieldControl formControlName="assetTag" autocomplete="off" spellcheck="false" />
        </ww-form-field>
        <ww-form-field label="Name" fieldId="asset-name" [error]="error('name', 'Enter a name (at most 120 characters).')">
          <input wwFieldControl formControlName="name" autocomplete="off" />
        </ww-form-field>
        <ww-form-field label="Type" fieldId="asset-type" [error]="error('typeCode', 'Choose a type.')">
          <select wwFieldControl formControlName="typeCode">
            <option value="">Choose a type…</option>
            @for (type of types(); track type.code) {
              <option [value]="type.code">{{ type.name }}</option>
            }
          </select>
        </ww-form-field>
        <ww-form-field label="Home unit" fieldId="asset-home-unit">
          <select wwFieldControl formControlName="homeUnit">
            <option value="">Shared pool (no home unit)</option>
            @for (unit of unitChoices(); track unit) {
              <option [value]="unit">{{ unit }}</option>
            }
          </select>
        </ww-form-field>
        <ww-form-field label="Manufacturer" fieldId="asset-manufacturer" [error]="error('manufacturer', 'At most 120 characters.')">
          <input wwFieldControl formControlName="manufacturer" autocomplete="off" />
        </ww-form-field>
        <ww-form-field label="Model" fieldId="asset-model" [error]="error('model', 'At most 120 characters.')">
          <input wwFieldControl formControlName="model" autocomplete="off" />
        </ww-form-field>
        <ww-form-field label="Serial number" fieldId="asset-serial" [error]="error('serial', 'At most 120 characters.')">
          <input wwFieldControl formControlName="serial" autocomplete="off" spellcheck="false" />
        </ww-form-field>
        <ww-form-field label="Preventive maintenance due" fieldId="asset-pm-due">
          <input wwFieldControl type="date" formControlName="pmDueDate" />
        </ww-form-field>
        @if (!asset()) {
          <ww-form-field label="Status" fieldId="asset-status">
            <select wwFieldControl formControlName="status">
              @for (status of statuses; track status.value) {
                <option [value]="status.value">{{ status.label }}</option>
              }
            </select>
          </ww-form-field>
          <ww-form-field label="Tag" fieldId="asset-tag-id" hint="Optional: pick a tag heard lately that no asset has, or type its id.">
            <input wwFieldControl formControlName="tagId" list="asset-unpaired-tags" autocomplete="off" spellcheck="false" />
            <datalist id="asset-unpaired-tags">
              @for (tag of unpairedTags(); track tag.tagId) {
                <option [value]="tag.tagId">{{ tag.roomName ?? 'Unplaced' }}</option>
              }
            </datalist>
          </ww-form-field>
        }
      </div>
      <ww-form-field label="Notes" fieldId="asset-notes" [error]="error('notes', 'At most 2000 characters.')">
        <textarea wwFieldControl formControlName="notes" rows="3"></textarea>
      </ww-form-field>
      @if (serverError(); as message) {
        <p class="notice notice-error" role="alert" data-testid="asset-form-error">{{ message }}</p>
      }
      <div class="button-row">
        <button type="submit" class="btn btn-primary" data-testid="asset-form-submit" [disabled]="busy()">
          {{ busy() ? 'Saving…' : asset() ? 'Save changes' : 'Register' }}
        </button>
        <button type="button" class="btn" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  styles: `
    textarea {
      min-height: 4rem;
      resize: vertical;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssetFormComponent {
  /** The asset being edited; unset to register a new one. */
  readonly asset = input<Asset | null>(null);
  readonly types = input<readonly EquipmentType[]>([]);
  readonly units = input<readonly string[]>([]);
  readonly unpairedTags = input<readonly UnpairedTag[]>([]);
  readonly busy = input(false);
  readonly serverError = input<string | null>(null);
  readonly saved = output<NewAssetValues>();
  readonly cancelled = output<void>();

  protected readonly statuses = ASSET_STATUSES.filter((status) => status !== 'retired').map((value) => ({ value, label: ASSET_STATUS_LABELS[value] }));
  protected readonly form = inject(NonNullableFormBuilder).group({
    // Checked trimmed, as the server trims before it checks.
    assetTag: ['', [Validators.required, (control: AbstractControl<string>) => (ASSET_TAG_PATTERN.test(control.value.trim()) ? null : { assetTag: true })]],
    name: ['', [Validators.required, Validators.maxLength(120)]],
    typeCode: ['', Validators.required],
    homeUnit: [''],
    manufacturer: ['', Validators.maxLength(120)],
    model: ['', Validators.maxLength(120)],
    serial: ['', Validators.maxLength(120)],
    pmDueDate: [''],
    notes: ['', Validators.maxLength(2000)],
    status: ['available' as AssetStatus],
    tagId: [''],
  });
  private readonly submitted = signal(false);
  /** An asset's home unit stays a choice even if the plans no longer name it. */
  protected readonly unitChoices = computed(() => {
    const home = this.asset()?.homeUnit;
    return home && !this.units().includes(home) ? [home, ...this.units()] : this.units();
  });

  constructor() {
    effect(() => {
      const asset = this.asset();
      untracked(() => {
        if (!asset) return;
        this.form.reset({
          assetTag: asset.assetTag,
          name: asset.name,
          typeCode: asset.typeCode,
          homeUnit: asset.homeUnit ?? '',
          manufacturer: asset.manufacturer ?? '',
          model: asset.model ?? '',
          serial: asset.serial ?? '',
          pmDueDate: asset.pmDueDate ?? '',
          notes: asset.notes ?? '',
        });
        this.submitted.set(false);
      });
    });
  }

  protected error(field: FieldName, message: string): string | null {
    return showFieldError(this.form.controls[field], this.submitted()) ? message : null;
  }

  protected submit(): void {
    this.submitted.set(true);
    if (this.form.invalid || this.busy()) return;
    const value = this.form.getRawValue();
    const text = (raw: string) => raw.trim() || null;
    this.saved.emit({
      assetTag: value.assetTag.trim(),
      name: value.name.trim(),
      typeCode: value.typeCode,
      homeUnit: value.homeUnit || null,
      manufacturer: text(value.manufacturer),
      model: text(value.model),
      serial: text(value.serial),
      pmDueDate: value.pmDueDate || null,
      notes: text(value.notes),
      status: value.status,
      tagId: text(value.tagId)?.toLowerCase() ?? null,
    });
  }
}
