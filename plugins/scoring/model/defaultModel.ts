/**
 * The model LeadLink ships with (the default value of leadlink_ScoringModel). Engagement fades: points halve every
 * 60 days and most behaviours count only within a window; each behaviour is capped so that one kind of activity alone
 * (say, opening every newsletter) cannot make a lead hot. A lead is sales-ready at 60, the start of Hot.
 */
import type { ScoringModel } from './ScoringModel';

/** contact.accountrolecode ("Role"): 1 Decision Maker, 2 Employee, 3 Influencer (contact table reference). */
const ROLE = { decisionMaker: 1, influencer: 3 } as const;

export const DEFAULT_SCORING_MODEL: ScoringModel = {
  rules: [
    {
      id: 'email-opened',
      label: 'Opened a marketing email',
      interactionType: 'emailOpened',
      points: 2,
      frequency: 'each',
      withinDays: 90,
      maxPoints: 10,
    },
    {
      id: 'email-clicked',
      label: 'Clicked a link in a marketing email',
      interactionType: 'emailClicked',
      points: 5,
      frequency: 'each',
      withinDays: 90,
      maxPoints: 25,
    },
    {
      id: 'website-visited',
      label: 'Visited the website',
      interactionType: 'websiteVisited',
      points: 3,
      frequency: 'each',
      withinDays: 30,
      maxPoints: 15,
    },
    {
      id: 'pricing-page',
      label: 'Looked at the pricing page',
      interactionType: 'websiteVisited',
      url: '/pricing',
      points: 10,
      frequency: 'once',
      withinDays: 30,
    },
    {
      id: 'form-submitted',
      label: 'Submitted a form',
      interactionType: 'formSubmitted',
      points: 15,
      frequency: 'each',
      withinDays: 180,
      maxPoints: 30,
    },
    {
      id: 'event-registered',
      label: 'Registered for an event',
      interactionType: 'eventRegistered',
      points: 10,
      frequency: 'each',
      withinDays: 180,
      maxPoints: 20,
    },
    {
      id: 'event-checked-in',
      label: 'Attended an event',
      interactionType: 'eventCheckedIn',
      points: 20,
      frequency: 'each',
      withinDays: 365,
      maxPoints: 40,
    },
    {
      id: 'unsubscribed',
      label: 'Unsubscribed from marketing email',
      interactionType: 'unsubscribed',
      points: -30,
      frequency: 'once',
    },
  ],
  fieldRules: [
    {
      id: 'decision-maker',
      label: 'Decision maker',
      entity: 'contact',
      column: 'accountrolecode',
      operator: 'eq',
      value: ROLE.decisionMaker,
      points: 15,
    },
    {
      id: 'influencer',
      label: 'Influencer',
      entity: 'contact',
      column: 'accountrolecode',
      operator: 'eq',
      value: ROLE.influencer,
      points: 5,
    },
  ],
  grades: [
    { name: 'Cold', min: 0, max: 29 },
    { name: 'Warm', min: 30, max: 59 },
    { name: 'Hot', min: 60 },
  ],
  salesReadyScore: 60,
  decay: { halfLifeDays: 60 },
  accountBased: false,
  returnToMarketing: { requiredNewPoints: 20 },
  mapGradeToRating: false,
  createTaskWhenSalesReady: false,
};

/**
 * The default model as the environment variable's default value: compact, because the value columns hold at most
 * ENV_VAR_VALUE_MAX_LENGTH characters.
 */
export const DEFAULT_SCORING_MODEL_JSON = JSON.stringify(DEFAULT_SCORING_MODEL);
