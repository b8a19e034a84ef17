import type { HttpRequest } from '@azure/functions';
import { presentedKey } from './presentedKey';
import { secretsEqual } from './secretsEqual';

export type Authorization = 'granted' | 'denied' | 'ambiguous';

/**
 * Whether a request carries the key of the endpoint's audience. An endpoint whose key is not set grants nothing.
 * A request with two different keys is refused as ambiguous before any comparison.
 */
export function authorize(request: HttpRequest, expectedKey: string | undefined): Authorization {
  const presented = presentedKey(request);
  if (presented.kind === 'ambiguous') return 'ambiguous';
  if (presented.kind === 'none' || expectedKey === undefined) return 'denied';
  return secretsEqual(presented.value, expectedKey) ? 'granted' : 'denied';
}
