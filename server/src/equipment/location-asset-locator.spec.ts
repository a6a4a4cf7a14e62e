import type { RoomTransition } from '../location/engine/engine-types.js';
import type { TagLocation } from '../location/location.types.js';
import { visitsOf } from './location-asset-locator.js';

const tagId = 'ibeacon:5a1e0d7c-93b4-4f6e-8c21-d0a9e7b3f415:1:7';
const transition = (toRoomId: string, enteredAt: number): RoomTransition => ({ tagId, fromRoomId: null, toRoomId, floorId: 'main-1', enteredAt });
const current = (roomId: string, lastSeen: number): TagLocation => ({ tagId, floorId: 'main-1', roomId, x: 1, y: 1, confidence: 0.9, ts: lastSeen, lastSeen });

describe('room visits from the location history', () => {
  const transitions = [transition('bay-1', 1_000), transition('corridor', 5_000), transition('store', 6_000)];

  it('makes each stay last until the next transition, and keeps the last open while the tag is heard', () => {
    expect(visitsOf(transitions, current('store', 20_000), 20_000)).toEqual([
      { floorId: 'main-1', roomId: 'bay-1', from: 1_000, to: 5_000 },
      { floorId: 'main-1', roomId: 'corridor', from: 5_000, to: 6_000 },
      { floorId: 'main-1', roomId: 'store', from: 6_000, to: null },
    ]);
  });

  it('ends the last stay when the tag was last heard, if that was before the end of the range', () => {
    expect(visitsOf(transitions, current('store', 9_000), 20_000).at(-1)).toEqual({ floorId: 'main-1', roomId: 'store', from: 6_000, to: 9_000 });
  });

  it('leaves the last stay open for a tag no longer tracked, and gives nothing for no transitions', () => {
    expect(visitsOf(transitions, null, 20_000).at(-1)?.to).toBeNull();
    expect(visitsOf([], current('store', 9_000), 20_000)).toEqual([]);
  });
});
