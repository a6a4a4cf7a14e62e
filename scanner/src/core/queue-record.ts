/**
 * The on-disk queue's record: a 16-byte header (body length, CRC-32 of seq and body, seq), then the
 * batch's JSON exactly as it will be sent (a retry must send the same body). A power loss can leave a
 * record half written at the end of a segment; the CRC finds it, and decoding stops there.
 */
import { crc32 } from 'node:zlib';

export const RECORD_HEADER_BYTES = 16;
/** A record larger than this is damage, not a batch (the ingest's body limit is 1 MiB). */
export const MAX_RECORD_BODY_BYTES = 8 * 1024 * 1024;

export interface QueueRecord {
  readonly seq: number;
  readonly body: string;
  /** Offset of the record's first byte in its segment. */
  readonly offset: number;
  /** Bytes the record occupies, header included. */
  readonly length: number;
}

export function encodeRecord(seq: number, body: string): Buffer {
  const bodyBytes = Buffer.from(body, 'utf8');
  const record = Buffer.allocUnsafe(RECORD_HEADER_BYTES + bodyBytes.length);
  record.writeUInt32BE(bodyBytes.length, 0);
  record.writeDoubleBE(seq, 8);
  bodyBytes.copy(record, RECORD_HEADER_BYTES);
  record.writeUInt32BE(checksum(record, bodyBytes.length), 4);
  return record;
}

export interface DecodedSegment {
  readonly records: QueueRecord[];
  /** Bytes up to the end of the last whole record: what a torn tail is truncated to. */
  readonly validBytes: number;
  /** Whether bytes after validBytes were not a whole, intact record. */
  readonly torn: boolean;
}

/** The whole, intact records of a segment's bytes, up to the first damaged or incomplete one. */
export function decodeSegment(bytes: Uint8Array): DecodedSegment {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: QueueRecord[] = [];
  let offset = 0;
  while (offset + RECORD_HEADER_BYTES <= buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const end = offset + RECORD_HEADER_BYTES + length;
    if (length > MAX_RECORD_BODY_BYTES || end > buffer.length) break;
    const record = buffer.subarray(offset, end);
    if (record.readUInt32BE(4) !== checksum(record, length)) break;
    records.push({ seq: record.readDoubleBE(8), body: record.toString('utf8', RECORD_HEADER_BYTES), offset, length: end - offset });
    offset = end;
  }
  return { records, validBytes: offset, torn: offset < buffer.length };
}

function checksum(record: Buffer, bodyLength: number): number {
  return crc32(record.subarray(RECORD_HEADER_BYTES, RECORD_HEADER_BYTES + bodyLength), crc32(record.subarray(8, 16)));
}
