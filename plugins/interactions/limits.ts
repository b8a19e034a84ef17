/** Limits of the intake: at most 1,000 items a call (one CreateMultiple), and the column lengths of the table. */
import { INTERACTION, INTERACTION_TABLE } from '../../schema/leadlink';

export const MAX_INTERACTIONS_PER_CALL = 1000;
/** A request body larger than this is refused before parsing (1,000 items of a few hundred bytes fit easily). */
export const MAX_INTAKE_BYTES = 4 * 1024 * 1024;
/** Problems listed in one intake answer, over all its items; further bad items only say they are bad. */
export const MAX_PROBLEMS_PER_REQUEST = 200;
/** Clocks differ a little; an interaction further in the future than this is a mistake. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

function maxLength(column: string): number {
  const found = INTERACTION_TABLE.columns.find((c) => c.name === column)?.maxLength;
  if (found === undefined) throw new Error(`The interaction table declares no length for ${column}`);
  return found;
}

export const MAX_LENGTH = {
  sourceId: maxLength(INTERACTION.sourceId),
  subject: maxLength(INTERACTION.subject),
  url: maxLength(INTERACTION.url),
  campaign: maxLength(INTERACTION.campaign),
  name: maxLength(INTERACTION.name),
} as const;
