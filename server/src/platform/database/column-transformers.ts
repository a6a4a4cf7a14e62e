import type { ValueTransformer } from 'typeorm';

/** BIGINT comes back from mysql2 as a string; for columns whose values stay far below 2^53. */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};
