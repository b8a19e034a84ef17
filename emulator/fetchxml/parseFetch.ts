import { fetchFault } from './fetchFaults';
import {
  AGGREGATE_FUNCTIONS,
  DATE_GROUPINGS,
  type FetchAttribute,
  type FetchCondition,
  type FetchEntity,
  type FetchFilter,
  type FetchLink,
  type FetchOrder,
  type FetchQuery,
  type LinkType,
} from './fetchQuery';
import { booleanOf, oneOf, optionalText, positiveIntegerOf, requiredText } from './readAttributes';
import type { XmlElement } from './xmlTree';

/** Link types Dataverse knows (link-entity reference); the emulator joins with the first four. */
const LINK_TYPES = [
  'inner',
  'outer',
  'exists',
  'in',
  'any',
  'not any',
  'all',
  'not all',
  'matchfirstrowusingcrossapply',
] as const;
const RUNNABLE_LINK_TYPES: readonly string[] = ['inner', 'outer', 'exists', 'in'] satisfies LinkType[];

/** Reads the `<fetch>` element into a query; names are checked later against the tables (bindQuery). */
export function parseFetch(root: XmlElement): FetchQuery {
  if (root.name !== 'fetch') throw fetchFault.invalidXml(`The root element must be <fetch>, not <${root.name}>.`);
  oneOf(root, 'mapping', ['logical', 'internal']);
  booleanOf(root, 'no-lock');
  const entities = root.children.filter((c) => c.name === 'entity');
  expectOnly(root, ['entity']);
  const [entity] = entities;
  if (!entity || entities.length !== 1)
    throw fetchFault.invalid('A <fetch> element must contain exactly one <entity> element.');
  const pagingCookie = optionalText(root, 'paging-cookie');
  return {
    top: positiveIntegerOf(root, 'top'),
    count: positiveIntegerOf(root, 'count'),
    page: positiveIntegerOf(root, 'page'),
    ...(pagingCookie !== undefined ? { pagingCookie } : {}),
    distinct: booleanOf(root, 'distinct'),
    aggregate: booleanOf(root, 'aggregate'),
    aggregateLimit: positiveIntegerOf(root, 'aggregatelimit'),
    returnTotalRecordCount: booleanOf(root, 'returntotalrecordcount'),
    useRawOrderBy: booleanOf(root, 'useraworderby'),
    entity: parseEntity(entity),
  };
}

function parseEntity(element: XmlElement): FetchEntity {
  expectOnly(element, ['attribute', 'all-attributes', 'order', 'filter', 'link-entity']);
  const of = (name: string) => element.children.filter((c) => c.name === name);
  return {
    name: requiredText(element, 'name'),
    allAttributes: of('all-attributes').length > 0,
    attributes: of('attribute').map(parseAttribute),
    orders: of('order').map(parseOrder),
    filters: of('filter').map(parseFilter),
    links: of('link-entity').map(parseLink),
  };
}

function parseLink(element: XmlElement): FetchLink {
  const linkType = oneOf(element, 'link-type', LINK_TYPES) ?? 'inner';
  if (!RUNNABLE_LINK_TYPES.includes(linkType)) throw fetchFault.unsupported(`link-type='${linkType}'`);
  booleanOf(element, 'visible');
  booleanOf(element, 'intersect');
  const alias = optionalText(element, 'alias');
  return {
    ...parseEntity(element),
    from: requiredText(element, 'from'),
    to: requiredText(element, 'to'),
    ...(alias !== undefined ? { alias } : {}),
    linkType: linkType as LinkType,
  };
}

function parseAttribute(element: XmlElement): FetchAttribute {
  if (optionalText(element, 'rowaggregate') !== undefined) throw fetchFault.unsupported("the attribute 'rowaggregate'");
  const alias = optionalText(element, 'alias');
  const aggregate = oneOf(element, 'aggregate', AGGREGATE_FUNCTIONS);
  const dateGrouping = oneOf(element, 'dategrouping', DATE_GROUPINGS);
  return {
    name: requiredText(element, 'name'),
    ...(alias !== undefined ? { alias } : {}),
    ...(aggregate !== undefined ? { aggregate } : {}),
    groupBy: booleanOf(element, 'groupby'),
    distinct: booleanOf(element, 'distinct'),
    ...(dateGrouping !== undefined ? { dateGrouping } : {}),
  };
}

function parseOrder(element: XmlElement): FetchOrder {
  const attribute = optionalText(element, 'attribute');
  const alias = optionalText(element, 'alias');
  const entityName = optionalText(element, 'entityname');
  if (attribute === undefined && alias === undefined) {
    throw fetchFault.invalid("An <order> element needs an 'attribute' or an 'alias' attribute.");
  }
  return {
    ...(attribute !== undefined ? { attribute } : {}),
    ...(alias !== undefined ? { alias } : {}),
    ...(entityName !== undefined ? { entityName } : {}),
    descending: booleanOf(element, 'descending'),
  };
}

function parseFilter(element: XmlElement): FetchFilter {
  if (element.children.some((c) => c.name === 'link-entity'))
    throw fetchFault.unsupported('a <link-entity> inside a <filter>');
  expectOnly(element, ['condition', 'filter']);
  return {
    kind: 'filter',
    type: oneOf(element, 'type', ['and', 'or']) ?? 'and',
    children: element.children.map((c) => (c.name === 'filter' ? parseFilter(c) : parseCondition(c))),
  };
}

function parseCondition(element: XmlElement): FetchCondition {
  if (optionalText(element, 'valueof') !== undefined) throw fetchFault.unsupported("the condition attribute 'valueof'");
  expectOnly(element, ['value']);
  const entityName = optionalText(element, 'entityname');
  const value = element.attributes.value;
  return {
    kind: 'condition',
    attribute: requiredText(element, 'attribute'),
    ...(entityName !== undefined ? { entityName } : {}),
    operator: requiredText(element, 'operator'),
    ...(value !== undefined ? { value } : {}),
    values: element.children.map((c) => c.text),
  };
}

/** Fetch.xsd allows only these child elements here; anything else is a mistake worth naming. */
function expectOnly(element: XmlElement, allowed: readonly string[]): void {
  const stray = element.children.find((c) => !allowed.includes(c.name));
  if (stray) {
    throw fetchFault.invalid(
      `The element <${stray.name}> is not allowed inside <${element.name}>; expected ${allowed.map((a) => `<${a}>`).join(', ')}.`,
    );
  }
}
