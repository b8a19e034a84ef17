import { textKey } from '../store/indexKey';

type Member = string | number | boolean;

/**
 * A test of whether a value equals one of `values` — exactly `values.some((v) => equal(value, v))` — that looks the
 * value up in a set instead of comparing it with each, so an `In` over thousands of values costs the same per row as
 * one over a few. Printable-ASCII text is looked up by its lower-case key (equal under the case- and
 * accent-insensitive collation exactly when the keys are, store/indexKey.ts); other text, and lists mixing kinds of
 * value, fall back to comparing.
 */
export function memberTest(
  values: readonly Member[],
  equal: (a: Member, b: Member) => boolean,
): (value: Member) => boolean {
  const texts = new Set<string>();
  const others: string[] = [];
  const numbers = new Set<number>();
  const booleans = new Set<boolean>();
  for (const v of values) {
    if (typeof v === 'number') numbers.add(v);
    else if (typeof v === 'boolean') booleans.add(v);
    else {
      const key = textKey(v);
      if (key === undefined) others.push(v);
      else texts.add(key);
    }
  }
  const compareEach = (value: Member) => values.some((v) => equal(value, v));
  const onlyText = numbers.size === 0 && booleans.size === 0;
  const onlyNumbers = texts.size === 0 && others.length === 0 && booleans.size === 0;
  const onlyBooleans = texts.size === 0 && others.length === 0 && numbers.size === 0;
  return (value) => {
    if (typeof value === 'string' && onlyText) {
      const key = textKey(value);
      if (key === undefined) return compareEach(value);
      return texts.has(key) || others.some((v) => equal(value, v));
    }
    if (typeof value === 'number' && onlyNumbers && !Number.isNaN(value)) return numbers.has(value);
    if (typeof value === 'boolean' && onlyBooleans) return booleans.has(value);
    return compareEach(value);
  };
}
