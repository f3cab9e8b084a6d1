import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import { TerritoryRepository } from '../../shared/repositories/territory-repository';
import { newEngine } from '../support/node-engine';

// The municipalities' names are kept between reads while the workspace is unchanged (the economy
// area's analyses each asked for all 5,570). A kept copy must never outlive a change.
describe('municipality names, kept while the workspace is unchanged', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newEngine();
    await engine.createWorkspace({ demo: false });
  }, 120_000);

  it('are read once while nothing changes, and read again after any change', () => {
    const conn = engine.connection();
    const first = new TerritoryRepository(conn).municipalityNames();
    expect(first.get(3106705)).toBe('Betim');
    expect(first.size).toBeGreaterThan(5000);
    // Another repository on the same connection: the same names, not read again.
    expect(new TerritoryRepository(conn).municipalityNames()).toBe(first);
    conn.run('UPDATE municipality SET name = ? WHERE code = ?', ['Betim (renomeado)', 3106705]);
    const after = new TerritoryRepository(conn).municipalityNames();
    expect(after).not.toBe(first);
    expect(after.get(3106705)).toBe('Betim (renomeado)');
    // A change rolled back counts as a change: read again, and right.
    conn.run('BEGIN');
    conn.run('UPDATE municipality SET name = ? WHERE code = ?', ['Betim (desfeito)', 3106705]);
    conn.run('ROLLBACK');
    const rolledBack = new TerritoryRepository(conn).municipalityNames();
    expect(rolledBack.get(3106705)).toBe('Betim (renomeado)');
  });

  it('are not kept when read inside a transaction that is then rolled back', () => {
    const conn = engine.connection();
    const seenInside = (() => {
      try {
        return conn.transaction(() => {
          conn.run('UPDATE municipality SET name = ? WHERE code = ?', ['Contagem (nunca salvo)', 3118601]);
          const inside = new TerritoryRepository(conn).municipalityNames().get(3118601);
          throw new Error(`refused after reading ${inside}`);
        });
      } catch (error) {
        return String(error);
      }
    })();
    expect(seenInside).toContain('Contagem (nunca salvo)');
    // The count of changes is the same as inside: a name read there must not be served now.
    expect(new TerritoryRepository(conn).municipalityNames().get(3118601)).toBe('Contagem');
  });
});
