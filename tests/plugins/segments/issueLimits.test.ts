import { parseSegmentDefinition, parseSegmentJson, SegmentDefinitionError } from '../../../plugins/segments';
import { metadata } from './helpers/segmentMetadataFixture';

const subjectIs = { column: 'subject', operator: 'eq', value: 'Contoso Ltd Conference' };

function errorOf(run: () => unknown): SegmentDefinitionError {
  try {
    run();
  } catch (error) {
    if (error instanceof SegmentDefinitionError) return error;
    throw error;
  }
  throw new Error('expected the definition to be rejected');
}

describe('segment definition errors stay short', () => {
  it('summarizes 20,000 unknown keys in one issue, naming a few', () => {
    const raw: Record<string, unknown> = { lead: { conditions: [subjectIs] } };
    for (let i = 0; i < 20_000; i += 1) raw[`stray${i}`] = i;
    const error = errorOf(() => parseSegmentDefinition(raw, metadata));
    expect(error.issues).toEqual([
      {
        path: '(definition)',
        message:
          '20,000 unknown keys, e.g. stray0, stray1, stray2; allowed here: name, description, lead, contact, account, include',
      },
    ]);
    expect(error.message.length).toBeLessThan(300);
  });

  it('lists at most 20 issues, then says how many more there were', () => {
    const conditions = Array.from({ length: 600 }, (_, i) => ({ column: `nope${i}`, operator: 'eq', value: 'x' }));
    const error = errorOf(() => parseSegmentDefinition({ lead: { conditions } }, metadata));
    expect(error.issues).toHaveLength(21);
    expect(error.issues[0]?.path).toBe('lead.conditions[0].column');
    expect(error.issues[20]).toEqual({ path: '(more)', message: '… and 580 more problems not listed' });
    expect(JSON.stringify(error.issues).length).toBeLessThan(5_000);
  });

  it('quotes and shortens a key it names, so a long or odd key cannot bloat or break the answer', () => {
    const key = `x\n${'y'.repeat(10_000)}`;
    const error = errorOf(() => parseSegmentDefinition({ lead: { conditions: [subjectIs] }, [key]: 1 }, metadata));
    expect(error.issues).toEqual([
      {
        path: JSON.stringify(`${key.slice(0, 40)}…`),
        message: 'unknown key; allowed here: name, description, lead, contact, account, include',
      },
    ]);
  });

  it('does not echo a file that is not JSON (a gzip file, say)', () => {
    const error = errorOf(() => parseSegmentJson('\u001f\u008b\u0008\u0000binary', metadata));
    expect(error.issues).toEqual([{ path: '(file)', message: 'not valid JSON' }]);
  });
});
