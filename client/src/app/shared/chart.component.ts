import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type ChartPoint, type ChartReference, chartGeometry } from './chart-geometry';

const WIDTH = 720;
const HEIGHT = 220;
const LEFT = 48;
const BOTTOM = 22;

/**
 * A small SVG chart: bars (one per point, evenly spaced) or a line with an optional low–high band,
 * horizontal reference lines (limits) and a labelled y axis. Each bar or point carries its label as a
 * tooltip; the whole chart is described by `label` for screen readers, the figures being in a table
 * beside it. Scales with its container's width, keeping its proportions (text stays legible).
 */
@Component({
  selector: 'ww-chart',
  template: `
    <svg [attr.viewBox]="'0 0 ' + width + ' ' + height" role="img" [attr.aria-label]="label()" class="chart">
      @for (tick of geometry().yTicks; track tick.value) {
        <line class="grid" [attr.x1]="left" [attr.x2]="geometry().right" [attr.y1]="tick.at" [attr.y2]="tick.at" />
        <text class="tick" [attr.x]="left - 6" [attr.y]="tick.at + 4" text-anchor="end">{{ formatValue()(tick.value) }}</text>
      }
      <line class="axis" [attr.x1]="left" [attr.x2]="geometry().right" [attr.y1]="geometry().baseline" [attr.y2]="geometry().baseline" />
      @if (geometry().band) {
        <path class="band" data-testid="chart-band" [attr.d]="geometry().band" />
      }
      @for (bar of geometry().bars; track $index) {
        <rect class="bar" data-testid="chart-bar" [attr.x]="bar.x" [attr.y]="bar.y" [attr.width]="bar.width" [attr.height]="bar.height">
          <title>{{ bar.label }}</title>
        </rect>
      }
      @if (geometry().line) {
        <path class="line" data-testid="chart-line" [attr.d]="geometry().line" />
      }
      @for (dot of geometry().dots; track $index) {
        <circle class="dot" [attr.cx]="dot.x" [attr.cy]="dot.y" r="2.5"><title>{{ dot.label }}</title></circle>
      }
      @for (reference of geometry().references; track reference.label) {
        <line class="reference" data-testid="chart-reference" [attr.x1]="left" [attr.x2]="geometry().right" [attr.y1]="reference.y" [attr.y2]="reference.y" />
        <text class="reference-label" [attr.x]="geometry().right - 2" [attr.y]="reference.y - 4" text-anchor="end">{{ reference.label }}</text>
      }
      <text class="tick" [attr.x]="left" [attr.y]="height - 6">{{ startLabel() }}</text>
      <text class="tick" [attr.x]="geometry().right" [attr.y]="height - 6" text-anchor="end">{{ endLabel() }}</text>
    </svg>
  `,
  styles: `
    :host {
      display: block;
    }

    .chart {
      width: 100%;
      max-width: 60rem;
      height: auto;
    }

    .grid {
      stroke: #e4e7eb;
    }

    .axis {
      stroke: #8a96a3;
    }

    .tick,
    .reference-label {
      font-size: 11px;
      fill: #52606d;
    }

    .bar {
      fill: var(--ww-blue, #2563a6);
    }

    .line {
      fill: none;
      stroke: var(--ww-blue, #2563a6);
      stroke-width: 2;
    }

    .band {
      fill: var(--ww-blue, #2563a6);
      opacity: 0.18;
    }

    .dot {
      fill: var(--ww-blue, #2563a6);
    }

    .reference {
      stroke: #b42318;
      stroke-dasharray: 6 4;
    }

    .reference-label {
      fill: #b42318;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartComponent {
  readonly points = input.required<readonly ChartPoint[]>();
  readonly kind = input<'line' | 'bar'>('line');
  readonly references = input<readonly ChartReference[]>([]);
  /** The y range; from the data when absent. */
  readonly yDomain = input<readonly [number, number]>();
  /** The x range of a line (epoch ms of a time window); from the data when absent. */
  readonly xDomain = input<readonly [number, number]>();
  readonly formatValue = input<(value: number) => string>((value) => String(value));
  /** What the chart shows, for screen readers. */
  readonly label = input.required<string>();
  /** Written under the start and the end of the x axis. */
  readonly startLabel = input('');
  readonly endLabel = input('');

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly left = LEFT;
  protected readonly geometry = computed(() =>
    chartGeometry(this.points(), this.references(), { width: WIDTH, height: HEIGHT, left: LEFT, bottom: BOTTOM, yDomain: this.yDomain(), xDomain: this.xDomain() }, this.kind()),
  );
}
