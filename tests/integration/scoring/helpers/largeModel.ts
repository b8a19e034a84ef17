/**
 * A real-sized scoring model: a rule per campaign and page (40 behaviour rules), labels in English, Traditional
 * Chinese, Vietnamese and German (an LCID an admin added), far over an environment variable's 2,000 characters.
 */
import { DEFAULT_SCORING_MODEL, type BehaviourRule, type ScoringModel } from '../../../../plugins/scoring';

const PAGES = [
  'pricing',
  'demo',
  'security',
  'integrations',
  'customers',
  'careers',
  'docs',
  'blog',
  'partners',
  'trial',
];
const CAMPAIGNS = ['Spring Expo', 'Partner Summit', 'Webinar Series', 'Year-End Offer'];

function rule(i: number): BehaviourRule {
  const page = PAGES[i % PAGES.length] ?? 'pricing';
  const campaign = CAMPAIGNS[Math.floor(i / PAGES.length)] ?? 'Spring Expo';
  return {
    id: `visit-${page}-${i}`,
    label: {
      1033: `Visited the ${page} page during ${campaign}`,
      1028: `在 ${campaign} 期間造訪了 ${page} 頁面`,
      1066: `Đã xem trang ${page} trong ${campaign}`,
      1031: `Hat die Seite ${page} während ${campaign} besucht`,
    },
    interactionType: 'websiteVisited',
    url: `/${page}`,
    campaign,
    points: 1 + (i % 5),
    frequency: 'once',
    withinDays: 90,
  };
}

export const LARGE_MODEL: ScoringModel = {
  ...DEFAULT_SCORING_MODEL,
  languages: [1033, 1028, 1066, 1031],
  rules: [
    ...DEFAULT_SCORING_MODEL.rules.map((r) =>
      typeof r.label === 'string' ? r : { ...r, label: { ...r.label, 1031: `(de) ${r.label[1033] ?? r.id}` } },
    ),
    ...Array.from({ length: 40 }, (_, i) => rule(i)),
  ],
  fieldRules: DEFAULT_SCORING_MODEL.fieldRules.map((r) =>
    typeof r.label === 'string'
      ? r
      : { ...r, label: { ...r.label, 1031: r.id === 'influencer' ? 'Einflussnehmer' : 'Entscheider' } },
  ),
};

export const LARGE_MODEL_TEXT = `${JSON.stringify(LARGE_MODEL, null, 2)}\n`;
