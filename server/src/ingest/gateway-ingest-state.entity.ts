import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '../platform/database/column-transformers.js';

/**
 * What the BLE ingest knows about one gateway, saved every few seconds and at shutdown
 * (IngestStatsService): the accepted-seq window, so a retry across a restart is still a duplicate, and
 * the counters the gateway-health page and the "gateway offline" alert read.
 */
@Entity('gateway_ingest_states')
export class GatewayIngestState {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  gatewayId: string;

  /** Highest accepted seq; null while the gateway has only sent batches that were refused. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber })
  lastSeq: number | null;

  /** Base64 of the 4096-bit window of accepted seqs at and below lastSeq (SeqWindow.bitmap). */
  @Column({ type: 'text', nullable: true })
  seqWindow: string | null;

  /** When the last accepted batch arrived (server clock). */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  lastBatchAt: Date | null;

  /** That batch's sentAt (gateway clock); the difference to lastBatchAt shows clock skew. */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  lastSentAt: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  lastRejectedAt: Date | null;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  batches: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  duplicateBatches: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  rejectedBatches: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  sightings: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  skippedSightings: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  unknownFrames: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  malformedAdvertisements: number;
}
