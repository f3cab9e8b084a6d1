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
  it('serves what was asked ahead to the views asking the same id and deps at the same data version', async () => {
    let version = 3;
    const ahead = new PrefetchedData(() => version);
    const sites = counted('territories.sites');
    void ahead.prefetch(sites.query, engine);
    void ahead.prefetch(sites.query, engine); // asked again before any view took it: one request
    expect(sites.asked()).toBe(1);
    const fresh = async () => 'fresh';
    await expect(ahead.take('territories.sites', '[]', 3, fresh)).resolves.toBe('territories.sites#1');
    // Kept for the area's next open at the same data version.
    await expect(ahead.take('territories.sites', '[]', 3, fresh)).resolves.toBe('territories.sites#1');
    expect(sites.asked()).toBe(1);
    version = 4;
    expect(ahead.take('territories.sites', '[]', 4, fresh)).toBeNull();
    expect(ahead.size).toBe(0);
  });

  it('an area opened again gets the answer its first open asked, without asking the engine again, until the data changes', async () => {
    let version = 7;
    const ahead = new PrefetchedData(() => version);
    let asked = 0;
    const load = async () => `initiatives#${++asked}`;
    // First open (nothing asked ahead): the view asks the engine, and the answer is kept.
    await expect(ahead.ask('initiatives.list', '[]', 7, load)).resolves.toBe('initiatives#1');
    // Left and opened again: its first render draws the answer, and its load asks nothing.
    expect(ahead.peek('initiatives.list', '[]', 7)).toEqual({ value: 'initiatives#1' });
    await expect(ahead.ask('initiatives.list', '[]', 7, load)).resolves.toBe('initiatives#1');
    expect(asked).toBe(1);
    // Other deps are another question.
    await expect(ahead.ask('initiatives.list', '["MG"]', 7, load)).resolves.toBe('initiatives#2');
    // An edit (the controller clears on every change): asked anew.
    ahead.clear();
    version = 8;
    expect(ahead.peek('initiatives.list', '[]', 8)).toBeNull();
    await expect(ahead.ask('initiatives.list', '[]', 8, load)).resolves.toBe('initiatives#3');
    // An answer asked under a version already left is not kept for the new one.
    await expect(ahead.ask('works.portfolio', '[]', 7, load)).resolves.toBe('initiatives#4');
    expect(ahead.peek('works.portfolio', '[]', 7)).toBeNull();
    // A failed answer is not kept: the next view asks again.
    await expect(
      ahead.ask('economy.lq', '[]', 8, async () => {
        throw new Error('worker busy');
      }),
    ).rejects.toThrow('worker busy');
    await expect(ahead.ask('economy.lq', '[]', 8, load)).resolves.toBe('initiatives#5');
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
    // Peeking does not ask the engine; taking keeps it for the next view.
    await expect(ahead.take('territories.sites', '[1]', 5, async () => 'x')).resolves.toBe('territories.sites#1');
    expect(ahead.peek('territories.sites', '[1]', 5)).toEqual({ value: 'territories.sites#1' });
    expect(sites.asked()).toBe(1);
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
