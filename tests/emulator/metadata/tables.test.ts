import type { ColumnDef, NavigationDef, TableDef } from '../../../schema/types';
import { CUSTOM_NAVIGATION, INTERACTION_TABLE, LEAD_CUSTOM_COLUMNS } from '../../../schema/leadlink';
import { tableProblems } from '../../../emulator/metadata/checks/tableProblems';
import { MICROSOFT_MANY_TO_MANY } from '../../../emulator/metadata/manyToMany';
import { MICROSOFT_TABLES } from '../../../emulator/metadata/tables';

const table = (name: string): TableDef => {
  const found = MICROSOFT_TABLES.find((t) => t.logicalName === name);
  if (!found) throw new Error(`table ${name} is not declared`);
  return found;
};
const column = (tableName: string, name: string): ColumnDef => {
  const found = table(tableName).columns.find((c) => c.name === name);
  if (!found) throw new Error(`${tableName}.${name} is not declared`);
  return found;
};
const nav = (tableName: string, name: string): NavigationDef => {
  const found = table(tableName).navigation.find((n) => n.name === name);
  if (!found) throw new Error(`${tableName}/${name} is not declared`);
  return found;
};

describe('Microsoft table declarations hang together', () => {
  it('have no internal inconsistency', () => {
    expect(tableProblems(MICROSOFT_TABLES, MICROSOFT_MANY_TO_MANY)).toEqual([]);
  });

  it('still hang together once LeadLink’s solution is imported', () => {
    const customNavigation: Record<string, readonly NavigationDef[]> = CUSTOM_NAVIGATION;
    const imported = MICROSOFT_TABLES.map((t) => ({
      ...t,
      columns: t.logicalName === 'lead' ? [...t.columns, ...LEAD_CUSTOM_COLUMNS] : t.columns,
      navigation: [...t.navigation, ...(customNavigation[t.logicalName] ?? [])],
    }));
    expect(tableProblems([...imported, INTERACTION_TABLE], MICROSOFT_MANY_TO_MANY)).toEqual([]);
  });

  it('declare every table the issues name, each under a distinct entity set', () => {
    const names = MICROSOFT_TABLES.map((t) => t.logicalName).sort();
    expect(names).toEqual(
      [
        'account',
        'asyncoperation',
        'contact',
        'environmentvariabledefinition',
        'environmentvariablevalue',
        'lead',
        'list',
        'listmember',
        'opportunity',
        'privilege',
        'role',
        'roleprivileges',
        'sdkmessage',
        'sdkmessagefilter',
        'sdkmessageprocessingstep',
        'sdkmessageprocessingstepimage',
        'serviceendpoint',
        'solution',
        'systemuser',
        'systemuserroles',
        'task',
        'team',
        'transactioncurrency',
        'webresource',
      ].sort(),
    );
    expect(new Set(MICROSOFT_TABLES.map((t) => t.entitySetName)).size).toBe(MICROSOFT_TABLES.length);
  });

  it.each(MICROSOFT_TABLES.map((t) => [t.logicalName, t] as const))(
    '%s: primary id is a uniqueidentifier fixed after create, timestamps and version are read-only',
    (_name, t) => {
      const primary = t.columns.find((c) => c.name === t.primaryIdAttribute);
      expect(primary?.type).toBe('uniqueidentifier');
      expect(primary?.validForUpdate).toBe(false);
      // The Privilege, RolePrivileges and SystemUserRoles references list no createdon or modifiedon.
      const untimed = ['privilege', 'roleprivileges', 'systemuserroles'].includes(t.logicalName);
      for (const name of untimed ? [] : ['createdon', 'modifiedon']) {
        expect(t.columns.find((c) => c.name === name)).toMatchObject({ validForCreate: false, validForUpdate: false });
      }
      const version = t.columns.find((c) => c.name === 'versionnumber');
      // The ServiceEndpoint reference alone lists no VersionNumber column.
      if (t.logicalName === 'serviceendpoint') expect(version).toBeUndefined();
      else expect(version).toMatchObject({ type: 'bigint', validForCreate: false, validForUpdate: false });
    },
  );
});

