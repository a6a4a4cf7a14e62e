import type { Asset, AssetPosition } from '../core/api/equipment.models';
import type { LivePosition } from '../core/realtime/live-events.models';

/**
 * The asset where a live `position` event puts its tag. A tag just heard is fresh. The room's name and
 * unit are taken from `room` when the caller knows the room, and kept only while it stays the same room.
 */
export function withLivePosition(
  asset: Asset,
  update: LivePosition,
  room?: { name: string; unit: string | null } | null,
): Asset & { position: AssetPosition } {
  const at = new Date(update.ts).toISOString();
  const sameRoom = asset.position?.roomId === update.roomId;
  return {
    ...asset,
    position: {
      floorId: update.floorId,
      roomId: update.roomId,
      roomName: room ? room.name : sameRoom ? (asset.position?.roomName ?? null) : null,
      unit: room ? room.unit : sameRoom ? (asset.position?.unit ?? null) : null,
      x: update.x,
      y: update.y,
      confidence: update.confidence,
      positionAt: at,
      lastSeenAt: at,
      fresh: true,
    },
  };
}
