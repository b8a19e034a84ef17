import { version } from 'uuid';
import { derivedMessageId, MESSAGE, STANDARD_MESSAGES } from '../../../emulator/metadata/standardMessages';

// The reference suite checks the documented ids against real exported webhook steps.
describe('standard sdkmessage rows', () => {
  it('include every message the issues name, once each, with distinct lower-case GUIDs', () => {
    const names = STANDARD_MESSAGES.map((m) => m.name);
    for (const required of [
      'Create',
      'Update',
      'Delete',
      'Retrieve',
      'RetrieveMultiple',
      'Associate',
      'Disassociate',
      'SetState',
      'SetStateDynamicEntity',
      'Assign',
      'QualifyLead',
      'CreateMultiple',
      'UpdateMultiple',
      'UpsertMultiple',
      'Upsert',
    ]) {
      expect(names).toContain(required);
    }
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(STANDARD_MESSAGES.map((m) => m.id)).size).toBe(STANDARD_MESSAGES.length);
    // Platform ids are not RFC 4122 (version nibble 'd'), so only the textual GUID shape is checked.
    for (const m of STANDARD_MESSAGES)
      expect(m.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('derive the ids no public source gives, the same way on every run', () => {
    const derived = STANDARD_MESSAGES.filter((m) => m.idSource === 'derived');
    expect(derived.map((m) => m.name).sort()).toEqual(
      [
        MESSAGE.associate,
        MESSAGE.disassociate,
        MESSAGE.qualifyLead,
        MESSAGE.createMultiple,
        MESSAGE.updateMultiple,
        MESSAGE.upsertMultiple,
        MESSAGE.upsert,
      ].sort(),
    );
    for (const m of derived) {
      expect(m.id).toBe(derivedMessageId(m.name));
      expect(version(m.id)).toBe(5);
    }
    // The documented platform ids share the 'ea3e-db11-86a7-000a3a5473e8' tail; no derived id may pass for one.
    for (const m of STANDARD_MESSAGES)
      expect(m.id.endsWith('-ea3e-db11-86a7-000a3a5473e8')).toBe(m.idSource === 'documented');
  });
});
