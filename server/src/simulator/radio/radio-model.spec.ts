import { BuildingModel } from '../../floorplan/building/building-model.js';
import { Prng } from '../prng.js';
import { loadStMarysFloors } from '../testing/st-marys.js';
import { testFloor, twoRoomFloor } from '../testing/plan-builder.js';
import { receptionProbability } from './packet-reception.js';
import { type RadioConfig, resolveRadioConfig } from './radio-config.js';
import { RadioModel } from './radio-model.js';

function radioFor(floors: Parameters<typeof BuildingModel.fromFloorPlans>[0], overrides: Partial<RadioConfig> = {}, seed = 1): RadioModel {
  const building = BuildingModel.fromFloorPlans(floors);
  return new RadioModel(building, resolveRadioConfig(overrides), seed);
}

const gatewayIndex = (radio: RadioModel, id: string) => radio.building.gateway(id).index;

describe('RadioModel means (no shadowing)', () => {
  const radio = radioFor([twoRoomFloor('f0', 0), twoRoomFloor('f1', 1)], { sigmaDb: 0 });
  const under = { floorIndex: 0, x: 4, y: 4 };

  it('is the log-distance loss over the slant distance from tag to antenna', () => {
    // Straight under gw-a: tag 1.0 m, antenna 2.7 m up, d = 1.7 m: −59 − 22·log10(1.7) = −64.0699.
    expect(radio.meanRssi(under, gatewayIndex(radio, 'f0-gw-a'))).toBeCloseTo(-64.0699, 3);
  });

  it('subtracts the walls crossed: the partition to the next room costs 3.4 dB', () => {
    // To gw-b at (12, 4): d = √(8² + 1.7²) = 8.1786 m → −59 − 22·0.91268 = −79.079, minus 3.4 = −82.479.
    expect(radio.meanRssi(under, gatewayIndex(radio, 'f0-gw-b'))).toBeCloseTo(-82.479, 2);
    // Through the door opening (y 0.4–1.6 at x = 8) it costs the door's 3 dB: from (7, 0.3) the line
    // to (12, 4) meets x = 8 at y = 0.3 + 3.7/5 = 1.04.
    const throughDoor = radio.meanRssi({ floorIndex: 0, x: 7, y: 0.3 }, gatewayIndex(radio, 'f0-gw-b'));
    expect(throughDoor).toBeCloseTo(-59 - 22 * Math.log10(Math.hypot(5, 3.7, 1.7)) - 3, 6);
    // Just past the opening's edge (meets x = 8 at y = 1.78) it is the wall again.
    const pastDoor = radio.meanRssi({ floorIndex: 0, x: 7, y: 1.3 }, gatewayIndex(radio, 'f0-gw-b'));
    expect(pastDoor).toBeCloseTo(-59 - 22 * Math.log10(Math.hypot(5, 2.7, 1.7)) - 3.4, 6);
  });

  it('attenuates through the floor slab: 18.3 dB more than the distance alone', () => {
    // gw-a of the floor above: elevation 4 m, so the antenna is 5.7 m above the tag.
    const above = radio.meanRssi(under, gatewayIndex(radio, 'f1-gw-a'));
    expect(above).toBeCloseTo(-59 - 22 * Math.log10(5.7) - 18.3, 6);
    // Diagonally up to f1's gw-b: the line leaves floor 0 at 3/5.7 of the way (x = 8.21), past the
    // partition at x = 8, so floor 0's wall counts; nothing on floor 1 between x 8.21 and 12.
    const diagonal = radio.meanRssi(under, gatewayIndex(radio, 'f1-gw-b'));
    expect(diagonal).toBeCloseTo(-59 - 22 * Math.log10(Math.hypot(8, 5.7)) - 18.3 - 3.4, 6);
  });

  it('adds each gateway’s configured offset, and refuses offsets for gateways it does not know', () => {
    const hot = radioFor([twoRoomFloor('f0', 0)], { sigmaDb: 0, gatewayOffsetDb: { 'f0-gw-a': 3 } });
    expect(hot.meanRssi(under, 0)).toBeCloseTo(-64.0699 + 3, 3);
    expect(() => radioFor([twoRoomFloor('f0', 0)], { gatewayOffsetDb: { nope: 1 } })).toThrow(RangeError);
  });

  it('never hears a gateway of another building', () => {
    const other = { ...twoRoomFloor('g0', 0), building: { id: 'annex', name: 'Annex' } };
    const two = radioFor([twoRoomFloor('f0', 0), other], { sigmaDb: 0 });
    expect(two.meanRssi(under, gatewayIndex(two, 'g0-gw-a'))).toBe(Number.NEGATIVE_INFINITY);
  });

  it('lists in the link budget exactly the links above the audibility cut-off', () => {
    const budget = radio.linkBudget(under);
    const all = radio.building.gateways.map((gateway) => radio.meanRssi(under, gateway.index));
    const expected = all.map((mean, g) => (mean >= radio.audibleCutoffDbm ? g : -1)).filter((g) => g >= 0);
    expect(Array.from(budget.gateways)).toEqual(expected);
    budget.gateways.forEach((g, k) => expect(budget.meanDbm[k]).toBeCloseTo(all[g], 9));
  });
});

