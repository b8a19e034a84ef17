import { evaluateFieldRule } from '../../../plugins/scoring/engine/evaluateFieldRule';
import type { FieldOperator, FieldRule, FieldValue } from '../../../plugins/scoring';

const rule = (column: string, operator: FieldOperator, value?: FieldValue | readonly FieldValue[]): FieldRule => ({
  id: 'r',
  label: 'r',
  entity: 'contact',
  column,
  operator,
  points: 1,
  ...(value === undefined ? {} : { value }),
});

const contact = {
  accountrolecode: 1,
  jobtitle: 'Chief Marketing Officer',
  donotbulkemail: false,
  numberofchildren: 2,
  _parentcustomerid_value: '3F2504E0-4F89-11D3-9A0C-0305E82C3301',
  description: '',
  fax: null,
};

describe('evaluateFieldRule', () => {
  it.each([
    ['choice eq its number', rule('accountrolecode', 'eq', 1), true],
    ['a choice is not its text', rule('accountrolecode', 'eq', '1'), false],
    ['text eq ignores case', rule('jobtitle', 'eq', 'chief marketing officer'), true],
    ['boolean eq false', rule('donotbulkemail', 'eq', false), true],
    [
      'lookup GUID eq ignores case',
      rule('_parentcustomerid_value', 'eq', '3f2504e0-4f89-11d3-9a0c-0305e82c3301'),
      true,
    ],
    ['ne on a value', rule('accountrolecode', 'ne', 2), true],
    ['ne never matches null', rule('fax', 'ne', '555'), false],
    ['ne never matches a missing column', rule('telephone1', 'ne', '555'), false],
    ['in a list', rule('accountrolecode', 'in', [1, 3]), true],
    ['not in a list', rule('accountrolecode', 'in', [2, 3]), false],
    ['contains ignores case', rule('jobtitle', 'contains', 'MARKETING'), true],
    ['contains on a number', rule('accountrolecode', 'contains', '1'), false],
    ['null matches null', rule('fax', 'null'), true],
    ['null matches an empty text', rule('description', 'null'), true],
    ['null matches a missing column', rule('telephone1', 'null'), true],
    ['null on a value', rule('jobtitle', 'null'), false],
    ['notnull on a value', rule('jobtitle', 'notnull'), true],
    ['notnull on false', rule('donotbulkemail', 'notnull'), true],
    ['notnull on null', rule('fax', 'notnull'), false],
    ['gt', rule('numberofchildren', 'gt', 1), true],
    ['gt is strict', rule('numberofchildren', 'gt', 2), false],
    ['lt', rule('numberofchildren', 'lt', 3), true],
    ['lt on text', rule('jobtitle', 'lt', 3), false],
  ])('%s', (_name, fieldRule, expected) => {
    expect(evaluateFieldRule(fieldRule, contact)).toBe(expected);
  });
});
