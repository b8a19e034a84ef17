import { chooseContact } from '../../../plugins/identity';

const ACCOUNT = 'aaaaaaaa-0000-4000-8000-000000000001';
const OTHER_ACCOUNT = 'aaaaaaaa-0000-4000-8000-000000000002';

const older = { contactid: 'cccccccc-0000-4000-8000-000000000009', createdon: '2024-01-01T00:00:00Z' };
const newer = { contactid: 'cccccccc-0000-4000-8000-000000000001', createdon: '2025-06-01T00:00:00Z' };
const ofAccount = {
  contactid: 'cccccccc-0000-4000-8000-000000000005',
  createdon: '2025-12-01T00:00:00Z',
  _parentcustomerid_value: ACCOUNT.toUpperCase(),
};

describe('chooseContact', () => {
  it('prefers a contact of the lead’s parent account over older ones', () => {
    expect(chooseContact([older, newer, ofAccount], ACCOUNT)).toBe(ofAccount);
  });

  it('takes the oldest when no contact belongs to the lead’s account, or the lead has none', () => {
    expect(chooseContact([newer, older, ofAccount], OTHER_ACCOUNT)).toBe(older);
    expect(chooseContact([newer, ofAccount, older], undefined)).toBe(older);
  });

  it('breaks a createdon tie by the lowest contactid, and ranks a contact without createdon last', () => {
    const twinA = { contactid: 'bbbbbbbb-0000-4000-8000-000000000002', createdon: '2024-01-01T00:00:00Z' };
    const twinB = { contactid: 'BBBBBBBB-0000-4000-8000-000000000001', createdon: '2024-01-01T00:00:00Z' };
    const undated = { contactid: '00000000-0000-4000-8000-000000000000', createdon: null };
    expect(chooseContact([twinA, undated, twinB], null)).toBe(twinB);
  });

  it('gives the same answer whatever order the rows come in', () => {
    const rows = [older, newer, ofAccount];
    const orders = [rows, [...rows].reverse(), [newer, ofAccount, older]];
    for (const order of orders) expect(chooseContact(order, ACCOUNT)).toBe(ofAccount);
  });

  it('is undefined for no matches', () => {
    expect(chooseContact([], ACCOUNT)).toBeUndefined();
  });
});
