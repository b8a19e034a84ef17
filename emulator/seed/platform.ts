import { v5 as uuidv5 } from 'uuid';
import type { EmulatorContext } from '../http/context';
import { STANDARD_MESSAGES } from '../metadata/standardMessages';
import { createRow } from '../writes/RowWriter';
import { seedPrivileges } from './privileges';
import type { StoredValue } from '../store/values';

/** A namespace for the emulator's deterministic ids (UUID v5), so every start has the same platform rows. */
const EMULATOR_NAMESPACE = '3c8a1f6e-0c1e-4f0e-9a57-6f1d2b7c4e10';

export function emulatorId(name: string): string {
  return uuidv5(name, EMULATOR_NAMESPACE);
}

export const PLATFORM_IDS = {
  organization: emulatorId('organization'),
  businessUnit: emulatorId('businessunit'),
  /** The application user every request runs as unless its token says otherwise. */
  integrationUser: emulatorId('systemuser:integration'),
  salesUser: emulatorId('systemuser:sales'),
} as const;

/** Messages a webhook step can be registered for on every table. */
const FILTERED_MESSAGES = ['Create', 'Update', 'Delete'];
const BULK_MESSAGES = ['CreateMultiple', 'UpdateMultiple'];
/**
 * Messages of some tables only: QualifyLead on lead (QualifyLead action, bound to lead), Merge on the tables it
 * merges (Merge action: account and contact; lead and incident where Sales and Service are installed).
 */
const TABLE_MESSAGES: Readonly<Record<string, readonly string[]>> = {
  QualifyLead: ['lead'],
  Merge: ['account', 'contact', 'lead'],
};

/**
 * The rows every Dataverse environment has before anyone customizes it: users, the SDK messages and, per table,
 * the message filters that step registration looks up, and the tables' privileges.
 */
export function seedPlatform(ctx: EmulatorContext): void {
  const write = { catalog: ctx.catalog, store: ctx.store, userId: PLATFORM_IDS.integrationUser, now: ctx.now };
  const insert = (table: string, id: string, values: Record<string, StoredValue>) =>
    createRow(write, ctx.catalog.table(table), { values, collectionBinds: [] }, id);
  // The integration user must exist before rows can name it as owner.
  ctx.store.insert('systemuser', PLATFORM_IDS.integrationUser, {
    systemuserid: PLATFORM_IDS.integrationUser,
    fullname: 'LeadLink Integration',
    firstname: 'LeadLink',
    lastname: 'Integration',
    domainname: 'leadlink-integration@emulator.local',
    internalemailaddress: 'leadlink-integration@emulator.local',
  });
  insert('systemuser', PLATFORM_IDS.salesUser, {
    firstname: 'Alex',
    lastname: 'Wilber',
    domainname: 'alex.wilber@emulator.local',
    internalemailaddress: 'alex.wilber@emulator.local',
  });
  for (const message of STANDARD_MESSAGES) insert('sdkmessage', message.id, { name: message.name });
  for (const name of [...FILTERED_MESSAGES, ...BULK_MESSAGES, ...Object.keys(TABLE_MESSAGES)]) {
    const message = STANDARD_MESSAGES.find((m) => m.name === name);
    if (!message) continue;
    for (const table of ctx.catalog.tables()) {
      const only = TABLE_MESSAGES[name];
      if (only !== undefined && !only.includes(table.logicalName)) continue;
      // Clients detect bulk-message support by looking for the message's filter on the table ("Use bulk operation messages").
      if (BULK_MESSAGES.includes(name) && !table.supportsMultiple) continue;
      insert('sdkmessagefilter', emulatorId(`sdkmessagefilter:${name}:${table.logicalName}`), {
        primaryobjecttypecode: table.logicalName,
        sdkmessageid: { id: message.id, logicalName: 'sdkmessage' },
      });
    }
  }
  seedPrivileges(ctx);
}
