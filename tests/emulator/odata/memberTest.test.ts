import { compareStrings } from '../../../emulator/odata/collation';
import { memberTest } from '../../../emulator/odata/memberTest';

/** The set look-up behind `In` must answer exactly as comparing the value with every member under the collation. */

type Member = string | number | boolean;
const equal = (a: Member, b: Member) =>
  typeof a === 'number' && typeof b === 'number'
    ? a === b
    : typeof a === 'boolean' && typeof b === 'boolean'
      ? a === b
      : compareStrings(String(a), String(b)) === 0;

const VALUES: readonly Member[] = [
  'ana@contoso.com',
  'ANA@Contoso.com',
  'café',
  'CAFE',
  'Straße',
  'strasse',
  'o’brien',
  "O'Brien",
  '',
  ' ',
  'a\tb',
  '1',
  1,
  0,
  -0,
  2.5,
  true,
  false,
];

test.each([
  ['text only', VALUES.filter((v) => typeof v === 'string')],
  ['printable ASCII text only', ['ana@contoso.com', "O'Brien", '1', '']],
  ['numbers only', [1, 0, 2.5]],
  ['booleans only', [true]],
  ['every kind mixed', VALUES],
])('%s: the same answer as comparing with each member, for every value', (_, list) => {
  const test = memberTest(list, equal);
  const disagreements = VALUES.filter((v) => test(v) !== list.some((m) => equal(v, m)));
  expect(disagreements).toEqual([]);
});

test('a list of 1,000 addresses finds members in any case and nothing else', () => {
  const list = Array.from({ length: 1000 }, (_, i) => `person.${i}@contoso.com`);
  const test = memberTest(list, equal);
  expect(test('PERSON.999@CONTOSO.COM')).toBe(true);
  expect(test('person.1000@contoso.com')).toBe(false);
});
