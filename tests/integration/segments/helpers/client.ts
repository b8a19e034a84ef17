import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataverseClient, loadDataverseConfig } from '../../../../dataverse';
import type { Emulator } from '../../../../emulator';
import { entityDefinitionsMetadata, parseSegmentJson, type SegmentDefinition } from '../../../../plugins/segments';

/** A Dataverse client for the emulator (loopback: no credentials). */
export function clientFor(emu: Emulator): DataverseClient {
  return DataverseClient.fromConfig(loadDataverseConfig({ DATAVERSE_URL: emu.url }));
}

export const SEGMENTS_FOLDER = path.resolve(__dirname, '../../../../segments');

/** A segment file from segments/, checked against the table definitions this server serves, as the runner does. */
export async function segmentFile(client: DataverseClient, name: string): Promise<SegmentDefinition> {
  const metadata = await entityDefinitionsMetadata(client);
  return parseSegmentJson(readFileSync(path.join(SEGMENTS_FOLDER, name), 'utf8'), metadata);
}
