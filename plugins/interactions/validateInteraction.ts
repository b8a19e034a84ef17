/**
 * Checks one intake item and says what is wrong with it, each problem naming its field: "occurredOn: must be an
 * ISO 8601 date and time with a time zone, e.g. 2026-05-01T10:00:00Z; got \"yesterday\"" (at most
 * MAX_PROBLEMS_LISTED of them, see plugins/common/problemList.ts). Existence of the contact and lead is checked later,
 * against Dataverse, for the whole request at once.
 */
import { INTERACTION_TYPE, type InteractionTypeName } from '../../schema/leadlink';
import { INTERACTION_INPUT_FIELDS, type InteractionInput } from './InteractionInput';
import { parseDateTime } from '../common/parseDateTime';
import { capProblems, describeInput, unknownKeyProblems } from '../common/problemList';
import { FUTURE_TOLERANCE_MS, MAX_LENGTH } from './limits';

export type Validated =
  { readonly ok: true; readonly value: InteractionInput } | { readonly ok: false; readonly errors: string[] };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TYPE_NAMES = Object.keys(INTERACTION_TYPE) as InteractionTypeName[];

export function validateInteraction(raw: unknown, now: Date): Validated {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: [`must be a JSON object, got ${describeInput(raw)}`] };
  }
  const item = raw as Record<string, unknown>;
  const errors: string[] = [];
  const unknown = Object.keys(item).filter((key) => !(INTERACTION_INPUT_FIELDS as readonly string[]).includes(key));
  errors.push(...unknownKeyProblems(unknown, INTERACTION_INPUT_FIELDS, 'an interaction'));
  const sourceId = requiredText(item, 'sourceId', MAX_LENGTH.sourceId, errors);
  const contactId = guid(item, 'contactId', true, errors);
  const leadId = guid(item, 'leadId', false, errors);
  const type = interactionType(item, errors);
  const occurredOn = date(item, now, errors);
  const subject = optionalText(item, 'subject', MAX_LENGTH.subject, errors);
  const url = optionalText(item, 'url', MAX_LENGTH.url, errors);
  const campaign = optionalText(item, 'campaign', MAX_LENGTH.campaign, errors);
  if (
    errors.length > 0 ||
    sourceId === undefined ||
    contactId === undefined ||
    type === undefined ||
    occurredOn === undefined
  ) {
    return { ok: false, errors: capProblems(errors) };
  }
  return { ok: true, value: { sourceId, contactId, leadId, type, occurredOn, subject, url, campaign } };
}

function requiredText(item: Record<string, unknown>, field: string, max: number, errors: string[]): string | undefined {
  const value = item[field];
  if (value === undefined || value === null) {
    errors.push(`${field}: is required`);
    return undefined;
  }
  const checked = text(value, field, max, errors);
  if (checked === '') {
    errors.push(`${field}: must not be empty`);
    return undefined;
  }
  return checked;
}

function optionalText(item: Record<string, unknown>, field: string, max: number, errors: string[]): string | undefined {
  const value = item[field];
  if (value === undefined || value === null) return undefined;
  const checked = text(value, field, max, errors);
  return checked === '' ? undefined : checked;
}

function text(value: unknown, field: string, max: number, errors: string[]): string | undefined {
  if (typeof value !== 'string') {
    errors.push(`${field}: must be a string, got ${describeInput(value)}`);
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed.length > max) {
    errors.push(`${field}: is ${trimmed.length} characters long; at most ${max} fit`);
    return undefined;
  }
  return trimmed;
}

function guid(item: Record<string, unknown>, field: string, required: boolean, errors: string[]): string | undefined {
  const value = item[field];
  if (value === undefined || value === null) {
    if (required) errors.push(`${field}: is required`);
    return undefined;
  }
  if (typeof value !== 'string' || !GUID.test(value.trim())) {
    errors.push(`${field}: must be a GUID such as 6d81597f-0f9f-e711-8122-000d3aa2331c, got ${describeInput(value)}`);
    return undefined;
  }
  return value.trim().toLowerCase();
}

function interactionType(item: Record<string, unknown>, errors: string[]): InteractionTypeName | undefined {
  const value = item['type'];
  if (value === undefined || value === null) {
    errors.push('type: is required');
    return undefined;
  }
  const found = TYPE_NAMES.find((name) => name === value);
  if (found === undefined) errors.push(`type: must be one of ${TYPE_NAMES.join(', ')}; got ${describeInput(value)}`);
  return found;
}

function date(item: Record<string, unknown>, now: Date, errors: string[]): string | undefined {
  const value = item['occurredOn'];
  if (value === undefined || value === null) {
    errors.push('occurredOn: is required');
    return undefined;
  }
  const parsed = parseDateTime(value);
  if (!parsed.ok) {
    errors.push(`occurredOn: ${parsed.problem}`);
    return undefined;
  }
  if (parsed.ms > now.getTime() + FUTURE_TOLERANCE_MS) {
    errors.push(`occurredOn: ${parsed.iso} is in the future`);
    return undefined;
  }
  return parsed.iso;
}
