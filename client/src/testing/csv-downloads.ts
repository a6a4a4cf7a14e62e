import type { Provider } from '@angular/core';
import { type CsvCell, CsvDownloadService } from '../app/shared/csv';

export interface SavedCsv {
  fileName: string;
  rows: readonly (readonly CsvCell[])[];
}

/** Stands in for the browser download: what a screen would save is kept in `saved` for the spec to read. */
export function fakeCsvDownloads(): { provider: Provider; saved: SavedCsv[] } {
  const saved: SavedCsv[] = [];
  return { provider: { provide: CsvDownloadService, useValue: { save: (fileName: string, rows: SavedCsv['rows']) => saved.push({ fileName, rows }) } }, saved };
}
