/**
 * The simulated radio: what each gateway receives from a tag at a given place.
 *
 *   mean  = P₁ₘ + tag offset + gateway offset − 10·n·log10(d) − Σ walls − floors(k) + shadowing(place)
 *   RSSI  = round(mean + N(0, σ_fast²)), decoded with probability `receptionProbability(RSSI)`
 *
 * d is the slant distance between the tag (`tagHeightM` above its floor) and the gateway's antenna
 * (its mount height), in the building's frame. Walls are those the straight line crosses: on the
 * tag's floor up to the slab it goes through, and on the gateway's floor from there. Gateways of
 * another building are never heard.
 *
 * `linkBudget` works out the mean of every link a tag at one place can use at all, once per place, so
 * that a parked tag costs one normal draw and one uniform draw per gateway and advertisement.
 */
import type { BuildingModel } from '../../floorplan/building/building-model.js';
import { Prng, deriveSeed } from '../prng.js';
import { floorLossDb, logDistanceRssi } from './path-loss.js';
import { ReceptionTable, receptionFloorDbm } from './packet-reception.js';
import { type RadioConfig, fastSigmaDb, staticSigmaDb } from './radio-config.js';
import { ShadowingField } from './shadowing-field.js';
import { WallGrid } from '../../floorplan/geometry/walls/wall-grid.js';
import { buildWallSegments } from '../../floorplan/geometry/walls/wall-segments.js';

/** Where a tag is, for the radio: floor by index in `BuildingModel.floors`, plan metres. */
export interface RadioPosition {
  floorIndex: number;
  x: number;
  y: number;
}

/** The links a tag at one place can use: gateway indices and the mean RSSI of each. */
export interface LinkBudget {
  readonly gateways: Int32Array;
  readonly meanDbm: Float64Array;
  readonly count: number;
}

/** Storey height assumed above a building's top floor (only used for a slab no floor plan describes). */
const FALLBACK_STOREY_M = 4;

export class RadioModel {
  readonly fastSigmaDb: number;
  readonly staticSigmaDb: number;
  /** Links whose mean is below this are not simulated (see `RadioConfig.audibleMarginSigma`). */
  readonly audibleCutoffDbm: number;
  private readonly grids: WallGrid[];
  private readonly reception: ReceptionTable;
  private readonly shadowing: ShadowingField;
  private readonly gatewayCount: number;
  private readonly gatewayFloor: Int32Array;
  private readonly gatewayPlanX: Float64Array;
  private readonly gatewayPlanY: Float64Array;
  private readonly gatewayZ: Float64Array;
  private readonly gatewayOffsetDb: Float64Array;
  private readonly floorBuilding: Int32Array;
  private readonly floorLevel: Int32Array;
  private readonly floorZ: Float64Array;
  private readonly ceilingZ: Float64Array;
  private readonly originX: Float64Array;
  private readonly originY: Float64Array;
  private readonly scratchGateways: Int32Array;
  private readonly scratchMeans: Float64Array;

  constructor(
    readonly building: BuildingModel,
    readonly config: RadioConfig,
    seed: number,
  ) {
    this.fastSigmaDb = fastSigmaDb(config);
    this.staticSigmaDb = staticSigmaDb(config);
    this.audibleCutoffDbm = receptionFloorDbm(config) - config.audibleMarginSigma * this.fastSigmaDb;
    this.reception = new ReceptionTable(config);
    this.grids = building.floors.map(
      (floor) =>
        new WallGrid(
          buildWallSegments(
            building.roomsOn(floor.id),
            building.doors.filter((door) => door.floorId === floor.id),
            config,
          ),
          floor.widthM,
          floor.heightM,
          config.wallGridCellM,
        ),
    );
    const gateways = building.gateways;
    this.gatewayCount = gateways.length;
    this.shadowing = new ShadowingField(seed, gateways.length, this.staticSigmaDb, config.shadowingDecorrelationM);

    const floors = building.floors;
    const buildingIds = [...new Set(floors.map((floor) => floor.buildingId))];
    this.floorBuilding = Int32Array.from(floors, (floor) => buildingIds.indexOf(floor.buildingId));
    this.floorLevel = Int32Array.from(floors, (floor) => floor.level);
    this.floorZ = Float64Array.from(floors, (floor) => floor.elevationM);
    this.ceilingZ = Float64Array.from(floors, (floor) => {
      const above = floors
        .filter((other) => other.buildingId === floor.buildingId && other.level > floor.level)
        .sort((a, b) => a.level - b.level)[0];
      return above ? above.elevationM : floor.elevationM + FALLBACK_STOREY_M;
    });
    this.originX = Float64Array.from(floors, (floor) => floor.originX);
    this.originY = Float64Array.from(floors, (floor) => floor.originY);

    this.gatewayFloor = Int32Array.from(gateways, (gateway) => gateway.floorIndex);
    this.gatewayPlanX = Float64Array.from(gateways, (gateway) => gateway.x);
    this.gatewayPlanY = Float64Array.from(gateways, (gateway) => gateway.y);
    this.gatewayZ = Float64Array.from(gateways, (gateway) => floors[gateway.floorIndex].elevationM + gateway.mountHeightM);
    for (const id of Object.keys(config.gatewayOffsetDb)) building.gateway(id); // throws on a typo
    this.gatewayOffsetDb = Float64Array.from(gateways, (gateway) => {
      const random = new Prng(deriveSeed(seed, 'gateway-offset', gateway.id)).gaussian();
      return (config.gatewayOffsetDb[gateway.id] ?? 0) + config.gatewayOffsetSigmaDb * random;
    });
    this.scratchGateways = new Int32Array(gateways.length);
    this.scratchMeans = new Float64Array(gateways.length);
  }

