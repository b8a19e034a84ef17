import type { ScoreReason } from './decodeScoreReasons';

/** A reason's label in the user's language (context.userSettings.languageId), else in the model's first language. */
export function reasonLabel(reason: ScoreReason, languageId: number | undefined): string {
  return (languageId === undefined ? undefined : reason.translations?.[String(languageId)]) ?? reason.label;
}
