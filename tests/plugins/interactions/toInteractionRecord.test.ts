import { toInteractionRecord } from '../../../plugins/interactions';
import { INTERACTION, INTERACTION_TYPE } from '../../../schema/leadlink';

const base = {
  sourceId: 'esp-1',
  contactId: '6d81597f-0f9f-e711-8122-000d3aa2331c',
  leadId: undefined,
  type: 'websiteVisited' as const,
  occurredOn: '2026-05-01T08:00:00.000Z',
  subject: undefined,
  url: 'https://contoso.example.com/pricing',
  campaign: undefined,
};

describe('toInteractionRecord', () => {
  it('binds the contact, sets the choice value and names the row after its type and what it was about', () => {
    expect(toInteractionRecord(base)).toEqual({
      [INTERACTION.name]: 'Website visited: https://contoso.example.com/pricing',
      [INTERACTION.sourceId]: 'esp-1',
      [INTERACTION.type]: INTERACTION_TYPE.websiteVisited,
      [INTERACTION.occurredOn]: '2026-05-01T08:00:00.000Z',
      [`${INTERACTION.contactNav}@odata.bind`]: '/contacts(6d81597f-0f9f-e711-8122-000d3aa2331c)',
      [INTERACTION.url]: 'https://contoso.example.com/pricing',
    });
  });

  it('binds the lead when given, prefers the subject for the name, and keeps the name within 200 characters', () => {
    const record = toInteractionRecord({
      ...base,
      leadId: base.contactId,
      subject: 's'.repeat(300),
      type: 'emailOpened',
    });
    expect(record[`${INTERACTION.leadNav}@odata.bind`]).toBe('/leads(6d81597f-0f9f-e711-8122-000d3aa2331c)');
    expect(record[INTERACTION.name]).toBe(`Email opened: ${'s'.repeat(186)}`);
    expect(toInteractionRecord({ ...base, url: undefined, type: 'unsubscribed' })[INTERACTION.name]).toBe(
      'Unsubscribed',
    );
  });
});
