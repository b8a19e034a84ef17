/**
 * The model LeadLink ships with (the web resource leadlink_/scoring/default-model.json). Engagement fades: points
 * halve every 60 days and most behaviours count only within a window; each behaviour is capped so that one kind of
 * activity alone (say, opening every newsletter) cannot make a lead hot. A lead is sales-ready at 60, the start of Hot.
 * Labels come in the panel's three languages, English first.
 */
import type { ScoringModel } from './ScoringModel';

/** LCIDs: English (United States), Chinese (Traditional, Taiwan), Vietnamese. */
const EN = '1033';
const ZH_TW = '1028';
const VI = '1066';

/** contact.accountrolecode ("Role"): 1 Decision Maker, 2 Employee, 3 Influencer (contact table reference). */
const ROLE = { decisionMaker: 1, influencer: 3 } as const;

export const DEFAULT_SCORING_MODEL: ScoringModel = {
  languages: [Number(EN), Number(ZH_TW), Number(VI)],
  rules: [
    {
      id: 'email-opened',
      label: { [EN]: 'Opened a marketing email', [ZH_TW]: '開啟了行銷電子郵件', [VI]: 'Đã mở email tiếp thị' },
      interactionType: 'emailOpened',
      points: 2,
      frequency: 'each',
      withinDays: 90,
      maxPoints: 10,
    },
    {
      id: 'email-clicked',
      label: {
        [EN]: 'Clicked a link in a marketing email',
        [ZH_TW]: '點選了行銷電子郵件中的連結',
        [VI]: 'Đã nhấp vào liên kết trong email tiếp thị',
      },
      interactionType: 'emailClicked',
      points: 5,
      frequency: 'each',
      withinDays: 90,
      maxPoints: 25,
    },
    {
      id: 'website-visited',
      label: { [EN]: 'Visited the website', [ZH_TW]: '造訪了網站', [VI]: 'Đã truy cập trang web' },
      interactionType: 'websiteVisited',
      points: 3,
      frequency: 'each',
      withinDays: 30,
      maxPoints: 15,
    },
    {
      id: 'pricing-page',
      label: { [EN]: 'Looked at the pricing page', [ZH_TW]: '查看了價格頁面', [VI]: 'Đã xem trang bảng giá' },
      interactionType: 'websiteVisited',
      url: '/pricing',
      points: 10,
      frequency: 'once',
      withinDays: 30,
    },
    {
      id: 'form-submitted',
      label: { [EN]: 'Submitted a form', [ZH_TW]: '送出了表單', [VI]: 'Đã gửi biểu mẫu' },
      interactionType: 'formSubmitted',
      points: 15,
      frequency: 'each',
      withinDays: 180,
      maxPoints: 30,
    },
    {
      id: 'event-registered',
      label: { [EN]: 'Registered for an event', [ZH_TW]: '報名了活動', [VI]: 'Đã đăng ký tham gia sự kiện' },
      interactionType: 'eventRegistered',
      points: 10,
      frequency: 'each',
      withinDays: 180,
      maxPoints: 20,
    },
    {
      id: 'event-checked-in',
      label: { [EN]: 'Attended an event', [ZH_TW]: '參加了活動', [VI]: 'Đã tham dự sự kiện' },
      interactionType: 'eventCheckedIn',
      points: 20,
      frequency: 'each',
      withinDays: 365,
      maxPoints: 40,
    },
    {
      id: 'unsubscribed',
      label: {
        [EN]: 'Unsubscribed from marketing email',
        [ZH_TW]: '取消訂閱了行銷電子郵件',
        [VI]: 'Đã hủy đăng ký nhận email tiếp thị',
      },
      interactionType: 'unsubscribed',
      points: -30,
      frequency: 'once',
    },
  ],
  fieldRules: [
    {
      id: 'decision-maker',
      label: { [EN]: 'Decision maker', [ZH_TW]: '決策者', [VI]: 'Người ra quyết định' },
      entity: 'contact',
      column: 'accountrolecode',
      operator: 'eq',
      value: ROLE.decisionMaker,
      points: 15,
    },
    {
      id: 'influencer',
      label: { [EN]: 'Influencer', [ZH_TW]: '影響者', [VI]: 'Người có ảnh hưởng' },
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

/** The default model as the shipped web resource holds it: indented, for an admin who opens it to start their own. */
export const DEFAULT_SCORING_MODEL_JSON = `${JSON.stringify(DEFAULT_SCORING_MODEL, null, 2)}\n`;
