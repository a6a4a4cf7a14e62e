import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { UtilizationFigures } from '../../../core/api/equipment.models';

/**
 * The registered time over the range as one bar: used, idle, out of service (the server's split).
 * Plain CSS; the label carries the same shares for screen readers.
 */
@Component({
  selector: 'ww-utilization-bar',
  template: `
    <div class="bar" role="img" [attr.aria-label]="label()">
      @for (part of parts(); track part.kind) {
        <span [class]="'part ' + part.kind" [style.width.%]="part.share"></span>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      min-width: 8rem;
    }

    .bar {
      display: flex;
      height: 0.8rem;
      overflow: hidden;
      border-radius: 999px;
      background: var(--ww-border);
    }

    .part {
      height: 100%;
    }

    .used {
      background: var(--ww-blue);
    }

    .idle {
      background: #9aa5b1;
    }

    .out {
      background: var(--ww-warning);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UtilizationBarComponent {
  readonly figures = input.required<UtilizationFigures>();

  protected readonly parts = computed(() => {
    const { usedSeconds, idleSeconds, outOfServiceSeconds, registeredSeconds } = this.figures();
    const share = (seconds: number) => (registeredSeconds > 0 ? (seconds / registeredSeconds) * 100 : 0);
    return [
      { kind: 'used', name: 'used', share: share(usedSeconds) },
      { kind: 'idle', name: 'idle', share: share(idleSeconds) },
      { kind: 'out', name: 'out of service', share: share(outOfServiceSeconds) },
    ];
  });

  protected readonly label = computed(() =>
    this.figures().registeredSeconds > 0
      ? this.parts()
          .map((part) => `${part.name} ${Math.round(part.share)} %`)
          .join(', ')
      : 'not registered during this range',
  );
}
