/**
 * DataContract JSON's DateTime text: `/Date(<ms since 1970 UTC>)/`, optionally with the sender's UTC offset,
 * `/Date(1506409448000-0700)/` (https://learn.microsoft.com/dotnet/framework/wcf/feature-details/stand-alone-json-serialization#datestimes-and-json).
 * Dataverse escapes the slashes on the wire (`\/Date(…)\/`); after JSON.parse they are plain.
 */
const DATE = /^\/Date\((-?\d+)(?:([+-])(\d{2})(\d{2}))?\)\/$/;

export interface DataContractDate {
  readonly epochMs: number;
  /** The offset the sender wrote, in minutes east of UTC; 0 when there was none. */
  readonly offsetMinutes: number;
}

/** The parts of a DataContract date, or undefined when `text` is not one. */
export function parseDataContractDate(text: string): DataContractDate | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [, ms, sign, hours, minutes] = match;
  const epochMs = Number(ms);
  if (!Number.isSafeInteger(epochMs)) return undefined;
  const offset = sign === undefined ? 0 : Number(hours) * 60 + Number(minutes);
  return { epochMs, offsetMinutes: sign === '-' ? -offset : offset };
}
