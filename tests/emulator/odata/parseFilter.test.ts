import { parseFilter, parseOrderBy } from '../../../emulator/odata';
import { DataverseFault } from '../../../emulator/errors/DataverseFault';
import type { Syntax } from '../../../emulator/odata/filter/ast';

/** A compact rendering of the tree, to state precedence plainly. */
function show(node: Syntax): string {
  switch (node.kind) {
    case 'literal':
      return 'value' in node.literal ? JSON.stringify(node.literal.value) : 'null';
    case 'path':
      return node.segments.join('/');
    case 'alias':
      return node.name;
    case 'array':
      return JSON.stringify(node.items);
    case 'not':
      return `not(${show(node.operand)})`;
    case 'logical':
      return `${node.op}(${show(node.left)}, ${show(node.right)})`;
    case 'compare':
      return `${node.op}(${show(node.left)}, ${show(node.right)})`;
    case 'call':
      return `${node.name}(${node.args.map(show).join(', ')})`;
    case 'crmCall':
      return `${node.name}(${[...node.params].map(([k, v]) => `${k}=${show(v)}`).join(', ')})`;
    case 'lambda':
      return `${node.source.join('/')}/${node.op}(${node.variable ?? ''}${node.body ? `: ${show(node.body)}` : ''})`;
  }
}

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof DataverseFault) return error.message;
    throw error;
  }
  throw new Error('expected a DataverseFault');
}

describe('parseFilter', () => {
  it('binds and tighter than or', () => {
    expect(show(parseFilter('a eq 1 or b eq 2 and c eq 3'))).toBe('or(eq(a, 1), and(eq(b, 2), eq(c, 3)))');
    expect(show(parseFilter('a eq 1 and b eq 2 or c eq 3'))).toBe('or(and(eq(a, 1), eq(b, 2)), eq(c, 3))');
  });

  it('lets parentheses override precedence', () => {
    expect(show(parseFilter('(a eq 1 or b eq 2) and c eq 3'))).toBe('and(or(eq(a, 1), eq(b, 2)), eq(c, 3))');
  });

  it('binds not tighter than and / or, as ODataLib does', () => {
    expect(show(parseFilter("not contains(name,'x') and a eq 1"))).toBe('and(not(contains(name, "x")), eq(a, 1))');
    expect(show(parseFilter('not (a eq 1 or b eq 2)'))).toBe('not(or(eq(a, 1), eq(b, 2)))');
  });

  it('reads literals: null, booleans, doubled quotes, GUIDs, dates', () => {
    expect(show(parseFilter("lastname eq 'O''Brien'"))).toBe('eq(lastname, "O\'Brien")');
    expect(show(parseFilter('a eq null and b eq true'))).toBe('and(eq(a, null), eq(b, true))');
    const guid = parseFilter('_parentcontactid_value eq 6D81597F-0000-4000-8000-00000000000A');
    expect(guid.kind === 'compare' && guid.right.kind === 'literal' && guid.right.literal).toEqual({
      kind: 'guid',
      value: '6d81597f-0000-4000-8000-00000000000a',
    });
    const date = parseFilter('createdon ge 2024-01-01T00:00:00Z');
    expect(date.kind === 'compare' && date.right.kind === 'literal' && date.right.literal).toMatchObject({
      kind: 'datetime',
      value: Date.UTC(2024, 0, 1),
    });
  });

  it('reads lambdas, paths and Dataverse query functions with named parameters', () => {
    expect(show(parseFilter("lead_parent_contact/any(l:l/subject eq 'X')"))).toBe(
      'lead_parent_contact/any(l: eq(l/subject, "X"))',
    );
    expect(show(parseFilter('lead_parent_contact/any()'))).toBe('lead_parent_contact/any()');
    expect(show(parseFilter("parentcontactid/fullname eq 'Ann'"))).toBe('eq(parentcontactid/fullname, "Ann")');
    expect(show(parseFilter("Microsoft.Dynamics.CRM.In(PropertyName='lastname',PropertyValues=['a','b'])"))).toBe(
      'Microsoft.Dynamics.CRM.In(PropertyName="lastname", PropertyValues=["a","b"])',
    );
    expect(show(parseFilter('Microsoft.Dynamics.CRM.In(PropertyName=@p1,PropertyValues=@p2)'))).toBe(
      'Microsoft.Dynamics.CRM.In(PropertyName=@p1, PropertyValues=@p2)',
    );
  });

  it('names the position of a syntax error', () => {
    expect(message(() => parseFilter("name eqq 'x'"))).toBe("Syntax error at position 5 in 'name eqq 'x''.");
    expect(message(() => parseFilter('a eq'))).toBe("Expression expected at position 4 in 'a eq'.");
    expect(message(() => parseFilter('(a eq 1'))).toBe("')' or operator expected at position 7 in '(a eq 1'.");
    expect(message(() => parseFilter("contains(name 'x')"))).toBe(
      "')' or ',' expected at position 14 in 'contains(name 'x')'.",
    );
    expect(message(() => parseFilter(''))).toBe("Expression expected at position 0 in ''.");
  });

  it("rejects a single-quoted array value holding a quote with ODataLib's JSON error", () => {
    expect(
      message(() => parseFilter("Microsoft.Dynamics.CRM.In(PropertyName='lastname',PropertyValues=['O''Brien'])")),
    ).toBe(
      "Invalid JSON. A comma character ',' was expected in scope 'Array'. Every two elements in an array and properties of an object must be separated by commas.",
    );
  });
});

describe('parseOrderBy', () => {
  it('reads several keys with directions', () => {
    expect(parseOrderBy('createdon desc, lastname ,subject asc')).toEqual([
      { path: ['createdon'], descending: true, pos: 0 },
      { path: ['lastname'], descending: false, pos: 16 },
      { path: ['subject'], descending: false, pos: 26 },
    ]);
  });

  it('rejects a direction it does not know', () => {
    expect(message(() => parseOrderBy('subject up'))).toBe("Syntax error at position 8 in 'subject up'.");
  });
});
