/**
 * The emulator's table definitions over HTTP, in the shapes of "Query table definitions using the Web API" and
 * "Reference schema definitions by name or MetadataId": the requests segments make, the single table with $select,
 * the collection with $filter, casts with expanded option sets, and the errors for what does not exist.
 */
import type { Emulator } from '../../../emulator';
import { CUSTOMER_CONTACT_COLUMNS } from '../../support/customerColumns';
import { LEADLINK_CUSTOMIZATIONS } from '../../../schema/customizations';
import { get, startEmulator, type JsonObject } from './helpers/http';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ customizations: [...LEADLINK_CUSTOMIZATIONS, CUSTOMER_CONTACT_COLUMNS] });
});
afterAll(() => emu.stop());

const valueOf = (body: unknown) => (body as { value: JsonObject[] }).value;
const byName = (items: JsonObject[]) => new Map(items.map((item) => [item.LogicalName as string, item]));

describe('EntityDefinitions(LogicalName=…)/Attributes', () => {
  it('lists every column with its type, in the shape segments read', async () => {
    const reply = await get(
      emu,
      "EntityDefinitions(LogicalName='contact')/Attributes?$select=LogicalName,AttributeType,AttributeTypeName,AttributeOf,IsValidForRead",
    );
    expect(reply.status).toBe(200);
    const body = reply.json as JsonObject;
    expect(body['@odata.context']).toBe(
      `${emu.apiUrl}$metadata#EntityDefinitions('contact')/Attributes(LogicalName,AttributeType,AttributeTypeName,AttributeOf,IsValidForRead)`,
    );
    const columns = byName(valueOf(body));
    expect(columns.get('emailaddress1')).toEqual({
      '@odata.type': '#Microsoft.Dynamics.CRM.StringAttributeMetadata',
      MetadataId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      LogicalName: 'emailaddress1',
      AttributeType: 'String',
      AttributeTypeName: { Value: 'StringType' },
      AttributeOf: null,
      IsValidForRead: true,
    });
    expect(columns.get('accountrolecode')?.['@odata.type']).toBe('#Microsoft.Dynamics.CRM.PicklistAttributeMetadata');
    expect(columns.get('parentcustomerid')).toMatchObject({
      '@odata.type': '#Microsoft.Dynamics.CRM.LookupAttributeMetadata',
      AttributeType: 'Customer',
    });
    expect(columns.get('ownerid')?.AttributeType).toBe('Owner');
    expect(columns.get('statecode')?.['@odata.type']).toBe('#Microsoft.Dynamics.CRM.StateAttributeMetadata');
    // LeadLink's columns and the customer's own are there as they would be after import.
    expect(columns.get('cr8a1_favouritecolour')?.AttributeType).toBe('Picklist');
    expect(columns.get('cr8a1_loyaltytier')?.AttributeTypeName).toEqual({ Value: 'StringType' });
  });

  it('says which columns cannot be read, and which a solution added', async () => {
    const endpoint = byName(
      valueOf(
        (
          await get(
            emu,
            "EntityDefinitions(LogicalName='serviceendpoint')/Attributes?$select=LogicalName,IsValidForRead",
          )
        ).json,
      ),
    );
    expect(endpoint.get('authvalue')?.IsValidForRead).toBe(false);
    const custom = valueOf(
      (
        await get(
          emu,
          "EntityDefinitions(LogicalName='contact')/Attributes?$select=LogicalName&$filter=IsCustomAttribute eq true",
        )
      ).json,
    ).map((a) => a.LogicalName);
    expect(custom).toEqual(expect.arrayContaining(['cr8a1_favouritecolour', 'cr8a1_loyaltytier']));
    expect(custom).not.toContain('emailaddress1');
  });

  it('returns every property it knows without $select, including those of the derived type', async () => {
    const columns = byName(valueOf((await get(emu, "EntityDefinitions(LogicalName='lead')/Attributes")).json));
    expect(columns.get('subject')).toMatchObject({ MaxLength: 300, IsValidForCreate: true, EntityLogicalName: 'lead' });
    expect(columns.get('fullname')).toMatchObject({ IsPrimaryName: true, IsValidForCreate: false });
    expect(columns.get('leadid')).toMatchObject({ IsPrimaryId: true, AttributeType: 'Uniqueidentifier' });
    expect(columns.get('parentcontactid')).toMatchObject({ Targets: ['contact'] });
    // Navigation properties come only when expanded.
    expect(columns.get('leadsourcecode')).not.toHaveProperty('OptionSet');
  });

  it('filters on enumeration and complex properties', async () => {
    const picklists = valueOf(
      (
        await get(
          emu,
          "EntityDefinitions(LogicalName='lead')/Attributes?$select=LogicalName&$filter=AttributeType eq Microsoft.Dynamics.CRM.AttributeTypeCode'Picklist' and IsValidForRead eq true",
        )
      ).json,
    ).map((a) => a.LogicalName);
    expect(picklists).toEqual(expect.arrayContaining(['leadsourcecode', 'industrycode']));
    expect(picklists).not.toContain('subject');
    const names = valueOf(
      (
        await get(
          emu,
          "EntityDefinitions(LogicalName='lead')/Attributes?$select=LogicalName&$filter=AttributeTypeName/Value eq 'StateType' or LogicalName eq 'subject'",
        )
      ).json,
    ).map((a) => a.LogicalName);
    expect(names.sort()).toEqual(['statecode', 'subject']);
  });

  it('casts to a derived type and expands its options, local and global alike', async () => {
    const reply = await get(
      emu,
      "EntityDefinitions(LogicalName='contact')/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata?$select=LogicalName&$expand=OptionSet($select=Options),GlobalOptionSet($select=Options)",
    );
    expect(reply.status).toBe(200);
    const body = reply.json as JsonObject;
    expect(body['@odata.context']).toBe(
      `${emu.apiUrl}$metadata#EntityDefinitions('contact')/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata(LogicalName,OptionSet(Options),GlobalOptionSet(Options))`,
    );
    const columns = byName(valueOf(body));
    expect([...columns.values()].every((c) => !('@odata.type' in c))).toBe(true);
    expect(columns.has('emailaddress1')).toBe(false);
    const role = columns.get('accountrolecode') as { OptionSet: { Options: JsonObject[] }; GlobalOptionSet: unknown };
    expect(role.OptionSet.Options.map((o) => [o.Value, (o.Label as JsonObject).UserLocalizedLabel])).toEqual([
      [1, expect.objectContaining({ Label: 'Decision Maker', LanguageCode: 1033 })],
      [2, expect.objectContaining({ Label: 'Employee', LanguageCode: 1033 })],
      [3, expect.objectContaining({ Label: 'Influencer', LanguageCode: 1033 })],
    ]);
    expect(role.GlobalOptionSet).toEqual(role.OptionSet);
    expect(Object.keys(role.OptionSet).sort()).toEqual(['MetadataId', 'Options']);
    const colour = columns.get('cr8a1_favouritecolour') as { OptionSet: { Options: JsonObject[] } };
    expect(colour.OptionSet.Options.map((o) => o.Value)).toEqual([100000000, 100000001]);
  });

  it('gives state options their default status and status options their state', async () => {
    const state = valueOf(
      (
        await get(
          emu,
          "EntityDefinitions(LogicalName='lead')/Attributes/Microsoft.Dynamics.CRM.StateAttributeMetadata?$select=LogicalName&$expand=OptionSet",
        )
      ).json,
    )[0] as { OptionSet: { Options: JsonObject[] } };
    expect(state.OptionSet.Options.map((o) => [o.Value, o.DefaultStatus, o.InvariantName])).toEqual([
      [0, 1, 'Open'],
      [1, 3, 'Qualified'],
      [2, 4, 'Disqualified'],
    ]);
    const status = valueOf(
      (
        await get(
          emu,
          "EntityDefinitions(LogicalName='lead')/Attributes/Microsoft.Dynamics.CRM.StatusAttributeMetadata?$select=LogicalName&$expand=OptionSet($select=Options)",
        )
      ).json,
    )[0] as { OptionSet: { Options: JsonObject[] } };
    expect(status.OptionSet.Options.find((o) => o.Value === 3)?.State).toBe(1);
  });
});

