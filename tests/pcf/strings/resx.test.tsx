import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { MANIFEST_STRING_KEYS, UI_STRING_KEYS } from '../../../pcf-controls/MarketingInsightsPanel/logic/strings';
import { IDS } from '../helpers/fixtures';
import { putPanelOnForm } from '../helpers/panelHarness';
import { LANGUAGES, loadResx } from '../helpers/resx';

const ALL_KEYS = [...MANIFEST_STRING_KEYS, ...UI_STRING_KEYS];
const TRANSLATIONS = [LANGUAGES.traditionalChinese, LANGUAGES.vietnamese];

/**
 * Values allowed to equal the English text: "Email", which Vietnamese uses as a loanword (Microsoft's Vietnamese UI
 * writes "Email" too). The score line is a sentence in every language, not "{0} / {1}".
 */
const SAME_AS_ENGLISH: Readonly<Record<number, readonly string[]>> = {
  1028: [],
  1066: ['Pref_Email'],
};

function placeholders(text: string): string[] {
  return (text.match(/\{\d+\}/g) ?? []).sort();
}

describe('the resx files', () => {
  it('hold exactly the keys the control uses, in all three languages', () => {
    for (const language of Object.values(LANGUAGES)) {
      const keys = [...loadResx(language).keys()].sort();
      expect({ language, keys }).toEqual({ language, keys: [...ALL_KEYS].sort() });
    }
  });

  it('cover every key the manifest names', () => {
    const manifest = readFileSync(
      join(__dirname, '..', '..', '..', 'pcf-controls', 'MarketingInsightsPanel', 'ControlManifest.Input.xml'),
      'utf8',
    );
    const named = [...manifest.matchAll(/(?:display-name-key|description-key)="([^"]+)"/g)].map((match) => match[1]);
    expect(named.length).toBeGreaterThan(0);
    for (const key of named) expect(MANIFEST_STRING_KEYS).toContain(key);
    for (const lcid of Object.values(LANGUAGES)) {
      expect(manifest).toContain(`strings/MarketingInsightsPanel.${lcid}.resx`);
    }
  });

  it('are translated: nothing left in English in 1028 or 1066 except the listed exceptions', () => {
    const english = loadResx(LANGUAGES.english);
    for (const language of TRANSLATIONS) {
      const strings = loadResx(language);
      const untranslated = ALL_KEYS.filter((key) => strings.get(key) === english.get(key));
      expect({ language, untranslated }).toEqual({ language, untranslated: SAME_AS_ENGLISH[language] });
    }
  });

  it('write Traditional Chinese in Han characters, not Simplified forms', () => {
    const chinese = loadResx(LANGUAGES.traditionalChinese);
    // Characters whose Simplified forms differ and which this UI uses (e.g. 載/载, 錄/录, 設/设, 與/与, 聯/联, 絡/络).
    const simplified = /[载录设与联络个说请数据网务览户类]/;
    for (const key of ALL_KEYS) {
      const value = chinese.get(key) ?? '';
      if (SAME_AS_ENGLISH[1028]?.includes(key)) continue;
      expect({ key, hasHan: /\p{Script=Han}/u.test(value) }).toEqual({ key, hasHan: true });
      expect({ key, simplified: simplified.exec(value)?.[0] ?? null }).toEqual({ key, simplified: null });
    }
  });

  it('write Vietnamese with its diacritics', () => {
    const vietnamese = loadResx(LANGUAGES.vietnamese);
    const withDiacritics = ALL_KEYS.filter((key) =>
      /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i.test(vietnamese.get(key) ?? ''),
    );
    // Every string with words in it carries Vietnamese letters; only placeholders and the loanword are exempt.
    expect(ALL_KEYS.filter((key) => !withDiacritics.includes(key))).toEqual(['Pref_Email']);
  });

  it('keep the same placeholders in every language', () => {
    const english = loadResx(LANGUAGES.english);
    for (const language of TRANSLATIONS) {
      const strings = loadResx(language);
      for (const key of ALL_KEYS) {
        expect({ language, key, placeholders: placeholders(strings.get(key) ?? '') }).toEqual({
          language,
          key,
          placeholders: placeholders(english.get(key) ?? ''),
        });
      }
    }
  });
});

describe('the panel in the user’s language', () => {
  it.each([
    [
      LANGUAGES.traditionalChinese,
      '潛在客戶分數',
      '62 分 — 60 分起即銷售就緒',
      '等級：A',
      '銷售就緒',
      '分數原因',
      '僅限行銷',
      '已點按電子郵件連結',
      ['決策者', '點選了行銷電子郵件'],
    ],
    [
      LANGUAGES.vietnamese,
      'Điểm khách hàng tiềm năng',
      '62 điểm — sẵn sàng bán hàng từ 60 điểm',
      'Hạng: A',
      'Sẵn sàng bán hàng',
      'Lý do có điểm này',
      'Chỉ dùng cho tiếp thị',
      'Đã nhấp vào liên kết trong email',
      ['Người ra quyết định', 'Đã nhấp vào email tiếp thị'],
    ],
  ])(
    'renders a lead in %i',
    async (languageId, scoreTitle, scoreLine, grade, salesReady, reasonsTitle, marketingOnly, clicked, rules) => {
      putPanelOnForm({ entityTypeName: 'lead', entityId: IDS.hotLead, languageId });
      const score = await screen.findByRole('region', { name: scoreTitle });
      expect(within(score).getByText(scoreLine)).toBeTruthy();
      expect(within(score).getByText(grade)).toBeTruthy();
      expect(within(score).getByText(salesReady)).toBeTruthy();
      const reasons = screen.getByRole('table', { name: reasonsTitle });
      // Each rule in the user's language; one stored with its English label only falls back to it.
      expect(
        within(reasons)
          .getAllByRole('row')
          .slice(1)
          .map((row) => row.firstChild?.textContent),
      ).toEqual([...rules, 'Visited the pricing page']);
      expect(screen.getByText(marketingOnly)).toBeTruthy();
      // The interaction type is named in the user's language in the counts and in the timeline.
      expect(screen.getAllByRole('cell', { name: clicked })).toHaveLength(3);
      expect(document.body.textContent).not.toMatch(/⟦missing:/);
    },
  );

  it('formats dates and numbers for the user: Vietnamese dates are day/month/year', async () => {
    const now = new Date();
    putPanelOnForm({ entityTypeName: 'lead', entityId: IDS.hotLead, languageId: LANGUAGES.vietnamese, now });
    const reasons = await screen.findByRole('table', { name: 'Lý do có điểm này' });
    const threeDaysAgo = new Date(now.getTime() - 3 * 86400000);
    const expected = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short' }).format(threeDaysAgo);
    expect(expected).toMatch(new RegExp(`^0?${threeDaysAgo.getDate()}/0?${threeDaysAgo.getMonth() + 1}/`));
    expect(within(reasons).getByText(expected)).toBeTruthy();
  });

  it('says "Not scored yet" and the empty states in Chinese', async () => {
    putPanelOnForm({ entityTypeName: 'lead', entityId: IDS.orphanLead, languageId: LANGUAGES.traditionalChinese });
    expect(await screen.findByText('尚未評分')).toBeTruthy();
    expect(screen.getByText('此潛在客戶尚無上層連絡人。')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/[A-Za-z]{4,}/);
  });
});
