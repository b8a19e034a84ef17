/**
 * The items of an intake request body: `{ "interactions": [ … ] }` (or the bare list). What makes the whole request
 * unusable — not JSON, no list, an empty list, more than 1,000 items — is an IntakeRequestError; problems with single
 * items are checked item by item afterwards.
 */
import { jsonSyntaxProblem } from '../common/problemList';
import { IntakeRequestError } from './errors/IntakeRequestError';
import { MAX_INTERACTIONS_PER_CALL } from './limits';

export function readIntakeItems(body: string): unknown[] {
  if (body.trim() === '') {
    throw new IntakeRequestError('The request has no body; send {"interactions": [ … ]} as JSON.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw new IntakeRequestError(`The request body is ${jsonSyntaxProblem(error)}.`);
  }
  const items = Array.isArray(parsed)
    ? parsed
    : typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, unknown>)['interactions']
      : undefined;
  if (!Array.isArray(items)) {
    throw new IntakeRequestError(
      'The request body must be {"interactions": [ … ]}: a JSON object with an "interactions" list.',
    );
  }
  if (items.length === 0) throw new IntakeRequestError('The "interactions" list is empty.');
  if (items.length > MAX_INTERACTIONS_PER_CALL) {
    throw new IntakeRequestError(
      `The "interactions" list has ${items.length} items; send at most ${MAX_INTERACTIONS_PER_CALL} a call.`,
    );
  }
  return items;
}
