import { screen, within } from '@testing-library/react';
import { IDS } from '../helpers/fixtures';
import { putPanelOnForm } from '../helpers/panelHarness';

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]';

/** What Tab walks through, in order (no element here uses a positive tabindex, checked below). */
function tabOrder(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(TABBABLE)).filter((element) => element.tabIndex >= 0);
}

function accessibleName(element: HTMLElement): string {
  return element.getAttribute('aria-label') ?? element.textContent ?? '';
}

describe('keyboard and screen reader access', () => {
  it('tabs through the lead panel in reading order, with nothing out of order or unreachable', async () => {
    const panel = putPanelOnForm({ entityTypeName: 'lead', entityId: IDS.hotLead });
    await screen.findByText('62 — sales-ready from 60');
    const container = panel.result.container;
    expect(Array.from(container.querySelectorAll<HTMLElement>('[tabindex]')).filter((e) => e.tabIndex > 0)).toEqual([]);
    const order = tabOrder(container);
    expect(order.map(accessibleName)).toEqual([
      'Open Ana Nguyen',
      'Latest interactions',
      'Open Subject 2 in a new tab',
      'Open Webinar',
    ]);
    for (const element of order) {
      element.focus();
      expect(document.activeElement).toBe(element);
    }
    // Record links are real buttons, so Enter and Space work as users expect.
    for (const element of order.filter((e) => accessibleName(e).startsWith('Open ') && !e.hasAttribute('href'))) {
      expect(element.tagName).toBe('BUTTON');
    }
  });

  it('labels every section, table and the score bar, and gives tables column headers', async () => {
    putPanelOnForm({ entityTypeName: 'lead', entityId: IDS.hotLead });
    await screen.findByText('62 — sales-ready from 60');
    const regions = screen
      .getAllByRole('region')
      .map((region) => accessibleName(region) || region.getAttribute('aria-labelledby'));
    expect(regions.every((name) => name !== null && name !== '')).toBe(true);
    expect(
      screen
        .getAllByRole('region')
        .map(
          (region) =>
            region.getAttribute('aria-label') ??
            document.getElementById(region.getAttribute('aria-labelledby') ?? '')?.textContent,
        ),
    ).toEqual([
      'Marketing insights',
      'Lead score',
      'Parent contact',
      'Interactions by type',
      'Why this score',
      'Latest interactions',
      'Latest interactions',
      "Contact's other open leads",
    ]);
    for (const table of screen.getAllByRole('table')) {
      expect(table.getAttribute('aria-label')).toBeTruthy();
      expect(within(table).getAllByRole('columnheader').length).toBeGreaterThan(1);
    }
    expect(screen.getByRole('progressbar').getAttribute('aria-label')).toBe('Score 62 of sales-ready score 60');
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Lead score',
      'Parent contact',
      'Interactions by type',
      'Why this score',
      'Latest interactions',
      "Contact's other open leads",
    ]);
  });

  it('never relies on colour alone: every badge says what it means, symbols are hidden from screen readers', async () => {
    const panel = putPanelOnForm({ entityTypeName: 'account', entityId: IDS.account });
    await screen.findByRole('table', { name: 'Contacts by score' });
    const badges = Array.from(panel.result.container.querySelectorAll<HTMLElement>('.fui-Badge'));
    expect(badges.length).toBeGreaterThan(4);
    for (const badge of badges) {
      const words = Array.from(badge.childNodes)
        .filter((node) => !(node instanceof HTMLElement && node.querySelector('[aria-hidden="true"]')))
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
      expect(words).toMatch(/[A-Za-z]{2,}/);
    }
    for (const icon of Array.from(panel.result.container.querySelectorAll('.fui-Badge__icon > span'))) {
      expect(icon.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('announces loading and errors as text', async () => {
    putPanelOnForm({
      entityTypeName: 'contact',
      entityId: IDS.ana,
      fake: { fail: () => ({ errorCode: -2147220960, message: 'missing privilege' }) },
    });
    expect(screen.getByRole('progressbar', { name: 'Loading marketing insights…' })).toBeTruthy();
    const title = await screen.findByText("You don't have permission to see these insights");
    expect(title.closest('.fui-MessageBar')).not.toBeNull();
  });
});
