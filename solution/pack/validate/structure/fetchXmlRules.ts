/**
 * FetchXML as Microsoft's Fetch.xsd describes it: `<fetch>` holds one `<entity>`; entities and link-entities hold
 * attributes, orders, filters and link-entities in any order; filters hold conditions and filters; a condition's
 * operator is one FetchXML knows. Sources: the schema download
 * (https://learn.microsoft.com/power-apps/developer/data-platform/customization-solutions-file-schema, Fetch.xsd) and
 * https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/.
 */
import { AGGREGATE_FUNCTIONS, DATE_GROUPINGS } from '../../../../emulator/fetchxml/fetchQuery';
import { lookupOperator } from '../../../../emulator/fetchxml/operators';
import { choice, type ElementRule, empty, many, maybe, one, optional, required, text } from './rules';
import { BOOLEAN, INTEGER, oneOf, TEXT, tokenOneOf, ZERO_OR_ONE, type ValueRule } from './values';

const OPERATOR: ValueRule = {
  expected: 'a FetchXML condition operator',
  accepts: (value) => lookupOperator(value.trim()).kind !== 'unknown',
};
const AGGREGATE = tokenOneOf(...AGGREGATE_FUNCTIONS);
const FETCH_BOOLEAN = tokenOneOf('true', 'false', '1', '0');

const VALUE = text(TEXT, { uiname: optional(TEXT), uitype: optional(TEXT) });

const CONDITION = choice([many('value', VALUE)], {
  column: optional(TEXT),
  attribute: optional(TEXT),
  entityname: optional(TEXT),
  operator: required(OPERATOR),
  value: optional(TEXT),
  aggregate: optional(AGGREGATE),
  rowaggregate: optional(tokenOneOf('countchildren')),
  alias: optional(TEXT),
  uiname: optional(TEXT),
  uitype: optional(TEXT),
  uihidden: optional(ZERO_OR_ONE),
});

const FILTER: ElementRule = choice([many('condition', CONDITION), many('filter', () => FILTER)], {
  type: optional(tokenOneOf('and', 'or')),
  isquickfindfields: optional(BOOLEAN),
});

const ATTRIBUTE = empty({
  name: required(TEXT),
  build: optional(oneOf('1.504021', '1.003017')),
  addedby: optional(TEXT),
  alias: optional(TEXT),
  aggregate: optional(AGGREGATE),
  groupby: optional(FETCH_BOOLEAN),
  dategrouping: optional(tokenOneOf(...DATE_GROUPINGS)),
  usertimezone: optional(FETCH_BOOLEAN),
  distinct: optional(FETCH_BOOLEAN),
});

const ORDER = empty({ attribute: optional(TEXT), alias: optional(TEXT), descending: optional(BOOLEAN) });

const LINK_ENTITY: ElementRule = choice(
  [
    maybe('all-attributes', empty()),
    many('attribute', ATTRIBUTE),
    maybe('order', ORDER),
    maybe('filter', FILTER),
    many('link-entity', () => LINK_ENTITY),
  ],
  {
    name: required(TEXT),
    to: optional(TEXT),
    from: optional(TEXT),
    alias: optional(TEXT),
    'link-type': optional(TEXT),
    visible: optional(BOOLEAN),
    intersect: optional(BOOLEAN),
    enableprefiltering: optional(BOOLEAN),
    prefilterparametername: optional(TEXT),
  },
);

const ENTITY = choice(
  [
    maybe('all-attributes', empty()),
    many('attribute', ATTRIBUTE),
    many('order', ORDER),
    many('link-entity', LINK_ENTITY),
    maybe('filter', FILTER),
  ],
  { name: required(TEXT), enableprefiltering: optional(BOOLEAN), prefilterparametername: optional(TEXT) },
);

/** The `<fetch>` element. */
export const FETCH: ElementRule = choice([many('entity', ENTITY), one('order', ORDER)], {
  version: optional(TEXT),
  count: optional(INTEGER),
  page: optional(INTEGER),
  'paging-cookie': optional(TEXT),
  // IntOrEmpty: a union with xs:string, so any text.
  'utc-offset': optional(TEXT),
  aggregate: optional(BOOLEAN),
  distinct: optional(BOOLEAN),
  top: optional(INTEGER),
  mapping: optional(tokenOneOf('internal', 'logical')),
  'min-active-row-version': optional(BOOLEAN),
  'output-format': optional(tokenOneOf('xml-ado', 'xml-auto', 'xml-elements', 'xml-raw', 'xml-platform')),
  returntotalrecordcount: optional(BOOLEAN),
  'no-lock': optional(BOOLEAN),
});
