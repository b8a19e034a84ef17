import type { ColumnDef, NavigationDef, TableDef } from '../../../schema/types';
import { tableProblems } from '../../../emulator/metadata/checks/tableProblems';
import { MICROSOFT_MANY_TO_MANY, type ManyToManyDef } from '../../../emulator/metadata/manyToMany';
import { MICROSOFT_TABLES } from '../../../emulator/metadata/tables';

/** A copy of the Microsoft tables with one table changed: each test below makes one slip and expects it caught. */
function withTable(name: string, change: (t: TableDef) => TableDef): TableDef[] {
  return MICROSOFT_TABLES.map((t) => (t.logicalName === name ? change(t) : t));
}
const mapColumns = (fn: (c: ColumnDef) => ColumnDef) => (t: TableDef) => ({ ...t, columns: t.columns.map(fn) });
const mapNavigation = (fn: (n: NavigationDef) => NavigationDef) => (t: TableDef) => ({
  ...t,
  navigation: t.navigation.map(fn),
});
const problemsOf = (tables: readonly TableDef[], manyToMany: readonly ManyToManyDef[] = MICROSOFT_MANY_TO_MANY) =>
  tableProblems(tables, manyToMany);

describe('tableProblems catches a slip', () => {
  it('in the primary key', () => {
    const tables = withTable('contact', (t) => ({ ...t, columns: t.columns.filter((c) => c.name !== 'contactid') }));
    expect(problemsOf(tables)).toContain("contact: primary id 'contactid' must be a uniqueidentifier column");
    const retyped = withTable(
      'lead',
      mapColumns((c) => (c.name === 'leadid' ? { ...c, type: 'string', maxLength: 36 } : c)),
    );
    expect(problemsOf(retyped)).toContain("lead: primary id 'leadid' must be a uniqueidentifier column");
  });

  it('in an entity set name taken twice', () => {
    const tables = withTable('task', (t) => ({ ...t, entitySetName: 'leads' }));
    expect(problemsOf(tables)).toContain("task: entity set 'leads' is taken");
  });

  it('in a single-valued navigation property whose lookup column is missing or cannot point at the target', () => {
    const renamed = withTable(
      'lead',
      mapNavigation((n) => (n.name === 'parentcontactid' ? { ...n, lookup: 'parentcontact' } : n)),
    );
    expect(problemsOf(renamed)).toContain("lead/parentcontactid: lookup column 'parentcontact' is not declared");
    const wrongTarget = withTable(
      'lead',
      mapColumns((c) => (c.name === 'parentcontactid' ? { ...c, targets: ['account'] } : c)),
    );
    expect(problemsOf(wrongTarget)).toContain(
      "lead/parentcontactid: 'parentcontactid' cannot point at 'contact' (targets: account)",
    );
  });

  it('in a collection-valued navigation property without its partner', () => {
    const typo = withTable(
      'contact',
      mapNavigation((n) => (n.name === 'lead_parent_contact' ? { ...n, relationship: 'lead_parent_contacts' } : n)),
    );
    expect(problemsOf(typo)).toContain(
      "contact/lead_parent_contact: 'lead' has no single-valued property for lead_parent_contacts",
    );
    const wrongLookup = withTable(
      'contact',
      mapNavigation((n) => (n.name === 'lead_parent_contact' ? { ...n, lookup: 'customerid' } : n)),
    );
    expect(problemsOf(wrongLookup)).toContain(
      "contact/lead_parent_contact: lookup 'customerid' differs from the partner's 'parentcontactid'",
    );
  });

  it('in a navigation property to an undeclared table', () => {
    const tables = MICROSOFT_TABLES.filter((t) => t.logicalName !== 'transactioncurrency');
    expect(problemsOf(tables)).toContain(
      "lead/transactioncurrencyid: target table 'transactioncurrency' is not declared",
    );
  });

  it('in the state / status pairing', () => {
    const unknownState = withTable(
      'lead',
      mapColumns((c) => (c.name === 'statuscode' ? { ...c, statusState: { ...c.statusState, 7: 3 } } : c)),
    );
    expect(problemsOf(unknownState)).toContain('lead: status 7 belongs to unknown state 3');
    const orphanState = withTable(
      'opportunity',
      mapColumns((c) => (c.name === 'statecode' ? { ...c, options: { ...c.options, 3: 'Archived' } } : c)),
    );
    expect(problemsOf(orphanState)).toContain('opportunity: state 3 has no status reason');
    const badDefault = withTable(
      'task',
      mapColumns((c) => (c.name === 'statuscode' ? { ...c, defaultValue: 5 } : c)),
    );
    expect(problemsOf(badDefault)).toContain('task: default status 5 is not in default state 0');
    const alone = withTable('contact', (t) => ({ ...t, columns: t.columns.filter((c) => c.name !== 'statecode') }));
    expect(problemsOf(alone)).toContain('contact: statecode and statuscode come as a pair');
  });

  it('in a column’s length, options or targets', () => {
    const noLength = withTable(
      'lead',
      mapColumns((c) => (c.name === 'subject' ? { name: c.name, type: c.type } : c)),
    );
    expect(problemsOf(noLength)).toContain('lead.subject: a string column needs a positive maxLength');
    const badBoolean = withTable(
      'contact',
      mapColumns((c) => (c.name === 'marketingonly' ? { ...c, options: { 1: 'Yes', 2: 'No' } } : c)),
    );
    expect(problemsOf(badBoolean)).toContain("contact.marketingonly: a boolean's options must be 0 and 1");
    const badDefault = withTable(
      'sdkmessageprocessingstep',
      mapColumns((c) => (c.name === 'stage' ? { ...c, defaultValue: 41 } : c)),
    );
    expect(problemsOf(badDefault)).toContain('sdkmessageprocessingstep.stage: default 41 is not one of its options');
    const noTargets = withTable(
      'task',
      mapColumns((c) => (c.name === 'regardingobjectid' ? { ...c, targets: [] } : c)),
    );
    expect(problemsOf(noTargets)).toContain('task.regardingobjectid: a lookup needs targets');
    const twice = withTable('account', (t) => ({
      ...t,
      columns: [...t.columns, { name: 'name', type: 'string', maxLength: 1 }],
    }));
    expect(problemsOf(twice)).toContain('account.name: declared twice');
  });

  it('in a many-to-many relationship', () => {
    const broken = MICROSOFT_MANY_TO_MANY.map((r) =>
      r.schemaName === 'listcontact_association'
        ? { ...r, entity2: { ...r.entity2, intersectAttribute: 'contactid' } }
        : r,
    );
    expect(problemsOf(MICROSOFT_TABLES, broken)).toContain(
      "listcontact_association (contact): listmember.contactid must be a lookup to 'contact' or a uniqueidentifier",
    );
    const clash = MICROSOFT_MANY_TO_MANY.map((r) =>
      r.schemaName === 'listlead_association'
        ? { ...r, entity2: { ...r.entity2, navigationPropertyName: 'Lead_Tasks' } }
        : r,
    );
    expect(problemsOf(MICROSOFT_TABLES, clash)).toContain(
      "listlead_association (lead): 'Lead_Tasks' clashes with a 1:N navigation property",
    );
  });

  it('and reports nothing for the declarations as they are', () => {
    expect(problemsOf(MICROSOFT_TABLES)).toEqual([]);
  });
});
