import type { IdentityContact } from '../../../plugins/identity';
import { ContactCreations } from '../../../plugins/orphanLeadContact';

const ID = 'cccccccc-0000-4000-8000-000000000001';
const MADE: IdentityContact = { contactid: ID, statecode: 0, donotemail: true };

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('ContactCreations', () => {
  it('knows nothing of a contact no attempt was made for', () => {
    expect(new ContactCreations().earlier(ID)).toBeUndefined();
  });

  it('lets a second lead wait for the attempt under way, and tells it the contact as made', async () => {
    const creations = new ContactCreations();
    const attempt = deferred<IdentityContact | undefined>();
    creations.track(ID, attempt.promise);
    const earlier = creations.earlier(ID);
    expect(earlier).toBeDefined();
    attempt.resolve(MADE);
    await expect(earlier).resolves.toBe(MADE);
  });

  it('forgets a failed attempt (rejected, or one that made nothing) before its waiters resume, so one can try', async () => {
    const creations = new ContactCreations();
    const failing = deferred<IdentityContact | undefined>();
    creations.track(ID, failing.promise);
    const waiting = creations.earlier(ID);
    failing.reject(new Error('429'));
    await expect(waiting).resolves.toBeUndefined();
    expect(creations.earlier(ID)).toBeUndefined();
    creations.track(ID, Promise.resolve(undefined));
    await Promise.resolve();
    await Promise.resolve();
    expect(creations.earlier(ID)).toBeUndefined();
  });

  it('remembers a made contact for a while, then forgets it', async () => {
    let now = 1_000;
    const creations = new ContactCreations(() => now, 60_000);
    creations.track(ID, Promise.resolve(MADE));
    await creations.earlier(ID);
    now += 59_000;
    await expect(creations.earlier(ID)).resolves.toBe(MADE);
    now += 2_000;
    expect(creations.earlier(ID)).toBeUndefined();
  });

  it('tells a creation under way from one settled a while ago (whose contact may have changed since)', async () => {
    const creations = new ContactCreations();
    const attempt = deferred<IdentityContact | undefined>();
    creations.track(ID, attempt.promise);
    expect(creations.underWay(ID)).toBe(true);
    attempt.resolve(MADE);
    await creations.earlier(ID);
    await Promise.resolve();
    expect(creations.underWay(ID)).toBe(false);
    expect(creations.underWay('cccccccc-0000-4000-8000-000000000002')).toBe(false);
  });

  it('forget() drops a remembered contact', async () => {
    const creations = new ContactCreations();
    creations.track(ID, Promise.resolve(MADE));
    creations.forget(ID);
    expect(creations.earlier(ID)).toBeUndefined();
  });
});
