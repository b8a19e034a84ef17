import { parseDataContractDate } from '../../../dataverse/webhook/parseDataContractDate';

test.each([
  ['/Date(1506384247000)/', 1506384247000, 0],
  ['/Date(1506409448000-0700)/', 1506409448000, -420],
  ['/Date(1724647396000+0300)/', 1724647396000, 180],
  ['/Date(1608007658000+0000)/', 1608007658000, 0],
  ['/Date(1506409448000+0530)/', 1506409448000, 330],
  ['/Date(-86400000)/', -86400000, 0],
])('%s', (text, epochMs, offsetMinutes) => {
  expect(parseDataContractDate(text)).toEqual({ epochMs, offsetMinutes });
});

test.each(['Date(1506384247000)', '/Date()/', '/Date(12a)/', '/Date(1+07)/', '2017-09-26T00:04:07Z', ' /Date(1)/'])(
  '%s is not a DataContract date',
  (text) => {
    expect(parseDataContractDate(text)).toBeUndefined();
  },
);
