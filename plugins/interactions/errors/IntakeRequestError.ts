/** An intake request that cannot be read at all (not JSON, no list, too many items): nothing is written. */
export class IntakeRequestError extends Error {
  override name = 'IntakeRequestError';
}
