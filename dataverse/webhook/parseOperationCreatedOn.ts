import { describeJson } from './describeJson';
import { type JsonObject, pathOf, readString } from './jsonFields';
import { parseDataContractDate } from './parseDataContractDate';
import { WebhookPayloadError } from './WebhookPayloadError';

const MS_PER_MINUTE = 60_000;

/**
 * OperationCreatedOn. Standard DataContract JSON puts the UTC instant before the offset and the offset is only
 * informational, but every reference sample that carries an offset only makes sense the other way round: the
 * platform writes its UTC clock as if it were server-local time, so the number is shifted by the offset.
 * Docs sample: `1506409448000-0700` read as-is is 7 h after the record's modifiedon (1506384247000); plus the
 * offset it is 1 s after. 2024 capture: `1724647396000+0300` is 3 h before modifiedon as-is, equal to it plus the
 * offset. Without an offset (2023 capture) the number is the instant. So: instant = number + offset.
 */
export function parseOperationCreatedOn(obj: JsonObject, key: string, path: string): Date {
  const text = readString(obj, key, path);
  const date = parseDataContractDate(text);
  if (!date) {
    const where = pathOf(path, key);
    throw new WebhookPayloadError(`${where} is not a /Date(ms)/ value: ${describeJson(text)}`, where);
  }
  return new Date(date.epochMs + date.offsetMinutes * MS_PER_MINUTE);
}