describe('lead', () => {
  it('links its parent contact through parentcontactid (relationship lead_parent_contact)', () => {
    expect(nav('lead', 'parentcontactid')).toEqual({
      name: 'parentcontactid',
      kind: 'single',
      target: 'contact',
      lookup: 'parentcontactid',
      relationship: 'lead_parent_contact',
    });
    expect(nav('contact', 'lead_parent_contact')).toMatchObject({
      kind: 'collection',
      target: 'lead',
      lookup: 'parentcontactid',
    });
    expect(table('lead').navigation.some((n) => n.name === 'parentcontactid_contact')).toBe(false);
  });

  it('has the polymorphic customer and the other sales links', () => {
    expect(column('lead', 'customerid')).toMatchObject({ type: 'customer', targets: ['account', 'contact'] });
    expect(nav('lead', 'customerid_account')).toMatchObject({
      target: 'account',
      relationship: 'lead_customer_accounts',
    });
    expect(nav('lead', 'customerid_contact')).toMatchObject({
      target: 'contact',
      relationship: 'lead_customer_contacts',
    });
    expect(nav('lead', 'parentaccountid').relationship).toBe('lead_parent_account');
    expect(nav('lead', 'qualifyingopportunityid')).toMatchObject({
      target: 'opportunity',
      lookup: 'qualifyingopportunityid',
    });
  });

  it('cannot be created in a state, and knows every status reason of every state', () => {
    expect(column('lead', 'statecode')).toMatchObject({
      validForCreate: false,
      options: { 0: 'Open', 1: 'Qualified', 2: 'Disqualified' },
    });
    expect(column('lead', 'statuscode').statusState).toEqual({ 1: 0, 2: 0, 3: 1, 4: 2, 5: 2, 6: 2, 7: 2 });
  });

  it('carries the fields a salesperson fills, with the reference lengths', () => {
    expect(column('lead', 'subject').maxLength).toBe(300);
    expect(column('lead', 'emailaddress1').maxLength).toBe(100);
    expect(column('lead', 'companyname').maxLength).toBe(100);
    expect(column('lead', 'leadqualitycode').options).toEqual({ 1: 'Hot', 2: 'Warm', 3: 'Cold' });
    expect(column('lead', 'leadsourcecode').options?.[8]).toBe('Web');
    expect(column('lead', 'budgetamount').type).toBe('money');
    expect(column('lead', 'description')).toMatchObject({ type: 'memo', maxLength: 2000 });
    expect(column('lead', 'fullname')).toMatchObject({ validForCreate: false, validForUpdate: false });
  });
});

describe('contact and account', () => {
  it('have marketingonly as a platform Boolean defaulting to false', () => {
    for (const t of ['contact', 'account']) {
      expect(column(t, 'marketingonly')).toMatchObject({ type: 'boolean', defaultValue: false });
    }
  });

  it('carry the contact preferences and consent flags', () => {
    for (const name of [
      'donotbulkemail',
      'donotemail',
      'donotphone',
      'donotpostalmail',
      'donotfax',
      'donotbulkpostalmail',
      'donotsendmm',
      'followemail',
      'msdyn_disablewebtracking',
      'msdyn_isminor',
      'msdyn_isminorwithparentalconsent',
    ]) {
      expect(column('contact', name).type).toBe('boolean');
    }
    expect(column('contact', 'donotbulkemail').options).toEqual({ 1: 'Do Not Allow', 0: 'Allow' });
    expect(column('contact', 'followemail').defaultValue).toBe(true);
    expect(column('contact', 'accountrolecode').options).toEqual({
      1: 'Decision Maker',
      2: 'Employee',
      3: 'Influencer',
    });
  });

  it('link a contact to its company through the parentcustomerid customer lookup', () => {
    expect(column('contact', 'parentcustomerid').type).toBe('customer');
    expect(nav('contact', 'parentcustomerid_account')).toMatchObject({ target: 'account', lookup: 'parentcustomerid' });
    expect(nav('contact', 'parentcustomerid_contact')).toMatchObject({ target: 'contact', lookup: 'parentcustomerid' });
    expect(nav('account', 'primarycontactid')).toMatchObject({
      target: 'contact',
      relationship: 'account_primary_contact',
    });
  });
});

describe('opportunity', () => {
  it('points back at the lead it came from', () => {
    expect(nav('opportunity', 'originatingleadid')).toMatchObject({
      target: 'lead',
      relationship: 'opportunity_originating_lead',
    });
    expect(nav('lead', 'opportunity_originating_lead').lookup).toBe('originatingleadid');
    expect(nav('opportunity', 'parentcontactid').relationship).toBe('opportunity_parent_contact');
    expect(nav('opportunity', 'parentaccountid').relationship).toBe('opportunity_parent_account');
  });
});

