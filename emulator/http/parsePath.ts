import { fault } from '../errors/faults';
import { normalizeGuid } from '../writes/guid';

/** What a Web API path addresses. */
export type Route =
  | { readonly kind: 'collection'; readonly entitySet: string }
  | { readonly kind: 'entity'; readonly entitySet: string; readonly key: EntityKey; readonly property?: string }
  | { readonly kind: 'boundAction'; readonly entitySet: string; readonly action: string }
  | { readonly kind: 'unbound'; readonly name: string }
  | { readonly kind: 'batch' };

/** A key predicate: a GUID, or alternate-key column values (`leadlink_sourceid='abc'`). */
export type EntityKey = { readonly id: string } | { readonly alternate: Readonly<Record<string, string | number>> };

const NAMESPACE = 'Microsoft.Dynamics.CRM.';

/** Splits `leads(<id>)/parentcontactid`, `contacts/Microsoft.Dynamics.CRM.CreateMultiple`, `$batch`, `WhoAmI`, … */
export function parsePath(path: string): Route {
  const clean = path.replace(/^\/+|\/+$/g, '');
  if (clean === '$batch') return { kind: 'batch' };
  const slash = topLevelSlash(clean);
  const head = slash < 0 ? clean : clean.slice(0, slash);
  const rest = slash < 0 ? undefined : clean.slice(slash + 1);
  // Unbound functions and actions are PascalCase (WhoAmI, WhoAmI()); entity sets are lower case.
  if (rest === undefined && /^(Microsoft\.Dynamics\.CRM\.)?[A-Z][A-Za-z0-9]*(\(\))?$/.test(head)) {
    return { kind: 'unbound', name: head.replace(NAMESPACE, '').replace(/\(\)$/, '') };
  }
  const keyed = /^([A-Za-z_][A-Za-z0-9_]*)\((.*)\)$/.exec(head);
  if (keyed) {
    const [, entitySet = '', keyText = ''] = keyed;
    return { kind: 'entity', entitySet, key: parseKey(keyText), ...(rest ? { property: rest } : {}) };
  }
  if (rest?.startsWith(NAMESPACE))
    return { kind: 'boundAction', entitySet: head, action: rest.slice(NAMESPACE.length) };
  if (rest !== undefined) throw fault.resourceNotFound(rest);
  if (/^[A-Z]/.test(head) || head.startsWith(NAMESPACE)) {
    return { kind: 'unbound', name: head.replace(NAMESPACE, '').replace(/\(\)$/, '') };
  }
  return { kind: 'collection', entitySet: head };
}

function topLevelSlash(text: string): number {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0 && c === '/') return i;
  }
  return -1;
}

function parseKey(text: string): EntityKey {
  const id = normalizeGuid(text.trim());
  if (id) return { id };
  const alternate: Record<string, string | number> = {};
  for (const part of text.split(/,(?=(?:[^']*'[^']*')*[^']*$)/)) {
    const eq = part.indexOf('=');
    if (eq < 0)
      throw fault.badRequest(`Bad Request - Error in query syntax: the key '${text}' is not a GUID or alternate key.`);
    const name = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    if (/^'.*'$/s.test(raw)) alternate[name] = raw.slice(1, -1).replace(/''/g, "'");
    else if (/^-?\d+(\.\d+)?$/.test(raw)) alternate[name] = Number(raw);
    else throw fault.badRequest(`Bad Request - Error in query syntax: the key value '${raw}' is not a literal.`);
  }
  return { alternate };
}
