import { chunk } from '../../../plugins/common/chunk';

describe('chunk', () => {
  it('splits in order into runs of at most the size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow('chunk size must be a whole number of at least 1, got 0');
  });
});
