import type { NavigationDef, TableDef } from '../../../schema/types';
import { fault } from '../../errors/faults';
import type { Catalog } from '../../metadata/catalog';
import { likePattern, likeToRegExp } from '../collation';
import { edmTypeOf, valueClassOf } from '../edm';
import { CRM_NAMESPACE } from '../names';
import { resolveProperty } from '../properties';
import { queryFault } from '../queryFaults';
import type { CompareOp, Literal, Syntax } from './ast';
import { OPERATOR_KIND } from './ast';
import type { BoundFilter, ColumnOperand, ConstOperand, Operand, RowPath } from './bound';
import { convertItem, literalValue } from './convertValue';
import type { CrmArguments } from './crmFunctions';
import { CRM_FUNCTIONS, UNIMPLEMENTED_CRM_FUNCTIONS } from './crmFunctions';
import type { ArrayItem } from './jsonArray';
import { parseFilter } from './parseFilter';

/** Looks up a parameter alias (`@p1`) in the request's query string. */
export type AliasLookup = (name: string) => string | undefined;

interface Scope {
  /** `$it` for the queried row, else the lambda variable. */
  readonly variable: string;
  readonly table: TableDef;
}

/** The queried row's scope first, then one per enclosing lambda. */
type Scopes = readonly [Scope, ...Scope[]];

/** A path that ends on a related row or collection rather than a column. */
type RelatedValue =
  | { readonly kind: 'entity'; readonly table: TableDef }
  | { readonly kind: 'collection'; readonly path: RowPath; readonly navigation: NavigationDef };

type Value = Operand | RelatedValue;

const STRING_FUNCTIONS = new Set(['contains', 'startswith', 'endswith']);
/** OData built-in functions Dataverse's $filter does not offer (filter-rows.md lists contains/endswith/startswith). */
const UNSUPPORTED_ODATA_FUNCTIONS = new Set([
  'tolower',
  'toupper',
  'trim',
  'length',
  'indexof',
  'substring',
  'concat',
  'year',
  'month',
  'day',
  'hour',
  'minute',
  'second',
  'fractionalseconds',
  'date',
  'time',
  'now',
  'round',
  'floor',
  'ceiling',
  'cast',
  'isof',
  'matchesPattern',
]);
const MAX_ALIAS_DEPTH = 8;
const NULL_LITERAL: Syntax = { kind: 'literal', literal: { kind: 'null' }, pos: 0 };

/** Binds a parsed $filter to a table: resolves names, checks types the way ODataLib does, converts literals. */
export function bindFilter(
  syntax: Syntax,
  table: TableDef,
  catalog: Catalog,
  aliases: AliasLookup,
  text: string,
): BoundFilter {
  return new Binder(catalog, aliases, text).filter(syntax, [{ variable: '$it', table }]);
}

class Binder {
  #aliasDepth = 0;

  constructor(
    readonly catalog: Catalog,
    readonly aliases: AliasLookup,
    readonly text: string,
  ) {}

  filter(node: Syntax, scopes: Scopes): BoundFilter {
    switch (node.kind) {
      case 'logical':
        return {
          kind: 'logical',
          op: node.op,
          left: this.filter(node.left, scopes),
          right: this.filter(node.right, scopes),
        };
      case 'not':
        return { kind: 'not', operand: this.#booleanOperand(node.operand, scopes, true) };
      case 'compare':
        return this.#compare(node.op, this.#value(node.left, scopes), this.#value(node.right, scopes));
      case 'call':
        return this.#stringFunction(node.name, node.args, scopes);
      case 'crmCall':
        return this.#crmFunction(node.name, node.params, scopes);
      case 'lambda':
        return this.#lambda(node, scopes);
      default:
        return this.#booleanOperand(node, scopes, false);
    }
  }

  /** A literal, alias or path used where a condition is expected: it must be Boolean. */
  #booleanOperand(node: Syntax, scopes: Scopes, negated: boolean): BoundFilter {
    if (node.kind !== 'literal' && node.kind !== 'path' && node.kind !== 'alias' && node.kind !== 'array') {
      return this.filter(node, scopes);
    }
    const value = this.#value(node, scopes);
    if (value.kind === 'const' && (value.value === null || typeof value.value === 'boolean')) {
      return { kind: 'constant', value: value.value };
    }
    if (value.kind === 'column' && value.edm === 'Edm.Boolean') {
      return {
        kind: 'compare',
        op: 'eq',
        left: value,
        right: { kind: 'const', value: true, edm: 'Edm.Boolean' },
        cls: 'boolean',
      };
    }
    if (value.kind === 'predicate') return value.filter;
    if (negated) throw queryFault.incompatibleOperand(typeName(value), 'Not');
    throw queryFault.filterNotBoolean();
  }

