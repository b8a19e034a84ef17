import type { DataverseClient } from '../../dataverse';
import { inFilter } from '../../dataverse';
import { largeContactEmail, largeContactHasEmail, largeId } from '../../emulator/seed/large';
import { INTERACTION } from '../../schema/leadlink';
import { CONTACT, LEAD } from '../../schema/names';

/** One request (or $batch) a Dataverse client sends, timed against emulators of several sizes. */
export interface Operation {
  readonly name: string;
  run(client: DataverseClient): Promise<void>;
}

/** Interactions the bench adds (seed/large.ts makes none): one per lead, each with its alternate key. */
export const interactionKey = (i: number) => `bench-${i}`;

const IN_VALUES = 1000;
const BATCH_PARTS = 100;

/**
 * The look-ups the issue names, each addressing rows spread over the table: a key read, a write by key, a lookup
 * filter (`_x_value eq`), an `In` over 1,000 e-mail addresses (sent in a $batch, as the sweep sends it, since the URL
 * is too long for a query string), a read by alternate key, and a $batch of 100 reads by id.
 */
export function operations(size: number): Operation[] {
  const spread = (k: number, of: number) => Math.floor((k * size) / of);
  const emails = Array.from({ length: IN_VALUES }, (_, k) => k).map((k) =>
    largeContactEmail(withEmail(spread(k, IN_VALUES))),
  );
  let writes = 0;
  return [
    {
      name: 'key read: GET contacts(id)',
      run: async (client) =>
        void (await client.retrieve(CONTACT.set, largeId(CONTACT.table, spread(1, 3)), { select: [CONTACT.fullName] })),
    },
    {
      name: 'write by key: PATCH leads(id)',
      run: (client) =>
        client.update(LEAD.set, largeId(LEAD.table, spread(2, 3)), { [LEAD.subject]: `Topic ${++writes}` }),
    },
    {
      name: 'lookup filter: _parentcontactid_value eq',
      run: async (client) => {
        await client.queryAll(LEAD.set, {
          select: [LEAD.subject],
          filter: `${LEAD.parentContactValue} eq ${largeId(CONTACT.table, 0)}`,
        });
      },
    },
    {
      name: `In over ${IN_VALUES.toLocaleString('en-US')} e-mails (one $batch GET)`,
      run: async (client) => {
        const url = `${CONTACT.set}?$select=${CONTACT.id}&$filter=${encodeURIComponent(inFilter(CONTACT.email, emails))}`;
        await expectOk(client.batch([{ method: 'GET', url }]));
      },
    },
    {
      name: 'alternate key: GET interactions(sourceid=…)',
      run: async (client) =>
        void (await client.retrieve(
          INTERACTION.entitySet,
          { [INTERACTION.sourceId]: interactionKey(spread(1, 2)) },
          { select: [INTERACTION.name] },
        )),
    },
    {
      name: `$batch of ${BATCH_PARTS} GETs by id`,
      run: async (client) => {
        const parts = Array.from({ length: BATCH_PARTS }, (_, k) => ({
          method: 'GET' as const,
          url: `${LEAD.set}(${largeId(LEAD.table, spread(k, BATCH_PARTS))})?$select=${LEAD.subject}`,
        }));
        await expectOk(client.batch(parts));
      },
    },
  ];
}

/** A contact with an e-mail address: the i-th, or the next one. */
function withEmail(i: number): number {
  return largeContactHasEmail(i) ? i : i + 1;
}

async function expectOk(results: Promise<readonly { status?: number; body: string }[]>): Promise<void> {
  for (const result of await results) {
    if (result.status !== 200) throw new Error(`A $batch part answered ${result.status}: ${result.body.slice(0, 200)}`);
  }
}
