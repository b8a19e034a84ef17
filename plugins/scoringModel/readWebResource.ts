import { odataString, type DataverseClient } from '../../dataverse';
import { WEB_RESOURCE } from '../../schema/names';
import { decodeWebResourceContent } from './webResourceContent';

export interface StoredWebResource {
  readonly id: string;
  readonly name: string;
  readonly type: number | null;
  /** The published content as text; empty when the web resource has none. */
  readonly text: string;
}

/** The web resource with this name as it is published (a plain read returns the published content), or undefined. */
export async function readWebResource(client: DataverseClient, name: string): Promise<StoredWebResource | undefined> {
  const [row] = await client.queryAll(WEB_RESOURCE.set, {
    select: [WEB_RESOURCE.id, WEB_RESOURCE.name, WEB_RESOURCE.type, WEB_RESOURCE.content],
    filter: `${WEB_RESOURCE.name} eq ${odataString(name)}`,
  });
  if (!row) return undefined;
  const content = row[WEB_RESOURCE.content];
  const type = row[WEB_RESOURCE.type];
  return {
    id: String(row[WEB_RESOURCE.id]),
    name: String(row[WEB_RESOURCE.name]),
    type: typeof type === 'number' ? type : null,
    text: typeof content === 'string' ? decodeWebResourceContent(content) : '',
  };
}