describe('EntityDefinitions', () => {
  it('answers one table with the properties selected, MetadataId always included', async () => {
    const reply = await get(emu, "EntityDefinitions(LogicalName='lead')?$select=LogicalName,EntitySetName");
    expect(reply.status).toBe(200);
    const body = reply.json as JsonObject;
    expect(body).toEqual({
      '@odata.context': `${emu.apiUrl}$metadata#EntityDefinitions(LogicalName,EntitySetName)/$entity`,
      MetadataId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      LogicalName: 'lead',
      EntitySetName: 'leads',
    });
    const byId = await get(emu, `EntityDefinitions(${body.MetadataId as string})?$select=PrimaryIdAttribute`);
    expect((byId.json as JsonObject).PrimaryIdAttribute).toBe('leadid');
  });

  it('filters the collection, and expands a table’s attributes with their own options', async () => {
    const custom = valueOf(
      (await get(emu, 'EntityDefinitions?$select=LogicalName,IsCustomEntity&$filter=IsCustomEntity eq true')).json,
    );
    expect(custom.map((t) => t.LogicalName)).toEqual(['leadlink_interaction']);
    const reply = await get(
      emu,
      "EntityDefinitions(LogicalName='contact')?$select=LogicalName&$expand=Attributes($select=LogicalName;$filter=IsCustomAttribute eq true)",
    );
    const attributes = (reply.json as { Attributes: JsonObject[] }).Attributes;
    expect(attributes.map((a) => a.LogicalName)).toEqual(
      expect.arrayContaining(['cr8a1_favouritecolour', 'cr8a1_loyaltytier']),
    );
    expect(
      attributes.every(
        (a) => Object.keys(a).sort().join() === ['@odata.type', 'LogicalName', 'MetadataId'].sort().join(),
      ),
    ).toBe(true);
  });
});