describe('webhook registration tables', () => {
  it('never read back a service endpoint’s secrets', () => {
    for (const name of ['authvalue', 'saskey', 'sastoken'])
      expect(column('serviceendpoint', name).validForRead).toBe(false);
    expect(column('serviceendpoint', 'contract').options?.[8]).toBe('Webhook');
    expect(column('serviceendpoint', 'authtype').options).toMatchObject({
      4: 'Webhook Key',
      5: 'Http Header',
      6: 'Http Query String',
    });
    expect(column('serviceendpoint', 'messageformat').options?.[2]).toBe('Json');
  });

  it('bind a step to its endpoint, message and filter', () => {
    expect(nav('sdkmessageprocessingstep', 'eventhandler_serviceendpoint')).toMatchObject({
      target: 'serviceendpoint',
      lookup: 'eventhandler',
    });
    expect(nav('serviceendpoint', 'serviceendpoint_sdkmessageprocessingstep').lookup).toBe('eventhandler');
    expect(nav('sdkmessageprocessingstep', 'sdkmessageid').target).toBe('sdkmessage');
    expect(nav('sdkmessageprocessingstep', 'sdkmessagefilterid').target).toBe('sdkmessagefilter');
    expect(nav('sdkmessageprocessingstepimage', 'sdkmessageprocessingstepid').target).toBe('sdkmessageprocessingstep');
    for (const name of ['filteringattributes', 'stage', 'mode', 'rank', 'asyncautodelete', 'supporteddeployment']) {
      expect(column('sdkmessageprocessingstep', name)).toBeDefined();
    }
    expect(column('sdkmessageprocessingstep', 'mode').options).toEqual({ 0: 'Synchronous', 1: 'Asynchronous' });
    expect(column('sdkmessageprocessingstep', 'stage').options?.[40]).toBe('Post-operation');
    expect(column('sdkmessageprocessingstep', 'statecode').options).toEqual({ 0: 'Enabled', 1: 'Disabled' });
    expect(column('sdkmessageprocessingstep', 'statuscode').statusState).toEqual({ 1: 0, 2: 1 });
  });
});

describe('environment variables', () => {
  it('bind a value to its definition with the Pascal-cased EnvironmentVariableDefinitionId', () => {
    expect(nav('environmentvariablevalue', 'EnvironmentVariableDefinitionId')).toMatchObject({
      target: 'environmentvariabledefinition',
      lookup: 'environmentvariabledefinitionid',
      relationship: 'environmentvariabledefinition_environmentvariablevalue',
    });
    expect(nav('environmentvariabledefinition', 'environmentvariabledefinition_environmentvariablevalue').kind).toBe(
      'collection',
    );
    expect(column('environmentvariabledefinition', 'type').options).toMatchObject({
      100000000: 'String',
      100000002: 'Boolean',
    });
  });
});

describe('marketing lists', () => {
  it('tell static from dynamic lists and hold a FetchXML query', () => {
    expect(column('list', 'type')).toMatchObject({ options: { 1: 'Dynamic', 0: 'Static' }, validForUpdate: false });
    expect(column('list', 'createdfromcode').options).toEqual({ 1: 'Account', 2: 'Contact', 4: 'Lead' });
    expect(column('list', 'query').maxLength).toBeGreaterThan(100000);
    expect(column('listmember', 'entityid').targets).toEqual(['account', 'contact', 'lead']);
    expect(column('listmember', 'listid').targets).toEqual(['list']);
  });

  it('hold static members through listcontact_association on listmember', () => {
    const rel = MICROSOFT_MANY_TO_MANY.find((r) => r.schemaName === 'listcontact_association');
    expect(rel).toEqual({
      schemaName: 'listcontact_association',
      intersectEntity: 'listmember',
      entity1: { table: 'list', intersectAttribute: 'listid', navigationPropertyName: 'listcontact_association' },
      entity2: { table: 'contact', intersectAttribute: 'entityid', navigationPropertyName: 'listcontact_association' },
    });
  });
});

describe('task', () => {
  it('is regarding a lead, contact, account or opportunity, each with its own navigation property', () => {
    expect(column('task', 'regardingobjectid').targets).toEqual(['account', 'contact', 'lead', 'opportunity']);
    expect(nav('task', 'regardingobjectid_lead_task')).toMatchObject({ target: 'lead', relationship: 'Lead_Tasks' });
    expect(nav('lead', 'Lead_Tasks').lookup).toBe('regardingobjectid');
    expect(column('task', 'subject').maxLength).toBe(200);
    expect(column('task', 'statuscode').statusState).toEqual({ 2: 0, 3: 0, 4: 0, 5: 1, 6: 2, 7: 0 });
  });
});

describe('bulk messages', () => {
  it('are offered on the tables whose references list CreateMultiple, and left off the fallback tables', () => {
    const multiple = MICROSOFT_TABLES.filter((t) => t.supportsMultiple)
      .map((t) => t.logicalName)
      .sort();
    expect(multiple).toEqual(
      ['account', 'contact', 'environmentvariabledefinition', 'environmentvariablevalue', 'lead', 'opportunity'].sort(),
    );
  });
});

describe('webresource', () => {
  it('keeps the file in content (Base64 text) and its type among the twelve the reference lists', () => {
    expect(table('webresource').entitySetName).toBe('webresourceset');
    expect(column('webresource', 'content')).toMatchObject({ type: 'string', maxLength: 1073741823 });
    expect(column('webresource', 'name')).toMatchObject({ type: 'string', maxLength: 256 });
    expect(Object.keys(column('webresource', 'webresourcetype').options ?? {})).toHaveLength(12);
    expect(column('webresource', 'webresourcetype').options?.[3]).toBe('Script (JScript)');
    // Organization-owned: no owner.
    expect(table('webresource').columns.some((c) => c.name === 'ownerid')).toBe(false);
  });
});
