/**
 * The landing-page lead-matching strategies an admin can choose in leadlink_LeadMatchingStrategy: find an open lead
 * of the contact with the same topic (recent), any open lead of the contact, or always create a new lead.
 */
export const LEAD_MATCHING_STRATEGIES = ['contact-and-topic', 'contact', 'always-new'] as const;
export type LeadMatchingStrategy = (typeof LEAD_MATCHING_STRATEGIES)[number];
export const DEFAULT_LEAD_MATCHING_STRATEGY: LeadMatchingStrategy = 'contact-and-topic';

export function parseLeadMatchingStrategy(text: string | undefined): LeadMatchingStrategy {
  const value = (text ?? DEFAULT_LEAD_MATCHING_STRATEGY).trim().toLowerCase();
  const known = LEAD_MATCHING_STRATEGIES.find((s) => s === value);
  if (!known) {
    throw new Error(
      `The environment variable leadlink_LeadMatchingStrategy must be one of ${LEAD_MATCHING_STRATEGIES.join(', ')}; got '${value.slice(0, 40)}'.`,
    );
  }
  return known;
}
