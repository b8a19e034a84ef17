import { tokenize } from '../../../emulator/odata';
import { DataverseFault } from '../../../emulator/errors/DataverseFault';

function kinds(text: string): string[] {
  return tokenize(text).map((t) => `${t.kind}:${t.text}`);
}

function faultOf(fn: () => unknown): DataverseFault {
  try {
    fn();
  } catch (error) {
    if (error instanceof DataverseFault) return error;
    throw error;
  }
  throw new Error('expected a DataverseFault');
}

describe('tokenize', () => {
  it('reads a string literal with a doubled quote as one token holding one quote', () => {
    const [name, op, literal] = tokenize("lastname eq 'O''Brien'");
    expect(name).toMatchObject({ kind: 'identifier', text: 'lastname', pos: 0 });
    expect(op).toMatchObject({ kind: 'identifier', text: 'eq', pos: 9 });
    expect(literal).toMatchObject({ kind: 'string', value: "O'Brien", pos: 12 });
  });

  it('tells GUIDs, date-times, dates and numbers apart', () => {
    expect(kinds('a eq 6d81597f-0000-4000-8000-00000000000a')).toEqual([
      'identifier:a',
      'identifier:eq',
      'guid:6d81597f-0000-4000-8000-00000000000a',
      'end:',
    ]);
    expect(kinds('createdon ge 2024-01-01T00:00:00Z')[2]).toBe('datetime:2024-01-01T00:00:00Z');
    expect(kinds('createdon ge 2024-01-01T08:30:00.123+02:00')[2]).toBe('datetime:2024-01-01T08:30:00.123+02:00');
    expect(kinds('createdon ge 2024-01-01')[2]).toBe('date:2024-01-01');
    expect(kinds('revenue gt -12.5')[2]).toBe('number:-12.5');
    expect(kinds('revenue gt 12')[2]).toBe('number:12');
  });

  it('treats a GUID that starts with letters as a GUID, not a name', () => {
    expect(kinds('_parentcontactid_value eq deadbeef-0000-4000-8000-000000000001')[2]).toBe(
      'guid:deadbeef-0000-4000-8000-000000000001',
    );
  });

  it('reads qualified function names, aliases, punctuation and bracketed arrays', () => {
    expect(kinds('Microsoft.Dynamics.CRM.In(PropertyName=@p1,PropertyValues=["a","O\'Brien"])')).toEqual([
      'identifier:Microsoft.Dynamics.CRM.In',
      'openParen:(',
      'identifier:PropertyName',
      'equals:=',
      'alias:@p1',
      'comma:,',
      'identifier:PropertyValues',
      'equals:=',
      'array:["a","O\'Brien"]',
      'closeParen:)',
      'end:',
    ]);
    expect(kinds("lead_parent_contact/any(l:l/subject eq 'x')").slice(0, 6)).toEqual([
      'identifier:lead_parent_contact',
      'slash:/',
      'identifier:any',
      'openParen:(',
      'identifier:l',
      'colon::',
    ]);
  });

  it("reports Dataverse's documented error for an unescaped quote", () => {
    const fault = faultOf(() => tokenize("lastname eq 'O'Bryan'"));
    expect(fault.status).toBe(400);
    expect(fault.message).toBe("There is an unterminated literal at position 21 in 'lastname eq 'O'Bryan''.");
  });

  it('names the character and position of an invalid character', () => {
    expect(faultOf(() => tokenize('name eq #1')).message).toBe(
      "Syntax error: character '#' is not valid at position 8 in 'name eq #1'.",
    );
  });

  it('rejects an array that is never closed', () => {
    expect(faultOf(() => tokenize("x eq ['a'")).message).toBe(
      'Invalid JSON. Unexpected end of input was found in JSON content. Not all object and array scopes were closed.',
    );
  });
});
