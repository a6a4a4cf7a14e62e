import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { apiErrorMessage } from '../../../core/api/api-error';
import { EquipmentApiService } from '../../../core/api/equipment-api.service';
import { EQUIPMENT_WRITERS, type ParLevel, type ParLevelSetting } from '../../../core/api/equipment.models';
import { AuthService } from '../../../core/auth/auth.service';
import { RetryNoticeComponent } from '../../../shared/retry-notice.component';
import { equipmentTypes, sitePlaces } from '../equipment-lookups';

/** The server's bounds on a minimum. */
const MAX_MINIMUM = 1000;

/**
 * PAR levels with what each unit holds now (the server counts). Biomed and admins edit the whole set
 * at once: the server replaces it, so levels removed here are removed there.
 */
@Component({
  selector: 'ww-par-levels-tab',
  imports: [RetryNoticeComponent],
  templateUrl: './par-levels-tab.component.html',
  styles: `
    .minimum {
      width: 6rem;
      min-height: 2.2rem;
      padding: 0.3rem 0.5rem;
      border: 1px solid #9aa5b1;
      border-radius: var(--ww-radius);
      font: inherit;
    }

    .add-row select {
      min-height: 2.2rem;
      font: inherit;
    }

    .actions {
      margin-top: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParLevelsTabComponent {
  private readonly api = inject(EquipmentApiService);
  private readonly auth = inject(AuthService);

  protected readonly canWrite = computed(() => this.auth.hasRole(EQUIPMENT_WRITERS));
  protected readonly types = equipmentTypes();
  private readonly places = sitePlaces();
  protected readonly units = computed(() => this.places()?.units ?? []);

  protected readonly levels = signal<ParLevel[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly message = signal<string | null>(null);

  protected readonly editing = signal(false);
  protected readonly draft = signal<ParLevelSetting[]>([]);
  protected readonly newUnit = signal('');
  protected readonly newType = signal('');
  protected readonly newMinimum = signal('1');
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loadError.set(null);
    this.api.parLevels().subscribe({
      next: (levels) => this.levels.set(levels),
      error: (error: unknown) => this.loadError.set(apiErrorMessage(error, 'The PAR levels could not be loaded.')),
    });
  }

  protected typeName(code: string): string {
    return this.types().find((type) => type.code === code)?.name ?? code;
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected startEditing(): void {
    this.draft.set((this.levels() ?? []).map(({ unit, typeCode, minAvailable }) => ({ unit, typeCode, minAvailable })));
    this.saveError.set(null);
    this.message.set(null);
    this.editing.set(true);
  }

  protected setMinimum(index: number, event: Event): void {
    const minAvailable = Number(this.valueOf(event));
    this.draft.update((levels) => levels.map((level, i) => (i === index ? { ...level, minAvailable } : level)));
  }

  protected removeLevel(index: number): void {
    this.draft.update((levels) => levels.filter((_, i) => i !== index));
  }

  protected addLevel(): void {
    const unit = this.newUnit();
    const typeCode = this.newType();
    const minAvailable = Number(this.newMinimum());
    if (this.draft().some((level) => level.unit === unit && level.typeCode === typeCode)) {
      this.saveError.set(`${unit} already has a level for ${this.typeName(typeCode)}: change that one.`);
      return;
    }
    this.saveError.set(null);
    this.draft.update((levels) => [...levels, { unit, typeCode, minAvailable }]);
    this.newUnit.set('');
    this.newType.set('');
    this.newMinimum.set('1');
  }

  protected save(event: Event): void {
    event.preventDefault();
    const levels = this.draft();
    const invalid = levels.find((level) => !Number.isInteger(level.minAvailable) || level.minAvailable < 0 || level.minAvailable > MAX_MINIMUM);
    if (invalid) {
      this.saveError.set(`The minimum for ${this.typeName(invalid.typeCode)} in ${invalid.unit} must be a whole number from 0 to ${MAX_MINIMUM}.`);
      return;
    }
    this.saving.set(true);
    this.saveError.set(null);
    this.api.replaceParLevels(levels).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.levels.set(saved);
        this.editing.set(false);
        this.message.set('PAR levels saved.');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveError.set(apiErrorMessage(error, 'The PAR levels could not be saved.'));
      },
    });
  }
}
