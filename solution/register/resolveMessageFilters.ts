import type { DataverseClient } from '../../dataverse';
import { odataString } from '../../dataverse';
import { RegistrationError } from '../errors/RegistrationError';
import { SDK_MESSAGE, SDK_MESSAGE_FILTER } from '../webhook/registrationNames';
import type { WebhookStep } from '../webhook/webhookSteps';

export interface MessageFilter {
  readonly messageId: string;
  readonly filterId: string;
}

/** `<message>|<table>` → the sdkmessage and sdkmessagefilter a step on that event binds to. */
export type MessageFilters = ReadonlyMap<string, MessageFilter>;

export function eventKey(step: Pick<WebhookStep, 'message' | 'table'>): string {
  return `${step.message}|${step.table}`;
}

/**
 * Looks up each step's sdkmessage by name and its sdkmessagefilter by table and message, before anything is written,
 * so a table that does not exist (the LeadLink solution not imported yet) stops the run with nothing half done
 * (https://learn.microsoft.com/power-apps/developer/data-platform/register-web-hook#query-for-registered-webhooks).
 */
export async function resolveMessageFilters(
  client: DataverseClient,
  steps: readonly WebhookStep[],
): Promise<MessageFilters> {
  const messageIds = new Map<string, string>();
  for (const message of new Set(steps.map((s) => s.message))) {
    const rows = await client.queryAll(SDK_MESSAGE.set, {
      select: [SDK_MESSAGE.id],
      filter: `${SDK_MESSAGE.name} eq ${odataString(message)}`,
    });
    const id = rows[0]?.[SDK_MESSAGE.id];
    if (rows.length !== 1 || typeof id !== 'string') {
      throw new RegistrationError(
        `Dataverse has ${rows.length} sdkmessage rows named '${message}'; expected exactly one.`,
      );
    }
    messageIds.set(message, id);
  }
  const out = new Map<string, MessageFilter>();
  for (const step of steps) {
    const key = eventKey(step);
    if (out.has(key)) continue;
    const messageId = messageIds.get(step.message) as string;
    const rows = await client.queryAll(SDK_MESSAGE_FILTER.set, {
      select: [SDK_MESSAGE_FILTER.id],
      filter: `${SDK_MESSAGE_FILTER.table} eq ${odataString(step.table)} and ${SDK_MESSAGE_FILTER.messageValue} eq ${messageId}`,
    });
    const filterId = rows[0]?.[SDK_MESSAGE_FILTER.id];
    if (typeof filterId !== 'string') {
      throw new RegistrationError(
        `Dataverse has no sdkmessagefilter for ${step.message} of '${step.table}' (needed by plug-in '${step.plugin}'): the table does not exist or does not support the message. Import the LeadLink solution first.`,
      );
    }
    out.set(key, { messageId, filterId });
  }
  return out;
}
