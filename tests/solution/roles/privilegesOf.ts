/**
 * The Dataverse privileges a recorded Web API exchange needs, by the rules of "How record access is determined"
 * (https://learn.microsoft.com/power-platform/admin/how-record-access-determined): Read to retrieve or query a table
 * (and every table a query joins or expands), Create to create a row (POST, an upsert with If-None-Match: *,
 * CreateMultiple), Write to change one (PATCH, UpdateMultiple), Delete, Append on the row that gets a lookup and
 * AppendTo on the row it points at (`…@odata.bind`), Assign to create a row owned by someone else (`ownerid`).
 * Table definitions (EntityDefinitions) need the customization privileges prvReadEntity and prvReadAttribute.
 */
import type { Exchange } from '../../integration/sweep/helpers/recordingProxy';

/** A table's logical name → the name its privileges carry (its SchemaName; systemuser's are prv…User). */
const PRIVILEGE_NAMES: Readonly<Record<string, string>> = {
  account: 'Account',
  contact: 'Contact',
  environmentvariabledefinition: 'EnvironmentVariableDefinition',
  environmentvariablevalue: 'EnvironmentVariableValue',
  lead: 'Lead',
  leadlink_interaction: 'leadlink_Interaction',
  list: 'List',
  opportunity: 'Opportunity',
  systemuser: 'User',
  // Activities share the Activity privileges (ActivityPointer entity privileges).
  task: 'Activity',
  team: 'Team',
  webresource: 'WebResource',
};

/** Functions any user may call (WhoAmI: "Retrieves the system user ID for the currently logged on user"). */
const FUNCTIONS_WITHOUT_PRIVILEGES = new Set(['WhoAmI']);

export interface TableLookup {
  /** An entity set's table, and the table a navigation property of a table points at. */
  readonly tableOfSet: (entitySet: string) => string | undefined;
  readonly navigationTarget: (table: string, navigation: string) => string | undefined;
}

