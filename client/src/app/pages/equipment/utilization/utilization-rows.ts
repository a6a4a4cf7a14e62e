import type { AssetUtilization, TypeUtilization, UtilizationFigures } from '../../../core/api/equipment.models';
import type { CsvCell } from '../../../shared/csv';

/** What the utilization tables sort by: the name column or one of the server's figures. */
export type UtilizationSortKey = 'name' | 'utilization' | 'usedSeconds' | 'idleSeconds' | 'outOfServiceSeconds' | 'patientCareSeconds';

export interface UtilizationSort {
  key: UtilizationSortKey;
  descending: boolean;
}

export interface TypeRow {
  name: string;
  figures: TypeUtilization;
}

export interface AssetRow {
  /** The asset number. */
  name: string;
  typeCode: string;
  typeName: string;
  figures: AssetUtilization;
}

/**
 * Rows in the chosen order. A share that does not exist (never in service) goes last either way, so
 * "highest first" and "lowest first" both start with figures that mean something; ties keep the name order.
 */
export function sortedRows<R extends { name: string; figures: UtilizationFigures }>(rows: readonly R[], sort: UtilizationSort): R[] {
  const byName = (a: R, b: R) => a.name.localeCompare(b.name, undefined, { numeric: true });
  return [...rows].sort((a, b) => {
    if (sort.key === 'name') return sort.descending ? byName(b, a) : byName(a, b);
    const x = a.figures[sort.key];
    const y = b.figures[sort.key];
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return (sort.descending ? y - x : x - y) || byName(a, b);
  });
}

const CSV_HEADER: CsvCell[] = [
  'level',
  'type_code',
  'type',
  'asset_id',
  'asset_number',
  'from',
  'to',
  'utilization',
  'used_seconds',
  'idle_seconds',
  'out_of_service_seconds',
  'patient_care_seconds',
  'located_seconds',
  'registered_seconds',
];

/** One line per type, then one per asset, with the server's figures unrounded (seconds, a 0–1 share). */
export function utilizationCsvRows(types: readonly TypeRow[], assets: readonly AssetRow[]): CsvCell[][] {
  const figures = (f: UtilizationFigures): CsvCell[] => [
    f.utilization,
    f.usedSeconds,
    f.idleSeconds,
    f.outOfServiceSeconds,
    f.patientCareSeconds,
    f.locatedSeconds,
    f.registeredSeconds,
  ];
  return [
    CSV_HEADER,
    ...types.map(({ name, figures: type }) => ['type', type.typeCode, name, null, null, type.from, type.to, ...figures(type)]),
    ...assets.map(({ typeCode, typeName, figures: asset }) => ['asset', typeCode, typeName, asset.assetId, asset.assetTag, asset.from, asset.to, ...figures(asset)]),
  ];
}
