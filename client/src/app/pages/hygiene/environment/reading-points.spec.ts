import { sensorLimit } from '../../../../testing/hygiene-fixtures';
import { limitLines, limitSourceText, rangeText, readingPoints } from './reading-points';

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
  it('draws a line per bound of the limit, none where the measure is not limited', () => {
    expect(limitLines(sensorLimit(), 'temperature')).toEqual([
      { value: 2, label: 'min 2 °C' },
      { value: 8, label: 'max 8 °C' },
    ]);
    expect(limitLines(sensorLimit({ min: null, max: 60 }), 'humidity')).toEqual([{ value: 60, label: 'max 60 %' }]);
    expect(limitLines(null, 'particles')).toEqual([]);
  });
});

describe('rangeText', () => {
  it('reads a range, a floor, a ceiling or none', () => {
    expect(rangeText(2, 8, 'temperature')).toBe('2–8 °C');
    expect(rangeText(2.5, null, 'pressure_differential')).toBe('≥ 2.5 Pa');
    expect(rangeText(null, -2.5, 'pressure_differential')).toBe('≤ -2.5 Pa');
    expect(rangeText(null, null, 'co2')).toBe('—');
  });
});

describe('limitSourceText', () => {
  it('names the guidance of a default, and who set an override and when', () => {
    const time = (iso: string) => iso.slice(11, 16);
    expect(limitSourceText(sensorLimit(), time)).toBe('default: WHO storage guidelines, CDC vaccine storage toolkit');
    expect(limitSourceText(sensorLimit({ source: 'override', guidance: null, setBy: 'user:icnurse', setAt: '2026-11-26T09:30:00.000Z' }), time)).toBe('override by user:icnurse at 09:30');
  });
});
