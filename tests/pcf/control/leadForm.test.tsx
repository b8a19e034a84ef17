import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LEAD } from '../../../pcf-controls/MarketingInsightsPanel/logic/dataverseNames';
import { LEAD_SCORE_COLUMNS } from '../../../schema/leadlink';
import { IDS, daysAgo } from '../helpers/fixtures';
import { createGate, putPanelOnForm } from '../helpers/panelHarness';

describe('the panel on a lead form', () => {
  it('shows a spinner while loading, then the score against the sales-ready score', async () => {
    const gate = createGate();
    putPanelOnForm({ entityTypeName: 'lead', entityId: IDS.hotLead, fake: { gate: gate.promise } });
    expect(screen.getByText('Loading marketing insights…')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Marketing insights' }).getAttribute('aria-busy')).toBe('true');
    await act(async () => gate.open());
    const score = await screen.findByRole('region', { name: 'Lead score' });
    expect(within(score).getByText('62 — sales-ready from 60')).toBeTruthy();
    expect(within(score).getByText('Sales-ready score reached')).toBeTruthy();
    const bar = within(score).getByRole('progressbar', { name: 'Score 62 of sales-ready score 60' });
    expect(bar.getAttribute('aria-valuenow')).toBe('60');
    expect(bar.getAttribute('aria-valuemax')).toBe('60');
    expect(within(score).getByText('Grade: A')).toBeTruthy();
    expect(within(score).getByText('Sales-ready')).toBeTruthy();
    expect(screen.queryByText('Loading marketing insights…')).toBeNull();
  });

  it('explains the score: rule, points, count and last date', async () => {
    const now = new Date();
    putPanelOnForm({ entityTypeName: 'lead', entityId: IDS.hotLead, now });
    const reasons = await screen.findByRole('table', { name: 'Why this score' });
    const rows = within(reasons)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(
      within(reasons)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Rule', 'Points', 'Count', 'Last occurred']);
    const short = (days: number) =>
      new Intl.DateTimeFormat('en-US', { dateStyle: 'short' }).format(new Date(daysAgo(now, days)));
    expect(rows.slice(1)).toEqual([
      'Decision maker+301',
      `Clicked a marketing email+202${short(3)}`,
      // Account-based scoring: one of the three visits came from another contact of the account.
      `Visited the pricing page+123 (1 through the account)${short(10)}`,
    ]);
  });

  it('counts interactions by type for 30 and 90 days and lists the latest 20', async () => {
    putPanelOnForm({ entityTypeName: 'lead', entityId: IDS.hotLead });
    const counts = await screen.findByRole('table', { name: 'Interactions by type' });
    const rows = within(counts)
      .getAllByRole('row')
      .map((row) =>
        within(row)
          .queryAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows.slice(1)).toEqual([
      ['Email opened', '3', '4'],
      ['Email link clicked', '2', '2'],
      ['Website visited', '2', '5'],
      ['Form submitted', '1', '2'],
      ['Registered for event', '1', '1'],
      ['Total', '9', '14'],
    ]);
    const timeline = screen.getByRole('table', { name: 'Latest interactions' });
    expect(within(timeline).getAllByRole('row')).toHaveLength(21);
    const pricing = within(timeline).getByRole('link', { name: 'Open Subject 2 in a new tab' });
    expect(pricing.getAttribute('href')).toBe('https://contoso.example/pricing');
    expect(pricing.getAttribute('rel')).toBe('noopener noreferrer');
    // A javascript: URL stays text.
    expect(within(timeline).getByText('Unsafe link').closest('a')).toBeNull();
  });

  it('shows the parent contact with its marketing-only badge and preferences in words', async () => {
    putPanelOnForm({ entityTypeName: 'lead', entityId: IDS.hotLead });
    const contact = await screen.findByRole('region', { name: 'Parent contact' });
    expect(within(contact).getByRole('button', { name: 'Open Ana Nguyen' })).toBeTruthy();
    expect(within(contact).getByText('Marketing only')).toBeTruthy();
    const facts = Array.from(contact.querySelectorAll('dt')).map(
      (dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`,
    );
    expect(facts).toEqual([
      'Bulk email: Do not allow',
      'Email: Allow',
      'Web tracking: Opted out',
      'Minor: No',
      'Parental consent: No',
    ]);
  });

  it('lists the contact’s other open leads and opens one on click', async () => {
    const panel = putPanelOnForm({ entityTypeName: 'lead', entityId: IDS.hotLead });
    const others = await screen.findByRole('table', { name: "Contact's other open leads" });
    const rows = within(others).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]?.textContent).toBe('Webinar35B○Not sales-ready');
    fireEvent.click(within(others).getByRole('button', { name: 'Open Webinar' }));
    expect(panel.mock.opened).toEqual([{ entityName: 'lead', entityId: IDS.warmLead }]);
  });

  it('says "Not scored yet" for a lead that was never scored, instead of 0', async () => {
    putPanelOnForm({ entityTypeName: 'lead', entityId: IDS.orphanLead });
    const score = await screen.findByRole('region', { name: 'Lead score' });
    expect(within(score).getByText('Not scored yet')).toBeTruthy();
    expect(within(score).queryByRole('progressbar')).toBeNull();
    expect(within(score).queryByText(/^0/)).toBeNull();
    expect(within(score).queryByText('Not sales-ready')).toBeNull();
    expect(screen.getByText('No scoring reasons are recorded for this lead.')).toBeTruthy();
    expect(screen.getByText('This lead has no parent contact yet.')).toBeTruthy();
    expect(screen.getByText('No interactions in the last 90 days.')).toBeTruthy();
    expect(screen.getByText('No interactions yet.')).toBeTruthy();
  });

  it('uses the form’s sales-ready score when the reasons do not carry one, and says when there is none', async () => {
    const configured = putPanelOnForm({ entityTypeName: 'lead', entityId: IDS.warmLead, salesReadyScore: 50 });
    expect(await screen.findByText('35 — sales-ready from 50')).toBeTruthy();
    configured.result.unmount();
    putPanelOnForm({ entityTypeName: 'lead', entityId: IDS.warmLead, salesReadyScore: null });
    const score = await screen.findByRole('region', { name: 'Lead score' });
    expect(within(score).getByText('35')).toBeTruthy();
    expect(within(score).getByText("The sales-ready score isn't configured.")).toBeTruthy();
    expect(within(score).queryByRole('progressbar')).toBeNull();
  });

  it('prefers a sales-ready score stored with the reasons over the form’s setting', async () => {
    const now = new Date();
    const panel = putPanelOnForm({ entityTypeName: 'lead', entityId: IDS.hotLead, salesReadyScore: 50, now });
    expect(await screen.findByText('62 — sales-ready from 50')).toBeTruthy();
    panel.result.unmount();
    const reasons = JSON.stringify({ v: 1, s: 75, r: [{ i: 'x', l: 'Something', p: 62, c: 1 }] });
    putPanelOnForm({
      entityTypeName: 'lead',
      entityId: IDS.hotLead,
      salesReadyScore: 50,
      now,
      editDatabase: (database) => ({
        ...database,
        lead: (database['lead'] ?? []).map((lead) =>
          lead[LEAD.id] === IDS.hotLead ? { ...lead, [LEAD_SCORE_COLUMNS.scoreReasons]: reasons } : lead,
        ),
      }),
    });
    expect(await screen.findByText('62 — sales-ready from 75')).toBeTruthy();
  });

  it('loads once per record: at most 3 requests, none on a re-render, again when the record or its data changes', async () => {
    const panel = putPanelOnForm({ entityTypeName: 'lead', entityId: IDS.hotLead, boundValue: 62 });
    await screen.findByText('62 — sales-ready from 60');
    expect(panel.api.calls).toHaveLength(3);
    panel.update(panel.contextWith({ updatedProperties: ['layout'] }).context);
    panel.update(panel.contextWith({}).context);
    await screen.findByText('62 — sales-ready from 60');
    expect(panel.api.calls).toHaveLength(3);
    // A form refresh brings a new value in the bound column: load again.
    panel.update(panel.contextWith({ boundValue: 70, updatedProperties: ['boundColumn'] }).context);
    await waitFor(() => expect(panel.api.calls).toHaveLength(6));
    await screen.findByText('62 — sales-ready from 60');
    // Another record in the same control (form navigation): load that one.
    panel.update(panel.contextWith({ entityId: IDS.warmLead, boundValue: 35 }).context);
    await screen.findByText('35 — sales-ready from 60');
    expect(panel.api.calls).toHaveLength(9);
    expect(panel.api.calls.slice(6).every((call) => call.fetchXml?.includes(IDS.warmLead) ?? false)).toBe(true);
  });

  it('reads as an error, not a crash, when the user lacks a privilege', async () => {
    putPanelOnForm({
      entityTypeName: 'lead',
      entityId: IDS.hotLead,
      fake: {
        fail: (call) =>
          call.entity === 'leadlink_interaction'
            ? { errorCode: -2147220960, message: 'Principal user is missing prvReadleadlink_interaction privilege' }
            : undefined,
      },
    });
    expect(await screen.findByText("You don't have permission to see these insights")).toBeTruthy();
    expect(
      screen.getByText('Ask your administrator for read access to leads, contacts and marketing interactions.', {
        exact: false,
      }),
    ).toBeTruthy();
    expect(screen.getByText('Error code: 0x80040220')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Lead score' })).toBeNull();
  });

  it('tells a failed load and a missing record apart from a permission problem', async () => {
    const failing = putPanelOnForm({
      entityTypeName: 'lead',
      entityId: IDS.hotLead,
      fake: { fail: () => new TypeError('Failed to fetch') },
    });
    expect(await screen.findByText("Marketing insights couldn't be loaded")).toBeTruthy();
    expect(screen.queryByText(/Error code/)).toBeNull();
    failing.result.unmount();
    putPanelOnForm({ entityTypeName: 'lead', entityId: 'b0000000-0000-4000-8000-0000000000ff' });
    expect(await screen.findByText("This record couldn't be found")).toBeTruthy();
  });

  it('marks a lead that sales returned to marketing', async () => {
    putPanelOnForm({ entityTypeName: 'lead', entityId: IDS.baoLead });
    const score = await screen.findByRole('region', { name: 'Lead score' });
    expect(within(score).getByText('10 — sales-ready from 60')).toBeTruthy();
    expect(within(score).getByText('Needs 50 more to be sales-ready')).toBeTruthy();
    expect(within(score).getByText('Returned to marketing')).toBeTruthy();
    expect(within(score).getByText('Not sales-ready')).toBeTruthy();
  });

  it('waits for a new lead to be saved, and sends nothing', () => {
    const panel = putPanelOnForm({ entityTypeName: 'lead', entityId: '' });
    expect(screen.getByText('Save this record to see its marketing insights.')).toBeTruthy();
    expect(panel.api.calls).toHaveLength(0);
  });

  it('keeps to the lifecycle: no outputs, a platform theme is reused, destroy lets go', async () => {
    const themed = putPanelOnForm({ entityTypeName: 'lead', entityId: IDS.hotLead, withPlatformTheme: true });
    await screen.findByText('62 — sales-ready from 60');
    expect(themed.result.container.querySelector('.fui-FluentProvider')).toBeNull();
    expect(themed.control.getOutputs()).toEqual({});
    themed.control.destroy();
    themed.result.unmount();
    const plain = putPanelOnForm({ entityTypeName: 'lead', entityId: IDS.hotLead });
    await screen.findByText('62 — sales-ready from 60');
    expect(plain.result.container.querySelector('.fui-FluentProvider')).not.toBeNull();
  });
});
