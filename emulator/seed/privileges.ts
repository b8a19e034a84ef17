import type { TableDef } from '../../schema/types';
import type { EmulatorContext } from '../http/context';
import { createRow } from '../writes/RowWriter';
import { emulatorId, PLATFORM_IDS } from './platform';

/**
 * The privilege rows every environment has: per table prvCreate…, prvRead…, prvWrite…, prvDelete…, prvAppend…,
 * prvAppendTo…, and for user-owned tables prvAssign… and prvShare…, each with its access right (AccessRights:
 * 1 Read, 2 Write, 4 Append, 16 AppendTo, 32 Create, 65536 Delete, 262144 Share, 524288 Assign,
 * https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.accessrights). A user-owned table's privileges
 * can be granted at any depth, an organization-owned one's only Global. Activities share the Activity privileges
 * (ActivityPointer entity privileges, https://learn.microsoft.com/previous-versions/dynamicscrm-2015/developers-guide/gg328384(v=crm.7)).
 * Real environments give platform privileges fixed ids; the emulator derives its own, as it does for messages.
 */
const ACCESS_RIGHTS = [
  ['Create', 32],
  ['Read', 1],
  ['Write', 2],
  ['Delete', 65536],
  ['Append', 4],
  ['AppendTo', 16],
] as const;
const OWNER_RIGHTS = [
  ['Assign', 524288],
  ['Share', 262144],
] as const;

/** The name a Microsoft table's privileges carry (its schema name, or the shared one). */
const PRIVILEGE_BASE: Readonly<Record<string, string>> = {
  account: 'Account',
  contact: 'Contact',
  lead: 'Lead',
  opportunity: 'Opportunity',
  task: 'Activity',
  list: 'List',
  systemuser: 'User',
  team: 'Team',
  transactioncurrency: 'TransactionCurrency',
  serviceendpoint: 'ServiceEndpoint',
  sdkmessage: 'SdkMessage',
  sdkmessagefilter: 'SdkMessageFilter',
  sdkmessageprocessingstep: 'SdkMessageProcessingStep',
  sdkmessageprocessingstepimage: 'SdkMessageProcessingStepImage',
  environmentvariabledefinition: 'EnvironmentVariableDefinition',
  environmentvariablevalue: 'EnvironmentVariableValue',
  role: 'Role',
  solution: 'Solution',
  asyncoperation: 'AsyncOperation',
  webresource: 'WebResource',
};

/**
 * Customization privileges on metadata that is not a table of rows: reading table and column definitions
 * (EntityDefinitions, Attributes) takes prvReadEntity and prvReadAttribute. Organization-wide only.
 */
const METADATA_PRIVILEGE_BASES = ['Entity', 'Attribute'] as const;

/** A solution's table (a publisher prefix): its privileges carry its name; names compare without case. */
function privilegeBase(table: TableDef): string | undefined {
  return PRIVILEGE_BASE[table.logicalName] ?? (table.logicalName.includes('_') ? table.logicalName : undefined);
}

export function privilegeId(name: string): string {
  return emulatorId(`privilege:${name.toLowerCase()}`);
}

export function seedPrivileges(ctx: EmulatorContext): void {
  const write = { catalog: ctx.catalog, store: ctx.store, userId: PLATFORM_IDS.integrationUser, now: ctx.now };
  const privilegeTable = ctx.catalog.table('privilege');
  const seen = new Set<string>();
  const bases = [
    ...ctx.catalog.tables().map((table) => ({
      base: privilegeBase(table),
      userOwned: table.columns.some((c) => c.name === 'ownerid'),
    })),
    ...METADATA_PRIVILEGE_BASES.map((base) => ({ base, userOwned: false })),
  ];
  for (const { base, userOwned } of bases) {
    if (base === undefined || seen.has(base)) continue;
    seen.add(base);
    for (const [right, accessright] of userOwned ? [...ACCESS_RIGHTS, ...OWNER_RIGHTS] : ACCESS_RIGHTS) {
      const name = `prv${right}${base}`;
      const values = {
        name,
        accessright,
        canbebasic: userOwned,
        canbelocal: userOwned,
        canbedeep: userOwned,
        canbeglobal: true,
      };
      createRow(write, privilegeTable, { values, collectionBinds: [] }, privilegeId(name));
    }
  }
}
