import { roundHalfAwayFromZero } from '../../../plugins/scoring/engine/roundHalfAwayFromZero';
import { textMatcher } from '../../../plugins/scoring/engine/textPattern';

describe('roundHalfAwayFromZero', () => {
  it.each([
    [2.5, 3],
    [-2.5, -3],
    [2.4, 2],
    [-2.4, -2],
    [0.49, 0],
    [-0.4, 0],
    // Float noise from summing decayed points still rounds as the exact half would.
    [0.1 + 0.2 + 2.2, 3],
    [2.4999999999, 3],
  ])('%d → %d', (value, expected) => {
    expect(roundHalfAwayFromZero(value)).toBe(expected);
  });

  it('never answers −0', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.2), 0)).toBe(true);
  });
});

describe('textMatcher', () => {
  it.each([
    ['/pricing', 'https://contoso.com/Pricing?x=1', true],
    ['/pricing', 'https://contoso.com/about', false],
    ['*/pricing', 'https://contoso.com/pricing', true],
    ['*/pricing', 'https://contoso.com/pricing/enterprise', false],
    ['https://*.contoso.com/*', 'https://docs.contoso.com/start', true],
    ['https://*.contoso.com/*', 'https://contoso.com/start', false],
    ['*?plan=pro', 'https://contoso.com/pricing?plan=pro', true],
    ['*?plan=pro', 'https://contoso.com/pricingXplan=pro', false],
    ['a.c', 'abc', false],
  ])('%s against %s → %s', (pattern, text, expected) => {
    expect(textMatcher(pattern)(text)).toBe(expected);
  });

  it('never matches a missing value', () => {
    expect(textMatcher('*')(null)).toBe(false);
    expect(textMatcher('x')(undefined)).toBe(false);
  });
});
