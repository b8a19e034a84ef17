/**
 * A small marketing world, dated relative to `now`: an account with a marketing-only contact (Ana) and a sales contact
 * (Bao), Ana's leads (one hot and sales-ready, one warm, one qualified), an orphan lead that was never scored, a lead
 * linked to the account directly, an empty account, and 27 interactions (one inactive, one recorded on a lead only,
 * one with an unsafe URL).
 */
import { encodeScoreReasons } from '../../../plugins/scoring/storage/scoreReasonsCodec';
import { INTERACTION, INTERACTION_TYPE, LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';
import { CONTACT, LEAD, STATE_CODE } from '../../../pcf-controls/MarketingInsightsPanel/logic/dataverseNames';
import type { FakeDatabase, FakeRecord } from './fakeTables';

export const IDS = {
  account: 'a0000000-0000-4000-8000-000000000001',
  emptyAccount: 'a0000000-0000-4000-8000-000000000002',
  ana: 'c0000000-0000-4000-8000-000000000001',
  bao: 'c0000000-0000-4000-8000-000000000002',
  chi: 'c0000000-0000-4000-8000-000000000003',
  hotLead: 'b0000000-0000-4000-8000-000000000001',
  warmLead: 'b0000000-0000-4000-8000-000000000002',
  qualifiedLead: 'b0000000-0000-4000-8000-000000000003',
  orphanLead: 'b0000000-0000-4000-8000-000000000004',
  baoLead: 'b0000000-0000-4000-8000-000000000005',
  accountLead: 'b0000000-0000-4000-8000-000000000006',
} as const;

const DAY = 24 * 60 * 60 * 1000;

export function daysAgo(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY).toISOString();
}

/**
 * The hot lead's reasons, written by the scoring engine's own codec (highest points first). Two rules carry labels in
 * Traditional Chinese and Vietnamese; the third has its English label only, as reasons stored before labels had
 * languages do.
 */
export function hotLeadReasons(now: Date): string {
  return encodeScoreReasons([
    {
      ruleId: 'job-title',
      label: 'Decision maker',
      translations: { 1028: '決策者', 1066: 'Người ra quyết định' },
      points: 30,
      count: 1,
      accountCount: 0,
      lastOccurredOn: null,
    },
    {
      ruleId: 'email-click',
      label: 'Clicked a marketing email',
      translations: { 1028: '點選了行銷電子郵件', 1066: 'Đã nhấp vào email tiếp thị' },
      points: 20,
      count: 2,
      accountCount: 0,
      lastOccurredOn: daysAgo(now, 3),
    },
    {
      ruleId: 'web-visit',
      label: 'Visited the pricing page',
      points: 12,
      count: 3,
      accountCount: 1,
      lastOccurredOn: daysAgo(now, 10),
    },
  ]);
}

function lead(
  fields: Partial<Record<string, string | number | boolean | null>> & { id: string; name: string; topic?: string },
): FakeRecord {
  const { id, name, topic, ...rest } = fields;
  return {
    [LEAD.id]: id,
    [LEAD.name]: name,
    [LEAD.topic]: topic ?? `${name} — topic`,
    [STATE_CODE]: 0,
    [LEAD.parentContact]: null,
    [LEAD.parentAccount]: null,
    [LEAD_SCORE_COLUMNS.score]: null,
    [LEAD_SCORE_COLUMNS.grade]: null,
    [LEAD_SCORE_COLUMNS.salesReady]: false,
    [LEAD_SCORE_COLUMNS.scoredOn]: null,
    [LEAD_SCORE_COLUMNS.scoreReasons]: null,
    [LEAD_SCORE_COLUMNS.returnedToMarketing]: false,
    ...rest,
  };
}

