/** What goes into the location engine and what comes out. Times are epoch milliseconds of event time. */

/** One gateway's report of one tag, as validated by ingest. */
export interface Sighting {
  tagId: string;
  gatewayId: string;
  /** When the gateway heard the tag (its clock), epoch ms. */
  ts: number;
  /** dBm; the median of the gateway's window when it heard the tag more than once. */
  rssi: number;
  /** Advertisements behind `rssi` (1 when the gateway reports every packet). */
  n: number;
  /** The tag's own calibrated RSSI at 1 m, when it advertises one (iBeacon "measured power"). */
  txPowerAt1m?: number;
}

/** Where a tag is now. Emitted when it changed materially, and the row the position table keeps. */
export interface PositionUpdate {
  tagId: string;
  floorId: string;
  roomId: string;
  /** Floor-plan metres, inside the room's polygon. */
  x: number;
  y: number;
  /** 0..1: how sure the engine is of the room (evidence strength × agreement). */
  confidence: number;
  /** Event time the position holds for. */
  ts: number;
}

/** A tag's move from one room to another: one history row. */
export interface RoomTransition {
  tagId: string;
  /** null when the tag is placed for the first time. */
  fromRoomId: string | null;
  toRoomId: string;
  /** Floor of `toRoomId`. */
  floorId: string;
  /** Event time the tag is judged to have entered `toRoomId`. */
  enteredAt: number;
}

/** What `drainChanges` hands to persistence: only what changed since the last drain. */
export interface EngineChanges {
  positions: PositionUpdate[];
  transitions: RoomTransition[];
}

export interface EngineStats {
  tagsTracked: number;
  sightingsProcessed: number;
  /** Arrived behind the lateness bound and were not applied. */
  lateDropped: number;
  /** Named a gateway the site model does not have. */
  unknownGateway: number;
  /** Carried a non-finite time or RSSI. */
  invalidDropped: number;
  /** Came from a gateway weaker than every gateway already tracked for a tag that had no slot left. */
  gatewayOverflowDropped: number;
}
