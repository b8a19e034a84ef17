/**
 * Where segment metadata comes from: Dataverse's EntityDefinitions (checked against a small local stand-in for the
 * metadata API, which the emulator does not serve), or — only when a server has no metadata API, like the emulator —
 * the emulator's table declarations.
 */
import { DataverseClient, loadDataverseConfig } from '../../../dataverse';
import type { Emulator } from '../../../emulator';
import {
  declaredSegmentMetadata,
  entityDefinitionsMetadata,
  loadSegmentMetadata,
  parseSegmentDefinition,
  SegmentDefinitionError,
  SegmentMetadataCache,
} from '../../../plugins/segments';
import { startEmulator } from '../emulator/helpers/http';
import { clientFor } from './helpers/client';
import {
  attribute,
  notFound,
  optionSet,
  startMetadataStub,
  type MetadataStub,
  type StubAnswer,
  type StubTable,
} from './helpers/metadataStub';

const ROLES = { 1: 'Decision Maker', 2: 'Employee', 3: 'Influencer' };

const LEAD: StubTable = {
  attributes: [
    attribute('leadid', 'Uniqueidentifier'),
    attribute('subject', 'String'),
    attribute('createdon', 'DateTime'),
    attribute('leadsourcecode', 'Picklist'),
    attribute('parentcontactid', 'Lookup'),
    attribute('parentcontactidname', 'String', { AttributeOf: 'parentcontactid' }),
  ],
  casts: {
    PicklistAttributeMetadata: [
      { LogicalName: 'leadsourcecode', OptionSet: optionSet({ 7: 'Trade Show', 8: 'Web' }), GlobalOptionSet: null },
    ],
  },
};

const CONTACT: StubTable = {
  attributes: [
    attribute('contactid', 'Uniqueidentifier'),
    attribute('fullname', 'String'),
    attribute('emailaddress1', 'String'),
    attribute('accountrolecode', 'Picklist'),
    attribute('statecode', 'State'),
    attribute('donotbulkemail', 'Boolean'),
    attribute('donotemail', 'Boolean'),
    attribute('msdyn_isminor', 'Boolean'),
    attribute('msdyn_isminorwithparentalconsent', 'Boolean'),
    attribute('annualincome', 'Money'),
    attribute('versionnumber', 'BigInt'),
    attribute('parentcustomerid', 'Customer'),
    attribute('leadlink_interests', 'Virtual', { AttributeTypeName: { Value: 'MultiSelectPicklistType' } }),
    attribute('entityimage', 'Virtual', { AttributeTypeName: { Value: 'ImageType' } }),
    attribute('secretnotes', 'Memo', { IsValidForRead: false }),
  ],
  casts: {
    // A choice on a global option set: its options are in GlobalOptionSet, and OptionSet is null.
    PicklistAttributeMetadata: [{ LogicalName: 'accountrolecode', OptionSet: null, GlobalOptionSet: optionSet(ROLES) }],
    MultiSelectPicklistAttributeMetadata: [
      { LogicalName: 'leadlink_interests', OptionSet: optionSet({ 10: 'Cloud', 20: 'AI' }), GlobalOptionSet: null },
    ],
    StateAttributeMetadata: [{ LogicalName: 'statecode', OptionSet: optionSet({ 0: 'Active', 1: 'Inactive' }) }],
  },
};

const ACCOUNT: StubTable = { attributes: [attribute('accountid', 'Uniqueidentifier'), attribute('name', 'String')] };

const stubClient = (stub: MetadataStub) => DataverseClient.fromConfig(loadDataverseConfig({ DATAVERSE_URL: stub.url }));

