import { duration, percent } from './equipment-format';

describe('duration', () => {
  it.each([
    [0, '0 s'],
    [59.4, '59 s'],
    [60, '1 min'],
    [3599, '59 min'],
    [3600, '1 h'],
    [5 * 3600 + 20 * 60, '5 h 20 min'],
    [86_400, '1 d'],
    [3 * 86_400 + 4 * 3600 + 59 * 60, '3 d 4 h'],
    [-5, '0 s'],
  ])('%p seconds reads %p', (seconds, text) => {
    expect(duration(seconds)).toBe(text);
  });
});

describe('percent', () => {
  it('rounds a share to a whole percentage and shows a dash for none', () => {
    expect(percent(0.4749)).toBe('47 %');
    expect(percent(1)).toBe('100 %');
    expect(percent(null)).toBe('—');
  });
});
