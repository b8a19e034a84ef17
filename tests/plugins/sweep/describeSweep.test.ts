import { describeSweep, type SweepSummary } from '../../../plugins/sweep';

const base: SweepSummary = {
  dryRun: false,
  partition: '0/1',
  switchOn: true,
  forced: false,
  scanned: 5000,
  matched: 1790,
  created: 3210,
  linked: 5000,
  leftAlone: 0,
  retryLater: 0,
  qualifiedScanned: 12,
  flagsCleared: 12,
  optOutLeadsScanned: 4,
  optOutsApplied: 3,
  failed: [],
  interrupted: false,
  seconds: 3.2,
};

describe('describeSweep', () => {
  it('says what a run did', () => {
    const text = describeSweep(base);
    expect(text).toContain('Finished (partition 0/1) in 3.2 s.');
    expect(text).toContain('Linked: 5,000 lead(s), 1,790 of them to contacts that exist already');
    expect(text).toContain('Created: 3,210 marketing-only contact(s)');
    expect(text).toContain('cleared marketingonly on 12 contact(s)');
    expect(text).toContain("applied leads' opt-outs to 3 contact(s) that still allowed them (never loosened)");
  });

  it('says a dry run wrote nothing and what a real run would do', () => {
    const text = describeSweep({ ...base, dryRun: true });
    expect(text).toMatch(/^Dry run \(partition 0\/1\): nothing was written/);
    expect(text).toContain('Link: 5,000 lead(s)');
    expect(text).toContain('Create: 3,210 marketing-only contact(s)');
  });

  it('names the switch when it is off, and warns when a run was forced', () => {
    const off = describeSweep({
      ...base,
      switchOn: false,
      linkingSkipped: 'The environment variable leadlink_OrphanLeadContactCreation is off.',
    });
    expect(off).toContain('not linked');
    expect(off).toContain('--force-on');
    expect(describeSweep({ ...base, switchOn: false, forced: true })).toContain(
      'WARNING: leadlink_OrphanLeadContactCreation is not on',
    );
  });

  it('lists failures with their step, code and leads', () => {
    const text = describeSweep({
      ...base,
      failed: [
        {
          step: 'create-contact',
          leadIds: ['l-1'],
          contactId: 'c-1',
          status: 400,
          code: '0x80044331',
          reason: "The length of the 'emailaddress1' attribute exceeded the maximum.",
        },
      ],
    });
    expect(text).toContain('Failed: 1 record(s); the rest went on:');
    expect(text).toContain(
      "- create-contact (400 0x80044331) for lead(s) l-1: The length of the 'emailaddress1' attribute",
    );
  });

  it('tells how to finish an interrupted run', () => {
    expect(describeSweep({ ...base, interrupted: true })).toContain('run the same command again to finish');
  });
});
