import { readRecordTarget, targetKey } from '../../../pcf-controls/MarketingInsightsPanel/logic/recordTarget';

describe('readRecordTarget', () => {
  it('reads the record from mode.contextInfo', () => {
    expect(readRecordTarget({ contextInfo: { entityTypeName: 'lead', entityId: '{B1}' } })).toEqual({
      status: 'ready',
      entity: 'lead',
      id: '{B1}',
    });
    expect(readRecordTarget({ contextInfo: { entityTypeName: 'Account', entityId: 'x' } })).toMatchObject({
      entity: 'account',
    });
  });

  it('waits for a create form to be saved', () => {
    expect(readRecordTarget({ contextInfo: { entityTypeName: 'contact', entityId: '' } })).toEqual({
      status: 'unsaved',
      entity: 'contact',
    });
    expect(
      readRecordTarget({ contextInfo: { entityTypeName: 'contact', entityId: '00000000-0000-0000-0000-000000000000' } })
        .status,
    ).toBe('unsaved');
  });

  it('says which table it cannot serve', () => {
    expect(readRecordTarget({ contextInfo: { entityTypeName: 'opportunity', entityId: 'x' } })).toEqual({
      status: 'unsupported',
      entityTypeName: 'opportunity',
    });
    expect(readRecordTarget({}).status).toBe('unsupported');
    expect(readRecordTarget(null).status).toBe('unsupported');
  });

  it('keys a load by record and revision, ignoring id case', () => {
    const a = readRecordTarget({ contextInfo: { entityTypeName: 'lead', entityId: 'ABC' } });
    const b = readRecordTarget({ contextInfo: { entityTypeName: 'lead', entityId: 'abc' } });
    expect(targetKey(a, 0)).toBe(targetKey(b, 0));
    expect(targetKey(a, 1)).not.toBe(targetKey(a, 0));
  });
});
