/** One point of a series: where it is on the x axis (epoch ms, or an index) and its value; null leaves a gap. */
export interface ChartPoint {
  x: number;
  value: number | null;
  /** The lowest and highest of the period the point stands for (drawn as a band around the line). */
  low?: number;
  high?: number;
  /** Said on hover and to screen readers. */
  label: string;
}

/** A horizontal line across the chart: a limit. */
export interface ChartReference {
  value: number;
  label: string;
}

export interface ChartFrame {
  width: number;
  height: number;
  /** Room for the axis labels: left, and below. */
  left: number;
  bottom: number;
  /** The y range to show; from the data (and references) when absent. */
  yDomain?: readonly [number, number];
  /** The x range of a line (a time window); from the data when absent. */
  xDomain?: readonly [number, number];
}

export interface Tick {
  at: number;
  value: number;
}

export interface ChartGeometry {
  /** SVG path data of the line, one `M…L…` run per stretch without gaps. */
  line: string;
  /** SVG path data of the low–high band, one closed run per stretch; empty without lows and highs. */
  band: string;
  bars: { x: number; y: number; width: number; height: number; label: string }[];
  dots: { x: number; y: number; label: string }[];
  references: { y: number; label: string }[];
  yTicks: Tick[];
  /** Bottom of the plot area (the x axis). */
  baseline: number;
  /** Right edge of the plot area. */
  right: number;
}

const TOP_MARGIN = 8;
const RIGHT_MARGIN = 8;

/**
 * Where a series and its limits fall in an SVG of the frame's size: y grows downwards, the plot area
 * sits right of `left` and above `bottom`. Points are placed by `x` (a line) or evenly (bars).
 */
export function chartGeometry(points: readonly ChartPoint[], references: readonly ChartReference[], frame: ChartFrame, kind: 'line' | 'bar'): ChartGeometry {
  const plot = { left: frame.left, right: frame.width - RIGHT_MARGIN, top: TOP_MARGIN, bottom: frame.height - frame.bottom };
  const [yMin, yMax] = frame.yDomain ?? dataDomain(points, references);
  const yOf = (value: number) => plot.bottom - ((value - yMin) / (yMax - yMin)) * (plot.bottom - plot.top);
  const yTicks = niceTicks(yMin, yMax).map((value) => ({ value, at: yOf(value) }));
  const shownReferences = references.filter((reference) => reference.value >= yMin && reference.value <= yMax).map((reference) => ({ y: yOf(reference.value), label: reference.label }));

  if (kind === 'bar') {
    const slot = (plot.right - plot.left) / Math.max(points.length, 1);
    const bars = points.flatMap((point, index) =>
      point.value === null ? [] : [{ x: plot.left + index * slot + slot * 0.15, y: yOf(point.value), width: slot * 0.7, height: plot.bottom - yOf(point.value), label: point.label }],
    );
    return { line: '', band: '', bars, dots: [], references: shownReferences, yTicks, baseline: plot.bottom, right: plot.right };
  }

  const xs = points.map((point) => point.x);
  const [xMin, xMax] = frame.xDomain ?? (xs.length === 0 ? [0, 1] : [Math.min(...xs), Math.max(...xs)]);
  const xOf = (x: number) => (xMax === xMin ? (plot.left + plot.right) / 2 : plot.left + ((x - xMin) / (xMax - xMin)) * (plot.right - plot.left));
  const runs = stretches(points);
  const line = runs.map((run) => run.map((point, index) => `${index === 0 ? 'M' : 'L'}${round(xOf(point.x))},${round(yOf(point.value as number))}`).join('')).join('');
  const band = runs
    .filter((run) => run.every((point) => point.low !== undefined && point.high !== undefined))
    .map((run) => {
      const upper = run.map((point, index) => `${index === 0 ? 'M' : 'L'}${round(xOf(point.x))},${round(yOf(point.high as number))}`);
      const lower = [...run].reverse().map((point) => `L${round(xOf(point.x))},${round(yOf(point.low as number))}`);
      return `${upper.join('')}${lower.join('')}Z`;
    })
    .join('');
  const dots = points.flatMap((point) => (point.value === null ? [] : [{ x: round(xOf(point.x)), y: round(yOf(point.value)), label: point.label }]));
  return { line, band, bars: [], dots, references: shownReferences, yTicks, baseline: plot.bottom, right: plot.right };
}

/** The data's range and the references', with a little room above and below (a flat series gets ±1). */
function dataDomain(points: readonly ChartPoint[], references: readonly ChartReference[]): [number, number] {
  const values = [...points.flatMap((point) => [point.value, point.low, point.high]), ...references.map((reference) => reference.value)].filter(
    (value): value is number => value !== null && value !== undefined,
  );
  if (values.length === 0) return [0, 1];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return [min - 1, max + 1];
  const room = (max - min) * 0.1;
  return [min - room, max + room];
}

/** Runs of consecutive points with values: a null splits the line. */
function stretches(points: readonly ChartPoint[]): ChartPoint[][] {
  const runs: ChartPoint[][] = [];
  let run: ChartPoint[] = [];
  for (const point of points) {
    if (point.value === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else {
      run.push(point);
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** About six round values (steps of 1, 2 or 5 times a power of ten) inside [min, max]. */
export function niceTicks(min: number, max: number, count = 6): number[] {
  const rough = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let value = Math.ceil(min / step) * step; value <= max + step * 1e-9; value += step) ticks.push(Number(value.toPrecision(12)));
  return ticks;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
