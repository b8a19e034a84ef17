/**
 * Segments are checked against the environment's own table definitions, read over HTTP from the emulator's
 * EntityDefinitions: a custom column a customer added is accepted (with its own choice labels), a misspelt one is
 * refused with the close names, and the same definition is refused by an environment without that column — so the
 * check follows the server, not declarations shipped with LeadLink. A small stub answers the shapes real Dataverse
 * gives that the emulator's declarations cannot (global choices with OptionSet null, lookup name columns, images,
 * missing privileges, no metadata API at all).
 */
import { DataverseClient, loadDataverseConfig } from '../../../dataverse';
import type { Emulator } from '../../../emulator';
import {
  entityDefinitionsMetadata,
  parseSegmentDefinition,
  previewSegment,
  SegmentDefinitionError,
  SegmentMetadataCache,
} from '../../../plugins/segments';
import { LEADLINK_CUSTOMIZATIONS } from '../../../schema/customizations';
import { CUSTOMER_CONTACT_COLUMNS } from '../../support/customerColumns';
import { post, startEmulator } from '../emulator/helpers/http';
import { clientFor } from './helpers/client';
import { attribute, optionSet, startMetadataStub, type StubAnswer, type StubTable } from './helpers/metadataStub';

const byColour = (column: string, value: string) => ({
  lead: { conditions: [{ column: 'subject', operator: 'eq', value: 'Expo' }] },
  contact: { conditions: [{ column, operator: 'eq', value }] },
});

