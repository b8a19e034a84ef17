import { Emulator } from '../../../emulator';
import { DataverseClient } from '../../../dataverse';
import { LEADLINK_CUSTOMIZATIONS } from '../../../schema/customizations';

/** An empty emulator with LeadLink's tables, and an admin client on it. */
export async function startEmulator(): Promise<{ emulator: Emulator; client: DataverseClient }> {
  const emulator = await new Emulator({ seed: 'empty', customizations: LEADLINK_CUSTOMIZATIONS }).start();
  const client = DataverseClient.fromConfig({ url: emulator.url, authorityHost: '', credentials: { kind: 'none' } });
  return { emulator, client };
}

/** The registration rows as the emulator holds them, read from its store (not through the code under test). */
export function registrationRows(emulator: Emulator) {
  return {
    endpoints: [...emulator.store.rows('serviceendpoint')],
    steps: [...emulator.store.rows('sdkmessageprocessingstep')],
    images: [...emulator.store.rows('sdkmessageprocessingstepimage')],
  };
}

/** Requests that changed something since a mark. */
export function writesSince(emulator: Emulator, mark: number) {
  return emulator.log.entries(mark).filter((e) => e.method !== 'GET');
}
