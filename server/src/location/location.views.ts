import { ApiProperty } from '@nestjs/swagger';
import type { RoomTransition } from './engine/engine-types.js';
import type { LocationStats, TagLocation, TagHistory } from './location.types.js';

/** What the location read API answers (GET /api/location/…). Times are ISO-8601 UTC. */

export class TagPositionView {
  @ApiProperty({ example: 'ibeacon:e2c56db5-dffb-48d2-b060-d0f5a71096e0:1:42' }) tagId: string;
  @ApiProperty({ example: 'main-1' }) floorId: string;
  @ApiProperty({ example: 'main-1-icu-bay-03' }) roomId: string;
  @ApiProperty({ description: 'metres east of the floor drawing origin' }) x: number;
  @ApiProperty({ description: 'metres north of the floor drawing origin' }) y: number;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'How sure the engine is of the room.' }) confidence: number;
  @ApiProperty({ format: 'date-time', description: 'Event time the position holds for.' }) at: string;
  @ApiProperty({ format: 'date-time', description: 'When a gateway last heard the tag.' }) lastSeenAt: string;

  static of(location: TagLocation): TagPositionView {
    return Object.assign(new TagPositionView(), {
      tagId: location.tagId,
      floorId: location.floorId,
      roomId: location.roomId,
      x: location.x,
      y: location.y,
      confidence: location.confidence,
      at: new Date(location.ts).toISOString(),
      lastSeenAt: new Date(location.lastSeen).toISOString(),
    });
  }
}

export class RoomTransitionView {
  @ApiProperty({ type: String, nullable: true, description: 'Null when the tag was placed for the first time.' }) fromRoomId: string | null;
  @ApiProperty() toRoomId: string;
  @ApiProperty({ description: 'Floor of toRoomId.' }) floorId: string;
  @ApiProperty({ format: 'date-time', description: 'Event time the tag is judged to have entered toRoomId.' }) enteredAt: string;

  static of(transition: RoomTransition): RoomTransitionView {
    return Object.assign(new RoomTransitionView(), {
      fromRoomId: transition.fromRoomId,
      toRoomId: transition.toRoomId,
      floorId: transition.floorId,
      enteredAt: new Date(transition.enteredAt).toISOString(),
    });
  }
}

export class TagHistoryView {
  @ApiProperty() tagId: string;
  @ApiProperty({ type: [RoomTransitionView], description: 'Transitions entered within [from, to], oldest first, preceded by the one in effect at from (entered before it) when there is one.' }) transitions: RoomTransitionView[];
  @ApiProperty({ type: TagPositionView, nullable: true, description: 'Where the tag is now; null when it has no position.' }) current: TagPositionView | null;

  static of(history: TagHistory): TagHistoryView {
    return Object.assign(new TagHistoryView(), {
      tagId: history.tagId,
      transitions: history.transitions.map((transition) => RoomTransitionView.of(transition)),
      current: history.current ? TagPositionView.of(history.current) : null,
    });
  }
}

export class EngineStatsView {
  @ApiProperty() tagsTracked: number;
  @ApiProperty() sightingsProcessed: number;
  @ApiProperty({ description: 'Arrived behind the lateness bound and were not applied.' }) lateDropped: number;
  @ApiProperty({ description: 'Named a gateway the site model does not have.' }) unknownGateway: number;
  @ApiProperty() invalidDropped: number;
  @ApiProperty() gatewayOverflowDropped: number;
}

export class SiteModelStatsView {
  @ApiProperty() floors: number;
  @ApiProperty() rooms: number;
  @ApiProperty() gateways: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the engine was last built from the floor plans.' }) builtAt: string | null;
}

export class LastFlushView {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() durationMs: number;
  @ApiProperty() positions: number;
  @ApiProperty() transitions: number;
}

export class WriteQueueStatsView {
  @ApiProperty({ description: 'Positions waiting to be written (one per tag at most).' }) queuedPositions: number;
  @ApiProperty() queuedTransitions: number;
  @ApiProperty({ description: 'Rows of the flush being written now.' }) inFlight: number;
  @ApiProperty({ description: 'Successful flushes that wrote something.' }) flushes: number;
  @ApiProperty() positionsWritten: number;
  @ApiProperty() transitionsWritten: number;
  @ApiProperty() failedFlushes: number;
  @ApiProperty({ description: 'Failed attempts in a row now; 0 when writing works.' }) consecutiveFailures: number;
  @ApiProperty({ type: LastFlushView, nullable: true }) lastFlush: LastFlushView | null;
}

export class LocationStatsView {
  @ApiProperty({ type: EngineStatsView }) engine: EngineStatsView;
  @ApiProperty({ description: 'Tags silent so long they left the engine; their last position is still served, and a sighting brings them back.' })
  dormantTags: number;
  @ApiProperty({ type: SiteModelStatsView }) site: SiteModelStatsView;
  @ApiProperty({ type: WriteQueueStatsView }) queue: WriteQueueStatsView;

  static of(stats: LocationStats): LocationStatsView {
    const { lastFlush } = stats.queue;
    return Object.assign(new LocationStatsView(), {
      engine: stats.engine,
      dormantTags: stats.dormantTags,
      site: { ...stats.site, builtAt: stats.site.builtAt > 0 ? new Date(stats.site.builtAt).toISOString() : null },
      queue: { ...stats.queue, lastFlush: lastFlush && { ...lastFlush, at: new Date(lastFlush.at).toISOString() } },
    });
  }
}
