import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import type { Observable } from 'rxjs';
import { apiErrorMessage } from '../../../core/api/api-error';
import { EquipmentApiService } from '../../../core/api/equipment-api.service';
import type { Asset, UnpairedTag } from '../../../core/api/equipment.models';

/**
 * The asset's tag: which one, since when, and (biomed, admin) pairing another one (replacing it) from
 * the tags heard lately that no asset has, or unpairing it. Trails follow the tag from its pairing on.
 */
@Component({
  selector: 'ww-tag-pairing',
  imports: [DatePipe],
  template: `
    <section aria-labelledby="tag-heading" data-testid="tag-pairing">
      <h2 id="tag-heading">Tag</h2>
      @if (asset().tagId; as tagId) {
        <p>
          <code data-testid="paired-tag">{{ tagId }}</code>
          @if (asset().tagPairedAt; as pairedAt) {
            <span class="muted"> · paired {{ pairedAt | date: 'd MMM y, HH:mm' }}</span>
          }
        </p>
      } @else {
        <p class="muted" data-testid="paired-tag">No tag: this asset is not tracked.</p>
      }
      @if (canWrite()) {
        @if (choosing()) {
          <form class="pair" (submit)="pair($event)" novalidate>
            <div class="field">
              <label for="tag-choice">Tags heard in the last 24 hours that no asset has</label>
              <select id="tag-choice" data-testid="tag-choice" (change)="enterTag($event)">
                <option value="">{{ unpaired() === null ? 'Loading…' : unpaired()?.length === 0 ? 'None heard lately' : 'Choose a tag…' }}</option>
                @for (tag of unpaired() ?? []; track tag.tagId) {
                  <option [value]="tag.tagId" [selected]="tag.tagId === chosen()">
                    {{ tag.tagId }} · {{ tag.roomName ?? 'not placed' }}, {{ tag.lastSeenAt | date: 'HH:mm' }}
                  </option>
                }
              </select>
            </div>
            <div class="field">
              <label for="tag-typed">Or its id</label>
              <input id="tag-typed" data-testid="tag-typed" autocomplete="off" spellcheck="false" [value]="chosen()" (input)="enterTag($event)" />
            </div>
            <div class="button-row">
              <button type="submit" class="btn btn-primary" data-testid="tag-pair" [disabled]="busy() || chosen().trim() === ''">
                {{ asset().tagId ? 'Replace tag' : 'Pair tag' }}
              </button>
              <button type="button" class="btn" (click)="choosing.set(false)">Cancel</button>
            </div>
          </form>
        } @else {
          <div class="button-row">
            <button type="button" class="btn" data-testid="tag-choose" (click)="choose()">{{ asset().tagId ? 'Pair another tag' : 'Pair a tag' }}</button>
            @if (asset().tagId) {
              <button type="button" class="btn btn-danger" data-testid="tag-unpair" [disabled]="busy()" (click)="unpair()">Unpair</button>
            }
          </div>
        }
      }
      @if (error(); as message) {
        <p class="notice notice-error" role="alert" data-testid="tag-error">{{ message }}</p>
      }
    </section>
  `,
  styles: `
    .pair {
      max-width: 36rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TagPairingComponent {
  private readonly api = inject(EquipmentApiService);

  readonly asset = input.required<Asset>();
  readonly canWrite = input(false);
  readonly changed = output<Asset>();

  protected readonly choosing = signal(false);
  protected readonly unpaired = signal<UnpairedTag[] | null>(null);
  protected readonly chosen = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected choose(): void {
    this.choosing.set(true);
    this.chosen.set('');
    this.error.set(null);
    this.unpaired.set(null);
    this.api.unpairedTags().subscribe({
      next: (tags) => this.unpaired.set(tags),
      error: (error: unknown) => {
        this.unpaired.set([]);
        this.error.set(apiErrorMessage(error, 'The tags heard lately could not be loaded; you can still type a tag id.'));
      },
    });
  }

  protected enterTag(event: Event): void {
    this.chosen.set((event.target as HTMLInputElement | HTMLSelectElement).value);
  }

  protected pair(event: Event): void {
    event.preventDefault();
    const tagId = this.chosen().trim().toLowerCase();
    if (tagId === '') return;
    this.run(this.api.pairTag(this.asset().id, tagId), 'The tag could not be paired.');
  }

  protected unpair(): void {
    this.run(this.api.unpairTag(this.asset().id), 'The tag could not be unpaired.');
  }

  private run(request: Observable<Asset>, fallback: string): void {
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: (asset) => {
        this.busy.set(false);
        this.choosing.set(false);
        this.changed.emit(asset);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorMessage(error, fallback));
      },
    });
  }
}