describe('metadata from EntityDefinitions', () => {
  let stub: MetadataStub;
  let client: DataverseClient;
  beforeAll(async () => {
    stub = await startMetadataStub({ lead: LEAD, contact: CONTACT, account: ACCOUNT });
    client = stubClient(stub);
  });
  afterAll(async () => {
    client.close();
    await stub.close();
  });

  it('reads each table and the options of its choices, both local and global', async () => {
    const metadata = await entityDefinitionsMetadata(client);
    const contact = new Map((metadata.columnsOf('contact') ?? []).map((c) => [c.name, c]));
    expect(contact.get('accountrolecode')).toEqual({ name: 'accountrolecode', type: 'picklist', options: ROLES });
    expect(contact.get('statecode')).toEqual({
      name: 'statecode',
      type: 'state',
      options: { 0: 'Active', 1: 'Inactive' },
    });
    expect(contact.get('leadlink_interests')).toEqual({
      name: 'leadlink_interests',
      type: 'multiselect',
      options: { 10: 'Cloud', 20: 'AI' },
    });
    expect(contact.get('donotbulkemail')).toEqual({ name: 'donotbulkemail', type: 'boolean' });
    expect(contact.get('secretnotes')).toEqual({ name: 'secretnotes', type: 'memo', validForRead: false });
    expect(contact.get('parentcustomerid')?.type).toBe('customer');
    expect(contact.get('versionnumber')?.type).toBe('bigint');
    // Images and the name columns of lookups cannot be conditions.
    expect(contact.has('entityimage')).toBe(false);
    expect(metadata.columnsOf('lead')?.map((c) => c.name)).not.toContain('parentcontactidname');
    expect(metadata.columnsOf('lead')?.find((c) => c.name === 'leadsourcecode')?.options).toEqual({
      7: 'Trade Show',
      8: 'Web',
    });
    expect(metadata.columnsOf('account')?.map((c) => c.name)).toEqual(['accountid', 'name']);
  });

  it('asks for the columns, then each choice type by its derived-type cast, expanding both option sets', async () => {
    stub.paths.length = 0;
    await entityDefinitionsMetadata(client, ['contact']);
    expect([...stub.paths].sort()).toEqual(
      [
        "/api/data/v9.2/EntityDefinitions(LogicalName='contact')/Attributes?$select=LogicalName,AttributeType,AttributeTypeName,AttributeOf,IsValidForRead",
        ...['PicklistAttributeMetadata', 'MultiSelectPicklistAttributeMetadata'].map(
          (cast) =>
            `/api/data/v9.2/EntityDefinitions(LogicalName='contact')/Attributes/Microsoft.Dynamics.CRM.${cast}?$select=LogicalName&$expand=OptionSet($select=Options),GlobalOptionSet($select=Options)`,
        ),
        ...['StateAttributeMetadata', 'StatusAttributeMetadata'].map(
          (cast) =>
            `/api/data/v9.2/EntityDefinitions(LogicalName='contact')/Attributes/Microsoft.Dynamics.CRM.${cast}?$select=LogicalName&$expand=OptionSet($select=Options)`,
        ),
      ].sort(),
    );
  });

  it('checks definitions against what the environment has: labels of global choices, typos, unreadable columns', async () => {
    const { metadata, source } = await loadSegmentMetadata(client, { fallback: declaredSegmentMetadata });
    expect(source).toBe('EntityDefinitions');
    const definition = parseSegmentDefinition(
      {
        lead: { conditions: [{ column: 'leadsourcecode', operator: 'in', value: ['Web', 7] }] },
        contact: { conditions: [{ column: 'accountrolecode', operator: 'eq', value: 'decision maker' }] },
      },
      metadata,
    );
    expect(definition.contact?.conditions).toEqual([
      { kind: 'condition', column: 'accountrolecode', operator: 'eq', values: ['1'] },
    ]);
    expect(definition.lead.conditions).toEqual([
      { kind: 'condition', column: 'leadsourcecode', operator: 'in', values: ['8', '7'] },
    ]);

    const bad = () =>
      parseSegmentDefinition(
        {
          lead: { conditions: [{ column: 'subjet', operator: 'eq', value: 'x' }] },
          contact: { conditions: [{ column: 'secretnotes', operator: 'not-null' }] },
        },
        metadata,
      );
    expect(bad).toThrow(SegmentDefinitionError);
    expect(bad).toThrow(/lead\.conditions\[0\]\.column: 'subjet' is not a column of lead \(did you mean 'subject'\?\)/);
    expect(bad).toThrow(/contact\.conditions\[0\]\.column: contact\.secretnotes cannot be read/);
  });
});

