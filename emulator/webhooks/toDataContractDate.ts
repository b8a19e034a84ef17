import { RemoteExecutionContextError } from './RemoteExecutionContextError';

/** ISO-8601 as the emulator stores dates: a date, or a date-time in UTC or with an offset. */
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * `"/Date(<ms since 1970 UTC>)/"`, the DataContract JSON form of a UTC DateTime: Dataverse writes column values
 * without an offset (docs sample `"\/Date(1506384247000)\/"`).
 */
export function toDataContractDate(date: Date): string {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RemoteExecutionContextError('An invalid Date cannot be written as /Date(ms)/');
  return `/Date(${ms})/`;
}

export function isoToDataContractDate(iso: string, where: string): string {
  const ms = ISO.test(iso) ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(ms))
    throw new RemoteExecutionContextError(`${where} is not an ISO-8601 date: ${JSON.stringify(iso)}`);
  return toDataContractDate(new Date(ms));
}
