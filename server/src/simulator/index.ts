/**
 * The simulator core: the demo hospital's tags, radio and gateways, pure TypeScript (no framework, no
 * I/O, no clock). See README.md for the models and their defaults.
 */
export { iBeaconAdvertisementHex } from './beacon/ibeacon-advertisement.js';
export { IBEACON_MAJOR_BY_KIND, SIMULATED_SITE_UUID } from './beacon/tag-identity.js';
export { BuildingModel, type BuildingGateway, type BuildingRoom } from '../floorplan/building/building-model.js';
export {
  MAX_SIGHTINGS_PER_BATCH,
  type GatewayBatch,
  type GatewaySighting,
  type IBeaconJson,
  type RawSighting,
  type ReportMode,
  type SummarySighting,
} from './gateway-reports.js';
export { MOVEMENT_PROFILES, type MovementProfile, type TagKind } from './movement/movement-profile.js';
export { spotNearWall, type WallSpot, type WallSpotOptions } from './movement/parking-spots.js';
export type { ItineraryStop } from './movement/tag-planners.js';
export type { RoundsMovement, UniformRange } from './movement/rounds-planner.js';
export type { GroundTruth, TrackSegment, TruePosition, TrueRoomTransition } from './movement/tag-track.js';
export { DEFAULT_RADIO_CONFIG, type RadioConfig } from './radio/radio-config.js';
export type { SightingSink } from './sighting-sink.js';
export {
  DEFAULT_SIMULATION_START_TS,
  DEFAULT_WINDOW_MS,
  Simulation,
  type SimulatedTag,
  type SimulationOptions,
  type SimulationStats,
  type TagMovement,
  type TagSpec,
} from './simulation.js';
export { DEFAULT_VERTICAL_TIMING, type VerticalTiming } from '../floorplan/building/walking-graph.js';
