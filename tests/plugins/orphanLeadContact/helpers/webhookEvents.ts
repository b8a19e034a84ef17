/**
 * Webhook events for plug-in unit tests, written by the emulator's serializer (held to Microsoft's docs sample) and
 * read by the production parser: what a plug-in sees is exactly what it would get over HTTP.
 */
import { parseRemoteExecutionContext, type RemoteExecutionContext } from '../../../../dataverse/webhook';
import { MICROSOFT_TABLES } from '../../../../emulator/metadata/tables';
import { buildRemoteExecutionContext } from '../../../../emulator/webhooks/remoteExecutionContext';
import type { WebhookRow } from '../../../../emulator/webhooks/webhookRow';

export const IDS = {
  lead: '2bc713ab-f924-4501-a815-b2abae5e5110',
  contact: 'cccccccc-0000-4000-8000-000000000001',
  opportunity: 'dddddddd-0000-4000-8000-000000000001',
  user: '75c2dd85-e89e-e711-8122-000d3aa2331c',
  step: '0b7f9f0e-3c51-4a8e-9d35-6a0c1e2b4f02',
} as const;

export interface EventSpec {
  readonly message: 'Create' | 'Update';
  readonly table?: string;
  readonly recordId?: string;
  readonly target: WebhookRow;
  readonly postImages?: Readonly<Record<string, WebhookRow>>;
  readonly sizeExceeded?: boolean;
}

export function webhookEvent(spec: EventSpec): RemoteExecutionContext {
  const tableName = spec.table ?? 'lead';
  const table = MICROSOFT_TABLES.find((t) => t.logicalName === tableName);
  if (!table) throw new Error(`No table ${tableName}`);
  const body = buildRemoteExecutionContext({
    message: spec.message,
    table: tableName,
    recordId: spec.recordId ?? IDS.lead,
    columns: table.columns,
    primaryIdAttribute: table.primaryIdAttribute,
    primaryNameAttribute: table.primaryNameAttribute,
    target: spec.target,
    postImages: spec.postImages ?? {},
    correlationId: '9d4c7524-a578-4783-b608-73f7b0b68fd2',
    userId: IDS.user,
    organizationId: '4ef5b371-e89e-e711-8122-000d3aa2331c',
    organizationName: 'test',
    businessUnitId: 'e2b9dd85-e89e-e711-8122-000d3aa2331c',
    operationId: '4af10637-4ea2-e711-8122-000d3aa2331c',
    operationCreatedOn: new Date('2026-01-01T00:00:00Z'),
    stepId: IDS.step,
    sizeExceeded: spec.sizeExceeded ?? false,
  });
  return parseRemoteExecutionContext(body, spec.sizeExceeded ? { 'x-ms-dynamics-msg-size-exceeded': 'true' } : {});
}

export const contactRef = (id: string = IDS.contact) => ({ id, logicalName: 'contact' });
