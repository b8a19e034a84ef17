import { Semaphore } from '../../../../dataverse/client/http/Semaphore';

describe('Semaphore', () => {
  it('lets `limit` holders in and serves waiters first in, first out', async () => {
    const semaphore = new Semaphore(2);
    const order: string[] = [];
    const a = await semaphore.acquire();
    const b = await semaphore.acquire();
    const c = semaphore.acquire().then((release) => {
      order.push('c');
      return release;
    });
    const d = semaphore.acquire().then((release) => {
      order.push('d');
      return release;
    });
    await Promise.resolve();
    expect(order).toEqual([]);
    a();
    a(); // a second release of the same slot changes nothing
    const releaseC = await c;
    expect(order).toEqual(['c']);
    b();
    const releaseD = await d;
    expect(order).toEqual(['c', 'd']);
    releaseC();
    releaseD();
    // Both slots are free again.
    const e = await semaphore.acquire();
    const f = await semaphore.acquire();
    e();
    f();
  });

  it('drops an aborted waiter without losing a slot', async () => {
    const semaphore = new Semaphore(1);
    const held = await semaphore.acquire();
    const controller = new AbortController();
    const waiting = semaphore.acquire(controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    held();
    const next = await semaphore.acquire();
    next();
  });

  it('refuses a limit below 1', () => {
    expect(() => new Semaphore(0)).toThrow('at least 1');
  });
});