function contact(id: string, name: string, fields: Record<string, string | number | boolean | null>): FakeRecord {
  return {
    [CONTACT.id]: id,
    [CONTACT.name]: name,
    [CONTACT.email]: `${name.split(' ')[0]?.toLowerCase() ?? 'someone'}@example.com`,
    [STATE_CODE]: 0,
    [CONTACT.parentCustomer]: null,
    [CONTACT.marketingOnly]: false,
    [CONTACT.doNotBulkEmail]: false,
    [CONTACT.doNotEmail]: false,
    [CONTACT.disableWebTracking]: false,
    [CONTACT.isMinor]: false,
    [CONTACT.isMinorWithParentalConsent]: false,
    ...fields,
  };
}

let interactionSeq = 0;
function interaction(
  now: Date,
  fields: {
    contact: string | null;
    lead?: string;
    type: number;
    days: number;
    subject?: string;
    url?: string;
    active?: boolean;
  },
): FakeRecord {
  interactionSeq += 1;
  return {
    [INTERACTION.id]: `e0000000-0000-4000-8000-${String(interactionSeq).padStart(12, '0')}`,
    [INTERACTION.name]: `Interaction ${interactionSeq}`,
    [INTERACTION.contact]: fields.contact,
    [INTERACTION.lead]: fields.lead ?? null,
    [INTERACTION.type]: fields.type,
    [INTERACTION.occurredOn]: daysAgo(now, fields.days),
    [INTERACTION.subject]: fields.subject ?? `Subject ${interactionSeq}`,
    [INTERACTION.url]: fields.url ?? null,
    [INTERACTION.campaign]: 'Spring launch',
    [STATE_CODE]: fields.active === false ? 1 : 0,
  };
}

/**
 * Ana's active interactions with a date inside 90 days: emailOpened 4 (3 within 30 days), emailClicked 2 (2),
 * websiteVisited 5 (2), formSubmitted 1 (0), eventRegistered 1 (1) = 13 in 90 days, 8 in 30 days; plus 11 older ones.
 */
export const ANA_COUNTS = {
  total30: 8,
  total90: 13,
  byType: [
    { type: INTERACTION_TYPE.emailOpened, last30: 3, last90: 4 },
    { type: INTERACTION_TYPE.emailClicked, last30: 2, last90: 2 },
    { type: INTERACTION_TYPE.websiteVisited, last30: 2, last90: 5 },
    { type: INTERACTION_TYPE.formSubmitted, last30: 0, last90: 1 },
    { type: INTERACTION_TYPE.eventRegistered, last30: 1, last90: 1 },
  ],
} as const;

