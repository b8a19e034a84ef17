import type { DcEntityMembers, DcKeyValue } from './dataContractShapes';
import { type EntitySource, encodeImage } from './encodeEntity';
import { RemoteExecutionContextError } from './RemoteExecutionContextError';
import type { RemoteExecutionContextInput } from './RemoteExecutionContextInput';
import type { WebhookRow } from './webhookRow';

/** The platform's post image on async steps: the record's primary name and id only (docs sample, captures). */
export const ASYNC_PRIMARY_NAME_IMAGE = 'AsynchronousStepPrimaryName';

type SourceOf = (row: WebhookRow, formattedValues?: Readonly<Record<string, string>>) => EntitySource;

export function preImagesOf(input: RemoteExecutionContextInput, source: SourceOf): DcKeyValue<DcEntityMembers>[] {
  return registered(input.preImages, source);
}

/**
 * The registered post images, after the platform's AsynchronousStepPrimaryName on async Create/Update (a 2025
 * capture shows both together). Delete has no post image: the record is gone. Whether Dataverse adds the primary
 * name image to async Delete steps is not in any sample, so the emulator does not.
 */
export function postImagesOf(
  input: RemoteExecutionContextInput,
  asynchronous: boolean,
  source: SourceOf,
): DcKeyValue<DcEntityMembers>[] {
  const images = registered(input.postImages, source);
  if (input.message === 'Delete') {
    if (images.length > 0) throw new RemoteExecutionContextError('Delete has no post images');
    return images;
  }
  if (!asynchronous) return images;
  const fromTarget = input.target?.[input.primaryNameAttribute];
  const name = input.primaryName !== undefined ? input.primaryName : typeof fromTarget === 'string' ? fromTarget : null;
  const row: WebhookRow = { [input.primaryNameAttribute]: name, [input.primaryIdAttribute]: input.recordId };
  return [{ key: ASYNC_PRIMARY_NAME_IMAGE, value: encodeImage(source(row, {})) }, ...images];
}

function registered(
  byAlias: Readonly<Record<string, WebhookRow>> | undefined,
  source: SourceOf,
): DcKeyValue<DcEntityMembers>[] {
  return Object.entries(byAlias ?? {}).map(([alias, row]) => {
    if (alias === ASYNC_PRIMARY_NAME_IMAGE) {
      throw new RemoteExecutionContextError(`The image alias ${alias} is the platform's own`);
    }
    return { key: alias, value: encodeImage(source(row)) };
  });
}