describe('a table the environment does not have', () => {
  it('is absent from the metadata, and a definition using it is told so', async () => {
    const stub = await startMetadataStub({
      lead: LEAD,
      contact: CONTACT,
      account: notFound("Could not find entity 'account'."),
    });
    const client = stubClient(stub);
    try {
      const metadata = await entityDefinitionsMetadata(client);
      expect(metadata.columnsOf('account')).toBeUndefined();
      expect(() =>
        parseSegmentDefinition(
          {
            lead: { conditions: [{ column: 'subject', operator: 'eq', value: 'x' }] },
            account: { conditions: [{ column: 'name', operator: 'eq', value: 'Contoso' }] },
          },
          metadata,
        ),
      ).toThrow(/account: no metadata for table 'account'/);
    } finally {
      client.close();
      await stub.close();
    }
  });
});

describe('servers without EntityDefinitions', () => {
  const RESOURCE_NOT_FOUND: StubAnswer = {
    status: 404,
    body: { error: { code: '0x8006088a', message: "Resource not found for the segment 'EntityDefinitions'." } },
  };

  it('fall back to the table declarations only when the caller names them', async () => {
    const stub = await startMetadataStub({}, RESOURCE_NOT_FOUND);
    const client = stubClient(stub);
    try {
      const loaded = await loadSegmentMetadata(client, { fallback: declaredSegmentMetadata });
      expect(loaded.source).toBe('table declarations');
      expect(loaded.metadata.columnsOf('contact')?.some((c) => c.name === 'accountrolecode')).toBe(true);
      await expect(loadSegmentMetadata(client)).rejects.toThrow(
        /Resource not found for the segment 'EntityDefinitions'/,
      );
    } finally {
      client.close();
      await stub.close();
    }
  });

  it('never fall back on another failure, such as missing privileges', async () => {
    const forbidden: StubAnswer = {
      status: 403,
      body: { error: { code: '0x80040220', message: 'Principal user is missing prvReadEntity privilege.' } },
    };
    const stub = await startMetadataStub({}, forbidden);
    const client = stubClient(stub);
    try {
      await expect(loadSegmentMetadata(client, { fallback: declaredSegmentMetadata })).rejects.toThrow(/prvReadEntity/);
    } finally {
      client.close();
      await stub.close();
    }
  });

  it('include the emulator, which then checks against its own declarations', async () => {
    const emu: Emulator = await startEmulator();
    const client = clientFor(emu);
    try {
      const loaded = await loadSegmentMetadata(client, { fallback: declaredSegmentMetadata });
      expect(loaded.source).toBe('table declarations');
      const columns = loaded.metadata.columnsOf('contact')?.map((c) => c.name) ?? [];
      expect(columns).toEqual(
        expect.arrayContaining(['accountrolecode', 'donotbulkemail', 'msdyn_isminor', 'marketingonly']),
      );
    } finally {
      client.close();
      await emu.stop();
    }
  });
});

describe('the metadata cache', () => {
  it('reads the metadata once per client within its lifetime, again after it, and retries after a failure', async () => {
    const stub = await startMetadataStub({ lead: LEAD, contact: CONTACT, account: ACCOUNT });
    const client = stubClient(stub);
    let now = 0;
    const cache = new SegmentMetadataCache({}, 1000, () => now);
    try {
      await cache.get(client);
      const afterFirst = stub.paths.length;
      await cache.get(client);
      expect(stub.paths.length).toBe(afterFirst);
      now = 1001;
      await cache.get(client);
      expect(stub.paths.length).toBe(afterFirst * 2);
    } finally {
      client.close();
      await stub.close();
    }
    const failing = await startMetadataStub(
      {},
      { status: 403, body: { error: { code: '0x80040220', message: 'no' } } },
    );
    const failingClient = stubClient(failing);
    try {
      await expect(cache.get(failingClient)).rejects.toThrow();
      const afterFailure = failing.paths.length;
      await expect(cache.get(failingClient)).rejects.toThrow();
      expect(failing.paths.length).toBeGreaterThan(afterFailure);
    } finally {
      failingClient.close();
      await failing.close();
    }
  });
});
