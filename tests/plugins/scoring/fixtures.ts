/** Builders shared by the scoring tests: a fixed `now`, interaction rows in Web API shape, and a small test model. */
import { INTERACTION, INTERACTION_TYPE, type InteractionTypeName } from '../../../schema/leadlink';
import { validateScoringModel, type ScoringModel, type WebApiRecord } from '../../../plugins/scoring';

export const NOW = new Date('2026-06-01T00:00:00.000Z');
const DAY_MS = 86_400_000;

export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * DAY_MS).toISOString();
}

export const CONTACT_ID = '11111111-1111-1111-1111-111111111111';
export const COLLEAGUE_ID = '22222222-2222-2222-2222-222222222222';
export const ACCOUNT_ID = '33333333-3333-3333-3333-333333333333';

let sequence = 0;

export interface InteractionSpec {
  readonly days: number;
  readonly url?: string;
  readonly campaign?: string;
  readonly contactId?: string;
  readonly id?: string;
}

/** One interaction row, as the Web API returns leadlink_interaction. */
export function interaction(type: InteractionTypeName, spec: InteractionSpec): WebApiRecord {
  sequence += 1;
  return {
    [INTERACTION.id]: spec.id ?? `00000000-0000-0000-0000-${String(sequence).padStart(12, '0')}`,
    [`_${INTERACTION.contact}_value`]: spec.contactId ?? CONTACT_ID,
    [INTERACTION.type]: INTERACTION_TYPE[type],
    [INTERACTION.occurredOn]: daysAgo(spec.days),
    [INTERACTION.url]: spec.url ?? null,
    [INTERACTION.campaign]: spec.campaign ?? null,
  };
}

/** `count` interactions of one type, all `days` old. */
export function many(type: InteractionTypeName, count: number, days = 1): WebApiRecord[] {
  return Array.from({ length: count }, () => interaction(type, { days }));
}

export const CONTACT: WebApiRecord = { contactid: CONTACT_ID, accountrolecode: 2 };
export const DECISION_MAKER: WebApiRecord = { contactid: CONTACT_ID, accountrolecode: 1 };
export const LEAD: WebApiRecord = {
  leadid: 'aaaaaaaa-0000-0000-0000-000000000001',
  _parentcontactid_value: CONTACT_ID,
};

/** A small model with round numbers, so each case's expected score is easy to check by hand. */
export const TEST_MODEL_JSON = {
  rules: [
    { id: 'opened', label: 'Email opened', interactionType: 'emailOpened', points: 2, withinDays: 90, maxPoints: 10 },
    { id: 'clicked', label: 'Email clicked', interactionType: 'emailClicked', points: 5 },
    {
      id: 'pricing',
      label: 'Pricing page',
      interactionType: 'websiteVisited',
      url: '*/pricing*',
      points: 10,
      frequency: 'once',
    },
    { id: 'docs', label: 'Read the docs', interactionType: 'websiteVisited', url: 'docs.contoso.com', points: 1 },
    {
      id: 'webinar',
      label: 'Webinar registration',
      interactionType: 'eventRegistered',
      campaign: 'webinar',
      points: 10,
    },
    { id: 'form', label: 'Form submitted', interactionType: 'formSubmitted', points: 20 },
    { id: 'unsubscribed', label: 'Unsubscribed', interactionType: 'unsubscribed', points: -30, frequency: 'once' },
  ],
  fieldRules: [
    {
      id: 'decision-maker',
      label: 'Decision maker',
      entity: 'contact',
      column: 'accountrolecode',
      operator: 'eq',
      value: 1,
      points: 15,
    },
    {
      id: 'large-account',
      label: 'Large company',
      entity: 'account',
      column: 'numberofemployees',
      operator: 'gt',
      value: 500,
      points: 10,
    },
  ],
  grades: [
    { name: 'Cold', min: 0, max: 29 },
    { name: 'Warm', min: 30, max: 59 },
    { name: 'Hot', min: 60 },
  ],
  salesReadyScore: 60,
};

export function testModel(overrides: Record<string, unknown> = {}): ScoringModel {
  return validateScoringModel({ ...TEST_MODEL_JSON, ...overrides });
}
