/**
 * An in-memory stand-in for `context.webAPI` that answers the FetchXML the panel sends by evaluating it over fixture
 * rows: filters (and/or, eq/ne/null/not-null, conditions on a link alias), one level of inner/outer link-entity,
 * order and count. Anything it does not understand, and any column the table does not have, is rejected, so a wrong
 * query fails a test instead of returning plausible data. It records every request, and can hold responses back
 * (to see the loading state) or reject them (to see the error states).
 */
import type { InsightsWebApi, WebApiRow } from '../../../pcf-controls/MarketingInsightsPanel/logic/webApi';
import { FAKE_TABLES, type FakeDatabase, type FakeRecord, type FakeTable, type FakeValue } from './fakeTables';

export interface RecordedCall {
  readonly method: 'retrieveMultipleRecords' | 'retrieveRecord';
  readonly entity: string;
  readonly options: string;
  /** The decoded FetchXML, when the options carried one. */
  readonly fetchXml: string | null;
  readonly id?: string;
}

export interface FakeWebApiOptions {
  /** Return an error to reject this call with it; undefined answers normally. */
  readonly fail?: (call: RecordedCall) => unknown;
  /** Responses wait for this promise (resolve it to let them through). */
  readonly gate?: Promise<void>;
}

export interface FakeWebApi extends InsightsWebApi {
  readonly calls: RecordedCall[];
}

/** Thrown (and turned into a rejection) when the fake meets a query it was not built for. */
export class UnsupportedQueryError extends Error {
  override name = 'UnsupportedQueryError';
}

interface Joined {
  readonly main: FakeRecord;
  readonly links: ReadonlyMap<string, FakeRecord | null>;
}

function tableOf(entity: string): FakeTable {
  const table = FAKE_TABLES[entity];
  if (table === undefined) throw new UnsupportedQueryError(`The fake Web API has no table "${entity}".`);
  return table;
}

function checkColumn(entity: string, column: string): void {
  if (!tableOf(entity).columns.has(column)) {
    // The shape Dataverse gives for an unknown column in a query.
    throw Object.assign(new Error(`'${entity}' entity doesn't contain attribute with Name = '${column}'.`), {
      errorCode: -2147217149,
    });
  }
}

function children(element: Element, name?: string): Element[] {
  return Array.from(element.children).filter((child) => name === undefined || child.tagName === name);
}

function requireAttr(element: Element, name: string): string {
  const value = element.getAttribute(name);
  if (value === null) throw new UnsupportedQueryError(`<${element.tagName}> needs a ${name} attribute.`);
  return value;
}

function sameValue(left: FakeValue | undefined, right: string): boolean {
  if (left === null || left === undefined) return false;
  if (typeof left === 'string') return left.toLowerCase() === right.toLowerCase();
  if (typeof left === 'boolean') return String(left ? 1 : 0) === right || String(left) === right;
  return String(left) === right;
}

function evaluateFilter(
  filter: Element,
  row: Joined,
  entity: string,
  linkEntities: ReadonlyMap<string, string>,
): boolean {
  const type = filter.getAttribute('type') ?? 'and';
  if (type !== 'and' && type !== 'or') throw new UnsupportedQueryError(`filter type "${type}"`);
  const results = children(filter).map((child) => {
    if (child.tagName === 'filter') return evaluateFilter(child, row, entity, linkEntities);
    if (child.tagName !== 'condition') throw new UnsupportedQueryError(`<${child.tagName}> inside <filter>`);
    const alias = child.getAttribute('entityname');
    const attribute = requireAttr(child, 'attribute');
    let source: FakeRecord | null;
    if (alias === null) {
      checkColumn(entity, attribute);
      source = row.main;
    } else {
      const linked = linkEntities.get(alias);
      if (linked === undefined) throw new UnsupportedQueryError(`condition on unknown alias "${alias}"`);
      checkColumn(linked, attribute);
      source = row.links.get(alias) ?? null;
    }
    const value = source === null ? null : source[attribute];
    const operator = requireAttr(child, 'operator');
    switch (operator) {
      case 'eq':
        return sameValue(value, requireAttr(child, 'value'));
      case 'ne':
        return value !== null && value !== undefined && !sameValue(value, requireAttr(child, 'value'));
      case 'null':
        return value === null || value === undefined;
      case 'not-null':
        return value !== null && value !== undefined;
      default:
        throw new UnsupportedQueryError(`condition operator "${operator}"`);
    }
  });
  return type === 'and' ? results.every(Boolean) : results.some(Boolean);
}

function project(entity: string, record: FakeRecord | null, columns: readonly string[], prefix: string): WebApiRow {
  const table = tableOf(entity);
  const out: Record<string, unknown> = {};
  for (const column of columns) {
    checkColumn(entity, column);
    const value = record === null ? null : (record[column] ?? null);
    if (value === null) continue; // the Web API leaves null columns out
    const key = table.lookups.has(column) && prefix === '' ? `_${column}_value` : `${prefix}${column}`;
    out[key] = value;
  }
  return out;
}

