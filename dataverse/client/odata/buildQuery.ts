/**
 * OData system query options → a query string. Every value is URL-encoded once here, so filters hold raw text:
 * `+`, `&`, `#`, `/`… in a value arrive intact
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows#url-encode-special-characters).
 */
import { assertIdentifier } from './names';

export interface ExpandOption {
  /** A navigation property, e.g. `parentcontactid`. */
  readonly property: string;
  readonly select?: readonly string[];
  readonly filter?: string;
  readonly orderBy?: readonly string[];
  readonly top?: number;
}

export interface QueryOptions {
  readonly select?: readonly string[];
  /** A raw filter expression; build string values with `odataString` and many-value matches with `inFilter`. */
  readonly filter?: string;
  /** e.g. `['createdon desc', 'fullname']`. */
  readonly orderBy?: readonly string[];
  readonly expand?: readonly ExpandOption[];
  /** Rows in all (not per page; Dataverse ignores it with `odata.maxpagesize`). */
  readonly top?: number;
  /** Ask for `@odata.count`. */
  readonly count?: boolean;
  readonly apply?: string;
}

export function buildQuery(options: QueryOptions): string {
  const parts: string[] = [];
  if (options.select?.length) parts.push(`$select=${encode(selectList(options.select))}`);
  if (options.filter !== undefined && options.filter !== '') parts.push(`$filter=${encode(options.filter)}`);
  if (options.orderBy?.length) parts.push(`$orderby=${encode(orderList(options.orderBy))}`);
  if (options.expand?.length) parts.push(`$expand=${encode(options.expand.map(expandItem).join(','))}`);
  if (options.top !== undefined) parts.push(`$top=${positiveInteger('top', options.top)}`);
  if (options.count) parts.push('$count=true');
  if (options.apply !== undefined && options.apply !== '') parts.push(`$apply=${encode(options.apply)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

function encode(value: string): string {
  return encodeURIComponent(value);
}

function selectList(columns: readonly string[]): string {
  return columns.map((column) => assertIdentifier('select column', column)).join(',');
}

function orderList(items: readonly string[]): string {
  return items
    .map((item) => {
      const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)(?:\s+(asc|desc))?\s*$/i.exec(item);
      if (!match) throw new TypeError(`orderBy items are "column" or "column asc|desc", got "${item}"`);
      return match[2] ? `${match[1]} ${match[2].toLowerCase()}` : `${match[1]}`;
    })
    .join(',');
}

function expandItem(option: ExpandOption): string {
  assertIdentifier('expand property', option.property);
  const nested: string[] = [];
  if (option.select?.length) nested.push(`$select=${selectList(option.select)}`);
  if (option.filter) nested.push(`$filter=${option.filter}`);
  if (option.orderBy?.length) nested.push(`$orderby=${orderList(option.orderBy)}`);
  if (option.top !== undefined) nested.push(`$top=${positiveInteger('expand top', option.top)}`);
  return nested.length ? `${option.property}(${nested.join(';')})` : option.property;
}

export function positiveInteger(what: string, value: number): number {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${what} must be a whole number of at least 1, got ${value}`);
  return value;
}
