import type { InteractionTypeName } from '../../schema/leadlink';

/**
 * One interaction as the intake endpoint accepts it (JSON, camelCase):
 * `{ "sourceId": "esp-123", "contactId": "<guid>", "leadId": "<guid>", "type": "emailClicked",
 *    "occurredOn": "2026-05-01T10:00:00Z", "subject": "…", "url": "https://…", "campaign": "…" }`.
 * sourceId, contactId, type and occurredOn are required.
 */
export interface InteractionInput {
  /** The sender's id for the event: the alternate key that makes intake idempotent. */
  readonly sourceId: string;
  /** Lower case. */
  readonly contactId: string;
  readonly leadId: string | undefined;
  readonly type: InteractionTypeName;
  /** ISO-8601 UTC. */
  readonly occurredOn: string;
  readonly subject: string | undefined;
  readonly url: string | undefined;
  readonly campaign: string | undefined;
}

/** The fields an item may carry; anything else is reported, so a typo ("occuredOn") is not silently dropped. */
export const INTERACTION_INPUT_FIELDS = [
  'sourceId',
  'contactId',
  'leadId',
  'type',
  'occurredOn',
  'subject',
  'url',
  'campaign',
] as const;
