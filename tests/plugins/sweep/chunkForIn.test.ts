import { chunk, chunkForIn } from '../../../plugins/sweep/chunkForIn';

describe('chunkForIn', () => {
  it('keeps every value once, in order', () => {
    const values = Array.from({ length: 1234 }, (_, i) => `person${i}@example.com`);
    const runs = chunkForIn(values);
    expect(runs.flat()).toEqual(values);
  });

  it('caps the values per query', () => {
    const runs = chunkForIn(
      Array.from({ length: 450 }, (_, i) => `v${i}`),
      200,
      1_000_000,
    );
    expect(runs.map((r) => r.length)).toEqual([200, 200, 50]);
  });

  it('caps the encoded length, counting characters that URL-encoding widens', () => {
    const plain = Array.from({ length: 100 }, () => 'aaaaaaaaaa');
    const quoted = Array.from({ length: 100 }, () => "o'brien+x@");
    const cost = (values: string[]) =>
      values.reduce((sum, v) => sum + encodeURIComponent(JSON.stringify(v)).length + 3, 0);
    for (const values of [plain, quoted]) {
      for (const run of chunkForIn(values, 1000, 500)) expect(cost(run)).toBeLessThanOrEqual(500);
    }
    expect(chunkForIn(quoted, 1000, 500).length).toBeGreaterThan(chunkForIn(plain, 1000, 500).length);
  });

  it('puts a value longer than the cap in a query of its own rather than dropping it', () => {
    const long = 'x'.repeat(1000);
    expect(chunkForIn(['a', long, 'b'], 10, 100)).toEqual([['a'], [long], ['b']]);
  });
});

describe('chunk', () => {
  it('splits in order and refuses a size below 1', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(() => chunk([1], 0)).toThrow(/at least 1/);
  });
});
