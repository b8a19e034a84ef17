import { readSegmentCount, SEGMENT_COUNT_ALIAS } from '../../../plugins/segments';

describe('readSegmentCount', () => {
  it('reads the count row of an aggregate answer', () => {
    expect(readSegmentCount([{ [SEGMENT_COUNT_ALIAS]: 12 }])).toBe(12);
    expect(readSegmentCount([{ [SEGMENT_COUNT_ALIAS]: 0 }])).toBe(0);
  });

  it.each([
    [[]],
    [[{ other: 3 }]],
    [[{ [SEGMENT_COUNT_ALIAS]: '12' }]],
    [[{ [SEGMENT_COUNT_ALIAS]: -1 }]],
    [[{ [SEGMENT_COUNT_ALIAS]: 1 }, { [SEGMENT_COUNT_ALIAS]: 2 }]],
  ])('rejects %j', (rows) => {
    expect(() => readSegmentCount(rows)).toThrow(/Expected one row with a whole number in 'contactcount'/);
  });
});
