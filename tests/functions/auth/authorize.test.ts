import { authorize } from '../../../functions/auth/authorize';
import { presentedKey } from '../../../functions/auth/presentedKey';
import { rawRequest } from '../helpers/rawRequest';

const KEY = 'authorize-test-key-Hq27Lm90Xz';
const at = (query: string, headers: Record<string, string> = {}) =>
  rawRequest(`http://localhost/api/interactions${query}`, '{}', { 'content-type': 'application/json', ...headers });

describe('presentedKey', () => {
  it('finds the key in ?code= (any letter case) or in either key header', () => {
    expect(presentedKey(at(`?code=${KEY}`))).toEqual({ kind: 'one', value: KEY });
    expect(presentedKey(at(`?Code=${KEY}`))).toEqual({ kind: 'one', value: KEY });
    expect(presentedKey(at('', { 'x-leadlink-key': KEY }))).toEqual({ kind: 'one', value: KEY });
    expect(presentedKey(at('', { 'x-leadlink-webhook-key': KEY }))).toEqual({ kind: 'one', value: KEY });
    expect(presentedKey(at('?other=1'))).toEqual({ kind: 'none' });
  });

  it('takes the same key sent twice as one key', () => {
    expect(presentedKey(at(`?code=${KEY}&code=${KEY}`, { 'x-leadlink-key': KEY }))).toEqual({
      kind: 'one',
      value: KEY,
    });
  });

  it('calls two different keys ambiguous, wherever they came from', () => {
    for (const request of [
      at(`?code=${KEY}&code=other`),
      at(`?code=other&code=${KEY}`),
      at(`?code=${KEY}&CODE=other`),
      at(`?code=${KEY}`, { 'x-leadlink-key': 'other' }),
      at('', { 'x-leadlink-key': KEY, 'x-leadlink-webhook-key': 'other' }),
    ]) {
      expect(presentedKey(request)).toEqual({ kind: 'ambiguous' });
    }
  });
});

describe('authorize', () => {
  it('grants the right key, denies a wrong or missing one, and grants nothing when no key is set', () => {
    expect(authorize(at(`?code=${KEY}`), KEY)).toBe('granted');
    expect(authorize(at('?code=wrong'), KEY)).toBe('denied');
    expect(authorize(at(''), KEY)).toBe('denied');
    expect(authorize(at(`?code=${KEY}`), undefined)).toBe('denied');
  });

  it('refuses ambiguous keys even when one of them is right', () => {
    expect(authorize(at(`?code=wrong&code=${KEY}`), KEY)).toBe('ambiguous');
    expect(authorize(at(`?code=${KEY}&code=wrong`), KEY)).toBe('ambiguous');
  });
});
