import { ACCOUNT, CONTACT, LEAD, q, SERVICE_ENDPOINT } from './fixtures';
import { filterWorld, C1 } from './filterData';
import { expectFault } from './expectFault';

const w = filterWorld();
const leadFault = (filter: string) => expectFault(() => w.query(LEAD, q({ $filter: filter })));

describe('$filter errors', () => {
  it("rejects an unknown column with Dataverse's 400 and message", () => {
    const fault = leadFault('nosuch eq 1');
    expect(fault.status).toBe(400);
    expect(fault.message).toBe("Could not find a property named 'nosuch' on type 'Microsoft.Dynamics.CRM.lead'.");
    expect(leadFault("parentcontactid/nosuch eq 'x'").message).toBe(
      "Could not find a property named 'nosuch' on type 'Microsoft.Dynamics.CRM.contact'.",
    );
  });

  it('rejects comparisons of incompatible types with the operator kind', () => {
    expect(leadFault('subject eq 1').message).toBe(
      "A binary operator with incompatible types was detected. Found operand types 'Edm.String' and 'Edm.Int32' for operator kind 'Equal'.",
    );
    expect(leadFault("createdon ge '2024-01-01'").message).toBe(
      "A binary operator with incompatible types was detected. Found operand types 'Edm.DateTimeOffset' and 'Edm.String' for operator kind 'GreaterThanOrEqual'.",
    );
    expect(leadFault("statecode eq '0'").message).toContain("'Edm.Int32' and 'Edm.String'");
  });

  it('does not compare a navigation property with a GUID: the lookup value is _x_value', () => {
    expect(leadFault(`parentcontactid eq ${C1}`).message).toBe(
      "A binary operator with incompatible types was detected. Found operand types 'Microsoft.Dynamics.CRM.contact' and 'Edm.Guid' for operator kind 'Equal'.",
    );
  });

  it('requires a Boolean filter', () => {
    expect(leadFault('subject').message).toBe('The $filter expression must evaluate to a single boolean value.');
    expect(leadFault('not subject').message).toBe(
      "A unary operator with an incompatible type was detected. Found operand type 'Edm.String' for operator kind 'Not'.",
    );
  });

  it('rejects a quoted value that is not a GUID for a lookup', () => {
    expect(leadFault("_parentcontactid_value eq 'abc'").status).toBe(400);
  });

  it('rejects functions Dataverse does not offer, and unknown ones', () => {
    expect(leadFault("tolower(subject) eq 'x'").message).toContain("The function 'tolower' is not supported");
    expect(leadFault("frobnicate(subject,'x')").message).toBe(
      "An unknown function with name 'frobnicate' was found. This may also be a function import or a key lookup on a navigation property, which is not allowed.",
    );
    expect(leadFault("contains(numberofemployees,'1')").message).toBe(
      "No function signature for the function with name 'contains' matches the specified arguments. The function signatures considered are: contains(Edm.String Nullable=true, Edm.String Nullable=true).",
    );
  });

  it('checks Dataverse query functions: name, parameters, attribute', () => {
    expect(leadFault("Microsoft.Dynamics.CRM.Frob(PropertyName='subject')").message).toContain(
      "An unknown function with name 'Microsoft.Dynamics.CRM.Frob' was found.",
    );
    expect(leadFault("Microsoft.Dynamics.CRM.In(PropertyName='lastname')").message).toBe(
      "Could not find a function named 'Microsoft.Dynamics.CRM.In' with parameters 'PropertyName'.",
    );
    const noAttribute = leadFault("Microsoft.Dynamics.CRM.In(PropertyName='nosuch',PropertyValues=['a'])");
    expect(noAttribute.code).toBe('0x80041103');
    expect(noAttribute.message).toBe(
      "'lead' entity doesn't contain attribute with Name = 'nosuch' and NameMapping = 'Logical'.",
    );
    expect(leadFault("Microsoft.Dynamics.CRM.In(PropertyName='statecode',PropertyValues=['open'])").message).toBe(
      "The value 'open' cannot be converted to 'Edm.Int32' for the property 'statecode'.",
    );
    expect(leadFault("Microsoft.Dynamics.CRM.LastXDays(PropertyName='subject',PropertyValue=3)").message).toContain(
      'needs a date and time column',
    );
  });

  it('answers 501 for a real Dataverse query function the emulator does not implement', () => {
    const fault = leadFault("Microsoft.Dynamics.CRM.ThisFiscalYear(PropertyName='createdon')");
    expect(fault.status).toBe(501);
    expect(fault.message).toContain('Microsoft.Dynamics.CRM.ThisFiscalYear');
  });

  it('checks lambda sources and variables', () => {
    expect(leadFault('subject/any(x:x eq 1)').message).toBe('Any/All may only be used following a collection.');
    const redeclared = 'contact_customer_accounts/any(c:c/lead_parent_contact/any(c:c/statecode eq 0))';
    expect(expectFault(() => w.query(ACCOUNT, q({ $filter: redeclared }))).message).toBe(
      "The range variable 'c' has already been declared.",
    );
    // filter-rows.md: a collection nested in a lookup navigation property is not supported.
    const nestedInLookup = 'lead_parent_contact/any(l:l/parentcontactid/lead_parent_contact/any(m:m/statecode eq 0))';
    expect(expectFault(() => w.query(CONTACT, q({ $filter: nestedInLookup }))).status).toBe(400);
    expect(expectFault(() => w.query(CONTACT, q({ $filter: 'lead_parent_contact/subject eq 1' }))).message).toContain(
      "property access of a property 'subject' is not a single value",
    );
  });

  it('will not filter on a column that cannot be read', () => {
    expect(expectFault(() => w.query(SERVICE_ENDPOINT, q({ $filter: "authvalue eq 'x'" }))).message).toContain(
      "'authvalue'",
    );
  });
});
