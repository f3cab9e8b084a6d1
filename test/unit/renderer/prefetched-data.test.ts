import { describe, expect, it } from 'vitest';
import { engineQuery, PrefetchedData } from '../../../renderer/src/workspace/prefetched-data';
import type { Engine } from '../../../renderer/src/workspace/workspace-controller';

const engine = {} as Engine;

/** A query whose answer says how many times it was asked. */
function counted(id: string, deps: (string | number)[] = []) {
  let asked = 0;
  return {
    query: engineQuery(id, deps, async () => `${id}#${++asked}`),
    asked: () => asked,
  };
}

describe('PrefetchedData (issue 16: areas\u2019 first data asked ahead)', () => {
  it('serves what was asked ahead once, to the view asking the same id and deps at the same data version', async () => {
    let version = 3;
    const ahead = new PrefetchedData(() => version);
    const sites = counted('territories.sites');
    void ahead.prefetch(sites.query, engine);
    void ahead.prefetch(sites.query, engine); // asked again before any view took it: one request
    expect(sites.asked()).toBe(1);
    const fresh = async () => 'fresh';
    await expect(ahead.take('territories.sites', '[]', 3, fresh)).resolves.toBe('territories.sites#1');
    // Served once: after the first open, views load as before.
    expect(ahead.take('territories.sites', '[]', 3, fresh)).toBeNull();
    version = 4;
    expect(ahead.size).toBe(0);
  });

  it('serves nothing for other deps or another data version', async () => {
    let version = 1;
    const ahead = new PrefetchedData(() => version);
    void ahead.prefetch(counted('works.portfolio', ['2026-12-03']).query, engine);
    expect(ahead.take('works.portfolio', '["2026-12-04"]', 1, async () => 'x')).toBeNull();
    version = 2; // the workspace changed after the prefetch
    expect(ahead.take('works.portfolio', '["2026-12-03"]', 2, async () => 'x')).toBeNull();
  });

  it('a failed prefetch is not served: the view asks the engine itself', async () => {
    const ahead = new PrefetchedData(() => 0);
    void ahead.prefetch(
      engineQuery('economy.lq', [], async () => {
        throw new Error('worker busy');
      }),
      engine,
    );
    await expect(ahead.take('economy.lq', '[]', 0, async () => 'asked again')).resolves.toBe('asked again');
  });

  it('peek shows an answer already in, for the same id, deps and data version, without serving it', async () => {
    const ahead = new PrefetchedData(() => 5);
    const sites = counted('territories.sites', [1]);
    const answer = ahead.prefetch(sites.query, engine);
    expect(ahead.peek('territories.sites', '[1]', 5)).toBeNull(); // not in yet
    await answer;
    expect(ahead.peek('territories.sites', '[1]', 5)).toEqual({ value: 'territories.sites#1' });
    expect(ahead.peek('territories.sites', '[2]', 5)).toBeNull();
    expect(ahead.peek('territories.sites', '[1]', 6)).toBeNull();
    // Peeking does not serve it: the view takes it once.
    await expect(ahead.take('territories.sites', '[1]', 5, async () => 'x')).resolves.toBe('territories.sites#1');
    expect(ahead.peek('territories.sites', '[1]', 5)).toBeNull();
    // A failed prefetch is never shown.
    const failed = ahead.prefetch(
      engineQuery('economy.lq', [], async () => {
        throw new Error('worker busy');
      }),
      engine,
    );
    await failed.catch(() => undefined);
    expect(ahead.peek('economy.lq', '[]', 5)).toBeNull();
  });

  it('clear drops everything', () => {
    const ahead = new PrefetchedData(() => 0);
    void ahead.prefetch(counted('a').query, engine);
    void ahead.prefetch(counted('b', [1]).query, engine);
    ahead.clear();
    expect(ahead.take('a', '[]', 0, async () => '')).toBeNull();
    expect(ahead.size).toBe(0);
  });
});
