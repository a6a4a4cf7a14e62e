import { TagTrack, type TrackPlanner, type TrackSegment } from './tag-track.js';

/** A planner that walks back and forth between two rooms: 10 s in a, 4 s across, 10 s in b, … */
class PingPong implements TrackPlanner {
  calls = 0;
  extend(track: TagTrack, untilTs: number): void {
    this.calls++;
    while (track.endTs <= untilTs) {
      const t0 = track.endTs;
      const inA = Math.round((t0 - track.startTs) / 14_000) % 2 === 0;
      const room = inA ? 'a' : 'b';
      const x = inA ? 0 : 4;
      track.append(segment(t0, t0 + 10_000, room, x, x));
      track.append(segment(t0 + 10_000, t0 + 12_000, room, x, 2));
      track.append(segment(t0 + 12_000, t0 + 14_000, inA ? 'b' : 'a', 2, inA ? 4 : 0));
    }
  }
}

function segment(t0: number, t1: number, roomId: string, x0: number, x1: number): TrackSegment {
  return { t0, t1, floorId: 'f', floorIndex: 0, roomId, x0, y0: 1, x1, y1: 1 };
}

describe('TagTrack', () => {
  it('builds itself lazily, only as far as asked', () => {
    const planner = new PingPong();
    const track = new TagTrack('tag', 1000, planner);
    expect(track.segments).toHaveLength(0);
    track.positionAt(5000);
    expect(planner.calls).toBe(1);
    expect(track.endTs).toBe(15_000);
    track.positionAt(14_000);
    expect(planner.calls).toBe(1);
  });

  it('interpolates the position and names the room at any time', () => {
    const track = new TagTrack('tag', 0, new PingPong());
    expect(track.positionAt(0)).toEqual({ floorId: 'f', roomId: 'a', x: 0, y: 1 });
    expect(track.positionAt(11_000)).toEqual({ floorId: 'f', roomId: 'a', x: 1, y: 1 });
    // The door crossing at 12 s belongs to the room being entered.
    expect(track.roomAt(11_999)).toBe('a');
    expect(track.roomAt(12_000)).toBe('b');
    expect(track.positionAt(13_000).x).toBeCloseTo(3, 12);
    expect(() => track.positionAt(-1)).toThrow(RangeError);
  });

  it('records every room change with its time, the first one from nowhere', () => {
    const track = new TagTrack('tag', 0, new PingPong());
    expect(track.transitionsBetween(0, 30_000)).toEqual([
      { ts: 0, fromRoomId: null, fromFloorId: null, toRoomId: 'a', toFloorId: 'f' },
      { ts: 12_000, fromRoomId: 'a', fromFloorId: 'f', toRoomId: 'b', toFloorId: 'f' },
      { ts: 26_000, fromRoomId: 'b', fromFloorId: 'f', toRoomId: 'a', toFloorId: 'f' },
    ]);
    expect(track.transitionsBetween(1, 26_000).map((t) => t.ts)).toEqual([12_000]);
  });

  it('finds segments the same with or without a hint', () => {
    const track = new TagTrack('tag', 0, new PingPong());
    track.ensure(1_000_000);
    let hint = 0;
    for (let ts = 0; ts < 1_000_000; ts += 777) {
      const hinted = track.segmentIndexAt(ts, hint);
      expect(hinted).toBe(track.segmentIndexAt(ts));
      const found = track.segment(hinted);
      expect(found.t0 <= ts && ts < found.t1).toBe(true);
      hint = hinted;
    }
  });

  it('refuses segments that leave a gap or last no time', () => {
    const track = new TagTrack('tag', 0, new PingPong());
    expect(() => track.append(segment(5, 10, 'a', 0, 0))).toThrow(RangeError);
    expect(() => track.append(segment(0, 0, 'a', 0, 0))).toThrow(RangeError);
  });
});
