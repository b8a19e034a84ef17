import type { EmulatorContext } from '../http/context';
import type { StoredValue } from '../store/values';
import { createRow } from '../writes/RowWriter';
import { DEMO_ACCOUNTS, DEMO_CONTACTS, DEMO_LEADS } from './demoData';
import { seedDemoInteractions } from './demoInteractions';
import { emulatorId, PLATFORM_IDS } from './platform';

const DAY_MS = 86_400_000;

/** Loads the demo environment. Rows are written through the same rules as Web API writes. */
export function seedDemo(ctx: EmulatorContext): void {
  const now = ctx.now().getTime();
  const write = (daysAgo: number) => ({
    catalog: ctx.catalog,
    store: ctx.store,
    userId: PLATFORM_IDS.salesUser,
    now: () => new Date(now - daysAgo * DAY_MS),
  });
  const insert = (table: string, key: string, values: Record<string, StoredValue>, daysAgo = 30) =>
    createRow(write(daysAgo), ctx.catalog.table(table), { values, collectionBinds: [] }, emulatorId(`${table}:${key}`));
  const ref = (table: string, key: string) => ({ id: emulatorId(`${table}:${key}`), logicalName: table });

  for (const a of DEMO_ACCOUNTS) {
    const { key, ...values } = a;
    insert('account', key, { ...values });
  }
  for (const c of DEMO_CONTACTS) {
    const { key, email, account, inactive, ...rest } = c;
    insert('contact', key, {
      ...rest,
      emailaddress1: email,
      ...(account ? { parentcustomerid: ref('account', account) } : {}),
      ...(inactive ? { statecode: 1, statuscode: 2 } : {}),
    });
  }
  for (const l of DEMO_LEADS) {
    const { key, email, contact, account, daysAgo, ...rest } = l;
    insert(
      'lead',
      key,
      {
        ...rest,
        ...(email ? { emailaddress1: email } : {}),
        ...(contact ? { parentcontactid: ref('contact', contact) } : {}),
        ...(account ? { parentaccountid: ref('account', account) } : {}),
      },
      daysAgo,
    );
  }
  seedDemoInteractions(ctx);
}
