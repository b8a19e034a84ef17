import { validateInteraction } from '../../../plugins/interactions';

const NOW = new Date('2026-05-10T12:00:00Z');
const CONTACT = '6D81597F-0F9F-E711-8122-000D3AA2331C';
const good = { sourceId: ' esp-1 ', contactId: CONTACT, type: 'emailClicked', occurredOn: '2026-05-01T10:00:00+02:00' };

function errorsOf(item: unknown): string[] {
  const result = validateInteraction(item, NOW);
  if (result.ok) throw new Error('expected the item to be refused');
  return result.errors;
}

describe('validateInteraction', () => {
  it('accepts a complete item and normalizes it: trimmed text, lower-case GUIDs, UTC dates', () => {
    const result = validateInteraction(
      { ...good, leadId: CONTACT, subject: ' May newsletter ', url: 'https://contoso.example.com/a', campaign: '' },
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        sourceId: 'esp-1',
        contactId: CONTACT.toLowerCase(),
        leadId: CONTACT.toLowerCase(),
        type: 'emailClicked',
        occurredOn: '2026-05-01T08:00:00.000Z',
        subject: 'May newsletter',
        url: 'https://contoso.example.com/a',
        campaign: undefined,
      },
    });
  });

  it('says which required fields are missing, all at once', () => {
    expect(errorsOf({})).toEqual([
      'sourceId: is required',
      'contactId: is required',
      'type: is required',
      'occurredOn: is required',
    ]);
  });

  it('names unknown fields, so a typo is not silently dropped', () => {
    expect(errorsOf({ ...good, occuredOn: 'x' })).toEqual([
      'occuredOn: is not a field of an interaction (expected sourceId, contactId, leadId, type, occurredOn, subject, url, campaign)',
    ]);
  });

  it('refuses values of the wrong shape with what was sent', () => {
    expect(errorsOf({ ...good, contactId: 'nancy' })).toEqual([
      'contactId: must be a GUID such as 6d81597f-0f9f-e711-8122-000d3aa2331c, got "nancy"',
    ]);
    expect(errorsOf({ ...good, leadId: 42 })).toEqual([
      'leadId: must be a GUID such as 6d81597f-0f9f-e711-8122-000d3aa2331c, got number 42',
    ]);
    expect(errorsOf({ ...good, sourceId: '   ' })).toEqual(['sourceId: must not be empty']);
    expect(errorsOf({ ...good, subject: ['a'] })).toEqual(['subject: must be a string, got an array']);
    expect(errorsOf({ ...good, type: 742100001 })).toEqual([
      'type: must be one of emailOpened, emailClicked, websiteVisited, formSubmitted, eventRegistered, eventCheckedIn, unsubscribed; got number 742100001',
    ]);
  });

  it('wants a date and time with a zone, not in the future, not before 1753', () => {
    const dateError = /^occurredOn: must be an ISO 8601 date and time with a time zone/;
    expect(errorsOf({ ...good, occurredOn: '2026-05-01' })).toEqual([expect.stringMatching(dateError)]);
    expect(errorsOf({ ...good, occurredOn: '2026-05-01T10:00:00' })).toEqual([expect.stringMatching(dateError)]);
    expect(errorsOf({ ...good, occurredOn: '2026-05-10T12:06:00Z' })).toEqual([
      'occurredOn: 2026-05-10T12:06:00.000Z is in the future',
    ]);
    expect(validateInteraction({ ...good, occurredOn: '2026-05-10T12:04:00Z' }, NOW).ok).toBe(true);
    expect(errorsOf({ ...good, occurredOn: '1700-01-01T00:00:00Z' })).toEqual([
      'occurredOn: 1700-01-01T00:00:00Z is before 1753-01-01, the earliest date Dataverse stores',
    ]);
    expect(errorsOf({ ...good, occurredOn: '0001-01-01T00:00:00Z' })).toEqual([
      'occurredOn: 0001-01-01T00:00:00Z is before 1753-01-01, the earliest date Dataverse stores',
    ]);
  });

  it('refuses a date that does not exist instead of moving it to another day', () => {
    expect(errorsOf({ ...good, occurredOn: '2026-02-30T10:00:00Z' })).toEqual([
      'occurredOn: 2026-02-30T10:00:00Z is not a date: February 2026 has 28 days',
    ]);
    expect(errorsOf({ ...good, occurredOn: '2026-05-01T24:00:00Z' })).toEqual([
      'occurredOn: 2026-05-01T24:00:00Z is not a time of day: hours run 00 to 23, minutes and seconds 00 to 59',
    ]);
    expect(errorsOf({ ...good, occurredOn: '2026-13-01T10:00:00Z' })).toEqual([
      'occurredOn: 2026-13-01T10:00:00Z has no month 13: months run 01 to 12',
    ]);
  });

  it('summarizes many unknown fields in one short problem, and lists at most 20 problems', () => {
    const noisy: Record<string, unknown> = { ...good };
    for (let i = 0; i < 20_000; i += 1) noisy[`extra${i}`] = i;
    const errors = errorsOf(noisy);
    expect(errors).toEqual([
      '20,000 unknown fields, e.g. extra0, extra1, extra2, are not fields of an interaction (expected sourceId, contactId, leadId, type, occurredOn, subject, url, campaign)',
    ]);
    const long = { ...good, ['k'.repeat(10_000)]: 1, 'a\nb': 2 };
    expect(errorsOf(long)).toEqual([
      `"${'k'.repeat(40)}…": is not a field of an interaction (expected sourceId, contactId, leadId, type, occurredOn, subject, url, campaign)`,
      '"a\\nb": is not a field of an interaction (expected sourceId, contactId, leadId, type, occurredOn, subject, url, campaign)',
    ]);
  });

  it('holds text to the lengths of the interaction table', () => {
    expect(errorsOf({ ...good, sourceId: 'x'.repeat(201) })).toEqual([
      'sourceId: is 201 characters long; at most 200 fit',
    ]);
    expect(errorsOf({ ...good, url: 'x'.repeat(2001) })).toEqual(['url: is 2001 characters long; at most 2000 fit']);
    expect(validateInteraction({ ...good, subject: 'x'.repeat(400) }, NOW).ok).toBe(true);
  });

  it('refuses an item that is not an object', () => {
    expect(errorsOf(null)).toEqual(['must be a JSON object, got null']);
    expect(errorsOf([good])).toEqual(['must be a JSON object, got an array']);
    expect(errorsOf('x'.repeat(100))).toEqual([`must be a JSON object, got "${'x'.repeat(60)}…"`]);
  });
});
