import { beaconFromJson, parseAdvertisementHex } from '../../../libs/beacon/index.js';
import type { GatewayBatch, SummarySighting } from './gateway-reports.js';
import { spotNearWall } from './movement/parking-spots.js';
import type { SightingSink } from './sighting-sink.js';
import { DEFAULT_SIMULATION_START_TS, Simulation, type SimulationOptions, type TagSpec } from './simulation.js';
import { batchShapeIssues, ingestSchemaValidator } from './testing/batch-shape.js';
import { loadStMarysFloors } from './testing/st-marys.js';

const floors = loadStMarysFloors();
const mixedTags: TagSpec[] = [
  ...Array.from({ length: 20 }, (): TagSpec => ({ kind: 'equipment' })),
  ...Array.from({ length: 5 }, (): TagSpec => ({ kind: 'staff' })),
  { kind: 'equipment', movement: 'parked', start: { roomId: 'main-1-icu-bay-03' } },
];

function simulate(options: Partial<SimulationOptions>, seconds: number): { simulation: Simulation; batches: GatewayBatch[] } {
  const simulation = new Simulation({ floors, seed: 7, tags: mixedTags, ...options });
  const batches = simulation.step(simulation.startTs + seconds * 1000);
  return { simulation, batches };
}

describe('Simulation output', () => {
  const validate = ingestSchemaValidator();

  it.each(['summary', 'raw'] as const)('sends %s batches the ingest accepts', (mode) => {
    const { batches } = simulate({ mode }, 20);
    expect(batches.length).toBeGreaterThan(100);
    for (const batch of batches) {
      expect(batchShapeIssues(batch)).toEqual([]);
      if (validate) expect(validate(batch)).toEqual([]);
    }
  });

  it('names every tag in a form libs/beacon reads back to the tag’s id', () => {
    const summary = simulate({ mode: 'summary' }, 5);
    const raw = simulate({ mode: 'raw' }, 5);
    const ids = new Set(summary.simulation.tags.map((tag) => tag.tagId));
    const heard = new Set<string>();
    for (const sighting of summary.batches.flatMap((batch) => batch.sightings)) {
      const parsed = beaconFromJson((sighting as SummarySighting).beacon);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      expect(ids.has(parsed.frame.tagId)).toBe(true);
      heard.add(parsed.frame.tagId);
    }
    for (const sighting of raw.batches.flatMap((batch) => batch.sightings)) {
      const frame = parseAdvertisementHex((sighting as { adv: string }).adv).frames[0];
      expect(frame.type === 'ibeacon' && ids.has(frame.tagId)).toBe(true);
    }
    // Every tag is heard by someone within 5 s.
    expect(heard.size).toBe(ids.size);
    expect(summary.simulation.tags.map((tag) => tag.tagId)).toEqual(raw.simulation.tags.map((tag) => tag.tagId));
  });

  it('counts each gateway’s batches 1, 2, 3, … and dates them at the end of their window', () => {
    const { batches, simulation } = simulate({ windowMs: 2000 }, 20);
    const seqs = new Map<string, number[]>();
    for (const batch of batches) seqs.set(batch.gatewayId, [...(seqs.get(batch.gatewayId) ?? []), batch.seq]);
    for (const list of seqs.values()) expect(list).toEqual(list.map((_, i) => i + 1));
    const windowEnds = new Set(batches.map((batch) => Date.parse(batch.sentAt)));
    expect([...windowEnds].every((ts) => (ts - simulation.startTs) % 2000 === 0)).toBe(true);
    for (const batch of batches) for (const sighting of batch.sightings) expect(sighting.ts).toBe(Date.parse(batch.sentAt));
  });

  it('summarises several advertisements per window when tags advertise faster than gateways report', () => {
    const { batches } = simulate({ radio: { advertisingIntervalMs: 200 } }, 5);
    const counts = batches.flatMap((batch) => batch.sightings.map((sighting) => sighting.n));
    // At most 5 advertisements per 1 s window (intervals are 200–210 ms), minus the ones lost.
    expect(Math.max(...counts)).toBe(5);
    expect(counts.filter((n) => n >= 4).length / counts.length).toBeGreaterThan(0.5);
  });

  it('lets one tag advertise faster than the others', () => {
    const simulation = new Simulation({
      floors,
      seed: 2,
      tags: [{ kind: 'staff', movement: 'parked' }, { kind: 'equipment', movement: 'parked', advertisingIntervalMs: 250 }],
    });
    const sightings = simulation.step(simulation.now + 10_000).flatMap((batch) => batch.sightings as SummarySighting[]);
    const most = (major: number) => Math.max(...sightings.filter((s) => s.beacon.major === major).map((s) => s.n));
    expect(most(1)).toBe(4);
    // Every 1000–1010 ms: never two in one 1 s window.
    expect(most(2)).toBe(1);
    expect(() => new Simulation({ floors, seed: 2, tags: [{ kind: 'staff', advertisingIntervalMs: 10 }] })).toThrow(RangeError);
  });
});

