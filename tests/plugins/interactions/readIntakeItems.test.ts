import { IntakeRequestError, readIntakeItems } from '../../../plugins/interactions';

describe('readIntakeItems', () => {
  it('reads {"interactions": [...]} and a bare list', () => {
    expect(readIntakeItems('{"interactions": [{"a": 1}, 2]}')).toEqual([{ a: 1 }, 2]);
    expect(readIntakeItems('[{"a": 1}]')).toEqual([{ a: 1 }]);
  });

  it.each([
    ['', 'The request has no body; send {"interactions": [ … ]} as JSON.'],
    ['{"interactions": [', 'The request body is not valid JSON.'],
    ['{"a" 1}', 'The request body is not valid JSON (stopped at character 5).'],
    ['\u001f\u008b\u0008\u0000binary', 'The request body is not valid JSON.'],
    ['"interactions"', 'The request body must be {"interactions": [ … ]}: a JSON object with an "interactions" list.'],
    [
      '{"interactions": {}}',
      'The request body must be {"interactions": [ … ]}: a JSON object with an "interactions" list.',
    ],
    ['{"interactions": []}', 'The "interactions" list is empty.'],
    [
      JSON.stringify({ interactions: new Array(1001).fill({}) }),
      'The "interactions" list has 1001 items; send at most 1000 a call.',
    ],
  ])('refuses %#: a request it cannot use, naming the problem', (body, message) => {
    expect(() => readIntakeItems(body)).toThrow(IntakeRequestError);
    expect(() => readIntakeItems(body)).toThrow(message);
  });

  it('takes exactly 1,000 items', () => {
    expect(readIntakeItems(JSON.stringify({ interactions: new Array(1000).fill({}) }))).toHaveLength(1000);
  });
});
