import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type Observable, catchError, map, of, startWith, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/api/api-error';
import { EquipmentApiService } from '../../core/api/equipment-api.service';
import { ASSET_STATUS_LABELS, type AssetStatus, type EquipmentType, type NearestAsset, type NearestResult } from '../../core/api/equipment.models';
import type { Room } from '../../core/api/floorplan.models';
import { walkingTime } from '../../shared/equipment-format';

interface NearestOutcome {
  /** Null while the answer is on its way. */
  result: NearestResult | null;
  error: string | null;
}

/**
 * "Where is the nearest free pump?": a type and the selected room give the available ones by walking
 * time, as the server routes it (through doors and corridors, floors by lift). Asks again whenever the
 * type or the room changes; a result clicked is shown on the map.
 */
@Component({
  selector: 'ww-nearest-panel',
  imports: [DecimalPipe],
  templateUrl: './nearest-panel.component.html',
  styles: `
    :host {
      display: block;
    }

    .from {
      margin: 0 0 0.75rem;
    }

    .results {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .result {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0 0.5rem;
      border-bottom: 1px solid var(--ww-border);
      border-radius: 0;
    }

    .result-meta {
      grid-column: 1;
    }

    .walk {
      grid-column: 2;
      grid-row: 1 / span 2;
      align-self: center;
      font-variant-numeric: tabular-nums;
      font-weight: 600;
      white-space: nowrap;
    }

    .summary {
      margin-top: 0.5rem;
      font-size: 0.88rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NearestPanelComponent {
  private readonly api = inject(EquipmentApiService);

  readonly types = input<readonly EquipmentType[]>([]);
  /** Where the equipment is needed: the room selected on the map. */
  readonly room = input<Room | null>(null);
  readonly picked = output<NearestAsset>();

  protected readonly typeCode = signal<string | null>(null);
  protected readonly typeLabel = computed(() => {
    const type = this.types().find((candidate) => candidate.code === this.typeCode());
    return type ? type.name.toLowerCase() : 'equipment';
  });
  private readonly question = computed(
    () => {
      const typeCode = this.typeCode();
      const roomId = this.room()?.id;
      return typeCode && roomId ? { typeCode, roomId } : null;
    },
    { equal: (a, b) => a?.typeCode === b?.typeCode && a?.roomId === b?.roomId },
  );
  protected readonly outcome = toSignal(
    toObservable(this.question).pipe(switchMap((question) => (question === null ? of(null) : this.ask(question.typeCode, question.roomId)))),
    { initialValue: null },
  );
  /** What else there is: available but not located, and how many are busy by status. */
  protected readonly elsewhere = computed(() => {
    const result = this.outcome()?.result;
    if (!result) return null;
    const parts: string[] = [];
    if (result.unlocated.length > 0) parts.push(`${result.unlocated.length} available but not located`);
    for (const [status, count] of Object.entries(result.unavailable) as [AssetStatus, number][]) {
      if (count > 0) parts.push(`${count} ${(ASSET_STATUS_LABELS[status] ?? status).toLowerCase()}`);
    }
    return parts.length > 0 ? `Also: ${parts.join(', ')}.` : null;
  });

  protected chooseType(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.typeCode.set(value === '' ? null : value);
  }

  protected walk(seconds: number): string {
    return walkingTime(seconds);
  }

  private ask(typeCode: string, roomId: string): Observable<NearestOutcome> {
    return this.api.nearest(typeCode, roomId).pipe(
      map((result): NearestOutcome => ({ result, error: null })),
      startWith<NearestOutcome>({ result: null, error: null }),
      catchError((error: unknown) => of<NearestOutcome>({ result: null, error: apiErrorMessage(error, 'The nearest equipment could not be found.') })),
    );
  }
}