  #value(node: Syntax, scopes: Scopes): Value {
    switch (node.kind) {
      case 'literal': {
        const { value, edm } = literalValue(node.literal);
        return { kind: 'const', value, edm };
      }
      case 'alias':
        return this.#alias(node.name, (parsed) => this.#value(parsed, scopes));
      case 'path':
        return this.#path(node.segments, scopes);
      case 'array':
        throw queryFault.syntax(node.pos, this.text);
      default:
        return { kind: 'predicate', filter: this.filter(node, scopes), edm: 'Edm.Boolean' };
    }
  }

  /** An alias's value is itself an expression (a literal or a JSON array); an alias with no value is null. */
  #alias<T>(name: string, use: (parsed: Syntax) => T): T {
    const text = this.aliases(name);
    if (text === undefined) return use(NULL_LITERAL);
    if (++this.#aliasDepth > MAX_ALIAS_DEPTH) throw fault.badRequest(`The parameter alias '${name}' refers to itself.`);
    try {
      return use(parseFilter(text));
    } finally {
      this.#aliasDepth--;
    }
  }

  /** Resolves `prop`, `nav/prop`, `v/prop` (a lambda variable) or `$it/prop`. */
  #path(segments: readonly string[], scopes: Scopes): Value {
    let scope = 0;
    let rest = segments;
    for (let i = scopes.length - 1; i >= 0; i--) {
      if (scopes[i]?.variable !== segments[0]) continue;
      scope = i;
      rest = segments.slice(1);
      break;
    }
    let table = (scopes[scope] ?? scopes[0]).table;
    const hops: NavigationDef[] = [];
    if (rest.length === 0) return { kind: 'entity', table };
    for (const [i, name] of rest.entries()) {
      const last = i === rest.length - 1;
      const property = resolveProperty(this.catalog, table, name);
      if (!property) throw fault.unknownProperty(table.logicalName, name);
      if (property.kind === 'column') {
        if (!last) throw queryFault.pathNotSupported('$filter', segments.join('/'));
        if (property.column.validForRead === false)
          throw queryFault.notReadable(table.logicalName, property.column.name);
        const edm = edmTypeOf(property.column);
        return { kind: 'column', scope, hops, table, column: property.column, property: name, edm };
      }
      const navigation = property.navigation;
      if (navigation.kind === 'collection') {
        if (!last) throw queryFault.notSingleValue(rest[i + 1] ?? name);
        return { kind: 'collection', path: { scope, hops }, navigation };
      }
      hops.push(navigation);
      table = this.catalog.table(navigation.target);
    }
    return { kind: 'entity', table };
  }

  #compare(op: CompareOp, left: Value, right: Value): BoundFilter {
    const l = operand(left, op, right);
    const r = operand(right, op, left);
    if (l.edm === undefined || r.edm === undefined) {
      const known = l.edm ?? r.edm;
      return { kind: 'compare', op, left: l, right: r, cls: known ? valueClassOf(known) : 'string' };
    }
    const lc = valueClassOf(l.edm);
    const rc = valueClassOf(r.edm);
    if (lc === rc) return { kind: 'compare', op, left: l, right: r, cls: lc };
    // The docs compare lookups with quoted GUIDs: `_owninguser_value eq '<systemuserid value>'` (filter-rows.md).
    if (lc === 'guid' && r.kind === 'const' && typeof r.value === 'string') {
      return { kind: 'compare', op, left: l, right: guidConst(r, l), cls: 'guid' };
    }
    if (rc === 'guid' && l.kind === 'const' && typeof l.value === 'string') {
      return { kind: 'compare', op, left: guidConst(l, r), right: r, cls: 'guid' };
    }
    throw queryFault.incompatibleOperands(l.edm, r.edm, OPERATOR_KIND[op]);
  }

  #stringFunction(name: string, args: readonly Syntax[], scopes: Scopes): BoundFilter {
    if (!STRING_FUNCTIONS.has(name)) {
      if (UNSUPPORTED_ODATA_FUNCTIONS.has(name)) {
        throw fault.badRequest(
          `The function '${name}' is not supported in a Dataverse $filter; use contains, startswith, endswith or a ${CRM_NAMESPACE} query function.`,
        );
      }
      throw queryFault.unknownFunction(name);
    }
    const signature = `${name}(Edm.String Nullable=true, Edm.String Nullable=true)`;
    const [first, second] = args.map((a) => this.#value(a, scopes));
    if (args.length !== 2 || !first || !second) throw queryFault.noMatchingSignature(name, signature);
    if (first.kind !== 'column' || first.edm !== 'Edm.String') throw queryFault.noMatchingSignature(name, signature);
    if (second.kind !== 'const' || (second.value !== null && typeof second.value !== 'string')) {
      throw queryFault.noMatchingSignature(name, signature);
    }
    if (second.value === null) return { kind: 'constant', value: null };
    const fn = name as 'contains' | 'startswith' | 'endswith';
    return { kind: 'like', operand: first, regex: likeToRegExp(likePattern(fn, second.value)) };
  }

  #crmFunction(fullName: string, params: ReadonlyMap<string, Syntax>, scopes: Scopes): BoundFilter {
    const name = fullName.slice(CRM_NAMESPACE.length + 1);
    const spec = CRM_FUNCTIONS[name];
    if (!spec) {
      if (UNIMPLEMENTED_CRM_FUNCTIONS.has(name)) throw queryFault.notImplemented(`The query function '${fullName}'`);
      throw queryFault.unknownFunction(fullName);
    }
    const given = [...params.keys()];
    if (given.length !== spec.params.length || !spec.params.every((p) => params.has(p))) {
      throw queryFault.functionParameters(fullName, given);
    }
    const param = (p: string): Syntax => params.get(p) ?? NULL_LITERAL;
    const args: CrmArguments = {
      name: fullName,
      property: () => this.#propertyName(param('PropertyName'), scopes),
      values: () => this.#arrayValue(param('PropertyValues'), fullName),
      value: () => this.#rawValue(param('PropertyValue'), fullName),
    };
    return spec.bind(args);
  }

  /** `PropertyName='lastname'`: a column of the table in scope, by property name or (for lookups) logical name. */
  #propertyName(node: Syntax, scopes: Scopes): ColumnOperand {
    const raw = this.#rawValue(node, 'PropertyName');
    const table = (scopes[scopes.length - 1] ?? scopes[0]).table;
    if (typeof raw !== 'string') throw queryFault.invalidValue(String(raw), 'Edm.String', 'PropertyName');
    const logical = this.catalog.column(table.logicalName, raw);
    const resolved = resolveProperty(this.catalog, table, raw);
    const column = resolved?.kind === 'column' ? resolved.column : logical;
    if (!column) throw queryFault.noAttribute(table.logicalName, raw);
    if (column.validForRead === false) throw queryFault.notReadable(table.logicalName, column.name);
    return { kind: 'column', scope: scopes.length - 1, hops: [], table, column, property: raw, edm: edmTypeOf(column) };
  }

  #arrayValue(node: Syntax, fn: string): readonly ArrayItem[] {
    if (node.kind === 'array') return node.items;
    if (node.kind === 'alias') return this.#alias(node.name, (parsed) => this.#arrayValue(parsed, fn));
    throw fault.badRequest(
      `${fn} expects PropertyValues to be an array such as ["a","b"] or a parameter alias holding one.`,
    );
  }

  #rawValue(node: Syntax, what: string): ArrayItem {
    if (node.kind === 'alias') return this.#alias(node.name, (parsed) => this.#rawValue(parsed, what));
    if (node.kind !== 'literal') throw fault.badRequest(`${what} expects a literal value.`);
    return rawLiteral(node.literal);
  }

  #lambda(node: Extract<Syntax, { kind: 'lambda' }>, scopes: Scopes): BoundFilter {
    const source = this.#path(node.source, scopes);
    if (source.kind !== 'collection') throw queryFault.lambdaNeedsCollection();
    if (source.path.hops.length > 0)
      throw queryFault.pathNotSupported('$filter', `${node.source.join('/')}/${node.op}`);
    const target = this.catalog.table(source.navigation.target);
    if (node.variable === undefined || node.body === undefined) {
      return { kind: 'lambda', op: node.op, source: source.path, navigation: source.navigation };
    }
    if (scopes.some((s) => s.variable === node.variable)) throw queryFault.rangeVariableDeclared(node.variable);
    const body = this.filter(node.body, [...scopes, { variable: node.variable, table: target }]);
    return { kind: 'lambda', op: node.op, source: source.path, navigation: source.navigation, body };
  }
}

