import type { MessageExecutions } from '../messages/MessageExecutions';
import type { PlatformBehaviour } from '../messages/PlatformBehaviour';
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
  /** Messages beyond Create/Update/Delete that ran (QualifyLead, Merge), for their webhook events. */
  readonly messages: MessageExecutions;
  /** Switches for platform behaviour the documentation leaves open. */
  readonly platform: PlatformBehaviour;
}

export function writeContext(ctx: EmulatorContext, userId: string): WriteContext {
  return { catalog: ctx.catalog, store: ctx.store, userId, now: ctx.now };
}
