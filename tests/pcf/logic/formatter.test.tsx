import { createFormatter } from '../../../pcf-controls/MarketingInsightsPanel/logic/formatter';

describe('createFormatter', () => {
  const date = new Date(Date.UTC(2025, 2, 4, 9, 5));

  it('uses the platform formatting when the host provides it', () => {
    const format = createFormatter(
      {
        formatInteger: (value) => `int(${value})`,
        formatDecimal: (value, precision) => `dec(${value},${precision ?? ''})`,
        formatDateShort: (value, includeTime) => `date(${value.toISOString()},${String(includeTime)})`,
      },
      1033,
    );
    expect(format.integer(1234)).toBe('int(1234)');
    expect(format.points(12)).toBe('+int(12)');
    expect(format.points(-4)).toBe('int(-4)');
    expect(format.points(2.5)).toBe('+dec(2.5,1)');
    expect(format.dateTime(date)).toBe(`date(${date.toISOString()},true)`);
  });

  it('falls back to Intl in the user’s language', () => {
    expect(createFormatter(undefined, 1033).integer(12345)).toBe('12,345');
    expect(createFormatter(undefined, 1066).integer(12345)).toBe('12.345');
    expect(createFormatter(undefined, 1066).date(date)).toBe(
      new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short' }).format(date),
    );
    expect(createFormatter(undefined, 1028).date(date)).toBe(
      new Intl.DateTimeFormat('zh-TW', { dateStyle: 'short' }).format(date),
    );
  });
});