function typeName(value: Value): string {
  if (value.kind === 'entity') return `${CRM_NAMESPACE}.${value.table.logicalName}`;
  if (value.kind === 'collection') return `Collection(${CRM_NAMESPACE}.${value.navigation.target})`;
  return value.edm ?? 'null';
}

/** An operand of a comparison; related rows cannot be compared (ODataLib's incompatible-types error). */
function operand(value: Value, op: CompareOp, other: Value): Operand {
  if (value.kind === 'entity' || value.kind === 'collection') {
    throw queryFault.incompatibleOperands(typeName(value), typeName(other), OPERATOR_KIND[op]);
  }
  if (other.kind === 'entity' || other.kind === 'collection') {
    throw queryFault.incompatibleOperands(typeName(value), typeName(other), OPERATOR_KIND[op]);
  }
  return value;
}

function guidConst(text: ConstOperand, column: Operand): ConstOperand {
  const property = column.kind === 'column' ? column.property : 'value';
  return { kind: 'const', value: convertItem(text.value as string, 'guid', 'Edm.Guid', property), edm: 'Edm.Guid' };
}

function rawLiteral(literal: Literal): ArrayItem {
  switch (literal.kind) {
    case 'null':
      return null;
    case 'datetime':
    case 'date':
      return literal.text;
    default:
      return literal.value;
  }
}
