import { LEAD } from '../../schema/names';

/** One of `count` disjoint shares of the leads, numbered from 0. */
export interface Partition {
  readonly index: number;
  readonly count: number;
}

export const WHOLE: Partition = { index: 0, count: 1 };
/** Bounds are built from one byte of the GUID, so at most 256 shares. */
export const MAX_PARTITIONS = 256;

/** Reads `i/n` (0 ≤ i < n ≤ 256), e.g. `0/4`; anything else is a RangeError that says what is wrong. */
export function parsePartition(text: string): Partition {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match?.[1] || !match[2]) {
    throw new RangeError(`A partition is written i/n, e.g. 0/4 (the first of four); got '${text.slice(0, 40)}'.`);
  }
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > MAX_PARTITIONS) {
    throw new RangeError(`The partition count n in i/n must be from 1 to ${MAX_PARTITIONS}; got ${count}.`);
  }
  if (index >= count) {
    throw new RangeError(
      `The partition index i in i/n must be from 0 to ${count - 1} (partitions are numbered from 0); got ${index}.`,
    );
  }
  return { index, count };
}

export function partitionLabel(partition: Partition): string {
  return `${partition.index}/${partition.count}`;
}

/** The lead ids of a partition: `lower` ≤ id < `upper`; an absent bound is open. */
export interface PartitionBounds {
  readonly lower?: string;
  readonly upper?: string;
}

/**
 * Partition i of n is the range of lead ids between two bounds, so the QUERY selects it and no request ever names a
 * lead of another share (an OData filter can compare ids, not hash them). Bound k cuts at byte ⌊k·256/n⌋ and carries
 * that byte twice: as the first two hex digits, which a text comparison weighs first, and as the first two hex digits
 * of the last group, which SQL Server's uniqueidentifier ordering weighs first ("SqlGuid … evaluates only the last
 * 6 bytes", https://learn.microsoft.com/dotnet/framework/data/adonet/sql/comparing-guid-and-uniqueidentifier-values).
 * Whichever order the server compares GUIDs in, the bounds increase, so the ranges are disjoint and cover every id;
 * and random GUIDs spread evenly over them either way.
 */
export function partitionBounds(partition: Partition): PartitionBounds {
  checkPartition(partition);
  const { index, count } = partition;
  return {
    ...(index > 0 ? { lower: boundAt(index, count) } : {}),
    ...(index < count - 1 ? { upper: boundAt(index + 1, count) } : {}),
  };
}

/** The OData condition on leadid for the partition, or undefined for the whole table. */
export function partitionFilter(partition: Partition, idColumn: string = LEAD.id): string | undefined {
  const { lower, upper } = partitionBounds(partition);
  const parts = [
    ...(lower !== undefined ? [`${idColumn} ge ${lower}`] : []),
    ...(upper !== undefined ? [`${idColumn} lt ${upper}`] : []),
  ];
  return parts.length > 0 ? parts.join(' and ') : undefined;
}

function boundAt(k: number, n: number): string {
  const byte = Math.floor((k * 256) / n)
    .toString(16)
    .padStart(2, '0');
  return `${byte}000000-0000-0000-0000-${byte}0000000000`;
}

function checkPartition({ index, count }: Partition): void {
  if (
    !Number.isInteger(count) ||
    count < 1 ||
    count > MAX_PARTITIONS ||
    !Number.isInteger(index) ||
    index < 0 ||
    index >= count
  ) {
    throw new RangeError(`Not a partition: ${index}/${count} (need 0 ≤ i < n ≤ ${MAX_PARTITIONS}).`);
  }
}
