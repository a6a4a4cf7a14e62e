import { decodeSegment, encodeRecord, RECORD_HEADER_BYTES } from './queue-record.js';

const batch = (seq: number) => JSON.stringify({ gatewayId: 'gw', seq, sightings: ['é'] });

describe('queue records', () => {
  it('decode to the same seqs and bodies, with their offsets, in order', () => {
    const bytes = Buffer.concat([encodeRecord(1, batch(1)), encodeRecord(1_741_944_412_589, batch(2))]);
    const decoded = decodeSegment(bytes);
    expect(decoded.torn).toBe(false);
    expect(decoded.validBytes).toBe(bytes.length);
    expect(decoded.records.map((r) => [r.seq, r.body, r.offset])).toEqual([
      [1, batch(1), 0],
      [1_741_944_412_589, batch(2), encodeRecord(1, batch(1)).length],
    ]);
  });

  it('stop at a record torn by a power loss, keeping the whole ones before it', () => {
    const first = encodeRecord(1, batch(1));
    const second = encodeRecord(2, batch(2));
    for (let cut = 1; cut < second.length; cut++) {
      const decoded = decodeSegment(Buffer.concat([first, second.subarray(0, cut)]));
      expect(decoded.records.map((r) => r.seq)).toEqual([1]);
      expect(decoded.validBytes).toBe(first.length);
      expect(decoded.torn).toBe(true);
    }
  });

  it('stop at a record whose bytes changed (checksum), including its seq', () => {
    const first = encodeRecord(1, batch(1));
    for (const at of [RECORD_HEADER_BYTES + 3, 10]) {
      const damaged = Buffer.from(first);
      damaged[at] ^= 0x01;
      expect(decodeSegment(damaged).records).toEqual([]);
    }
  });

  it('stop at zeros (a file extended but never written)', () => {
    const decoded = decodeSegment(Buffer.concat([encodeRecord(1, batch(1)), Buffer.alloc(64)]));
    expect(decoded.records).toHaveLength(1);
    expect(decoded.torn).toBe(true);
  });
});