function compareForOrder(a: FakeValue | undefined, b: FakeValue | undefined): number {
  // SQL Server orders NULL lowest.
  const an = a === null || a === undefined;
  const bn = b === null || b === undefined;
  if (an || bn) return (an ? 0 : 1) - (bn ? 0 : 1);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

export function runFetchXml(database: FakeDatabase, xml: string): WebApiRow[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0)
    throw new UnsupportedQueryError('FetchXML is not well-formed.');
  const fetch = doc.documentElement;
  if (fetch.tagName !== 'fetch') throw new UnsupportedQueryError('the root element must be <fetch>');
  const entityElement = children(fetch, 'entity')[0];
  if (entityElement === undefined) throw new UnsupportedQueryError('<fetch> has no <entity>');
  const entity = requireAttr(entityElement, 'name');
  const table = tableOf(entity);
  const mainColumns: string[] = [];
  const orders: { attribute: string; descending: boolean }[] = [];
  const filters: Element[] = [];
  const links: {
    alias: string;
    entity: string;
    from: string;
    to: string;
    inner: boolean;
    columns: string[];
    filters: Element[];
  }[] = [];
  for (const child of children(entityElement)) {
    switch (child.tagName) {
      case 'attribute':
        mainColumns.push(requireAttr(child, 'name'));
        break;
      case 'order':
        orders.push({
          attribute: requireAttr(child, 'attribute'),
          descending: child.getAttribute('descending') === 'true',
        });
        break;
      case 'filter':
        filters.push(child);
        break;
      case 'link-entity': {
        const linkType = child.getAttribute('link-type') ?? 'inner';
        if (linkType !== 'inner' && linkType !== 'outer') throw new UnsupportedQueryError(`link-type "${linkType}"`);
        const link = {
          alias: requireAttr(child, 'alias'),
          entity: requireAttr(child, 'name'),
          from: requireAttr(child, 'from'),
          to: requireAttr(child, 'to'),
          inner: linkType === 'inner',
          columns: [] as string[],
          filters: [] as Element[],
        };
        for (const part of children(child)) {
          if (part.tagName === 'attribute') link.columns.push(requireAttr(part, 'name'));
          else if (part.tagName === 'filter') link.filters.push(part);
          else throw new UnsupportedQueryError(`<${part.tagName}> inside <link-entity>`);
        }
        checkColumn(link.entity, link.from);
        checkColumn(entity, link.to);
        links.push(link);
        break;
      }
      default:
        throw new UnsupportedQueryError(`<${child.tagName}> inside <entity>`);
    }
  }
  const aliases = new Map(links.map((link) => [link.alias, link.entity]));
  const joined: Joined[] = [];
  for (const main of database[entity] ?? []) {
    const linked = new Map<string, FakeRecord | null>();
    let keep = true;
    for (const link of links) {
      const key = main[link.to];
      const candidates = (database[link.entity] ?? []).filter(
        (other) => key !== null && key !== undefined && sameValue(other[link.from], String(key)),
      );
      const match =
        candidates.find((other) =>
          link.filters.every((f) => evaluateFilter(f, { main: other, links: new Map() }, link.entity, new Map())),
        ) ?? null;
      if (match === null && link.inner) keep = false;
      linked.set(link.alias, match);
    }
    if (!keep) continue;
    const row: Joined = { main, links: linked };
    if (filters.every((f) => evaluateFilter(f, row, entity, aliases))) joined.push(row);
  }
  for (const { attribute } of orders) checkColumn(entity, attribute);
  joined.sort((a, b) => {
    for (const { attribute, descending } of orders) {
      const result = compareForOrder(a.main[attribute], b.main[attribute]);
      if (result !== 0) return descending ? -result : result;
    }
    return 0;
  });
  const count = Number(fetch.getAttribute('count') ?? '5000');
  return joined.slice(0, count).map((row) => {
    let out: WebApiRow = project(entity, row.main, mainColumns.length > 0 ? mainColumns : [table.primaryId], '');
    for (const link of links) {
      out = { ...out, ...project(link.entity, row.links.get(link.alias) ?? null, link.columns, `${link.alias}.`) };
    }
    return out;
  });
}

function decodeFetchXml(options: string): string | null {
  const match = /^\?fetchXml=([\s\S]*)$/.exec(options);
  return match?.[1] === undefined ? null : decodeURIComponent(match[1]);
}

export function createFakeWebApi(database: FakeDatabase, options: FakeWebApiOptions = {}): FakeWebApi {
  const calls: RecordedCall[] = [];
  const respond = async <T,>(call: RecordedCall, answer: () => T): Promise<T> => {
    calls.push(call);
    await options.gate;
    const failure = options.fail?.(call);
    if (failure !== undefined) throw failure;
    return answer();
  };
  return {
    calls,
    retrieveMultipleRecords(entity, query = '') {
      const fetchXml = decodeFetchXml(query);
      return respond({ method: 'retrieveMultipleRecords', entity, options: query, fetchXml }, () => {
        if (fetchXml === null) throw new UnsupportedQueryError(`Only FetchXML queries are served, got "${query}".`);
        return { entities: runFetchXml(database, fetchXml) };
      });
    },
    retrieveRecord(entity, id, query = '') {
      return respond({ method: 'retrieveRecord', entity, options: query, fetchXml: null, id }, () => {
        const table = tableOf(entity);
        const record = (database[entity] ?? []).find((row) => sameValue(row[table.primaryId], id));
        if (record === undefined) {
          throw Object.assign(new Error(`${entity} With Id = ${id} Does Not Exist`), { errorCode: -2147220969 });
        }
        const select = /^\?\$select=([^&]+)$/.exec(query)?.[1];
        if (select === undefined) throw new UnsupportedQueryError(`retrieveRecord expects ?$select=…, got "${query}".`);
        return project(entity, record, select.split(','), '');
      });
    },
  };
}
