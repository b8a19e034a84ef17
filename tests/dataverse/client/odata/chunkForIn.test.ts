import { chunkForIn } from '../../../../dataverse';

describe('chunkForIn', () => {
  it('keeps every value once, in order', () => {
    const values = Array.from({ length: 1234 }, (_, i) => `person${i}@example.com`);
    const runs = chunkForIn(values);
    expect(runs.flat()).toEqual(values);
  });

  it('caps the values per query', () => {
    const runs = chunkForIn(
      Array.from({ length: 450 }, (_, i) => `v${i}`),
      { maxValues: 200, maxChars: 1_000_000 },
    );
    expect(runs.map((r) => r.length)).toEqual([200, 200, 50]);
  });

  it('caps the encoded length, counting characters that URL-encoding widens', () => {
    const plain = Array.from({ length: 100 }, () => 'aaaaaaaaaa');
    const quoted = Array.from({ length: 100 }, () => "o'brien+x@");
    const cost = (values: string[]) =>
      values.reduce((sum, v) => sum + encodeURIComponent(JSON.stringify(v)).length + 3, 0);
    for (const values of [plain, quoted]) {
      for (const run of chunkForIn(values, { maxValues: 1000, maxChars: 500 }))
        expect(cost(run)).toBeLessThanOrEqual(500);
    }
    expect(chunkForIn(quoted, { maxValues: 1000, maxChars: 500 }).length).toBeGreaterThan(
      chunkForIn(plain, { maxValues: 1000, maxChars: 500 }).length,
    );
  });

  it('puts a value longer than the cap in a query of its own rather than dropping it', () => {
    const long = 'x'.repeat(1000);
    expect(chunkForIn(['a', long, 'b'], { maxValues: 10, maxChars: 100 })).toEqual([['a'], [long], ['b']]);
  });
});

describe('chunkForIn with the default limits', () => {
  const guid = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;

  it('keeps each chunk of values within the URL budget, in order, losing none', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => guid(i));
    const chunks = chunkForIn(ids);
    expect(chunks.flat()).toEqual(ids);
    for (const part of chunks) expect(encodeURIComponent(JSON.stringify(part)).length).toBeLessThanOrEqual(8000 + 3);
    expect(chunks.length).toBeGreaterThan(1);
  });

  it('counts long and escaped values by their encoded length, and caps the count', () => {
    const long = ['x'.repeat(150), "o'brien ä".repeat(15)];
    expect(chunkForIn(long, { maxChars: 400 })).toEqual([[long[0]], [long[1]]]);
    expect(chunkForIn(['a', 'b', 'c'], { maxChars: 8000, maxValues: 2 })).toEqual([['a', 'b'], ['c']]);
    // A single value larger than the budget still gets its own chunk rather than being dropped.
    expect(chunkForIn(['y'.repeat(50)], { maxChars: 10 })).toEqual([['y'.repeat(50)]]);
  });
});
