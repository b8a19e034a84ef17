/**
 * Compiles a checked segment definition to FetchXML: contacts (distinct) joined to their leads on
 * lead.parentcontactid, optionally to their parent account on contact.parentcustomerid, filtered by the contact
 * conditions and the exclusions in force. Besides the segment's own query it writes the aggregate queries a preview
 * needs: the count, the count before exclusions, and for each exclusion how many contacts it removed.
 *
 * Counts use countcolumn with distinct on contactid, because the join to lead yields one row per matching lead
 * (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data, "Distinct column values").
 * Aggregate queries stop at 50,000 rows (same page, "Limitations"): a caller counting larger segments must page.
 */
import { MAX_BATCH_URL_LENGTH } from '../../dataverse';
import { SegmentDefinitionError } from './errors/SegmentDefinitionError';
import { EXCLUSIONS, type Exclusion } from './exclusions';
import { OPERATORS } from './operators';
import { ACCOUNT, CONTACT, LEAD } from './segmentSchema';
import type { ExclusionId, SegmentCondition, SegmentDefinition, SegmentGroup } from './types';
import { element, textElement, writeXml, type XmlElement } from './xmlTree';

/** The alias under which an aggregate count query returns its number. */
export const SEGMENT_COUNT_ALIAS = 'contactcount';
/** The contact columns the segment query returns. */
export const SEGMENT_COLUMNS: readonly string[] = [CONTACT.id, CONTACT.fullName, CONTACT.email];
/** Dataverse returns at most 5,000 rows a page; `top` beyond that is meaningless. */
const MAX_TOP = 5000;

export interface CompileOptions {
  /** Return only the first N contacts (a preview), 1–5000. */
  readonly top?: number;
}

export interface CompiledExclusion {
  readonly id: ExclusionId;
  readonly description: string;
  /**
   * Counts the contacts the segment's conditions select that this exclusion removes. A contact caught by two
   * exclusions counts under both, so these numbers may add up to more than baseCount − count.
   */
  readonly removedCountFetchXml: string;
  /** Counts the contacts only this exclusion removes: switching it off would add exactly these to the segment. */
  readonly onlyThisCountFetchXml: string;
}

export interface CompiledSegment {
  /** The segment's contacts: what a dynamic marketing list stores as its query. */
  readonly fetchXml: string;
  /** Counts the segment's contacts. */
  readonly countFetchXml: string;
  /** Counts the contacts the conditions select before any exclusion. */
  readonly baseCountFetchXml: string;
  /** The exclusions in force, in report order; the ones the definition switched off are absent. */
  readonly exclusions: readonly CompiledExclusion[];
}

export function compileSegment(definition: SegmentDefinition, options: CompileOptions = {}): CompiledSegment {
  const { top } = options;
  if (top !== undefined && (!Number.isSafeInteger(top) || top < 1 || top > MAX_TOP)) {
    throw new SegmentDefinitionError([
      { path: 'top', message: `expected a whole number from 1 to ${MAX_TOP}, got ${top}` },
    ]);
  }
  const inForce = EXCLUSIONS.filter((exclusion) => !definition.include[exclusion.id]);
  const keepAll = inForce.map((exclusion) => exclusion.keep);
  const count = (extra: readonly SegmentGroup[]): string => writeXml(countQuery(definition, extra));

  const compiled: CompiledSegment = {
    fetchXml: writeXml(rowsQuery(definition, keepAll, top)),
    countFetchXml: count(keepAll),
    baseCountFetchXml: count([]),
    exclusions: inForce.map((exclusion) => ({
      id: exclusion.id,
      description: exclusion.description,
      removedCountFetchXml: count([exclusion.removes]),
      onlyThisCountFetchXml: count([...othersKept(inForce, exclusion), exclusion.removes]),
    })),
  };
  checkQueryLength(compiled);
  return compiled;
}

/** Room in the URL for the environment's address, `/api/data/v9.2/contacts?fetchXml=` and paging attributes. */
const URL_ALLOWANCE = 1_000;

/**
 * A query travels URL-encoded in a GET's URL, inside a `$batch` when it is long (the client does that); past
 * Dataverse's 65,536 characters even there it cannot be sent at all, so such a definition is refused here, before
 * any request, rather than failing halfway through a preview.
 */
