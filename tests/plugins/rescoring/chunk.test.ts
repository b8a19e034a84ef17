import { chunk, chunkForFilter } from '../../../plugins/rescoring';

describe('chunk', () => {
  it('splits in order into runs of at most the size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow('chunk size must be a whole number of at least 1, got 0');
  });
});

describe('chunkForFilter', () => {
  const guid = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;

  it('keeps each chunk of values within the URL budget, in order, losing none', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => guid(i));
    const chunks = chunkForFilter(ids);
    expect(chunks.flat()).toEqual(ids);
    for (const part of chunks) expect(encodeURIComponent(JSON.stringify(part)).length).toBeLessThanOrEqual(8000 + 3);
    expect(chunks.length).toBeGreaterThan(1);
  });

  it('counts long and escaped values by their encoded length, and caps the count', () => {
    const long = ['x'.repeat(150), "o'brien ä".repeat(15)];
    expect(chunkForFilter(long, 400)).toEqual([[long[0]], [long[1]]]);
    expect(chunkForFilter(['a', 'b', 'c'], 8000, 2)).toEqual([['a', 'b'], ['c']]);
    // A single value larger than the budget still gets its own chunk rather than being dropped.
    expect(chunkForFilter(['y'.repeat(50)], 10)).toEqual([['y'.repeat(50)]]);
  });
});
