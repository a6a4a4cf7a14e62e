import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { Observable } from 'rxjs';
import { apiErrorMessage } from '../../core/api/api-error';
import { EquipmentApiService } from '../../core/api/equipment-api.service';
import type { UnpairedTag } from '../../core/api/equipment.models';
import { StaffApiService } from '../../core/api/staff-api.service';
import { STAFF_ROLES, STAFF_ROLE_LABELS, type StaffMember, type StaffRole } from '../../core/api/staff.models';
import { FieldControlDirective } from '../../shared/field-control.directive';
import { showFieldError } from '../../shared/form-errors';
import { FormFieldComponent } from '../../shared/form-field.component';
import { RetryNoticeComponent } from '../../shared/retry-notice.component';

const PAGE_SIZE = 50;

/**
 * Staff and their badges (infection control and admins): find people, add and edit them, give them a
 * badge from the tags heard recently that nothing has yet, take it back, deactivate. The server checks
 * every rule (one badge per person, one owner per tag, units) and its message is shown.
 */
@Component({
  selector: 'ww-staff-page',
  imports: [DatePipe, ReactiveFormsModule, FormFieldComponent, FieldControlDirective, RetryNoticeComponent],
  templateUrl: './staff.page.html',
  styleUrl: './staff.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffPage {
  private readonly api = inject(StaffApiService);
  private readonly equipment = inject(EquipmentApiService);
  private readonly forms = inject(NonNullableFormBuilder);

  protected readonly roles = STAFF_ROLES;
  protected readonly roleLabels = STAFF_ROLE_LABELS;

  protected readonly filters = this.forms.group({ q: '', role: '' as StaffRole | '', showInactive: false });
  protected readonly staff = signal<StaffMember[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);

  protected readonly selectedId = signal<number | null>(null);
  protected readonly selected = computed(() => this.staff().find((member) => member.id === this.selectedId()) ?? null);
  protected readonly candidates = signal<UnpairedTag[]>([]);
  protected readonly badgeChoice = signal('');
  protected readonly actionError = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly form = this.forms.group({
    displayName: ['', [Validators.required, Validators.maxLength(120)]],
    role: ['nurse' as StaffRole, Validators.required],
    unit: ['', Validators.maxLength(120)],
    employeeNumber: ['', Validators.pattern(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$/)],
  });
  protected readonly submitted = signal(false);
  protected readonly saveError = signal<string | null>(null);
  protected readonly savedMessage = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    const { q, role, showInactive } = this.filters.getRawValue();
    this.loading.set(true);
    this.loadError.set(null);
    this.api.staff({ q: q.trim(), role, active: showInactive ? undefined : true, limit: PAGE_SIZE }).subscribe({
      next: (page) => {
        this.staff.set(page.items);
        this.total.set(page.total);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loadError.set(apiErrorMessage(error, 'The staff list could not be loaded.'));
        this.loading.set(false);
      },
    });
  }

  protected showError(field: 'displayName' | 'employeeNumber'): boolean {
    return showFieldError(this.form.controls[field], this.submitted());
  }

  /** Opens a person for editing and badge changes (or closes them); loads the badge candidates. */
  protected select(member: StaffMember): void {
    this.actionError.set(null);
    this.savedMessage.set(null);
    if (this.selectedId() === member.id) {
      this.clearSelection();
      return;
    }
    this.selectedId.set(member.id);
    this.form.reset({ displayName: member.displayName, role: member.role, unit: member.unit ?? '', employeeNumber: member.employeeNumber ?? '' });
    this.badgeChoice.set('');
    this.equipment.unpairedTags().subscribe({
      next: (tags) => this.candidates.set(tags),
      error: (error: unknown) => this.actionError.set(apiErrorMessage(error, 'The tags heard recently could not be loaded.')),
    });
  }

  protected clearSelection(): void {
    this.selectedId.set(null);
    this.form.reset();
    this.submitted.set(false);
    this.saveError.set(null);
  }

  /** Adds a person, or saves the one selected. */
  protected save(): void {
    this.submitted.set(true);
    this.saveError.set(null);
    this.savedMessage.set(null);
    if (this.form.invalid || this.busy()) return;
    const { displayName, role, unit, employeeNumber } = this.form.getRawValue();
    const fields = { displayName: displayName.trim(), role, unit: unit.trim() || null, employeeNumber: employeeNumber.trim() || null };
    const id = this.selectedId();
    this.busy.set(true);
    (id === null ? this.api.create(fields) : this.api.update(id, fields)).subscribe({
      next: (member) => {
        this.busy.set(false);
        this.put(member);
        this.savedMessage.set(id === null ? `${member.displayName} was added.` : `${member.displayName} was saved.`);
        if (id === null) this.clearSelection();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.saveError.set(apiErrorMessage(error, 'The person could not be saved.'));
      },
    });
  }

  protected assignBadge(member: StaffMember): void {
    const tagId = this.badgeChoice();
    if (tagId) this.act(this.api.assignBadge(member.id, tagId));
  }

  protected unassignBadge(member: StaffMember): void {
    this.act(this.api.unassignBadge(member.id));
  }

  protected toggleActive(member: StaffMember): void {
    this.act(member.active ? this.api.deactivate(member.id) : this.api.reactivate(member.id));
  }

  private act(request: Observable<StaffMember>): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.actionError.set(null);
    request.subscribe({
      next: (member) => {
        this.busy.set(false);
        this.put(member);
        this.badgeChoice.set('');
        if (member.badgeTagId) this.candidates.update((tags) => tags.filter((tag) => tag.tagId !== member.badgeTagId));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionError.set(apiErrorMessage(error, 'The change could not be made.'));
      },
    });
  }

  private put(member: StaffMember): void {
    const known = this.staff().some((other) => other.id === member.id);
    if (!known) this.total.update((total) => total + 1);
    this.staff.update((staff) => (known ? staff.map((other) => (other.id === member.id ? member : other)) : [...staff, member].sort((a, b) => a.displayName.localeCompare(b.displayName))));
  }
}
