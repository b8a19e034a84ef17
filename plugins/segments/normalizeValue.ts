/**
 * Checks one condition value against its column and turns it into the text FetchXML carries: `1`/`0` for yes/no,
 * option values as integers (a label is accepted too), dates as ISO 8601, ids as lower-case GUIDs. Strings from the
 * CLI's flags arrive as text, so numbers, booleans and choices accept their text form as well.
 */
import type { OperatorValueKind } from './operators';
import type { SegmentColumn } from './SegmentMetadata';

export type NormalizedValue = { readonly value: string } | { readonly problem: string };

const ok = (value: string): NormalizedValue => ({ value });
const problem = (text: string): NormalizedValue => ({ problem: text });

const INTEGER = /^[-+]?\d+$/;
const DECIMAL = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?$/;
const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;
/**
 * Characters XML 1.0 cannot carry at all, plus tab/CR/LF, which an XML parser rewrites to spaces inside an attribute
 * value (attribute-value normalization) and so would silently change the compared value.
 */
const NOT_CARRIED =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A short, printable rendering of a value for an error message. */
export function describeValue(raw: unknown): string {
  const text = JSON.stringify(raw) ?? String(raw);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function normalizeValue(raw: unknown, column: SegmentColumn, kind: OperatorValueKind): NormalizedValue {
  if (kind === 'count') return positiveInteger(raw);
  if (kind === 'date') return date(raw, false);
  switch (column.type) {
    case 'string':
    case 'memo':
    case 'entityname':
      return text(raw);
    case 'integer':
    case 'bigint':
      return integer(raw);
    case 'decimal':
    case 'double':
    case 'money':
      return decimal(raw);
    case 'boolean':
      return yesNo(raw);
    case 'picklist':
    case 'state':
    case 'status':
    case 'multiselect':
      return option(raw, column);
    case 'datetime':
      return date(raw, true);
    case 'uniqueidentifier':
    case 'lookup':
    case 'owner':
    case 'customer':
      return guid(raw);
  }
}

function text(raw: unknown): NormalizedValue {
  if (typeof raw !== 'string') return problem(`expected text, got ${describeValue(raw)}`);
  if (raw === '')
    return problem(`an empty text matches nothing in Dataverse (it stores empty as null); use operator 'null'`);
  const bad = NOT_CARRIED.exec(raw);
  if (bad) {
    const code = (bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return problem(`contains the character U+${code}, which a FetchXML value cannot carry`);
  }
  return ok(raw);
}

function integer(raw: unknown): NormalizedValue {
  if (typeof raw === 'number' && Number.isSafeInteger(raw)) return ok(String(raw));
  if (typeof raw === 'string' && INTEGER.test(raw.trim())) return ok(String(BigInt(raw.trim())));
  return problem(`expected a whole number, got ${describeValue(raw)}`);
}

function decimal(raw: unknown): NormalizedValue {
  const textForm =
    typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  if (DECIMAL.test(textForm)) return ok(textForm.replace(/^\+/, ''));
  return problem(`expected a number such as 1500 or 12.5, got ${describeValue(raw)}`);
}

function positiveInteger(raw: unknown): NormalizedValue {
  const result = integer(raw);
  if ('value' in result && BigInt(result.value) > 0n && BigInt(result.value) <= 2147483647n) return result;
  return problem(`expected a positive whole number (a count of days, weeks …), got ${describeValue(raw)}`);
}

function yesNo(raw: unknown): NormalizedValue {
  const key = typeof raw === 'string' ? raw.trim().toLowerCase() : raw;
  if (key === true || key === 1 || key === 'true' || key === '1' || key === 'yes') return ok('1');
  if (key === false || key === 0 || key === 'false' || key === '0' || key === 'no') return ok('0');
  return problem(`expected true or false, got ${describeValue(raw)}`);
}

function option(raw: unknown, column: SegmentColumn): NormalizedValue {
  const options = Object.entries(column.options ?? {});
  const asInteger = integer(raw);
  if ('value' in asInteger) {
    if (options.length === 0 || options.some(([value]) => value === asInteger.value)) return asInteger;
  } else if (typeof raw === 'string') {
    const byLabel = options.find(([, label]) => label.toLowerCase() === raw.trim().toLowerCase());
    if (byLabel) return ok(byLabel[0]);
  } else {
    return problem(`expected an option value (a whole number), got ${describeValue(raw)}`);
  }
  const listed = options.map(([value, label]) => `${value} (${label})`).join(', ');
  const shown = 'value' in asInteger ? asInteger.value : describeValue(raw);
  return problem(`${shown} is not an option of ${column.name}; options: ${listed}`);
}

function date(raw: unknown, timeAllowed: boolean): NormalizedValue {
  const expected = timeAllowed
    ? 'a date or date-time such as 2025-03-31 or 2025-03-31T09:00:00Z'
    : 'a date such as 2025-03-31';
  if (typeof raw !== 'string') return problem(`expected ${expected}, got ${describeValue(raw)}`);
  const value = raw.trim();
  const parts = DATE.exec(value) ?? (timeAllowed ? DATE_TIME.exec(value) : null);
  if (!parts) return problem(`expected ${expected}, got ${describeValue(raw)}`);
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  // Date.UTC rolls 2025-02-30 over to March; a real calendar date survives the round trip.
  const check = new Date(Date.UTC(year, month - 1, day));
  const realDate = check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  const [hours, minutes, seconds] = [Number(parts[4] ?? 0), Number(parts[5] ?? 0), Number(parts[6]?.slice(1, 3) ?? 0)];
  if (!realDate || hours > 23 || minutes > 59 || seconds > 59)
    return problem(`${describeValue(raw)} is not a real date`);
  return ok(value);
}

function guid(raw: unknown): NormalizedValue {
  const parts = typeof raw === 'string' ? GUID.exec(raw.trim()) : null;
  if (!parts?.[1])
    return problem(`expected a GUID such as 00000000-0000-0000-0000-000000000001, got ${describeValue(raw)}`);
  return ok(parts[1].toLowerCase());
}
