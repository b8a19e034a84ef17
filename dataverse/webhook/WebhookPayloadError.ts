/**
 * A webhook body that is not a RemoteExecutionContext we can use. The message names the field and what is wrong
 * with it (e.g. `PrimaryEntityId is not a GUID: "abc"`), never the body itself: a body carries customer data.
 * A handler answers it with 400, since Dataverse retrying the same body cannot help.
 */
export class WebhookPayloadError extends Error {
  override name = 'WebhookPayloadError';

  constructor(
    message: string,
    /** Where in the body the problem is, e.g. `ParentContext.InputParameters.Target.Id`; empty for the body itself. */
    readonly path: string,
  ) {
    super(message);
  }
}
