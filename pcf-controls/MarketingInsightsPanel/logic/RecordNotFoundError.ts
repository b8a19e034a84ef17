/** The form's record did not come back: deleted, or no longer shared with the user. */
export class RecordNotFoundError extends Error {
  override name = 'RecordNotFoundError';
  readonly entity: string;
  readonly recordId: string;

  constructor(entity: string, recordId: string) {
    super(`The ${entity} ${recordId} was not returned by the Web API.`);
    this.entity = entity;
    this.recordId = recordId;
  }
}
