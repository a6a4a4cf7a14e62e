/**
 * The batch a hand-hygiene dispenser, an environment sensor or a door counter sends, as
 * docs/schemas/hygiene-ingest.schema.json describes it. These types hold only after the compiled schema
 * accepted the body.
 */
import type { SensorMeasure } from '../../floorplan/import/floorplan-format.js';

export interface HygieneBatch {
  readonly deviceId: string;
  readonly seq: number;
  /** ISO-8601 with a time zone. */
  readonly sentAt: string;
  readonly events: readonly HygieneEventReport[];
}

/** ISO-8601 with a time zone, or epoch ms. */
type Timestamp = string | number;

export type HygieneEventReport =
  | { readonly type: 'dispense'; readonly ts: Timestamp; readonly badgeId?: string }
  | { readonly type: 'refill_level'; readonly ts: Timestamp; readonly percent: number }
  | { readonly type: 'reading'; readonly ts: Timestamp; readonly measure: SensorMeasure; readonly value: number }
  /** People who walked in through the counter's door since its previous report. */
  | { readonly type: 'entries'; readonly ts: Timestamp; readonly count: number }
  | { readonly type: 'cleaning'; readonly ts: Timestamp; readonly roomId: string; readonly kind: 'daily' | 'terminal' | 'uv'; readonly phase: 'started' | 'completed'; readonly by?: string }
  | {
      readonly type: 'verification';
      readonly ts: Timestamp;
      readonly roomId: string;
      readonly method: 'atp' | 'fluorescent';
      readonly passed: boolean;
      readonly value?: number;
      readonly by?: string;
    };

type WithoutTs<T> = T extends unknown ? Omit<T, 'ts'> : never;

/** An event as features receive it: the report, with its time as epoch ms and its field name for answers. */
export type HygieneEvent = WithoutTs<HygieneEventReport> & {
  readonly at: number;
  /** `events[3]`: where it was in the batch, for 400 answers naming the field. */
  readonly field: string;
};