describe("the emulator's EntityDefinitions", () => {
  let emu: Emulator;
  let client: DataverseClient;
  beforeAll(async () => {
    emu = await startEmulator({ customizations: [...LEADLINK_CUSTOMIZATIONS, CUSTOMER_CONTACT_COLUMNS] });
    client = clientFor(emu);
  });
  afterAll(async () => {
    client.close();
    await emu.stop();
  });

  it('gives each column its type and each choice its options, custom columns included', async () => {
    const metadata = await entityDefinitionsMetadata(client);
    const contact = new Map((metadata.columnsOf('contact') ?? []).map((c) => [c.name, c]));
    expect(contact.get('accountrolecode')).toEqual({
      name: 'accountrolecode',
      type: 'picklist',
      options: { 1: 'Decision Maker', 2: 'Employee', 3: 'Influencer' },
    });
    expect(contact.get('statecode')).toEqual({
      name: 'statecode',
      type: 'state',
      options: { 0: 'Active', 1: 'Inactive' },
    });
    expect(contact.get('cr8a1_favouritecolour')).toEqual({
      name: 'cr8a1_favouritecolour',
      type: 'picklist',
      options: { 100000000: 'Red', 100000001: 'Green' },
    });
    expect(contact.get('cr8a1_secretnotes')).toEqual({ name: 'cr8a1_secretnotes', type: 'memo', validForRead: false });
    expect(contact.get('marketingonly')?.type).toBe('boolean');
    expect(contact.get('parentcustomerid')?.type).toBe('customer');
    expect(metadata.columnsOf('lead')?.find((c) => c.name === 'leadsourcecode')?.options?.[8]).toBe('Web');
    expect(metadata.columnsOf('account')?.some((c) => c.name === 'address1_city')).toBe(true);
  });

  it('reads five definitions a table: the columns, then each choice type by its cast', async () => {
    const mark = emu.log.mark;
    await entityDefinitionsMetadata(client, ['contact']);
    const paths = emu.log
      .entries(mark)
      .map((e) => decodeURIComponent(e.path))
      .sort();
    expect(paths).toEqual(
      [
        "EntityDefinitions(LogicalName='contact')/Attributes?$select=LogicalName,AttributeType,AttributeTypeName,AttributeOf,IsValidForRead",
        ...['PicklistAttributeMetadata', 'MultiSelectPicklistAttributeMetadata'].map(
          (cast) =>
            `EntityDefinitions(LogicalName='contact')/Attributes/Microsoft.Dynamics.CRM.${cast}?$select=LogicalName&$expand=OptionSet($select=Options),GlobalOptionSet($select=Options)`,
        ),
        ...['StateAttributeMetadata', 'StatusAttributeMetadata'].map(
          (cast) =>
            `EntityDefinitions(LogicalName='contact')/Attributes/Microsoft.Dynamics.CRM.${cast}?$select=LogicalName&$expand=OptionSet($select=Options)`,
        ),
      ].sort(),
    );
  });

  it('accepts a custom column with its labels, and previews on it', async () => {
    const contact = await post(emu, 'contacts', {
      firstname: 'Grace',
      lastname: 'Green',
      emailaddress1: 'grace.green@example.com',
      cr8a1_favouritecolour: 100000001,
    });
    const id = /contacts\((.*)\)/.exec(contact.headers.get('OData-EntityId') ?? '')?.[1];
    await post(emu, 'leads', { subject: 'Expo', lastname: 'Green', 'parentcontactid@odata.bind': `/contacts(${id})` });
    const definition = parseSegmentDefinition(
      byColour('cr8a1_favouritecolour', 'green'),
      await entityDefinitionsMetadata(client),
    );
    expect(definition.contact?.conditions).toEqual([
      { kind: 'condition', column: 'cr8a1_favouritecolour', operator: 'eq', values: ['100000001'] },
    ]);
    const preview = await previewSegment(client, definition);
    expect(preview.contacts.map((c) => c.fullName)).toEqual(['Grace Green']);
  });

  it('refuses a misspelt column, listing the close names (also without the publisher prefix)', async () => {
    const metadata = await entityDefinitionsMetadata(client);
    const attempt = (column: string) => () => parseSegmentDefinition(byColour(column, 'Green'), metadata);
    expect(attempt('cr8a1_favoritecolour')).toThrow(
      "contact.conditions[0].column: 'cr8a1_favoritecolour' is not a column of contact (close names: cr8a1_favouritecolour)",
    );
    expect(attempt('favouritecolor')).toThrow(/\(close names: cr8a1_favouritecolour\)/);
    expect(attempt('loyaltytier')).toThrow(/\(close names: cr8a1_loyaltytier\)/);
    expect(attempt('zzzzzzzz')).toThrow(/'zzzzzzzz' is not a column of contact$/m);
    expect(attempt('cr8a1_secretnotes')).toThrow(/contact\.cr8a1_secretnotes cannot be read/);
    expect(() =>
      parseSegmentDefinition({ lead: { conditions: [{ column: 'subjet', operator: 'eq', value: 'x' }] } }, metadata),
    ).toThrow(/'subjet' is not a column of lead \(close names: subject\)/);
  });

  it('leaves out a table the environment does not have, and a definition using a missing table is told so', async () => {
    const metadata = await entityDefinitionsMetadata(client, ['lead', 'contact', 'new_nosuch']);
    expect(metadata.columnsOf('new_nosuch')).toBeUndefined();
    expect(() =>
      parseSegmentDefinition(
        {
          lead: { conditions: [{ column: 'subject', operator: 'eq', value: 'x' }] },
          account: { conditions: [{ column: 'name', operator: 'eq', value: 'Contoso' }] },
        },
        metadata,
      ),
    ).toThrow(/account: no metadata for table 'account'/);
  });
});

describe('an environment without the custom column', () => {
  it('refuses the definition another environment accepts', async () => {
    const emu = await startEmulator({ customizations: LEADLINK_CUSTOMIZATIONS });
    const client = clientFor(emu);
    try {
      const metadata = await entityDefinitionsMetadata(client);
      expect(() => parseSegmentDefinition(byColour('cr8a1_favouritecolour', 'Green'), metadata)).toThrow(
        SegmentDefinitionError,
      );
    } finally {
      client.close();
      await emu.stop();
    }
  });
});

