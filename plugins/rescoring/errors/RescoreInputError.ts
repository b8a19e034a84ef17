/** A rescoring option that cannot be used (e.g. a resume point that is not a lead id). */
export class RescoreInputError extends Error {
  override name = 'RescoreInputError';
}
