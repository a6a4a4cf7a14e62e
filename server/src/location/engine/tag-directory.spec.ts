import { TagDirectory } from './tag-directory.js';

describe('TagDirectory', () => {
  it('hands out dense indices and grows the columns before they are needed', () => {
    const capacities: number[] = [];
    const directory = new TagDirectory((capacity) => capacities.push(capacity));
    const indices = Array.from({ length: 70 }, (_, i) => directory.add(`tag-${i}`));
    expect(indices).toEqual(Array.from({ length: 70 }, (_, i) => i));
    expect(capacities).toEqual([64, 128]);
    expect(directory.idOf(69)).toBe('tag-69');
  });

  it('reuses the index of a removed tag', () => {
    const directory = new TagDirectory(() => {});
    directory.add('a');
    directory.add('b');
    expect(directory.remove('a')).toBe(0);
    expect(directory.indexOf('a')).toBeUndefined();
    expect(directory.add('c')).toBe(0);
    expect([...directory.indices()]).toEqual([0, 1]);
    expect(directory.size).toBe(2);
  });
});
