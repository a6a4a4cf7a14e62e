import { join } from 'node:path';
import { formatIssueLines, formatResultLines } from './import-report.js';

describe('the import command output', () => {
  it('prints one line per issue: file, feature, field, message', () => {
    const source = join(process.cwd(), 'floorplans', 'st-marys', 'main-0.geojson');
    expect(
      formatIssueLines([
        {
          source,
          issues: [
            { feature: 'main-0-ed-bay-01', field: 'properties.type', message: 'must be one of …' },
            { field: 'wardwatch.floor.widthM', message: 'must be greater than 0, got -3' },
          ],
        },
      ]),
    ).toEqual([
      'floorplans/st-marys/main-0.geojson: main-0-ed-bay-01 properties.type: must be one of …',
      'floorplans/st-marys/main-0.geojson: wardwatch.floor.widthM: must be greater than 0, got -3',
    ]);
  });

  it('keeps paths outside the working folder absolute', () => {
    expect(formatIssueLines([{ source: '/elsewhere/f.geojson', issues: [{ field: 'document', message: 'x' }] }])).toEqual([
      '/elsewhere/f.geojson: document: x',
    ]);
  });

  it('prints one line per floor imported', () => {
    expect(formatResultLines([{ floorId: 'main-0', created: 1, updated: 2, removed: 3, unchanged: 4 }])).toEqual([
      'main-0: 1 created, 2 updated, 3 removed, 4 unchanged',
    ]);
  });
});
