import { parsePartition, partitionBounds, partitionFilter, WHOLE, type Partition } from '../../../plugins/sweep';

/** SQL Server's uniqueidentifier order: byte groups compared from the last (node) group to the first. */
function sqlServerCompare(a: string, b: string): number {
  const groups = (id: string) => {
    const [g1 = '', g2 = '', g3 = '', g4 = '', g5 = ''] = id.split('-');
    return [g5, g4, g3, g2, g1];
  };
  const ga = groups(a);
  const gb = groups(b);
  for (let i = 0; i < ga.length; i++) {
    if (ga[i] !== gb[i]) return (ga[i] ?? '') < (gb[i] ?? '') ? -1 : 1;
  }
  return 0;
}

const textCompare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function inShare(id: string, partition: Partition, compare: (a: string, b: string) => number): boolean {
  const { lower, upper } = partitionBounds(partition);
  return (lower === undefined || compare(id, lower) >= 0) && (upper === undefined || compare(id, upper) < 0);
}

/** Deterministic pseudo-random GUIDs. */
function guids(count: number): string[] {
  let state = 12345;
  const byte = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 16) & 0xff;
  };
  return Array.from({ length: count }, () => {
    const hex = Array.from({ length: 16 }, () => byte().toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  });
}

describe('parsePartition', () => {
  it('reads i/n with spaces around the numbers', () => {
    expect(parsePartition('0/4')).toEqual({ index: 0, count: 4 });
    expect(parsePartition(' 3 / 4 ')).toEqual({ index: 3, count: 4 });
  });

  it.each([
    ['4/4', /from 0 to 3 \(partitions are numbered from 0\); got 4/],
    ['1/0', /n in i\/n must be from 1 to 256; got 0/],
    ['0/257', /from 1 to 256; got 257/],
    ['1', /written i\/n/],
    ['-1/2', /written i\/n/],
    ['a/b', /written i\/n/],
  ])('refuses %s and says why', (text, message) => {
    expect(() => parsePartition(text)).toThrow(message);
  });
});

describe('partition bounds', () => {
  const ids = guids(4_000);

  it.each([2, 3, 4, 7, 16, 256])(
    'split %i ways, every id falls in exactly one share, in text order and in SQL Server order',
    (count) => {
      const shares = Array.from({ length: count }, (_, index) => ({ index, count }));
      for (const compare of [textCompare, sqlServerCompare]) {
        const misplaced = ids.filter((id) => shares.filter((p) => inShare(id, p, compare)).length !== 1);
        expect(misplaced).toEqual([]);
      }
    },
  );

  it('spreads random ids evenly over the shares in both orders', () => {
    const shares = Array.from({ length: 4 }, (_, index) => ({ index, count: 4 }));
    for (const compare of [textCompare, sqlServerCompare]) {
      const sizes = shares.map((p) => ids.filter((id) => inShare(id, p, compare)).length);
      for (const size of sizes) expect(Math.abs(size - ids.length / 4)).toBeLessThan(ids.length * 0.03);
    }
  });

  it('writes the share as a leadid range filter, open at the ends', () => {
    expect(partitionFilter(WHOLE)).toBeUndefined();
    expect(partitionFilter({ index: 0, count: 2 })).toBe('leadid lt 80000000-0000-0000-0000-800000000000');
    expect(partitionFilter({ index: 1, count: 2 })).toBe('leadid ge 80000000-0000-0000-0000-800000000000');
    expect(partitionFilter({ index: 1, count: 3 })).toBe(
      'leadid ge 55000000-0000-0000-0000-550000000000 and leadid lt aa000000-0000-0000-0000-aa0000000000',
    );
  });

  it('refuses a partition that is not one', () => {
    expect(() => partitionBounds({ index: 2, count: 2 })).toThrow(RangeError);
    expect(() => partitionBounds({ index: 0, count: 300 })).toThrow(RangeError);
  });
});
