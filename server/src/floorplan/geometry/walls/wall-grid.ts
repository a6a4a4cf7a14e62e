/**
 * A uniform-grid index of one floor's walls, for "which walls does the straight line from the tag to
 * the gateway cross?" asked hundreds of thousands of times. The query walks only the cells the line
 * passes through (Amanatides & Woo, "A fast voxel traversal algorithm for ray tracing", 1987) and tests
 * each wall in them once, so its cost grows with the line's length, not with the number of walls.
 */
import type { WallSegment } from './wall-segments.js';

/** Crossings closer than this to either end of the line do not count: a tag or gateway on a wall is beside it. */
const END_TOLERANCE_M = 1e-4;

export class WallGrid {
  readonly wallCount: number;
  private readonly coords: Float64Array;
  private readonly losses: Float64Array;
  private readonly columns: number;
  private readonly rows: number;
  /** Walls of cell c are cellWalls[cellStart[c] .. cellStart[c + 1]). */
  private readonly cellStart: Int32Array;
  private readonly cellWalls: Int32Array;
  /** Query number that last tested each wall, so a wall in several cells is tested once per query. */
  private readonly testedIn: Uint32Array;
  private query = 0;

  constructor(
    readonly walls: readonly WallSegment[],
    widthM: number,
    heightM: number,
    private readonly cellM: number,
  ) {
    if (!(cellM > 0)) throw new RangeError('cell size must be > 0');
    this.wallCount = walls.length;
    this.coords = new Float64Array(walls.length * 4);
    this.losses = new Float64Array(walls.length);
    walls.forEach((wall, i) => {
      this.coords.set([wall.x1, wall.y1, wall.x2, wall.y2], i * 4);
      this.losses[i] = wall.lossDb;
    });
    this.columns = Math.max(1, Math.ceil(widthM / cellM));
    this.rows = Math.max(1, Math.ceil(heightM / cellM));
    this.testedIn = new Uint32Array(walls.length);

    // Each wall goes into every cell its bounding box touches (slightly grown, so a line through a
    // cell corner finds it from either side). Walls are axis-aligned in practice, so the box is tight.
    const perCell: number[][] = Array.from({ length: this.columns * this.rows }, () => []);
    const margin = 1e-6;
    walls.forEach((wall, i) => {
      const c0 = this.column(Math.min(wall.x1, wall.x2) - margin);
      const c1 = this.column(Math.max(wall.x1, wall.x2) + margin);
      const r0 = this.row(Math.min(wall.y1, wall.y2) - margin);
      const r1 = this.row(Math.max(wall.y1, wall.y2) + margin);
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) perCell[r * this.columns + c].push(i);
    });
    this.cellStart = new Int32Array(perCell.length + 1);
    perCell.forEach((list, c) => (this.cellStart[c + 1] = this.cellStart[c] + list.length));
    this.cellWalls = new Int32Array(this.cellStart[perCell.length]);
    perCell.forEach((list, c) => this.cellWalls.set(list, this.cellStart[c]));
  }

  /**
   * Total loss of the walls the segment crosses, dB. Stops counting once the total passes `budgetDb`
   * (the caller only needs to know the link is dead), so the result is then some value > budgetDb.
   */
  lossAlong(x1: number, y1: number, x2: number, y2: number, budgetDb = Number.POSITIVE_INFINITY): number {
    return this.walk(x1, y1, x2, y2, budgetDb, null);
  }

  /** Indices (into `walls`) of the walls the segment crosses, in the order found. */
  crossedWalls(x1: number, y1: number, x2: number, y2: number): number[] {
    const crossed: number[] = [];
    this.walk(x1, y1, x2, y2, Number.POSITIVE_INFINITY, crossed);
    return crossed;
  }

  /** Sums the loss of crossed walls (listing them in `crossed` when given) until it passes `budgetDb`. */
  private walk(x1: number, y1: number, x2: number, y2: number, budgetDb: number, crossed: number[] | null): number {
    const query = this.nextQuery();
    const rx = x2 - x1;
    const ry = y2 - y1;
    const length = Math.hypot(rx, ry);
    let loss = 0;
    if (length <= END_TOLERANCE_M * 2) return loss;
    const tMin = END_TOLERANCE_M / length;
    const tMax = 1 - tMin;
    const cellM = this.cellM;

    let column = this.column(x1);
    let row = this.row(y1);
    const lastColumn = this.column(x2);
    const lastRow = this.row(y2);
    const stepColumn = rx > 0 ? 1 : rx < 0 ? -1 : 0;
    const stepRow = ry > 0 ? 1 : ry < 0 ? -1 : 0;
    // Parameter t (0 at the start, 1 at the end) at which the line crosses the next cell boundary.
    const tDeltaX = stepColumn === 0 ? Number.POSITIVE_INFINITY : cellM / Math.abs(rx);
    const tDeltaY = stepRow === 0 ? Number.POSITIVE_INFINITY : cellM / Math.abs(ry);
    let tNextX = stepColumn === 0 ? Number.POSITIVE_INFINITY : ((column + (stepColumn > 0 ? 1 : 0)) * cellM - x1) / rx;
    let tNextY = stepRow === 0 ? Number.POSITIVE_INFINITY : ((row + (stepRow > 0 ? 1 : 0)) * cellM - y1) / ry;

    const coords = this.coords;
    for (;;) {
      const cell = row * this.columns + column;
      for (let k = this.cellStart[cell], end = this.cellStart[cell + 1]; k < end; k++) {
        const wall = this.cellWalls[k];
        if (this.testedIn[wall] === query) continue;
        this.testedIn[wall] = query;
        const ax = coords[wall * 4];
        const ay = coords[wall * 4 + 1];
        const sx = coords[wall * 4 + 2] - ax;
        const sy = coords[wall * 4 + 3] - ay;
        const denominator = rx * sy - ry * sx;
        if (denominator === 0) continue; // parallel: running along a wall is not going through it
        const qx = ax - x1;
        const qy = ay - y1;
        const t = (qx * sy - qy * sx) / denominator;
        if (t <= tMin || t >= tMax) continue;
        const u = (qx * ry - qy * rx) / denominator;
        // Half-open along the wall, so where two wall pieces meet a line through the joint counts one.
        if (u < 0 || u >= 1) continue;
        loss += this.losses[wall];
        if (crossed !== null) crossed.push(wall);
        if (loss > budgetDb) return loss;
      }
      if (column === lastColumn && row === lastRow) return loss;
      if (tNextX < tNextY) {
        if (tNextX > 1) return loss;
        column += stepColumn;
        tNextX += tDeltaX;
      } else {
        if (tNextY > 1) return loss;
        row += stepRow;
        tNextY += tDeltaY;
      }
      if (column < 0 || column >= this.columns || row < 0 || row >= this.rows) return loss;
    }
  }

  private nextQuery(): number {
    this.query = (this.query + 1) >>> 0;
    if (this.query === 0) {
      // 2³² queries later: forget which query tested what rather than confuse an old one with a new.
      this.testedIn.fill(0);
      this.query = 1;
    }
    return this.query;
  }

  private column(x: number): number {
    return Math.min(this.columns - 1, Math.max(0, Math.floor(x / this.cellM)));
  }

  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor(y / this.cellM)));
  }
}