describe('Simulation time', () => {
  it('gives the same batches for the same seed, and different ones for another', () => {
    const a = JSON.stringify(simulate({}, 30).batches);
    expect(JSON.stringify(simulate({}, 30).batches)).toBe(a);
    expect(JSON.stringify(simulate({ seed: 8 }, 30).batches)).not.toBe(a);
  });

  it('steps window by window: many small steps give what one long step gives', () => {
    const once = simulate({}, 30).batches;
    const simulation = new Simulation({ floors, seed: 7, tags: mixedTags });
    const stepped: GatewayBatch[] = [];
    for (let t = 0; t <= 30_000; t += 700) stepped.push(...simulation.step(simulation.startTs + t));
    stepped.push(...simulation.step(simulation.startTs + 30_000));
    expect(simulation.now).toBe(simulation.startTs + 30_000);
    expect(JSON.stringify(stepped)).toBe(JSON.stringify(once));
    // A window that has not ended yet waits.
    expect(simulation.step(simulation.startTs + 30_999)).toEqual([]);
  });

  it('streams the same sightings it would put in batches', () => {
    const { batches } = simulate({}, 10);
    const simulation = new Simulation({ floors, seed: 7, tags: mixedTags });
    const streamed: string[] = [];
    const sink: SightingSink = {
      sighting: (g, t, ts, rssi, n, rssiMax) => {
        const { major, minor } = simulation.tags[t].beacon;
        streamed.push([simulation.building.gateways[g].id, minor, major, ts, rssi, n, rssiMax].join());
      },
      windowEnd: () => undefined,
    };
    simulation.stream(simulation.startTs + 10_000, sink);
    const batched = batches.flatMap((batch) =>
      batch.sightings.map((s) => {
        const summary = s as SummarySighting;
        return [batch.gatewayId, summary.beacon.minor, summary.beacon.major, s.ts, s.rssi, s.n, summary.rssiMax].join();
      }),
    );
    expect(streamed.sort()).toEqual(batched.sort());
    expect(simulation.stats.sightings).toBe(batched.length);
  });

  it('starts at a fixed time unless told, and refuses times that are not whole milliseconds', () => {
    expect(new Simulation({ floors, seed: 1, tags: [] }).now).toBe(DEFAULT_SIMULATION_START_TS);
    expect(() => new Simulation({ floors, seed: 1, tags: [], startTs: 1.5 })).toThrow(RangeError);
    expect(() => new Simulation({ floors, seed: 1, tags: [], windowMs: 0 })).toThrow(RangeError);
    expect(() => new Simulation({ floors, seed: 1, tags: [], sigmaDb: -1 })).toThrow(/sigmaDb/);
    expect(() => new Simulation({ floors, seed: 1, tags: [{ kind: 'equipment', start: { roomId: 'nope' } }] })).toThrow(RangeError);
  });
});

describe('Simulation ground truth', () => {
  it('keeps each tag’s true room and position, consistent with where it is heard', () => {
    // Forty pumps parked in the middle of rooms with a gateway: the gateway reporting the strongest
    // median is nearly always one in the pump's room.
    const building = new Simulation({ floors, seed: 1, tags: [] }).building;
    const rooms = building.rooms.filter((room) => building.gateways.some((gateway) => gateway.roomId === room.id)).slice(0, 40);
    const simulation = new Simulation({
      floors,
      seed: 3,
      sigmaDb: 4,
      tags: rooms.map((room) => ({ kind: 'equipment', movement: 'parked', start: { roomId: room.id, x: room.centroid[0], y: room.centroid[1] } })),
    });
    const batches = simulation.step(simulation.now + 30_000);
    const truth = new Map(simulation.tags.map((tag) => [tag.beacon.minor, simulation.groundTruth(tag.tagId)]));
    const strongest = new Map<string, { rssi: number; gatewayId: string }>();
    for (const batch of batches) {
      for (const s of batch.sightings as SummarySighting[]) {
        const key = `${s.beacon.minor}@${s.ts}`;
        const best = strongest.get(key);
        if (!best || s.rssi > best.rssi) strongest.set(key, { rssi: s.rssi, gatewayId: batch.gatewayId });
      }
    }
    let right = 0;
    for (const [key, best] of strongest) {
      const [minor, ts] = key.split('@').map(Number);
      const trueRoom = (truth.get(minor) as ReturnType<Simulation['groundTruth']>).roomAt(ts);
      if (building.gateway(best.gatewayId).roomId === trueRoom) right++;
    }
    expect(strongest.size).toBeGreaterThan(40 * 25);
    expect(right / strongest.size).toBeGreaterThan(0.8);
  });

  it('places a tag near a wall for the flap scenario, and keeps it there', () => {
    const plain = new Simulation({ floors, seed: 1, tags: [] });
    const spot = spotNearWall(plain.building, 'main-1-icu-bay-02', { distanceM: 0.3 });
    const simulation = new Simulation({
      floors,
      seed: 1,
      tags: [{ kind: 'equipment', movement: 'parked', start: { roomId: spot.roomId, x: spot.x, y: spot.y } }],
    });
    const truth = simulation.groundTruth(simulation.tags[0].tagId);
    expect(truth.positionAt(simulation.now + 3_600_000)).toEqual({ floorId: 'main-1', roomId: 'main-1-icu-bay-02', x: spot.x, y: spot.y });
    expect(truth.transitionsBetween(simulation.now + 1, simulation.now + 86_400_000)).toEqual([]);
  });

  it('tells which tag moved where, for roaming tags, over hours', () => {
    const simulation = new Simulation({ floors, seed: 5, tags: Array.from({ length: 10 }, (): TagSpec => ({ kind: 'equipment' })) });
    simulation.step(simulation.now + 60_000);
    const eightHours = simulation.startTs + 8 * 3_600_000;
    const moves = simulation.tags.flatMap((tag) => simulation.groundTruth(tag.tagId).transitionsBetween(simulation.startTs + 1, eightHours));
    expect(moves.length).toBeGreaterThan(10);
    for (const move of moves) expect(simulation.building.room(move.toRoomId).floorId).toBe(move.toFloorId);
  });
});
