/**
 * The example definitions in segments/: each is valid against the table definitions the emulator serves, compiles to
 * FetchXML that FetchXML's rules accept (the reference suite adds Microsoft's Fetch.xsd), and selects on the demo data
 * what its description says — computed here from the demo declarations.
 */
import { readdirSync } from 'node:fs';
import type { DataverseClient } from '../../../dataverse';
import { Emulator } from '../../../emulator';
import { DEMO_ACCOUNTS, DEMO_CONTACTS, DEMO_LEADS } from '../../../emulator/seed/demoData';
import { compileSegment, previewSegment, validateFetchXml } from '../../../plugins/segments';
import { clientFor, SEGMENTS_FOLDER, segmentFile } from './helpers/client';

const files = readdirSync(SEGMENTS_FOLDER).filter((f) => f.endsWith('.json'));

it('has examples', () => {
  expect(files).toEqual(
    expect.arrayContaining(['contoso-conference-decision-makers.json', 'recent-web-leads-in-seattle-area.json']),
  );
});

describe('on the demo data', () => {
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

  it.each(files)('%s is valid and compiles to valid FetchXML', async (file) => {
    const compiled = compileSegment(await segmentFile(client, file));
    for (const xml of [
      compiled.fetchXml,
      compiled.countFetchXml,
      ...compiled.exclusions.map((e) => e.onlyThisCountFetchXml),
    ]) {
      expect(await validateFetchXml(xml)).toEqual({ valid: true, errors: [] });
    }
  });

  it('recent web leads in the Seattle area selects what it describes', async () => {
    const city = new Map(DEMO_ACCOUNTS.map((a) => [a.key, a.address1_city]));
    const withRecentWebLead = new Set(
      DEMO_LEADS.filter((l) => l.leadsourcecode === 8 && l.daysAgo <= 30 && l.contact).map((l) => l.contact),
    );
    const expected = DEMO_CONTACTS.filter(
      (c) =>
        withRecentWebLead.has(c.key) &&
        (c.accountrolecode === 1 || (c.jobtitle ?? '').includes('Director')) &&
        ['Seattle', 'Redmond'].includes(city.get(c.account ?? '') ?? '') &&
        !c.inactive &&
        !c.donotbulkemail &&
        !c.donotemail &&
        !(c.msdyn_isminor && !c.msdyn_isminorwithparentalconsent),
    ).map((c) => `${c.firstname} ${c.lastname}`);
    expect(expected.length).toBeGreaterThan(0);
    const preview = await previewSegment(client, await segmentFile(client, 'recent-web-leads-in-seattle-area.json'));
    expect(preview.contacts.map((c) => c.fullName)).toEqual(expected.sort());
  });
});
