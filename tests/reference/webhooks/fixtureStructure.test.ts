/**
 * Each of LeadLink's webhook fixtures has exactly the structure of the real body it mirrors: the same members in the
 * same order, array lengths, `__type`s as written, date forms, GUID case, escapes and number forms (tests/support/
 * jsonShape.ts says what a shape holds) — and none of the real body's ids.
 */
import { jsonShape, shapeDifference } from '../../support/jsonShape';
import { WEBHOOK_FIXTURES, webhookFixture, type WebhookFixtureName } from '../../support/webhookFixtures';
import { captureText, MIRRORED } from './captures';

const GUIDS = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/g;
const NIL = '00000000-0000-0000-0000-000000000000';

describe.each(Object.keys(WEBHOOK_FIXTURES) as WebhookFixtureName[])('%s', (name) => {
  const ours = webhookFixture(name);
  const theirs = captureText(MIRRORED[name]);

  it(`has the structure of ${MIRRORED[name]}`, () => {
    expect(shapeDifference(jsonShape(ours), jsonShape(theirs))).toBeUndefined();
  });

  it('has its own ids and dates, not the capture’s', () => {
    const theirIds = new Set((theirs.match(GUIDS) ?? []).map((id) => id.toLowerCase()));
    const shared = (ours.match(GUIDS) ?? []).filter((id) => id !== NIL && theirIds.has(id.toLowerCase()));
    expect(shared).toEqual([]);
    const theirDates = new Set(theirs.match(/Date\(-?\d+/g) ?? []);
    expect((ours.match(/Date\(-?\d+/g) ?? []).filter((d) => theirDates.has(d))).toEqual([]);
    expect(ours).not.toBe(theirs);
  });
});

describe('the shape', () => {
  const docs = captureText(MIRRORED.updateContact);

  it('tells apart what a fixture must keep', () => {
    const differs = (changed: string) => shapeDifference(jsonShape(changed), jsonShape(docs));
    expect(differs(docs)).toBeUndefined();
    expect(differs(docs.split('\\/').join('/'))).toMatch(/__type/);
    expect(differs(docs.replace('"Depth": 1,', '"Depth": 1.0,'))).toMatch(
      /\$\.Depth: number 1 decimals where the capture has number whole/,
    );
    expect(differs(docs.replace('"Depth": 1,', '').replace('"MessageName"', '"Depth": 1, "MessageName"'))).toMatch(
      /members/,
    );
    expect(differs(docs.replace(/Date\((\d+)-0700\)/, 'Date($1)'))).toMatch(
      /date escaped ms where the capture has date escaped ms\+offset/,
    );
    expect(
      differs(
        docs
          .replace(/"6d81597f/g, '"6D81597F')
          .replace(/-0f9f-e711-8122-000d3aa2331c"/g, '-0F9F-E711-8122-000D3AA2331C"'),
      ),
    ).toMatch(/guid upper where the capture has guid lower/);
  });
});