function checkQueryLength(compiled: CompiledSegment): void {
  const queries = [
    compiled.fetchXml,
    compiled.countFetchXml,
    compiled.baseCountFetchXml,
    ...compiled.exclusions.flatMap((exclusion) => [exclusion.removedCountFetchXml, exclusion.onlyThisCountFetchXml]),
  ];
  const longest = Math.max(...queries.map((query) => encodeURIComponent(query).length));
  if (longest + URL_ALLOWANCE <= MAX_BATCH_URL_LENGTH) return;
  throw new SegmentDefinitionError([
    {
      path: '(definition)',
      message: `its query would take ${longest.toLocaleString('en-US')} characters in a URL, and Dataverse takes at most ${MAX_BATCH_URL_LENGTH.toLocaleString('en-US')}; use fewer or shorter values in its lists`,
    },
  ]);
}

function othersKept(inForce: readonly Exclusion[], exclusion: Exclusion): SegmentGroup[] {
  return inForce.filter((other) => other !== exclusion).map((other) => other.keep);
}

function rowsQuery(definition: SegmentDefinition, extra: readonly SegmentGroup[], top: number | undefined): XmlElement {
  const columns = SEGMENT_COLUMNS.map((name) => element('attribute', { name }));
  // A unique column last in the order keeps pages stable under distinct
  // (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results).
  const order = [element('order', { attribute: CONTACT.fullName }), element('order', { attribute: CONTACT.id })];
  return element('fetch', { version: '1.0', mapping: 'logical', distinct: 'true', top: top?.toString() }, [
    contactEntity(definition, extra, [...columns, ...order]),
  ]);
}

function countQuery(definition: SegmentDefinition, extra: readonly SegmentGroup[]): XmlElement {
  const counted = element('attribute', {
    name: CONTACT.id,
    alias: SEGMENT_COUNT_ALIAS,
    aggregate: 'countcolumn',
    distinct: 'true',
  });
  return element('fetch', { version: '1.0', mapping: 'logical', aggregate: 'true' }, [
    contactEntity(definition, extra, [counted]),
  ]);
}

function contactEntity(
  definition: SegmentDefinition,
  extra: readonly SegmentGroup[],
  head: readonly XmlElement[],
): XmlElement {
  const contactFilter = [...(definition.contact ? [definition.contact] : []), ...extra].flatMap(spreadIntoAnd);
  const children = [...head];
  if (contactFilter.length > 0) children.push(filterElement({ kind: 'group', type: 'and', conditions: contactFilter }));
  children.push(
    element('link-entity', { name: LEAD.table, from: LEAD.parentContact, to: CONTACT.id, 'link-type': 'inner' }, [
      filterElement(definition.lead),
    ]),
  );
  if (definition.account) {
    children.push(
      element(
        'link-entity',
        { name: ACCOUNT.table, from: ACCOUNT.id, to: CONTACT.parentCustomer, 'link-type': 'inner' },
        [filterElement(definition.account)],
      ),
    );
  }
  return element('entity', { name: CONTACT.table }, children);
}

/** Inside the contact's top-level `and`, an `and` group (or a group of one) adds its conditions directly. */
function spreadIntoAnd(group: SegmentGroup): readonly (SegmentCondition | SegmentGroup)[] {
  return group.type === 'and' || group.conditions.length === 1 ? group.conditions : [group];
}

function filterElement(group: SegmentGroup): XmlElement {
  return element(
    'filter',
    { type: group.type },
    group.conditions.map((item) => (item.kind === 'group' ? filterElement(item) : conditionElement(item))),
  );
}

/** One value goes in the `value` attribute; ranges and lists go in `<value>` elements (Fetch.xsd, condition). */
function conditionElement(condition: SegmentCondition): XmlElement {
  const { arity } = OPERATORS[condition.operator];
  const attributes = { attribute: condition.column, operator: condition.operator };
  if (arity === 'none') return element('condition', attributes);
  if (arity === 'single') return element('condition', { ...attributes, value: condition.values[0] });
  return element(
    'condition',
    attributes,
    condition.values.map((value) => textElement('value', value)),
  );
}
