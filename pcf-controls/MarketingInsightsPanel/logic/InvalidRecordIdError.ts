/** The form gave a record id that is not a GUID; nothing is queried with it. */
export class InvalidRecordIdError extends Error {
  override name = 'InvalidRecordIdError';
  readonly recordId: string;

  constructor(entity: string, recordId: string) {
    super(`The ${entity} id "${recordId}" is not a GUID, so the panel cannot query it.`);
    this.recordId = recordId;
  }
}