  /** Mean RSSI (everything but the per-advertisement fading) of one link, with no cut-off. */
  meanRssi(position: RadioPosition, gatewayIndex: number, tagOffsetDb = 0): number {
    return this.linkMean(position, gatewayIndex, tagOffsetDb, Number.NEGATIVE_INFINITY);
  }

  /** The wall index of a floor (by index), for inspection and tests. */
  wallGrid(floorIndex: number): WallGrid {
    return this.grids[floorIndex];
  }

  /** Every link worth simulating for a tag at `position`, in fresh arrays sized to fit. */
  linkBudget(position: RadioPosition, tagOffsetDb = 0): LinkBudget {
    const count = this.linkBudgetInto(position, tagOffsetDb, this.scratchGateways, this.scratchMeans);
    return { gateways: this.scratchGateways.slice(0, count), meanDbm: this.scratchMeans.slice(0, count), count };
  }

  /** `linkBudget` into caller-owned arrays (length ≥ the gateway count); returns how many links were written. */
  linkBudgetInto(position: RadioPosition, tagOffsetDb: number, gateways: Int32Array, meanDbm: Float64Array): number {
    let count = 0;
    for (let g = 0; g < this.gatewayCount; g++) {
      const mean = this.linkMean(position, g, tagOffsetDb, this.audibleCutoffDbm);
      if (mean === Number.NEGATIVE_INFINITY) continue;
      gateways[count] = g;
      meanDbm[count] = mean;
      count++;
    }
    return count;
  }

  /**
   * One advertisement over a link of the given mean: the reported RSSI (integer dBm, as radios report
   * it), or NaN when the gateway did not decode it. Draws one normal and one uniform value.
   */
  receive(meanDbm: number, prng: Prng): number {
    const rssi = this.fastSigmaDb === 0 ? meanDbm : meanDbm + this.fastSigmaDb * prng.gaussian();
    if (prng.next() >= this.reception.probability(rssi)) return Number.NaN;
    return Math.round(rssi);
  }

  /** The link's mean, or −∞ as soon as it is clear the mean is below `cutoffDbm`. */
  private linkMean(position: RadioPosition, g: number, tagOffsetDb: number, cutoffDbm: number): number {
    const tagFloor = position.floorIndex;
    const gatewayFloor = this.gatewayFloor[g];
    if (this.floorBuilding[tagFloor] !== this.floorBuilding[gatewayFloor]) return Number.NEGATIVE_INFINITY;
    const config = this.config;
    const tagX = position.x + this.originX[tagFloor];
    const tagY = position.y + this.originY[tagFloor];
    const tagZ = this.floorZ[tagFloor] + config.tagHeightM;
    const gatewayX = this.gatewayPlanX[g] + this.originX[gatewayFloor];
    const gatewayY = this.gatewayPlanY[g] + this.originY[gatewayFloor];
    const gatewayZ = this.gatewayZ[g];
    const dx = gatewayX - tagX;
    const dy = gatewayY - tagY;
    const dz = gatewayZ - tagZ;
    const slabs = Math.abs(this.floorLevel[tagFloor] - this.floorLevel[gatewayFloor]);

    let mean =
      logDistanceRssi(config.referencePowerDbm, config.pathLossExponent, Math.sqrt(dx * dx + dy * dy + dz * dz), config.minDistanceM) +
      tagOffsetDb +
      this.gatewayOffsetDb[g] -
      floorLossDb(slabs, config.floorLossDb, config.floorLossB);
    if (mean + config.audibleMarginSigma * this.staticSigmaDb < cutoffDbm) return Number.NEGATIVE_INFINITY;
    mean += this.shadowing.valueDb(g, tagFloor, position.x, position.y);
    if (mean < cutoffDbm) return Number.NEGATIVE_INFINITY;

    const budget = mean - cutoffDbm;
    let walls: number;
    if (slabs === 0) {
      walls = this.grids[tagFloor].lossAlong(position.x, position.y, this.gatewayPlanX[g], this.gatewayPlanY[g], budget);
    } else {
      // Where the line goes through the slab next to each end (fractions of the way from the tag).
      const up = dz > 0;
      const tagSlabZ = up ? this.ceilingZ[tagFloor] : this.floorZ[tagFloor];
      const gatewaySlabZ = up ? this.floorZ[gatewayFloor] : this.ceilingZ[gatewayFloor];
      const leaveTagFloor = clamp01((tagSlabZ - tagZ) / dz);
      const reachGatewayFloor = clamp01((gatewaySlabZ - tagZ) / dz);
      walls = this.grids[tagFloor].lossAlong(
        position.x,
        position.y,
        position.x + leaveTagFloor * dx,
        position.y + leaveTagFloor * dy,
        budget,
      );
      if (walls <= budget) {
        walls += this.grids[gatewayFloor].lossAlong(
          tagX + reachGatewayFloor * dx - this.originX[gatewayFloor],
          tagY + reachGatewayFloor * dy - this.originY[gatewayFloor],
          this.gatewayPlanX[g],
          this.gatewayPlanY[g],
          budget - walls,
        );
      }
    }
    mean -= walls;
    return mean < cutoffDbm ? Number.NEGATIVE_INFINITY : mean;
  }
}

/** Clamped to 0..1; NaN (two floors drawn at one elevation) becomes the midpoint. */
function clamp01(value: number): number {
  if (Number.isNaN(value)) return 0.5;
  return value < 0 ? 0 : value > 1 ? 1 : value;
}
