/**
 * The checks that hold the emulator's webhook body to a real one's shape: the same top-level members in the same
 * order, the same members in Target, image, ParentContext and OwningExtension, the same `__type` strings, the same
 * shape at every level, slashes escaped the same way. Run on LeadLink's fixture here, on the real capture in the
 * reference suite.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function member(obj: Json | undefined, ...path: (string | number)[]): Json {
  let at: Json | undefined = obj;
  for (const step of path) {
    if (typeof step === 'number') at = Array.isArray(at) ? at[step] : undefined;
    else at = at !== null && typeof at === 'object' && !Array.isArray(at) ? at[step] : undefined;
    if (at === undefined) throw new Error(`no ${path.join('.')}`);
  }
  return at as Json;
}

export function keysOf(value: Json): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
  return Object.keys(value);
}

function isKeyValue(item: Json): boolean {
  return item !== null && typeof item === 'object' && !Array.isArray(item) && keysOf(item).join() === 'key,value';
}

/**
 * A value's shape: `__type` strings kept as they are, member names in order, `{key,value}` lists by key, other
 * lists by the set of their items' shapes, scalars by kind (GUID and /Date(…)/ text told apart from other text).
 */
function shape(value: Json): unknown {
  if (value === null) return 'null';
  if (typeof value === 'string') {
    if (/^\/Date\(-?\d+([+-]\d{4})?\)\/$/.test(value)) return 'date';
    if (/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/.test(value)) return 'guid';
    return 'text';
  }
  if (typeof value !== 'object') return typeof value;
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isKeyValue)) {
      return value.map((item) => [member(item, 'key'), shape(member(item, 'value'))]);
    }
    return [...new Set(value.map((item) => JSON.stringify(shape(item))))].sort();
  }
  return Object.entries(value).map(([key, v]) => [key, key === '__type' ? v : shape(v)]);
}

function typesIn(value: Json, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => typesIn(v, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '__type' && typeof v === 'string') out.add(v);
      else typesIn(v, out);
    }
  }
  return out;
}

/** Registers the shape tests of the emulator's body (`oursText`) against a body Dataverse sends (`theirsText`). */
export function describeBodyShape(oursText: string, theirsText: string): void {
  const ours = JSON.parse(oursText) as Record<string, Json>;
  const theirs = JSON.parse(theirsText) as Record<string, Json>;

  test('has exactly the 27 top-level members of the real body, in its order', () => {
    expect(keysOf(ours)).toEqual(keysOf(theirs));
    expect(keysOf(ours)).toHaveLength(27);
  });

  test('the Target entity, the image and the ParentContext have the real body’s members', () => {
    const target = (ctx: Json) => member(ctx, 'InputParameters', 0, 'value');
    expect(keysOf(target(ours))).toEqual(keysOf(target(theirs)));
    const primaryName = (ctx: Json) => member(ctx, 'PostEntityImages', 0, 'value');
    expect(keysOf(primaryName(ours))).toEqual(keysOf(primaryName(theirs)));
    expect(keysOf(primaryName(ours))).not.toContain('__type');
    expect(keysOf(member(ours, 'ParentContext'))).toEqual(keysOf(member(theirs, 'ParentContext')));
    expect(keysOf(member(ours, 'OwningExtension'))).toEqual(keysOf(member(theirs, 'OwningExtension')));
  });

  test('uses the same __type strings', () => {
    expect([...typesIn(ours)].sort()).toEqual([...typesIn(theirs)].sort());
  });

  test('has the same shape at every level', () => {
    expect(shape(ours)).toEqual(shape(theirs));
  });

  test('escapes slashes the way Dataverse does', () => {
    expect(oursText).toContain('"__type":"Entity:http:\\/\\/schemas.microsoft.com\\/xrm\\/2011\\/Contracts"');
    expect(oursText.replace(/\\\//g, '')).not.toContain('/');
    expect(theirsText).toContain('http:\\/\\/schemas.microsoft.com');
  });
}
