import { OPT_OUT_COLUMNS, submissionLeadId, submissionSourceId } from '../../../plugins/landingPages';
import { DO_NOT_PREFERENCE_COLUMNS } from '../../../schema/names';

describe('submission keys', () => {
  it('records a submission under its id as the interaction source id', () => {
    expect(submissionSourceId('form-7f3a')).toBe('landing-page:form-7f3a');
  });

  it('derives one lead id per submission, the same in any case (source ids compare case-insensitively)', () => {
    expect(submissionLeadId('Form-7F3A')).toBe(submissionLeadId('form-7f3a'));
    expect(submissionLeadId('form-7f3a')).not.toBe(submissionLeadId('form-7f3b'));
    expect(submissionLeadId('form-7f3a')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('maps every opt-out onto one of the shared preference columns, each once', () => {
    const columns = Object.values(OPT_OUT_COLUMNS);
    expect(new Set(columns).size).toBe(columns.length);
    for (const column of columns) expect(DO_NOT_PREFERENCE_COLUMNS).toContain(column);
  });
});
