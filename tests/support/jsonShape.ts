/**
 * The shape of a JSON text as written, to hold a fixture to the real body it mirrors: member names and their order,
 * array lengths, `__type` strings exactly as written (escaped slashes or not), and for every other value its form —
 * a `/Date(ms)/` or `/Date(ms±hhmm)/` (and whether its slashes are escaped), a GUID (and its case), an ISO date, text
 * (and which escapes it uses), a whole or decimal number (and its digits after the point), true, false or null.
 * Values themselves are not part of the shape.
 */
export type JsonShape =
  string | { readonly array: readonly JsonShape[] } | { readonly object: readonly [string, JsonShape][] };

const TOKEN = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|[{}[\]:,]|\s+/gy;

function tokens(text: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  for (let at = 0; at < text.length;) {
    const match = TOKEN.exec(text);
    if (!match) throw new Error(`not JSON at character ${at}: ${text.slice(at, at + 20)}`);
    at = TOKEN.lastIndex;
    if (!/^\s+$/.test(match[0])) out.push(match[0]);
  }
  return out;
}

const DATE = /^(\\?\/)Date\(-?\d+([+-]\d{4})?\)\\?\/$/;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const ISO_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/** The form of a string value, from its raw text between the quotes. */
function stringForm(raw: string): string {
  const date = DATE.exec(raw);
  if (date) return `date ${date[1] === '\\/' ? 'escaped' : 'plain'} ${date[2] ? 'ms+offset' : 'ms'}`;
  if (GUID.test(raw))
    return raw === raw.toLowerCase() ? 'guid lower' : raw === raw.toUpperCase() ? 'guid upper' : 'guid mixed';
  if (ISO_DATE.test(raw)) return 'iso date';
  if (raw === '') return 'empty text';
  const escapes = [
    ...new Set([...raw.matchAll(/\\(u[0-9a-fA-F]{4}|.)/g)].map((m) => `\\${m[1]?.startsWith('u') ? 'u' : m[1]}`)),
  ].sort();
  const nonAscii = /[^\x20-\x7e]/.test(raw) ? ' non-ascii' : '';
  return `text${escapes.length > 0 ? ` ${escapes.join(' ')}` : ''}${nonAscii}`;
}

function numberForm(raw: string): string {
  if (/[eE]/.test(raw)) return 'number exponent';
  const decimals = raw.split('.')[1];
  return decimals === undefined ? 'number whole' : `number ${decimals.length} decimals`;
}

/** The shape of a JSON text (see above). */
export function jsonShape(text: string): JsonShape {
  const list = tokens(text.replace(/^\uFEFF/, ''));
  let at = 0;
  const next = () => {
    const token = list[at++];
    if (token === undefined) throw new Error('the JSON ends early');
    return token;
  };
  const value = (key?: string): JsonShape => {
    const token = next();
    if (token === '{') {
      const members: [string, JsonShape][] = [];
      while (list[at] !== '}') {
        const name = JSON.parse(next()) as string;
        if (next() !== ':') throw new Error(`no ':' after "${name}"`);
        members.push([name, value(name)]);
        if (list[at] === ',') at++;
      }
      at++;
      return { object: members };
    }
    if (token === '[') {
      const items: JsonShape[] = [];
      while (list[at] !== ']') {
        items.push(value());
        if (list[at] === ',') at++;
      }
      at++;
      return { array: items };
    }
    if (token.startsWith('"')) {
      const raw = token.slice(1, -1);
      return key === '__type' ? `__type ${raw}` : stringForm(raw);
    }
    if (token === 'true' || token === 'false' || token === 'null') return token;
    return numberForm(token);
  };
  const shape = value();
  if (at !== list.length) throw new Error('text after the JSON value');
  return shape;
}

/** Where two shapes first differ (a path and both forms), or undefined when they are the same. */
export function shapeDifference(ours: JsonShape, theirs: JsonShape, path = '$'): string | undefined {
  if (typeof ours === 'string' || typeof theirs === 'string') {
    return ours === theirs ? undefined : `${path}: ${describe(ours)} where the capture has ${describe(theirs)}`;
  }
  if ('array' in ours && 'array' in theirs) {
    if (ours.array.length !== theirs.array.length)
      return `${path}: ${ours.array.length} items where the capture has ${theirs.array.length}`;
    for (let i = 0; i < ours.array.length; i++) {
      const found = shapeDifference(ours.array[i] as JsonShape, theirs.array[i] as JsonShape, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if ('object' in ours && 'object' in theirs) {
    const names = (s: typeof ours.object) => s.map(([name]) => name).join(', ');
    if (names(ours.object) !== names(theirs.object))
      return `${path}: members ${names(ours.object)} where the capture has ${names(theirs.object)}`;
    for (let i = 0; i < ours.object.length; i++) {
      const [name, shape] = ours.object[i] as [string, JsonShape];
      const found = shapeDifference(shape, (theirs.object[i] as [string, JsonShape])[1], `${path}.${name}`);
      if (found) return found;
    }
    return undefined;
  }
  return `${path}: ${describe(ours)} where the capture has ${describe(theirs)}`;
}

function describe(shape: JsonShape): string {
  if (typeof shape === 'string') return shape;
  return 'array' in shape ? 'an array' : 'an object';
}
