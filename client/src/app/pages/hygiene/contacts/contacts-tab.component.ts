import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { apiErrorMessage, fieldIssues } from '../../../core/api/api-error';
import { HygieneApiService } from '../../../core/api/hygiene-api.service';
import { type ContactInvestigation, MAX_CONTACTS_DAYS } from '../../../core/api/hygiene.models';
import { CsvDownloadService } from '../../../shared/csv';
import { FieldControlDirective } from '../../../shared/field-control.directive';
import { FormFieldComponent } from '../../../shared/form-field.component';
import { equipmentTypes, sitePlaces } from '../../equipment/equipment-lookups';
import { localInputValue } from '../../equipment/utilization/time-range';
import { contactsCsvRows, contactsFileName, roomsByUnit, stayTime } from './contact-rows';

const DAY_MS = 86_400_000;

/** The form's fields, each named as the server names it in a 400's `issues`. */
const CONTACT_FIELDS = ['roomId', 'from', 'to'] as const;
type ContactField = (typeof CONTACT_FIELDS)[number];

/**
 * Contact investigation (infection control, admins): which staff badges and equipment tags were in a
 * room between two times, with when each entered and left and the time within the period, for an
 * outbreak or exposure follow-up. The server answers from the location engine's room stays.
 */
@Component({
  selector: 'ww-contacts-tab',
  imports: [DatePipe, FormFieldComponent, FieldControlDirective],
  template: `
    <h2>Contact investigation</h2>
    <p class="muted">Who and what was in a room between two times: staff by the badge they wore, equipment by its tag (at most {{ maxDays }} days).</p>
    <form class="filters" novalidate data-testid="contacts-form" aria-label="Contact investigation" (submit)="find($event)">
      <ww-form-field label="Room" fieldId="contacts-room" [error]="errors()['roomId'] ?? null">
        <select wwFieldControl data-testid="contacts-room" (change)="set('roomId', $event)">
          <option value="" [selected]="values().roomId === ''">Choose a room…</option>
          @for (group of roomGroups(); track group.unit) {
            <optgroup [label]="group.unit">
              @for (room of group.rooms; track room.id) {
                <option [value]="room.id" [selected]="room.id === values().roomId">{{ room.name }}</option>
              }
            </optgroup>
          }
        </select>
      </ww-form-field>
      <ww-form-field label="From" fieldId="contacts-from" [error]="errors()['from'] ?? null">
        <input wwFieldControl type="datetime-local" data-testid="contacts-from" [value]="values().from" (input)="set('from', $event)" />
      </ww-form-field>
      <ww-form-field label="To" fieldId="contacts-to" [error]="errors()['to'] ?? null">
        <input wwFieldControl type="datetime-local" data-testid="contacts-to" [value]="values().to" (input)="set('to', $event)" />
      </ww-form-field>
      <button type="submit" class="btn btn-primary" data-testid="contacts-find" [disabled]="busy()">Find contacts</button>
    </form>
    @if (busy()) {
      <p class="muted" role="status">Looking up the room’s stays…</p>
    }
    @if (error(); as message) {
      <p class="notice notice-error" role="alert" data-testid="contacts-error">{{ message }}</p>
    }
    @if (result(); as found) {
      <div class="section-heading">
        <h3 data-testid="contacts-heading">
          {{ found.room.name }}{{ found.room.unit ? ', ' + found.room.unit : '' }}: {{ found.from | date: 'd MMM, HH:mm' }} to {{ found.to | date: 'd MMM, HH:mm' }}
        </h3>
        <button type="button" class="btn btn-small" data-testid="contacts-csv" [disabled]="empty()" (click)="exportCsv(found)">Export CSV</button>
      </div>
      @if (empty()) {
        <p class="muted" data-testid="contacts-empty">No staff badge or equipment tag was in {{ found.room.name }} in this period.</p>
      } @else {
        <h4>Staff ({{ found.staff.length }})</h4>
        @if (found.staff.length) {
          <div class="table-scroll">
            <table class="data-table" data-testid="contacts-staff">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Role</th>
                  <th scope="col">Badge</th>
                  <th scope="col">Entered</th>
                  <th scope="col">Left</th>
                  <th scope="col" class="number">Time in the room within the period</th>
                </tr>
              </thead>
              <tbody>
                @for (stay of found.staff; track $index) {
                  <tr>
                    <td>{{ stay.name }}</td>
                    <td>{{ stay.role }}</td>
                    <td>{{ stay.badgeId }}</td>
                    <td>{{ stay.enteredAt | date: 'd MMM, HH:mm' }}</td>
                    <td>{{ stay.leftAt ? (stay.leftAt | date: 'd MMM, HH:mm') : 'still there' }}</td>
                    <td class="number">{{ time(stay.overlapMs) }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else {
          <p class="muted">No staff badge was in the room.</p>
        }
        <h4>Equipment ({{ found.equipment.length }})</h4>
        @if (found.equipment.length) {
          <div class="table-scroll">
            <table class="data-table" data-testid="contacts-equipment">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Type</th>
                  <th scope="col">Tag</th>
                  <th scope="col">Entered</th>
                  <th scope="col">Left</th>
                  <th scope="col" class="number">Time in the room within the period</th>
                </tr>
              </thead>
              <tbody>
                @for (stay of found.equipment; track $index) {
                  <tr>
                    <td>{{ stay.name }}</td>
                    <td>{{ typeName(stay.type) }}</td>
                    <td>{{ stay.tagId }}</td>
                    <td>{{ stay.enteredAt | date: 'd MMM, HH:mm' }}</td>
                    <td>{{ stay.leftAt ? (stay.leftAt | date: 'd MMM, HH:mm') : 'still there' }}</td>
                    <td class="number">{{ time(stay.overlapMs) }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else {
          <p class="muted">No equipment tag was in the room.</p>
        }
      }
    }
  `,
  styleUrl: '../hygiene-tab.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactsTabComponent {
  private readonly api = inject(HygieneApiService);
  private readonly csv = inject(CsvDownloadService);
  private readonly places = sitePlaces();
  private readonly types = equipmentTypes();

  protected readonly maxDays = MAX_CONTACTS_DAYS;
  protected readonly roomGroups = computed(() => roomsByUnit(this.places()?.rooms ?? []));
  protected readonly values = signal<Record<ContactField, string>>(lastDay(Date.now()));
  protected readonly errors = signal<Partial<Record<string, string>>>({});
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly result = signal<ContactInvestigation | null>(null);
  protected readonly empty = computed(() => {
    const found = this.result();
    return found === null || (found.staff.length === 0 && found.equipment.length === 0);
  });

  protected set(field: ContactField, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this.values.update((values) => ({ ...values, [field]: value }));
  }

  protected find(event: Event): void {
    event.preventDefault();
    if (this.busy()) return;
    const { roomId, from, to } = this.values();
    const problems = formProblems(roomId, Date.parse(from), Date.parse(to));
    this.errors.set(problems);
    this.error.set(null);
    if (Object.keys(problems).length > 0) return;
    this.busy.set(true);
    this.api.contacts({ roomId, from: new Date(from).toISOString(), to: new Date(to).toISOString() }).subscribe({
      next: (found) => {
        this.busy.set(false);
        this.result.set(found);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.result.set(null);
        const issues = fieldIssues(error);
        const shown = issues.filter((issue) => (CONTACT_FIELDS as readonly string[]).includes(issue.field));
        this.errors.set(Object.fromEntries(shown.map((issue) => [issue.field, issue.message])));
        // Anything the form has no field for (an unknown room, no access) is said as a whole.
        if (shown.length === 0 || shown.length < issues.length) this.error.set(apiErrorMessage(error, 'The contacts could not be found.'));
      },
    });
  }

  protected exportCsv(found: ContactInvestigation): void {
    this.csv.save(contactsFileName(found), contactsCsvRows(found));
  }

  protected readonly time = stayTime;

  /** An equipment type's name; its code while the types are loading or if it is not listed. */
  protected typeName(code: string): string {
    return this.types().find((type) => type.code === code)?.name ?? code;
  }
}

/** The form's starting values: no room, the last 24 hours to the minute in the browser's zone. */
function lastDay(now: number): Record<ContactField, string> {
  return { roomId: '', from: localInputValue(new Date(now - DAY_MS).toISOString()), to: localInputValue(new Date(now).toISOString()) };
}

/** What is wrong with the form, by field; the server checks the same, this says it sooner. */
function formProblems(roomId: string, from: number, to: number): Partial<Record<ContactField, string>> {
  if (roomId === '') return { roomId: 'Choose a room.' };
  if (Number.isNaN(from)) return { from: 'Choose when the period starts.' };
  if (Number.isNaN(to)) return { to: 'Choose when the period ends.' };
  if (to <= from) return { to: 'The period must end after it starts.' };
  if (to - from > MAX_CONTACTS_DAYS * DAY_MS) return { to: `The period can be at most ${MAX_CONTACTS_DAYS} days.` };
  return {};
}
