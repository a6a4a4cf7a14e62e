/**
 * The batch a medication cabinet sends, as docs/schemas/cabinet-ingest.schema.json describes it. These
 * types hold only after the compiled schema accepted the body.
 */

export interface CabinetBatch {
  readonly cabinetId: string;
  readonly seq: number;
  /** ISO-8601 with a time zone. */
  readonly sentAt: string;
  readonly events: readonly CabinetEventReport[];
}

interface EventPlace {
  /** ISO-8601 with a time zone, or epoch ms. */
  readonly ts: string | number;
  readonly drawer: string;
  readonly bin: string;
  readonly user?: string;
}

export interface CabinetCountReport extends EventPlace {
  readonly type: 'count';
  readonly count: number;
  readonly method: 'sensor' | 'blind' | 'verify';
}

export interface CabinetTransactionReport extends EventPlace {
  readonly type: 'withdraw' | 'restock' | 'return' | 'waste';
  readonly quantity: number;
  readonly lot?: { readonly lotNumber: string; readonly expiry: string };
  readonly witness?: string;
}

export type CabinetEventReport = CabinetCountReport | CabinetTransactionReport;

/** An event as features receive it: the report, with its time as epoch ms and its field name for answers. */
export type CabinetEvent = (Omit<CabinetCountReport, 'ts'> | Omit<CabinetTransactionReport, 'ts'>) & {
  readonly at: number;
  /** `events[3]`: where it was in the batch, for 400 answers naming the field. */
  readonly field: string;
};
