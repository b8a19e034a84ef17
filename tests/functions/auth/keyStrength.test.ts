import { randomBytes, randomUUID } from 'node:crypto';
import { keyWeakness, MIN_KEY_LENGTH } from '../../../functions/auth/keyStrength';

describe('keyWeakness', () => {
  it.each([
    ['sixteen identical characters', 'a'.repeat(16), 'too predictable'],
    ['forty identical characters', 'x'.repeat(40), 'too predictable'],
    ['the alphabet', 'abcdefghijklmnopqrstuvwxyz0123', 'too predictable'],
    ['a counting password', 'password1234567890123456', 'too predictable'],
    ['a repeated word', 'Password123Password123Password123', 'repeats a part of itself'],
    ['two characters taking turns', 'ab'.repeat(20), 'too predictable'],
    ['few different characters', 'aabbaabbccaabbccaabbcc0101', 'too predictable'],
    ['a short random key', randomBytes(9).toString('base64'), 'too short'],
    ['whitespace around it', ` ${randomBytes(32).toString('base64')}`, 'whitespace'],
    ['a control character', `${randomBytes(32).toString('base64')}\u0007`, 'control characters'],
  ])('refuses %s', (_what, key, problem) => {
    expect(keyWeakness(key)).toMatch(problem);
    expect(keyWeakness(key)).not.toContain(key.trim());
  });

  it('accepts what `openssl rand -base64 32` and `-hex 16` make, and UUIDs, every time', () => {
    for (let i = 0; i < 2000; i++) {
      for (const key of [
        randomBytes(32).toString('base64'),
        randomBytes(16).toString('hex'),
        randomBytes(18).toString('base64'),
        randomUUID(),
      ]) {
        expect([key, keyWeakness(key)]).toEqual([key, undefined]);
      }
    }
  });

  it('asks for at least MIN_KEY_LENGTH characters', () => {
    expect(MIN_KEY_LENGTH).toBeGreaterThanOrEqual(24);
  });
});
