import { act, fireEvent, screen, within } from '@testing-library/react';
import { IDS } from '../helpers/fixtures';
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

describe('the panel on an account form', () => {
  it('loads, then ranks the account’s open leads and contacts by score', async () => {
    const gate = createGate();
    const panel = putPanelOnForm({ entityTypeName: 'account', entityId: IDS.account, fake: { gate: gate.promise } });
    expect(screen.getByText('Loading marketing insights…')).toBeTruthy();
    await act(async () => gate.open());
    const leads = await screen.findByRole('table', { name: 'Open leads by score' });
    expect(cells(leads)).toEqual([
      ['Contoso conference', 'Ana Nguyen', '62', 'A', '✓Sales-ready'],
      ['Webinar', 'Ana Nguyen', '35', 'B', '○Not sales-ready'],
      ['Trade show', 'Bao Tran', '10', 'C', '○Not sales-ready'],
      ['Website enquiry', '', 'Not scored', '', '○Not sales-ready'],
    ]);
    const contacts = screen.getByRole('table', { name: 'Contacts by score' });
    expect(cells(contacts)).toEqual([
      ['Ana Nguyen', '62', '2', '✉Marketing only'],
      ['Bao Tran', '10', '1', '✓Sales contact'],
    ]);
    fireEvent.click(within(contacts).getByRole('button', { name: 'Open Bao Tran' }));
    expect(panel.mock.opened).toEqual([{ entityName: 'contact', entityId: IDS.bao }]);
    expect(panel.api.calls).toHaveLength(3);
  });

  it('rolls up the contacts’ interactions, naming the contact on each', async () => {
    putPanelOnForm({ entityTypeName: 'account', entityId: IDS.account });
    const timeline = await screen.findByRole('table', { name: 'Latest interactions' });
    const headers = within(timeline)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Date', 'Type', 'Details', 'Contact', 'Campaign']);
    const bao = within(timeline).getByText('Bao checked in').closest('tr');
    expect(bao?.textContent).toContain('Checked in at event');
    expect(bao?.textContent).toContain('Bao Tran');
    const counts = screen.getByRole('table', { name: 'Interactions by type' });
    expect(cells(counts).at(-1)).toEqual(['Total', '9', '15']);
  });

  it('says so when the account has nothing yet', async () => {
    putPanelOnForm({ entityTypeName: 'account', entityId: IDS.emptyAccount });
    expect(
      await screen.findByText('This account has no contacts, open leads or marketing interactions yet.'),
    ).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says the user lacks permission when one of the reads is refused', async () => {
    putPanelOnForm({
      entityTypeName: 'account',
      entityId: IDS.account,
      fake: {
        fail: (call) =>
          call.entity === 'contact'
            ? { errorCode: -2147187962, message: 'Principal with id does not have ReadAccess right(s)' }
            : undefined,
      },
    });
    expect(await screen.findByText("You don't have permission to see these insights")).toBeTruthy();
    expect(screen.getByText('Error code: 0x80048306')).toBeTruthy();
  });

  it('says loading failed when the service is unreachable', async () => {
    putPanelOnForm({
      entityTypeName: 'account',
      entityId: IDS.account,
      fake: { fail: () => new Error('Network error') },
    });
    expect(await screen.findByText("Marketing insights couldn't be loaded")).toBeTruthy();
  });

  it('explains itself on a table it does not serve, without a request', () => {
    const panel = putPanelOnForm({ entityTypeName: 'opportunity', entityId: IDS.account });
    expect(screen.getByText('Marketing insights are available on lead, contact and account forms.')).toBeTruthy();
    expect(panel.api.calls).toHaveLength(0);
  });
});