interface Operation {
  readonly method: string;
  /** Below the service root, with the query. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export function privilegesOf(exchanges: readonly Exchange[], tables: TableLookup): Set<string> {
  const needed = new Set<string>();
  const need = (access: string, table: string) => {
    const name = PRIVILEGE_NAMES[table];
    if (name === undefined) throw new Error(`no privilege name known for table '${table}': add it to PRIVILEGE_NAMES`);
    needed.add(`prv${access}${name}`);
  };
  for (const operation of exchanges.flatMap(operationsOf)) {
    for (const [access, table] of accessOf(operation, tables)) {
      if (access.startsWith('prv')) needed.add(access);
      else need(access, table);
    }
  }
  return needed;
}

function accessOf(operation: Operation, tables: TableLookup): [string, string][] {
  const at = operation.path.indexOf('?');
  const resource = at < 0 ? operation.path : operation.path.slice(0, at);
  const query = at < 0 ? '' : operation.path.slice(at + 1);
  const segment = /^([A-Za-z_]+)(\(([^)]*)\))?(?:\/(.*))?$/.exec(resource);
  if (!segment) throw new Error(`cannot tell what '${resource}' reads or writes: teach privilegesOf`);
  const [, name = '', , key, rest] = segment;
  if (name === 'EntityDefinitions')
    return [
      ['prvReadEntity', ''],
      ['prvReadAttribute', ''],
    ];
  if (FUNCTIONS_WITHOUT_PRIVILEGES.has(name)) return [];
  const table = tables.tableOfSet(name);
  if (table === undefined) throw new Error(`no table has the entity set '${name}'`);
  const access: [string, string][] = [];
  const method = operation.method;
  if (method === 'GET') {
    access.push(['Read', table]);
    for (const joined of joinedTables(table, query, tables)) access.push(['Read', joined]);
    return access;
  }
  if (method === 'DELETE') return [['Delete', table]];
  const action = rest?.replace(/^Microsoft\.Dynamics\.CRM\./, '');
  const json = parse(operation.body);
  if (action === 'CreateMultiple' || action === 'UpdateMultiple' || action === 'UpsertMultiple') {
    const verbs = { CreateMultiple: ['Create'], UpdateMultiple: ['Write'], UpsertMultiple: ['Create', 'Write'] }[
      action
    ];
    for (const verb of verbs) access.push([verb, table]);
    const targets = (json as { Targets?: unknown[] } | undefined)?.Targets ?? [];
    for (const target of targets) access.push(...bindsOf(table, target, tables));
    return access;
  }
  if (action !== undefined) throw new Error(`no privileges known for the action ${action} on ${name}: add them`);
  const creates = method === 'POST' || (key !== undefined && operation.headers['if-none-match'] === '*');
  access.push([creates ? 'Create' : 'Write', table]);
  access.push(...bindsOf(table, json, tables));
  return access;
}

function bindsOf(table: string, record: unknown, tables: TableLookup): [string, string][] {
  if (record === null || typeof record !== 'object') return [];
  const access: [string, string][] = [];
  for (const [property, value] of Object.entries(record)) {
    const bound = /^(.+)@odata\.bind$/.exec(property)?.[1];
    if (bound === undefined || typeof value !== 'string') continue;
    if (bound === 'ownerid') {
      access.push(['Assign', table]);
      continue;
    }
    const target = tables.tableOfSet(/^\/?([A-Za-z_]+)\(/.exec(value)?.[1] ?? '');
    if (target === undefined) throw new Error(`cannot tell the table of ${value}`);
    access.push(['Append', table], ['AppendTo', target]);
  }
  return access;
}

/** Tables a query reads besides its own: `$expand` navigation and FetchXML link-entities. */
function joinedTables(table: string, query: string, tables: TableLookup): string[] {
  // The recording proxy keeps the query decoded, so FetchXML may hold '&': read it by pattern, not as parameters.
  const joined = [...query.matchAll(/<link-entity[^>]*\sname=["']([^"']+)["']/g)].map((match) => match[1] ?? '');
  const expand = /(?:^|&)\$expand=([^&]*)/.exec(query)?.[1];
  if (expand) {
    for (const navigation of topLevel(expand)) {
      const target = tables.navigationTarget(table, navigation);
      if (target === undefined) throw new Error(`cannot tell the table of ${table}.${navigation}`);
      joined.push(target);
    }
  }
  return joined;
}

/** The navigation names of a $expand, without their nested options. */
function topLevel(expand: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of expand) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      names.push(current);
      current = '';
    } else if (depth === 0 && c !== ')') current += c;
  }
  names.push(current);
  return names.map((n) => n.trim()).filter(Boolean);
}

/** An exchange's operations: itself, or for $batch every request inside (change sets included). */
function operationsOf(exchange: Exchange): Operation[] {
  const path = exchange.url.replace(/^.*?\/api\/data\/v9\.2\//, '');
  if (!path.startsWith('$batch')) {
    return [{ method: exchange.method, path, headers: exchange.requestHeaders, body: exchange.requestBody }];
  }
  const operations: Operation[] = [];
  const lines = exchange.requestBody.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const request = /^(GET|POST|PATCH|PUT|DELETE) (\S+) HTTP\/1\.1$/.exec(lines[i] ?? '');
    if (!request) continue;
    const headers: Record<string, string> = {};
    let j = i + 1;
    for (; j < lines.length && lines[j] !== ''; j++) {
      const [name, ...value] = (lines[j] ?? '').split(':');
      headers[(name ?? '').trim().toLowerCase()] = value.join(':').trim();
    }
    const body: string[] = [];
    for (j++; j < lines.length && !(lines[j] ?? '').startsWith('--'); j++) body.push(lines[j] ?? '');
    operations.push({
      method: request[1] ?? '',
      path: decoded((request[2] ?? '').replace(/^.*?\/api\/data\/v9\.2\//, '')),
      headers,
      body: body.join('\n'),
    });
    i = j - 1;
  }
  return operations;
}

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function parse(text: string): unknown {
  try {
    return text.trim() === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}
