/**
 * Marketing interactions of the demo contacts (leadlink_interaction, when LeadLink's customizations are loaded), so
 * that scoring the demo leads with the default model gives every grade: Nancy Davolio is hot (a decision maker who
 * registered for and attended the conference, looked at pricing and submitted a form), Anne Dodsworth, Margaret
 * Peacock and Michael Suyama are warm, the others cold (Janet Leverling unsubscribed). Scores are not seeded: the
 * emulator knows nothing of scoring; `leadlink rescore` (or the interaction plug-in) computes them.
 */
import { INTERACTION, INTERACTION_TYPE, type InteractionTypeName } from '../../schema/leadlink';
import type { EmulatorContext } from '../http/context';
import type { StoredValue } from '../store/values';
import { createRow } from '../writes/RowWriter';
import { CONFERENCE } from './demoData';
import { emulatorId, PLATFORM_IDS } from './platform';

const DAY_MS = 86_400_000;

export interface DemoInteraction {
  /** The demo contact's key (demoData.ts). */
  readonly contact: string;
  /** The demo lead's key, when the interaction belongs to one. */
  readonly lead?: string;
  readonly type: InteractionTypeName;
  /** Days before the seed time; fractions keep interactions off the day boundaries of rule windows. */
  readonly daysAgo: number;
  readonly subject?: string;
  readonly url?: string;
  readonly campaign?: string;
}

const NEWSLETTER = 'May newsletter';
const SITE = 'https://contoso.example.com';

export const DEMO_INTERACTIONS: readonly DemoInteraction[] = [
  // Nancy Davolio: hot.
  { contact: 'nancy', type: 'emailOpened', daysAgo: 20.4, subject: NEWSLETTER, campaign: NEWSLETTER },
  {
    contact: 'nancy',
    type: 'emailClicked',
    daysAgo: 20.3,
    subject: NEWSLETTER,
    url: `${SITE}/conference`,
    campaign: NEWSLETTER,
  },
  { contact: 'nancy', lead: 'conf-nancy', type: 'eventRegistered', daysAgo: 6.2, campaign: CONFERENCE },
  { contact: 'nancy', lead: 'conf-nancy', type: 'eventCheckedIn', daysAgo: 1.6, campaign: CONFERENCE },
  { contact: 'nancy', type: 'websiteVisited', daysAgo: 2.5, url: `${SITE}/products` },
  { contact: 'nancy', lead: 'pricing-nancy', type: 'websiteVisited', daysAgo: 2.4, url: `${SITE}/pricing` },
  {
    contact: 'nancy',
    lead: 'pricing-nancy',
    type: 'formSubmitted',
    daysAgo: 2.3,
    url: `${SITE}/pricing/quote`,
    campaign: 'Pricing inquiry',
  },
  // Anne Dodsworth: warm.
  { contact: 'anne', type: 'emailOpened', daysAgo: 20.4, subject: NEWSLETTER, campaign: NEWSLETTER },
  { contact: 'anne', type: 'emailOpened', daysAgo: 12.1, subject: 'Conference agenda', campaign: CONFERENCE },
  { contact: 'anne', type: 'emailClicked', daysAgo: 12, url: `${SITE}/conference/agenda`, campaign: CONFERENCE },
  { contact: 'anne', lead: 'conf-anne', type: 'eventRegistered', daysAgo: 5.2, campaign: CONFERENCE },
  { contact: 'anne', type: 'websiteVisited', daysAgo: 3.6, url: `${SITE}/conference/speakers` },
  { contact: 'anne', type: 'websiteVisited', daysAgo: 1.4, url: `${SITE}/conference/venue` },
  // Margaret Peacock: warm (an influencer who asked for a demo).
  { contact: 'margaret', type: 'emailOpened', daysAgo: 30.5, subject: NEWSLETTER, campaign: NEWSLETTER },
  { contact: 'margaret', type: 'emailClicked', daysAgo: 30.4, url: `${SITE}/demo`, campaign: NEWSLETTER },
  {
    contact: 'margaret',
    lead: 'demo-margaret',
    type: 'formSubmitted',
    daysAgo: 8.3,
    url: `${SITE}/demo/request`,
    campaign: 'Product demo request',
  },
  { contact: 'margaret', type: 'eventRegistered', daysAgo: 4.2, campaign: CONFERENCE },
  { contact: 'margaret', type: 'websiteVisited', daysAgo: 4.1, url: `${SITE}/conference` },
  { contact: 'margaret', type: 'emailOpened', daysAgo: 2.2, subject: 'Conference agenda', campaign: CONFERENCE },
  // Michael Suyama: warm.
  {
    contact: 'michael',
    lead: 'conf-michael',
    type: 'formSubmitted',
    daysAgo: 3.3,
    url: `${SITE}/conference/register`,
    campaign: CONFERENCE,
  },
  { contact: 'michael', type: 'emailOpened', daysAgo: 2.2, subject: 'Conference agenda', campaign: CONFERENCE },
  { contact: 'michael', type: 'eventRegistered', daysAgo: 3.2, campaign: CONFERENCE },
  // Cold: a newsletter open, a single visit, an unsubscribe.
  { contact: 'andrew', type: 'emailOpened', daysAgo: 20.4, subject: NEWSLETTER, campaign: NEWSLETTER },
  { contact: 'steven', type: 'websiteVisited', daysAgo: 9.7, url: `${SITE}/blog` },
  { contact: 'janet', type: 'emailOpened', daysAgo: 20.4, subject: NEWSLETTER, campaign: NEWSLETTER },
  { contact: 'janet', type: 'unsubscribed', daysAgo: 20.2, subject: NEWSLETTER, campaign: NEWSLETTER },
];

/** Writes the demo interactions; does nothing without the interaction table. Returns how many were written. */
export function seedDemoInteractions(ctx: EmulatorContext): number {
  const table = ctx.catalog.byLogicalName(INTERACTION.table);
  if (!table) return 0;
  const now = ctx.now().getTime();
  DEMO_INTERACTIONS.forEach((interaction, index) => {
    const occurred = new Date(now - interaction.daysAgo * DAY_MS);
    const values: Record<string, StoredValue> = {
      [INTERACTION.name]:
        `${interaction.type}: ${interaction.subject ?? interaction.campaign ?? interaction.url ?? ''}`.slice(0, 200),
      [INTERACTION.sourceId]: `demo:${interaction.contact}:${index}`,
      [INTERACTION.type]: INTERACTION_TYPE[interaction.type],
      [INTERACTION.occurredOn]: occurred.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      [INTERACTION.contact]: { id: emulatorId(`contact:${interaction.contact}`), logicalName: 'contact' },
      ...(interaction.lead
        ? { [INTERACTION.lead]: { id: emulatorId(`lead:${interaction.lead}`), logicalName: 'lead' } }
        : {}),
      ...(interaction.subject ? { [INTERACTION.subject]: interaction.subject } : {}),
      ...(interaction.url ? { [INTERACTION.url]: interaction.url } : {}),
      ...(interaction.campaign ? { [INTERACTION.campaign]: interaction.campaign } : {}),
    };
    const write = { catalog: ctx.catalog, store: ctx.store, userId: PLATFORM_IDS.salesUser, now: () => occurred };
    createRow(write, table, { values, collectionBinds: [] }, emulatorId(`${INTERACTION.table}:${index}`));
  });
  return DEMO_INTERACTIONS.length;
}
