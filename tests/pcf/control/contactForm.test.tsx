import { act, screen, within } from '@testing-library/react';
import { INTERACTION, INTERACTION_TYPE } from '../../../schema/leadlink';
import { STATE_CODE } from '../../../pcf-controls/MarketingInsightsPanel/logic/dataverseNames';
import { IDS, daysAgo } from '../helpers/fixtures';
import { createGate, putPanelOnForm } from '../helpers/panelHarness';

function cells(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}

describe('the panel on a contact form', () => {
  it('loads, then shows the contact, its leads with scores, and its interactions', async () => {
    const gate = createGate();
    const panel = putPanelOnForm({ entityTypeName: 'contact', entityId: IDS.ana, fake: { gate: gate.promise } });
    expect(screen.getByText('Loading marketing insights…')).toBeTruthy();
    await act(async () => gate.open());
    const contact = await screen.findByRole('region', { name: 'Contact' });
    // On its own form the contact's name is plain text, not a link to itself.
    expect(within(contact).getByText('Ana Nguyen').closest('button')).toBeNull();
    expect(within(contact).getByText('Marketing only')).toBeTruthy();
    expect(within(contact).getByText('ana@example.com')).toBeTruthy();
    const leads = screen.getByRole('table', { name: 'Leads' });
    expect(cells(leads)).toEqual([
      ['2023 deal', '80', 'A', '✓Sales-ready', 'Qualified'],
      ['Contoso conference', '62', 'A', '✓Sales-ready', 'Open'],
      ['Webinar', '35', 'B', '○Not sales-ready', 'Open'],
    ]);
    const counts = screen.getByRole('table', { name: 'Interactions by type' });
    expect(cells(counts).at(-1)).toEqual(['Total', '8', '13']);
    expect(within(screen.getByRole('table', { name: 'Latest interactions' })).getAllByRole('row')).toHaveLength(21);
    expect(panel.api.calls).toHaveLength(3);
  });

  it('shows a sales contact who is a minor with consent, and honest empty sections', async () => {
    putPanelOnForm({ entityTypeName: 'contact', entityId: IDS.chi });
    const contact = await screen.findByRole('region', { name: 'Contact' });
    expect(within(contact).getByText('Sales contact')).toBeTruthy();
    expect(screen.getByText('No leads.')).toBeTruthy();
    expect(screen.getByText('No interactions yet.')).toBeTruthy();
    expect(screen.getByText('No interactions in the last 90 days.')).toBeTruthy();
  });

  it('says the counts are partial when a very active contact has more interactions than one read returns', async () => {
    const now = new Date();
    putPanelOnForm({
      entityTypeName: 'contact',
      entityId: IDS.chi,
      now,
      editDatabase: (database) => ({
        ...database,
        [INTERACTION.table]: Array.from({ length: 600 }, (_, index) => ({
          [INTERACTION.id]: `f0000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
          [INTERACTION.contact]: IDS.chi,
          [INTERACTION.type]: INTERACTION_TYPE.websiteVisited,
          [INTERACTION.occurredOn]: daysAgo(now, index / 100),
          [STATE_CODE]: 0,
        })),
      }),
    });
    expect(
      await screen.findByText('Counts include only the latest 500 interactions, so the real numbers may be higher.'),
    ).toBeTruthy();
    const counts = screen.getByRole('table', { name: 'Interactions by type' });
    expect(cells(counts).at(-1)).toEqual(['Total', '500', '500']);
  });

  it('says the user lacks permission when reading the contact is forbidden', async () => {
    putPanelOnForm({
      entityTypeName: 'contact',
      entityId: IDS.ana,
      fake: { fail: (call) => (call.method === 'retrieveRecord' ? { status: 403, message: 'Forbidden' } : undefined) },
    });
    expect(await screen.findByText("You don't have permission to see these insights")).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Contact' })).toBeNull();
  });

  it('says the record is gone when the contact no longer exists, and that loading failed otherwise', async () => {
    const gone = putPanelOnForm({ entityTypeName: 'contact', entityId: 'c0000000-0000-4000-8000-0000000000ff' });
    expect(await screen.findByText("This record couldn't be found")).toBeTruthy();
    expect(screen.getByText('Error code: 0x80040217')).toBeTruthy();
    gone.result.unmount();
    putPanelOnForm({
      entityTypeName: 'contact',
      entityId: IDS.ana,
      fake: {
        fail: (call) =>
          call.entity === 'lead' ? { errorCode: -2147204784, message: 'Generic SQL error.' } : undefined,
      },
    });
    expect(await screen.findByText("Marketing insights couldn't be loaded")).toBeTruthy();
    expect(screen.getByText('Error code: 0x80044150')).toBeTruthy();
  });
});
