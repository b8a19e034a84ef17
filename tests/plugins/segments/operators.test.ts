/**
 * The operator table against FetchXML's rules, and every operator a column type allows compiled and validated (the
 * reference suite holds both to Microsoft's Fetch.xsd).
 */
import type { ColumnType } from '../../../schema/types';
import {
  compileSegment,
  parseSegmentDefinition,
  validateFetchXml,
  OPERATORS,
  OPERATORS_BY_TYPE,
  OPERATOR_NAMES,
  type SegmentConditionJson,
  type SegmentValueJson,
} from '../../../plugins/segments';
import { ACCOUNT_TABLE, CONTACT_TABLE, LEAD_TABLE, metadata } from './helpers/segmentMetadataFixture';

const conditionWith = (operator: string) =>
  `<fetch><entity name="lead"><filter><condition attribute="subject" operator="${operator}" /></filter></entity></fetch>`;

describe('operators', () => {
  it("are all condition operators by FetchXML's rules", async () => {
    expect(OPERATOR_NAMES.length).toBeGreaterThan(30);
    for (const operator of OPERATOR_NAMES)
      expect([operator, (await validateFetchXml(conditionWith(operator))).errors]).toEqual([operator, []]);
    expect((await validateFetchXml(conditionWith('is-null'))).valid).toBe(false);
  });

  it('per column type come from the operator table', () => {
    for (const operators of Object.values(OPERATORS_BY_TYPE)) {
      for (const operator of operators) expect(OPERATOR_NAMES).toContain(operator);
    }
    expect(OPERATORS_BY_TYPE.string).toEqual(expect.arrayContaining(['like', 'begins-with', 'in']));
    expect(OPERATORS_BY_TYPE.picklist).toContain('in');
    expect(OPERATORS_BY_TYPE.datetime).toContain('last-x-days');
    const notForText = ['last-x-days', 'on-or-after', 'gt'];
    expect(OPERATORS_BY_TYPE.string.filter((operator) => notForText.includes(operator))).toEqual([]);
    for (const type of ['picklist', 'integer', 'boolean', 'datetime', 'lookup'] as ColumnType[]) {
      expect(OPERATORS_BY_TYPE[type]).not.toContain('like');
      expect(OPERATORS_BY_TYPE[type]).not.toContain('begins-with');
    }
  });
});

/** A value that fits each column type, for any operator. */
const SAMPLE: Readonly<Record<ColumnType, string | number | boolean>> = {
  uniqueidentifier: '00000000-0000-0000-0000-000000000001',
  lookup: '00000000-0000-0000-0000-000000000002',
  owner: '00000000-0000-0000-0000-000000000003',
  customer: '00000000-0000-0000-0000-000000000004',
  string: 'Contoso',
  memo: 'Contoso',
  entityname: 'account',
  integer: 5,
  bigint: '9007199254740993',
  decimal: 1.5,
  double: 1.5,
  money: 1500,
  boolean: true,
  picklist: 1,
  state: 0,
  status: 1,
  multiselect: 1,
  datetime: '2025-03-31',
};

function conditionsFor(columns: typeof LEAD_TABLE.columns): SegmentConditionJson[] {
  return columns.flatMap((column) =>
    OPERATORS_BY_TYPE[column.type].map((operator): SegmentConditionJson => {
      const { arity, value: kind } = OPERATORS[operator];
      const one: string | number | boolean =
        kind === 'count' ? 3 : kind === 'date' ? '2025-03-31' : SAMPLE[column.type];
      const value: SegmentValueJson | undefined =
        arity === 'none' ? undefined : arity === 'single' ? one : arity === 'pair' ? [one, one] : [one, one];
      return value === undefined ? { column: column.name, operator } : { column: column.name, operator, value };
    }),
  );
}

describe('every operator on every column type of the fixture', () => {
  it("compiles to FetchXML that FetchXML's rules accept", async () => {
    const lead = conditionsFor(LEAD_TABLE.columns);
    const contact = conditionsFor(CONTACT_TABLE.columns);
    const account = conditionsFor(ACCOUNT_TABLE.columns);
    expect(lead.length + contact.length + account.length).toBeGreaterThan(200);
    const compiled = compileSegment(
      parseSegmentDefinition(
        {
          lead: { type: 'or', conditions: lead },
          contact: { type: 'or', conditions: contact },
          account: { type: 'or', conditions: account },
        },
        metadata,
      ),
    );
    expect((await validateFetchXml(compiled.fetchXml)).errors).toEqual([]);
  });
});
