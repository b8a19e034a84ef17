/** A leadlink_scorereasons value that is not the compact reasons JSON this version can read. */
export class ScoreReasonsError extends Error {
  override name = 'ScoreReasonsError';
}
