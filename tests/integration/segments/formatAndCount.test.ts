/**
 * What a person reads: the preview as text (counts, the contacts table, the exclusions table), and counts past
 * Dataverse's aggregate limit reported as "more than" instead of failing — checked against the emulator, which
 * enforces a query's aggregatelimit as Dataverse does.
 */
import type { DataverseClient } from '../../../dataverse';
import { Emulator } from '../../../emulator';
import { compileSegment, formatSegmentPreview, runSegmentCount, type SegmentPreview } from '../../../plugins/segments';
import { clientFor, segmentFile } from './helpers/client';

const base: SegmentPreview = {
  count: 2,
  countBeforeExclusions: 3,
  contacts: [
    { contactId: '00000000-0000-0000-0000-000000000001', fullName: 'Ana Trujillo', email: 'ana@example.com' },
    { contactId: '00000000-0000-0000-0000-000000000002' },
  ],
  exclusions: [
    { id: 'doNotEmail', description: 'contacts who do not allow email (donotemail = true)', removed: 1, onlyThis: 1 },
  ],
  notExcluded: ['inactiveContacts'],
  fetchXml: '<fetch/>',
};

describe('formatSegmentPreview', () => {
  it('says how many, lists them (blank cells for missing values), and what was left out or let in', () => {
    const text = formatSegmentPreview(base);
    expect(text.split('\n')).toEqual([
      'Segment: 2 contacts (3 before exclusions)',
      '',
      '  #  Name          Email',
      '  1  Ana Trujillo  ana@example.com',
      '  2',
      '',
      'Excluded (a contact may be caught by more than one):',
      '  Exclusion                                            Removed  Only by this',
      '  contacts who do not allow email (donotemail = true)        1             1',
      '',
      'Not excluded (the definition lets them in): inactiveContacts',
    ]);
  });

  it('says when it shows only the first contacts, and reads "more than" counts', () => {
    const text = formatSegmentPreview({
      ...base,
      name: 'Big',
      count: { moreThan: 50000 },
      countBeforeExclusions: { moreThan: 50000 },
    });
    expect(text).toMatch(/^Segment "Big": more than 50,000 contacts \(more than 50,000 before exclusions\)$/m);
    expect(text).toMatch(/^ {2}Showing the first 2 of more than 50,000\.$/m);
    expect(formatSegmentPreview({ ...base, count: 1, contacts: [] })).toMatch(
      /^Segment: 1 contact .*\n\n {2}No contacts\.$/m,
    );
  });

  it('prints names with control characters replaced, so they cannot drive the terminal, and cuts long ones', () => {
    const text = formatSegmentPreview({
      ...base,
      contacts: [{ contactId: 'x', fullName: 'Evil\u001b[2J\u0007Name', email: `${'a'.repeat(60)}@example.com` }],
    });
    expect([...text].filter((ch) => ch !== '\n' && ch < ' ')).toEqual([]);
    expect(text).toContain('Evil\uFFFD[2J\uFFFDName');
    expect(text).toContain(`${'a'.repeat(47)}…`);
  });
});

describe('runSegmentCount', () => {
  let emu: Emulator;
  let client: DataverseClient;
  beforeAll(async () => {
    emu = await new Emulator({ seed: 'demo' }).start();
    client = clientFor(emu);
  });
  afterAll(async () => {
    client.close();
    await emu.stop();
  });

  it('counts, and reports "more than the limit" when Dataverse refuses to aggregate that many rows', async () => {
    const { baseCountFetchXml } = compileSegment(await segmentFile(client, 'contoso-conference-decision-makers.json'));
    expect(await runSegmentCount(client, baseCountFetchXml)).toBe(7);
    const limited = baseCountFetchXml.replace(/^<fetch /, '<fetch aggregatelimit="5" ');
    expect(await runSegmentCount(client, limited)).toEqual({ moreThan: 5 });
  });
});
