import { excursion } from '../../../../testing/hygiene-fixtures';
import { limitLines, readingPoints } from './reading-points';

const bucket = (start: string, mean: number) => ({ start, count: 6, min: mean - 0.5, max: mean + 0.5, mean });
const label = (at: number) => new Date(at).toISOString().slice(11, 16);

describe('readingPoints', () => {
  it('draws the mean with its min–max, breaking the line only where more than two buckets in a row are missing', () => {
    const points = readingPoints(
      [bucket('2026-11-26T09:00:00Z', 21.2), bucket('2026-11-26T09:03:00Z', 21.4), bucket('2026-11-26T09:07:00Z', 22.04)],
      'minute',
      'temperature',
      label,
    );
    expect(points.map((point) => [point.x, point.value])).toEqual([
      [Date.parse('2026-11-26T09:00:00Z'), 21.2],
      // Two minutes missing (09:01, 09:02): the line goes on.
      [Date.parse('2026-11-26T09:03:00Z'), 21.4],
      // Three missing (09:04–09:06): a gap.
      [Date.parse('2026-11-26T09:04:00Z'), null],
      [Date.parse('2026-11-26T09:07:00Z'), 22.04],
    ]);
    expect(points[3]).toMatchObject({ low: 21.54, high: 22.54, label: '09:07: mean 22 °C (21.5–22.5, 6 readings)' });
  });
});

describe('limitLines', () => {
  it('takes the limits the latest excursion of that sensor and measure was judged by', () => {
    const excursions = [
      excursion({ id: 1, startedAt: '2026-11-20T10:00:00.000Z', limitMin: 1, limitMax: 9 }),
      excursion({ id: 2 }),
      excursion({ id: 3, measure: 'humidity', startedAt: '2026-11-26T08:00:00.000Z', limitMin: null, limitMax: 60 }),
      excursion({ id: 4, deviceId: 'other', startedAt: '2026-11-26T08:00:00.000Z', limitMin: 5 }),
    ];
    expect(limitLines(excursions, 'main-1-env-001', 'temperature')).toEqual([
      { value: 2, label: 'min 2 °C' },
      { value: 8, label: 'max 8 °C' },
    ]);
    expect(limitLines(excursions, 'main-1-env-001', 'humidity')).toEqual([{ value: 60, label: 'max 60 %' }]);
    expect(limitLines(excursions, 'main-1-env-001', 'co2')).toEqual([]);
  });
});
