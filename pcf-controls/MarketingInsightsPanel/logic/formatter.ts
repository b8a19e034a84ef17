/**
 * Numbers and dates in the user's format. The platform's `context.formatting` applies the user's personal settings
 * (separators, date pattern, time zone); when a host does not provide it (a preview page), Intl with the user's
 * language is the fallback.
 */
export interface FormattingSource {
  formatInteger?(value: number): string;
  formatDecimal?(value: number, precision?: number): string;
  formatDateShort?(value: Date, includeTime?: boolean): string;
}

export interface Formatter {
  integer(value: number): string;
  /** Score points: whole numbers as integers, decayed (fractional) points with one decimal; gains carry a plus sign. */
  points(value: number): string;
  date(value: Date): string;
  dateTime(value: Date): string;
}

/** The panel's languages; other LCIDs fall back to the browser's locale. */
const LOCALES: Readonly<Record<number, string>> = { 1033: 'en-US', 1028: 'zh-TW', 1066: 'vi-VN' };

export function localeFor(languageId: number | undefined): string | undefined {
  return languageId === undefined ? undefined : LOCALES[languageId];
}

export function createFormatter(formatting: FormattingSource | undefined, languageId: number | undefined): Formatter {
  const locale = localeFor(languageId);
  const intlInteger = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const intlDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const intlDate = new Intl.DateTimeFormat(locale, { dateStyle: 'short' });
  const intlDateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  const integer = (value: number): string =>
    formatting?.formatInteger ? formatting.formatInteger(Math.round(value)) : intlInteger.format(value);
  const decimal = (value: number): string =>
    formatting?.formatDecimal ? formatting.formatDecimal(value, 1) : intlDecimal.format(value);
  return {
    integer,
    points: (value) => {
      const text = Number.isInteger(value) ? integer(value) : decimal(value);
      return value > 0 ? `+${text}` : text;
    },
    date: (value) => (formatting?.formatDateShort ? formatting.formatDateShort(value, false) : intlDate.format(value)),
    dateTime: (value) =>
      formatting?.formatDateShort ? formatting.formatDateShort(value, true) : intlDateTime.format(value),
  };
}