describe('RadioModel noise', () => {
  // One 40 × 20 m hall with 32 gateways on a 5 m grid: many strong links, many independent fields.
  const hall = testFloor({
    id: 'hall',
    widthM: 40,
    heightM: 20,
    rooms: [{ id: 'hall-room', type: 'corridor', box: [0, 0, 40, 20] }],
    gateways: Array.from({ length: 32 }, (_, i) => ({ id: `hall-gw-${i}`, at: [2.5 + 5 * (i % 8), 2.5 + 5 * Math.floor(i / 8)] as [number, number] })),
  });

  it.each([4, 6])('shadows with σ = %d dB: place-bound and per-advertisement parts as configured', (sigmaDb) => {
    // Sensitivity far below every link, so that no reading is lost and the spread is not truncated.
    const overrides = { sigmaDb, sensitivityDbm: -150, baseLossProbability: 0 };
    const noisy = radioFor([hall], overrides, 7);
    const clean = radioFor([hall], { ...overrides, sigmaDb: 0 }, 7);
    const prng = new Prng(99);
    const staticDeviation: number[] = [];
    const fastDeviation: number[] = [];
    const totalDeviation: number[] = [];
    for (let p = 0; p < 150; p++) {
      const position = { floorIndex: 0, x: prng.uniform(0.5, 39.5), y: prng.uniform(0.5, 19.5) };
      for (let g = 0; g < 32; g++) {
        const truth = clean.meanRssi(position, g);
        const placeMean = noisy.meanRssi(position, g);
        staticDeviation.push(placeMean - truth);
        for (let k = 0; k < 20; k++) {
          const rssi = noisy.receive(placeMean, prng);
          fastDeviation.push(rssi - placeMean);
          totalDeviation.push(rssi - truth);
        }
      }
    }
    const sd = (values: number[]) => {
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      return Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
    };
    // Whole-dBm rounding adds a uniform error of variance 1/12 to each reading.
    const rounding = 1 / 12;
    expect(sd(staticDeviation)).toBeCloseTo(sigmaDb * Math.SQRT1_2, 0);
    expect(Math.abs(sd(staticDeviation) / (sigmaDb * Math.SQRT1_2) - 1)).toBeLessThan(0.06);
    expect(Math.abs(sd(fastDeviation) / Math.sqrt((sigmaDb * sigmaDb) / 2 + rounding) - 1)).toBeLessThan(0.02);
    expect(Math.abs(sd(totalDeviation) / Math.sqrt(sigmaDb * sigmaDb + rounding) - 1)).toBeLessThan(0.04);
  });

  it('loses packets as the reception model says, in a seeded run', () => {
    const radio = radioFor([hall], { sigmaDb: 0, sensitivityDbm: -95, waterfallWidthDb: 1, baseLossProbability: 0.05 });
    const prng = new Prng(5);
    for (const mean of [-99, -96, -95, -93, -90, -70]) {
      const trials = 20_000;
      let received = 0;
      for (let i = 0; i < trials; i++) if (!Number.isNaN(radio.receive(mean, prng))) received++;
      const p = receptionProbability(mean, radio.config);
      const standardError = Math.sqrt((p * (1 - p)) / trials);
      expect(Math.abs(received / trials - p)).toBeLessThanOrEqual(4 * standardError + 1e-9);
    }
  });

  it('reports whole dBm', () => {
    const radio = radioFor([hall], { sigmaDb: 5 });
    const prng = new Prng(6);
    for (let i = 0; i < 100; i++) {
      const rssi = radio.receive(-70.3, prng);
      if (!Number.isNaN(rssi)) expect(Number.isInteger(rssi)).toBe(true);
    }
  });
});

describe('RadioModel on St Mary’s', () => {
  it('hears a tag mostly on its own floor: the slab keeps the other floor’s gateways weak', () => {
    const radio = radioFor(loadStMarysFloors(), { sigmaDb: 4 }, 3);
    const prng = new Prng(8);
    const rooms = radio.building.rooms.filter((room) => room.floorIndex === 0 && room.type !== 'stairs' && room.type !== 'elevator');
    let own = 0;
    let other = 0;
    let strongestOwn = 0;
    for (const room of rooms) {
      const position = { floorIndex: 0, x: room.centroid[0], y: room.centroid[1] };
      const budget = radio.linkBudget(position);
      let best = -1;
      for (let k = 0; k < budget.count; k++) {
        const sameFloor = radio.building.gateways[budget.gateways[k]].floorIndex === 0;
        if (best < 0 || budget.meanDbm[k] > budget.meanDbm[best]) best = k;
        for (let a = 0; a < 10; a++) {
          if (Number.isNaN(radio.receive(budget.meanDbm[k], prng))) continue;
          if (sameFloor) own++;
          else other++;
        }
      }
      if (best >= 0 && radio.building.gateways[budget.gateways[best]].floorIndex === 0) strongestOwn++;
    }
    expect(other / (own + other)).toBeLessThan(0.1);
    expect(strongestOwn).toBe(rooms.length);
  });
});