export function createDatabase(now: Date): FakeDatabase {
  interactionSeq = 0;
  const T = INTERACTION_TYPE;
  const ana = IDS.ana;
  const interactions: FakeRecord[] = [
    interaction(now, { contact: ana, type: T.emailOpened, days: 1, subject: 'Newest: spring newsletter' }),
    interaction(now, { contact: ana, type: T.emailClicked, days: 2, url: 'https://contoso.example/pricing' }),
    interaction(now, { contact: ana, type: T.emailClicked, days: 3 }),
    interaction(now, { contact: ana, type: T.emailOpened, days: 5 }),
    interaction(now, {
      contact: ana,
      type: T.websiteVisited,
      days: 8,
      url: 'javascript:alert(1)',
      subject: 'Unsafe link',
    }),
    interaction(now, { contact: ana, type: T.websiteVisited, days: 12 }),
    interaction(now, { contact: ana, type: T.eventRegistered, days: 20 }),
    interaction(now, { contact: ana, type: T.emailOpened, days: 29 }),
    interaction(now, { contact: ana, type: T.emailOpened, days: 31 }),
    interaction(now, { contact: ana, type: T.websiteVisited, days: 40 }),
    interaction(now, { contact: ana, type: T.websiteVisited, days: 60 }),
    interaction(now, { contact: ana, type: T.formSubmitted, days: 75 }),
    interaction(now, { contact: ana, type: T.websiteVisited, days: 89 }),
    // Older than 90 days: in the timeline (when among the newest 20), not in the counts.
    ...Array.from({ length: 11 }, (_, index) =>
      interaction(now, { contact: ana, type: T.emailOpened, days: 100 + index * 10 }),
    ),
    // Deactivated: never shown.
    interaction(now, {
      contact: ana,
      type: T.unsubscribed,
      days: 4,
      subject: 'Deactivated interaction',
      active: false,
    }),
    // Recorded on the hot lead only (no contact): counts on the hot lead's form, not on Ana's.
    interaction(now, { contact: null, lead: IDS.hotLead, type: T.formSubmitted, days: 6, subject: 'Lead-only form' }),
    interaction(now, { contact: IDS.bao, type: T.eventCheckedIn, days: 9, subject: 'Bao checked in' }),
    interaction(now, { contact: IDS.bao, type: T.websiteVisited, days: 50, subject: 'Bao visited' }),
  ];
  return {
    contact: [
      contact(IDS.ana, 'Ana Nguyen', {
        [CONTACT.parentCustomer]: IDS.account,
        [CONTACT.marketingOnly]: true,
        [CONTACT.doNotBulkEmail]: true,
        [CONTACT.disableWebTracking]: true,
      }),
      contact(IDS.bao, 'Bao Tran', {
        [CONTACT.parentCustomer]: IDS.account,
        [CONTACT.isMinor]: true,
        [CONTACT.isMinorWithParentalConsent]: true,
      }),
      contact(IDS.chi, 'Chi Lin', {}),
    ],
    lead: [
      lead({
        id: IDS.hotLead,
        name: 'Ana Nguyen',
        topic: 'Contoso conference',
        [LEAD.parentContact]: IDS.ana,
        [LEAD_SCORE_COLUMNS.score]: 62,
        [LEAD_SCORE_COLUMNS.grade]: 'A',
        [LEAD_SCORE_COLUMNS.salesReady]: true,
        [LEAD_SCORE_COLUMNS.scoredOn]: daysAgo(now, 1),
        [LEAD_SCORE_COLUMNS.scoreReasons]: hotLeadReasons(now),
      }),
      lead({
        id: IDS.warmLead,
        name: 'Ana Nguyen',
        topic: 'Webinar',
        [LEAD.parentContact]: IDS.ana,
        [LEAD_SCORE_COLUMNS.score]: 35,
        [LEAD_SCORE_COLUMNS.grade]: 'B',
        [LEAD_SCORE_COLUMNS.scoredOn]: daysAgo(now, 2),
      }),
      lead({
        id: IDS.qualifiedLead,
        name: 'Ana Nguyen',
        topic: '2023 deal',
        [STATE_CODE]: 1,
        [LEAD.parentContact]: IDS.ana,
        [LEAD_SCORE_COLUMNS.score]: 80,
        [LEAD_SCORE_COLUMNS.grade]: 'A',
        [LEAD_SCORE_COLUMNS.salesReady]: true,
        [LEAD_SCORE_COLUMNS.scoredOn]: daysAgo(now, 300),
      }),
      lead({ id: IDS.orphanLead, name: 'Orphan import row', [LEAD_SCORE_COLUMNS.score]: 0 }),
      lead({
        id: IDS.baoLead,
        name: 'Bao Tran',
        topic: 'Trade show',
        [LEAD.parentContact]: IDS.bao,
        [LEAD_SCORE_COLUMNS.score]: 10,
        [LEAD_SCORE_COLUMNS.grade]: 'C',
        [LEAD_SCORE_COLUMNS.scoredOn]: daysAgo(now, 5),
        [LEAD_SCORE_COLUMNS.returnedToMarketing]: true,
      }),
      lead({ id: IDS.accountLead, name: 'Contoso', topic: 'Website enquiry', [LEAD.parentAccount]: IDS.account }),
    ],
    [INTERACTION.table]: interactions,
  };
}