describe('the metadata cache', () => {
  it('reads once per client within its lifetime, again after it', async () => {
    const emu = await startEmulator();
    const client = clientFor(emu);
    let now = 0;
    const cache = new SegmentMetadataCache(1000, () => now);
    try {
      const mark = emu.log.mark;
      await cache.get(client);
      const first = emu.log.entries(mark).length;
      expect(first).toBeGreaterThan(0);
      await cache.get(client);
      expect(emu.log.entries(mark)).toHaveLength(first);
      now = 1001;
      await cache.get(client);
      expect(emu.log.entries(mark)).toHaveLength(first * 2);
    } finally {
      client.close();
      await emu.stop();
    }
  });

  it('keeps no failure: the next call tries again', async () => {
    const stub = await startMetadataStub({}, { status: 403, body: { error: { code: '0x80040220', message: 'no' } } });
    const client = stubClient(stub.url);
    const cache = new SegmentMetadataCache(60_000, () => 0);
    try {
      await expect(cache.get(client)).rejects.toThrow();
      const afterFailure = stub.paths.length;
      await expect(cache.get(client)).rejects.toThrow();
      expect(stub.paths.length).toBeGreaterThan(afterFailure);
    } finally {
      client.close();
      await stub.close();
    }
  });
});

const stubClient = (url: string) => DataverseClient.fromConfig(loadDataverseConfig({ DATAVERSE_URL: url }));

describe('shapes of real Dataverse the emulator does not produce', () => {
  const LEAD: StubTable = {
    attributes: [
      attribute('leadid', 'Uniqueidentifier'),
      attribute('subject', 'String'),
      attribute('parentcontactid', 'Lookup'),
      attribute('parentcontactidname', 'String', { AttributeOf: 'parentcontactid' }),
    ],
  };
  const CONTACT: StubTable = {
    attributes: [
      attribute('contactid', 'Uniqueidentifier'),
      attribute('accountrolecode', 'Picklist'),
      attribute('leadlink_interests', 'Virtual', { AttributeTypeName: { Value: 'MultiSelectPicklistType' } }),
      attribute('entityimage', 'Virtual', { AttributeTypeName: { Value: 'ImageType' } }),
    ],
    casts: {
      // A choice on a global option set: its options in GlobalOptionSet, OptionSet null.
      PicklistAttributeMetadata: [
        { LogicalName: 'accountrolecode', OptionSet: null, GlobalOptionSet: optionSet({ 1: 'Decision Maker' }) },
      ],
      MultiSelectPicklistAttributeMetadata: [
        { LogicalName: 'leadlink_interests', OptionSet: optionSet({ 10: 'Cloud' }), GlobalOptionSet: null },
      ],
    },
  };

  it('reads options from whichever option set carries them, and leaves out name columns and images', async () => {
    const stub = await startMetadataStub({ lead: LEAD, contact: CONTACT, account: { attributes: [] } });
    const client = stubClient(stub.url);
    try {
      const metadata = await entityDefinitionsMetadata(client);
      const contact = new Map((metadata.columnsOf('contact') ?? []).map((c) => [c.name, c]));
      expect(contact.get('accountrolecode')?.options).toEqual({ 1: 'Decision Maker' });
      expect(contact.get('leadlink_interests')).toEqual({
        name: 'leadlink_interests',
        type: 'multiselect',
        options: { 10: 'Cloud' },
      });
      expect(contact.has('entityimage')).toBe(false);
      expect(metadata.columnsOf('lead')?.map((c) => c.name)).not.toContain('parentcontactidname');
    } finally {
      client.close();
      await stub.close();
    }
  });

  it.each([
    [
      'a server with no metadata API',
      {
        status: 404,
        body: { error: { code: '0x8006088a', message: "Resource not found for the segment 'EntityDefinitions'." } },
      },
      /Resource not found for the segment 'EntityDefinitions'/,
    ],
    [
      'missing privileges',
      {
        status: 403,
        body: { error: { code: '0x80040220', message: 'Principal user is missing prvReadEntity privilege.' } },
      },
      /prvReadEntity/,
    ],
  ] as [string, StubAnswer, RegExp][])('fails on %s, with no fallback', async (_what, answer, message) => {
    const stub = await startMetadataStub({}, answer);
    const client = stubClient(stub.url);
    try {
      await expect(entityDefinitionsMetadata(client)).rejects.toThrow(message);
    } finally {
      client.close();
      await stub.close();
    }
  });
});
