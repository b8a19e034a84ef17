import { CONTACT, guid, LEAD, q, ref, world } from './fixtures';

function orderingWorld() {
  const w = world();
  // Inserted out of id order, so the default order cannot be insertion order.
  w.insert(LEAD, guid(5), { lastname: 'Cherry', revenue: 1, statecode: 2 });
  w.insert(LEAD, guid(3), { lastname: 'Apple', revenue: 5, statecode: 0 });
  w.insert(LEAD, guid(1), { lastname: 'banana', revenue: 5, statecode: 1 });
  w.insert(LEAD, guid(4), { lastname: 'apple', statecode: 0 });
  w.insert(LEAD, guid(2), { revenue: 3, statecode: 1 });
  return w;
}

describe('$orderby', () => {
  const w = orderingWorld();
  const ids = (orderby: string) =>
    w.ids(LEAD, q({ $orderby: orderby })).map((id) => Number.parseInt(id.slice(-12), 16));

  it('orders by primary id when no order is given', () => {
    expect(w.ids(LEAD, '').map((id) => Number.parseInt(id.slice(-12), 16))).toEqual([1, 2, 3, 4, 5]);
  });

  it('sorts nulls first ascending, strings without regard to case, ties by id', () => {
    expect(ids('lastname')).toEqual([2, 3, 4, 1, 5]);
    expect(ids('lastname asc')).toEqual([2, 3, 4, 1, 5]);
  });

  it('puts nulls last descending', () => {
    expect(ids('lastname desc')).toEqual([5, 1, 3, 4, 2]);
  });

  it('orders by several keys', () => {
    expect(ids('revenue desc,lastname')).toEqual([3, 1, 2, 5, 4]);
    expect(ids('statecode,revenue desc')).toEqual([3, 4, 1, 2, 5]);
  });

  it('applies $top after ordering', () => {
    expect(
      w.ids(LEAD, q({ $orderby: 'revenue desc', $top: '2' })).map((id) => Number.parseInt(id.slice(-12), 16)),
    ).toEqual([1, 3]);
  });

  it("orders a lookup by the related row's primary name, not its GUID (order-rows.md)", () => {
    const local = world();
    local.insert(CONTACT, guid(100), { fullname: 'Zed' });
    local.insert(CONTACT, guid(200), { fullname: 'Amy' });
    local.insert(LEAD, guid(1), { parentcontactid: ref('contact', guid(100)) });
    local.insert(LEAD, guid(2), { parentcontactid: ref('contact', guid(200)) });
    local.insert(LEAD, guid(3), {});
    expect(local.ids(LEAD, q({ $orderby: '_parentcontactid_value' }))).toEqual([guid(3), guid(2), guid(1)]);
  });
});
