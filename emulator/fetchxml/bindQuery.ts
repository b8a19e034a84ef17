import type { ColumnDef, TableDef } from '../../schema/types';
import type { Catalog } from '../metadata/catalog';
import type {
  BoundAttribute,
  BoundCondition,
  BoundFilter,
  BoundLink,
  BoundOrder,
  BoundQuery,
  Scope,
} from './boundQuery';
import { compileCondition } from './compileCondition';
import { fetchFault } from './fetchFaults';
import type { FetchEntity, FetchFilter, FetchLink, FetchOrder, FetchQuery } from './fetchQuery';
import { validateAggregate } from './validateAggregate';

/** "Join tables using FetchXml", Limitations: up to 15 link-entity elements. */
const MAX_LINK_ENTITIES = 15;

/**
 * Checks every table and column name of a parsed query against the catalog and compiles its conditions, failing
 * with Dataverse's error for the first unknown name.
 */
export function bindQuery(fetch: FetchQuery, catalog: Catalog, now: number): BoundQuery {
  return new Binder(fetch, catalog, now).bind();
}

class Binder {
  readonly #fetch: FetchQuery;
  readonly #catalog: Catalog;
  readonly #now: number;
  readonly #scopes: Scope[] = [];
  readonly #scopeOf = new Map<FetchEntity, Scope>();
  /** Names a condition or order can give in `entityname`: explicit aliases, else the table name of an unaliased link. */
  readonly #byEntityName = new Map<string, Scope>();
  readonly #explicitAliases = new Set<string>();
  readonly #attributes: BoundAttribute[] = [];
  readonly #allColumns: Scope[] = [];
  readonly #pendingOrders: { readonly scope: Scope; readonly order: FetchOrder }[] = [];

  constructor(fetch: FetchQuery, catalog: Catalog, now: number) {
    this.#fetch = fetch;
    this.#catalog = catalog;
    this.#now = now;
  }

  bind(): BoundQuery {
    const root = this.#addScope(this.#fetch.entity, this.#table(this.#fetch.entity.name), undefined);
    this.#collectLinks(this.#fetch.entity, root);
    if (this.#scopes.length - 1 > MAX_LINK_ENTITIES) throw fetchFault.linkEntityLimit();
    const entity = this.#fetch.entity;
    this.#bindColumns(entity, root);
    const links = entity.links.map((l) => this.#bindLink(l, root));
    const filter = this.#bindFilters(entity.filters, root);
    const query: BoundQuery = {
      fetch: this.#fetch,
      root,
      scopes: this.#scopes,
      ...(filter ? { filter } : {}),
      links,
      attributes: this.#attributes,
      allColumns: this.#allColumns,
      orders: this.#pendingOrders.map(({ scope, order }) => this.#bindOrder(scope, order)),
    };
    validateAggregate(query);
    return query;
  }

  /** Pass one: a scope per link-entity in document order, so `entityname` can name a link declared later. */
  #collectLinks(entity: FetchEntity, parent: Scope): void {
    for (const link of entity.links) {
      const table = this.#table(link.name);
      this.#column(table, link.from);
      this.#column(parent.table, link.to);
      const scope = this.#addScope(link, table, link.alias ?? `${link.name}${this.#scopes.length}`);
      if (link.alias !== undefined) {
        if (this.#explicitAliases.has(link.alias)) {
          throw fetchFault.invalid(`The alias '${link.alias}' is given to more than one link-entity.`);
        }
        this.#explicitAliases.add(link.alias);
        this.#byEntityName.set(link.alias, scope);
      } else if (!this.#byEntityName.has(link.name)) {
        this.#byEntityName.set(link.name, scope);
      }
      this.#collectLinks(link, scope);
    }
  }

  #addScope(entity: FetchEntity, table: TableDef, alias: string | undefined): Scope {
    const scope: Scope = { index: this.#scopes.length, table, ...(alias !== undefined ? { alias } : {}) };
    this.#scopes.push(scope);
    this.#scopeOf.set(entity, scope);
    return scope;
  }

  #bindLink(link: FetchLink, parent: Scope): BoundLink {
    const scope = this.#scopeOf.get(link);
    if (!scope) throw new Error(`link-entity '${link.name}' was not collected`);
    this.#bindColumns(link, scope);
    const filter = this.#bindFilters(link.filters, scope);
    return {
      scope,
      parent,
      from: this.#column(scope.table, link.from),
      to: this.#column(parent.table, link.to),
      linkType: link.linkType,
      ...(filter ? { filter } : {}),
      links: link.links.map((l) => this.#bindLink(l, scope)),
    };
  }

  #bindColumns(entity: FetchEntity, scope: Scope): void {
    for (const a of entity.attributes) {
      this.#attributes.push({ ...a, scope, column: this.#column(scope.table, a.name) });
    }
    const isRootWithoutColumns = scope.index === 0 && entity.attributes.length === 0 && !this.#fetch.aggregate;
    if (entity.allAttributes || isRootWithoutColumns) this.#allColumns.push(scope);
    for (const order of entity.orders) this.#pendingOrders.push({ scope, order });
  }

  /** Several `<filter>` elements side by side must all hold. */
  #bindFilters(filters: readonly FetchFilter[], scope: Scope): BoundFilter | undefined {
    if (filters.length === 0) return undefined;
    const bound = filters.map((f) => this.#bindFilter(f, scope));
    return bound.length === 1 ? bound[0] : { kind: 'filter', type: 'and', children: bound };
  }

  #bindFilter(filter: FetchFilter, scope: Scope): BoundFilter {
    return {
      kind: 'filter',
      type: filter.type,
      children: filter.children.map((child): BoundCondition | BoundFilter => {
        if (child.kind === 'filter') return this.#bindFilter(child, scope);
        const target = child.entityName !== undefined ? this.#entityName(child.entityName, child.attribute) : scope;
        const column = this.#column(target.table, child.attribute);
        return {
          kind: 'condition',
          scope: target,
          column,
          ...compileCondition(target.table, column, child, this.#now),
        };
      }),
    };
  }

  #bindOrder(scope: Scope, order: FetchOrder): BoundOrder {
    if (order.attribute === undefined) {
      const attribute = this.#attributes.find((a) => a.alias === order.alias);
      if (!attribute)
        throw fetchFault.invalid(`The order alias '${order.alias}' does not match the alias of any <attribute>.`);
      return { kind: 'alias', attribute, descending: order.descending };
    }
    const target = order.entityName !== undefined ? this.#entityName(order.entityName, order.attribute) : scope;
    return {
      kind: 'column',
      scope: target,
      column: this.#column(target.table, order.attribute),
      descending: order.descending,
    };
  }

  #entityName(name: string, attribute: string): Scope {
    const scope = this.#byEntityName.get(name) ?? (name === this.#fetch.entity.name ? this.#scopes[0] : undefined);
    if (!scope) {
      throw fetchFault.invalid(
        `The entityname '${name}' given for attribute '${attribute}' does not name the entity or the alias of any link-entity in the query.`,
      );
    }
    return scope;
  }

  #table(name: string): TableDef {
    const table = this.#catalog.byLogicalName(name);
    if (!table) throw fetchFault.noEntity(name);
    return table;
  }

  #column(table: TableDef, name: string): ColumnDef {
    const column = this.#catalog.column(table.logicalName, name);
    if (!column || column.validForRead === false) throw fetchFault.noAttribute(table.logicalName, name);
    return column;
  }
}
