/**
 * The panel in a real browser: headless Chromium (Debian's) opens the preview page that `npm start` serves, renders a
 * scored demo lead, and shows its score against the sales-ready score as a sentence, its grade and its reasons with
 * each rule's label — in English, Traditional Chinese and Vietnamese. A screenshot of each goes to test-output/browser/. Runs where /usr/bin/chromium
 * exists; in CI a missing Chromium is a failure, not a skip.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { DataverseClient } from '../../dataverse';
import { Emulator, emulatorId } from '../../emulator';
import { startPanelServer, type PanelServer } from '../../bin/start/panelServer';
import { DEFAULT_SCORING_MODEL, decodeScoreReasons } from '../../plugins/scoring';
import { rescoreAll } from '../../plugins/rescoring';
import { LEADLINK_CUSTOMIZATIONS } from '../../schema/customizations';
import { LEAD_SCORE_COLUMNS } from '../../schema/leadlink';
import { fill, resxStrings } from './resx';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = path.resolve(__dirname, '../../test-output/browser');
const available = existsSync(CHROMIUM);
/** How long a browser step may take: generous, since a busy machine makes Chromium slow, never wrong. */
const BROWSER_WAIT_MS = 120_000;
const run = available || process.env.CI ? describe : describe.skip;

run('the marketing insights panel in Chromium', () => {
  let emulator: Emulator;
  let panel: PanelServer;
  let browser: Browser;
  let client: DataverseClient;
  const leadId = emulatorId('lead:conf-nancy');

  beforeAll(async () => {
    if (!available)
      throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's chromium package (.ci/run does).`);
    emulator = await new Emulator({ seed: 'demo', customizations: LEADLINK_CUSTOMIZATIONS }).start();
    client = DataverseClient.fromConfig({ url: emulator.url, authorityHost: '', credentials: { kind: 'none' } });
    await rescoreAll({ dataverse: client, now: () => new Date() }, DEFAULT_SCORING_MODEL);
    panel = await startPanelServer(emulator.url, 0);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      timeout: BROWSER_WAIT_MS,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    mkdirSync(OUTPUT, { recursive: true });
  }, 5 * BROWSER_WAIT_MS);

  afterAll(async () => {
    await browser?.close();
    await panel?.close();
    client?.close();
    await emulator?.stop();
  });

  it.each([
    [1033, 'en-US'],
    [1028, 'zh-TW'],
    [1066, 'vi-VN'],
  ])(
    'renders a scored lead with its score, grade and reasons in %i',
    async (lcid, locale) => {
      const lead = await client.retrieve('leads', leadId, {
        select: [LEAD_SCORE_COLUMNS.score, LEAD_SCORE_COLUMNS.grade, LEAD_SCORE_COLUMNS.scoreReasons],
      });
      const score = lead[LEAD_SCORE_COLUMNS.score] as number;
      const grade = lead[LEAD_SCORE_COLUMNS.grade] as string;
      const { reasons, salesReadyScore } = decodeScoreReasons(lead[LEAD_SCORE_COLUMNS.scoreReasons] as string);
      expect(reasons.length).toBeGreaterThan(2);
      const strings = resxStrings(lcid);
      const number = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);

      const page = await browser.newPage({ viewport: { width: 1100, height: 1400 }, locale });
      page.setDefaultTimeout(BROWSER_WAIT_MS);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${panel.url}?entity=lead&id=${leadId}&lcid=${lcid}`);
      const scoreText = fill(strings.Score_OfThreshold ?? '', number(score), number(salesReadyScore ?? NaN));
      await page.getByText(scoreText, { exact: true }).waitFor();

      await expect(page.getByText(strings.Score_Title ?? '', { exact: true }).count()).resolves.toBe(1);
      await expect(page.getByText(fill(strings.Grade_Value ?? '', grade), { exact: true }).count()).resolves.toBe(1);
      await expect(page.getByText(strings.Reasons_Title ?? '', { exact: true }).count()).resolves.toBe(1);
      // Each rule in the page's language: the default model labels every rule in all three.
      for (const reason of reasons) {
        const label = reason.translations?.[String(lcid)] ?? reason.label;
        if (lcid !== 1033) expect(label).not.toBe(reason.label);
        await expect(page.getByRole('row').filter({ hasText: label }).count()).resolves.toBeGreaterThan(0);
      }
      // The progress bar carries the same numbers for screen readers.
      const bar = page.getByRole('progressbar');
      await expect(bar.getAttribute('aria-label')).resolves.toBe(
        fill(strings.Score_AriaValue ?? '', number(score), number(salesReadyScore ?? NaN)),
      );
      await page.screenshot({ path: path.join(OUTPUT, `panel-lead-${lcid}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    },
    5 * BROWSER_WAIT_MS,
  );
});