describe('errors', () => {
  it('a table the environment does not have is 404 ObjectDoesNotExist', async () => {
    const reply = await get(emu, "EntityDefinitions(LogicalName='new_nosuch')/Attributes?$select=LogicalName");
    expect(reply.status).toBe(404);
    expect(reply.json).toEqual({
      error: {
        code: '0x80040217',
        message: 'Could not find an entity with name new_nosuch and id 00000000-0000-0000-0000-000000000000.',
      },
    });
  });

  it('a property the type does not have is 400; one the declarations cannot fill is 501, named', async () => {
    const unknown = await get(emu, "EntityDefinitions(LogicalName='lead')/Attributes?$select=LogicalName,MaxLength");
    expect(unknown.status).toBe(400);
    expect((unknown.json as { error: JsonObject }).error).toEqual({
      code: '0x80060888',
      message: "Could not find a property named 'MaxLength' on type 'Microsoft.Dynamics.CRM.AttributeMetadata'.",
    });
    const cast = await get(
      emu,
      "EntityDefinitions(LogicalName='lead')/Attributes/Microsoft.Dynamics.CRM.StringAttributeMetadata?$select=LogicalName,MaxLength",
    );
    expect(cast.status).toBe(200);
    const unserved = await get(emu, "EntityDefinitions(LogicalName='lead')/Attributes?$select=SchemaName");
    expect(unserved.status).toBe(501);
    expect((unserved.json as { error: JsonObject }).error.message).toMatch(/SchemaName property of AttributeMetadata/);
    const badFilter = await get(emu, "EntityDefinitions(LogicalName='lead')/Attributes?$filter=Colour eq 'red'");
    expect(badFilter.status).toBe(400);
  });

  it('an unknown cast is "resource not found", and writes are not served', async () => {
    const reply = await get(emu, "EntityDefinitions(LogicalName='lead')/Attributes/Microsoft.Dynamics.CRM.FooMetadata");
    expect(reply.status).toBe(404);
    expect((reply.json as { error: JsonObject }).error.code).toBe('0x8006088a');
    const write = await fetch(`${emu.apiUrl}EntityDefinitions(LogicalName='lead')/Attributes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(write.status).toBe(501);
  });
});
