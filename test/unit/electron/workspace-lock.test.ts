import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArranjoError } from '../../../shared/errors';
import {
  acquireWorkspaceLock,
  closedUncleanly,
  heldLocks,
  isStale,
  releaseWorkspaceLock,
  STALE_AFTER_MS,
} from '../../../electron/main/workspace-lock';

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'arranjo-lock-'));
  file = path.join(dir, 'plano.arranjo');
  writeFileSync(file, 'x');
});
afterEach(() => {
  releaseWorkspaceLock(file);
  rmSync(dir, { recursive: true, force: true });
});

describe('acquireWorkspaceLock', () => {
  it('writes the whole holder into <file>.lock at once and leaves no draft beside it', () => {
    const me = acquireWorkspaceLock(file, 'arranjo import');
    expect(readdirSync(dir).sort()).toEqual(['plano.arranjo', 'plano.arranjo.lock']);
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8'))).toEqual(me);
    expect(me.pid).toBe(process.pid);
    expect(heldLocks()).toHaveLength(1);
    // Taking it again in the same process is a no-op.
    expect(acquireWorkspaceLock(file, 'arranjo import')).toBe(me);
  });

  it('refuses while a live process on this host holds it, naming the holder, and leaves its lock alone', () => {
    const other = { holder: 'Arranjo desktop (ana)', pid: process.ppid, host: hostname(), startedAt: new Date().toISOString() };
    writeFileSync(`${file}.lock`, JSON.stringify(other));
    let error: unknown;
    try {
      acquireWorkspaceLock(file, 'arranjo import');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArranjoError);
    expect((error as ArranjoError).code).toBe('WORKSPACE_LOCKED');
    expect((error as ArranjoError).message).toContain(
      `is being written by Arranjo desktop (ana) (process ${process.ppid} on ${hostname()})`,
    );
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8'))).toEqual(other);
    expect(readdirSync(dir).sort()).toEqual(['plano.arranjo', 'plano.arranjo.lock']);
    // Another writer at work is not an unclean close.
    expect(closedUncleanly(file)).toBe(false);
  });

  it("takes over a dead holder's lock, and release removes only its own", () => {
    expect(closedUncleanly(file)).toBe(false);
    writeFileSync(
      `${file}.lock`,
      JSON.stringify({ holder: 'x', pid: 2 ** 22 + 12345, host: hostname(), startedAt: new Date().toISOString() }),
    );
    // A killed writer's lock: the file was not closed cleanly (its next open gets the full check).
    expect(closedUncleanly(file)).toBe(true);
    const me = acquireWorkspaceLock(file, 'arranjo import');
    expect(closedUncleanly(file)).toBe(false);
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8')).pid).toBe(me.pid);
    releaseWorkspaceLock(file);
    expect(readdirSync(dir)).toEqual(['plano.arranjo']);
  });
});

describe('isStale', () => {
  const now = Date.parse('2026-12-03T12:00:00Z');
  it('an unreadable lock, a dead local process, or a foreign lock older than a day is stale', () => {
    expect(isStale(null, now)).toBe(true);
    expect(isStale({ holder: 'x', pid: 2 ** 22 + 12345, host: hostname(), startedAt: new Date(now).toISOString() }, now)).toBe(true);
    const foreign = { holder: 'x', pid: 1, host: 'another-machine', startedAt: new Date(now - STALE_AFTER_MS - 1).toISOString() };
    expect(isStale(foreign, now)).toBe(true);
    expect(isStale({ ...foreign, startedAt: new Date(now - 60_000).toISOString() }, now)).toBe(false);
  });
});
