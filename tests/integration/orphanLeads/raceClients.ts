/**
 * Clients that stage races for the orphan-lead plug-in against the emulator over HTTP: "what someone else did" runs
 * between the plug-in's read and its write, or every party reads before anyone writes. The code under test runs as
 * the integration user (`client`); the test's own reads and writes go through `other`, as the sales user, so the
 * emulator's log tells them apart.
 */
import { DataverseClient, loadDataverseConfig, type BatchItem } from '../../../dataverse';
import { Emulator, PLATFORM_IDS } from '../../../emulator';
import type { OrphanLeadClient } from '../../../plugins/orphanLeadContact/OrphanLeadClient';
import { LEADLINK_CUSTOMIZATIONS } from '../../../schema/customizations';
import { tokenFor } from './harness';

export interface RaceWorld {
  readonly emulator: Emulator;
  /** The plug-in's client (the integration user). */
  readonly client: DataverseClient;
  /** Someone else: the sales user. */
  readonly other: DataverseClient;
  stop(): Promise<void>;
}

export async function startRaceWorld(): Promise<RaceWorld> {
  const emulator = await new Emulator({ seed: 'empty', customizations: LEADLINK_CUSTOMIZATIONS }).start();
  const client = DataverseClient.fromConfig(loadDataverseConfig({ DATAVERSE_URL: emulator.url }));
  const token = tokenFor(PLATFORM_IDS.salesUser);
  const other = new DataverseClient({
    url: emulator.url,
    tokenProvider: { description: 'test user', getToken: async () => token },
  });
  return {
    emulator,
    client,
    other,
    async stop() {
      client.close();
      other.close();
      await emulator.stop();
    },
  };
}

const isWrite = (items: readonly BatchItem[]) => items.some((item) => 'changeSet' in item);

/** The client, with `meanwhile` run just before each of its first `times` writes (after the plug-in read the lead). */
export function interleaved(client: DataverseClient, meanwhile: () => Promise<unknown>, times = 1): OrphanLeadClient {
  let done = 0;
  return {
    retrieve: (...args) => client.retrieve(...args),
    queryPages: (...args) => client.queryPages(...args),
    batch: async (items, ...rest) => {
      if (isWrite(items) && done < times) {
        done++;
        await meanwhile();
      }
      return client.batch(items, ...rest);
    },
  };
}

/** Clients whose writes wait until each of `parties` has made its first read: every party reads before anyone writes. */
export function readTogether(client: DataverseClient, parties: number): () => OrphanLeadClient {
  let reads = 0;
  let release!: () => void;
  const allRead = new Promise<void>((resolve) => (release = resolve));
  return () => {
    let read = false;
    return {
      retrieve: (...args) => client.retrieve(...args),
      queryPages: (...args) => client.queryPages(...args),
      batch: async (items, ...rest) => {
        if (isWrite(items)) await allRead;
        const results = await client.batch(items, ...rest);
        if (!isWrite(items) && !read) {
          read = true;
          if (++reads === parties) release();
        }
        return results;
      },
    };
  };
}
