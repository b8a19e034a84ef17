import type { Catalog } from '../metadata/catalog';
import type { UnpublishedChanges } from '../publishing/UnpublishedChanges';
import type { Store } from '../store/Store';
import type { WriteContext } from '../writes/RowWriter';

/** What every handler can reach. */
export interface EmulatorContext {
  readonly catalog: Catalog;
  readonly store: Store;
  readonly organizationId: string;
  readonly businessUnitId: string;
  readonly now: () => Date;
  /** Updates of customizations (web resources) waiting for PublishXml. */
  readonly unpublished: UnpublishedChanges;
}

export function writeContext(ctx: EmulatorContext, userId: string): WriteContext {
  return { catalog: ctx.catalog, store: ctx.store, userId, now: ctx.now };
}
