/** The standard lead Rating (leadqualitycode) for a grade: its `rating`, else its name when that is Hot, Warm or Cold. */
import { RATING_NAMES, type Grade, type RatingName } from '../model/ScoringModel';
import { LEAD_RATING, type LeadRating } from './platformColumns';

export function ratingForGrade(grade: Grade): LeadRating | null {
  const name = grade.rating ?? grade.name.trim().toLowerCase();
  return isRatingName(name) ? LEAD_RATING[name] : null;
}

function isRatingName(name: string): name is RatingName {
  return (RATING_NAMES as readonly string[]).includes(name);
}
