import { closeSync, existsSync, linkSync, openSync, readFileSync, realpathSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import path from 'node:path';
import { ArranjoError } from '../../shared/errors';

/**
 * One writer per workspace (DESIGN.md §2): a lock file beside the workspace, `<file>.lock`, holding
 * who writes it. The CLI takes it for writing commands, the desktop app while a workspace is open;
 * a second writer is refused (exit 2 in the CLI) with a message naming the holder.
 *
 * A lock is stale — and taken over — when its holder's process is gone on this host, or when it is
 * older than STALE_AFTER_MS (a lock from another machine on a shared folder whose process we cannot
 * check: a day is far longer than any session keeps a file open without saving it again).
 * The lock is created with O_EXCL, so two processes can never both believe they hold it.
 */

export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

export interface LockHolder {
  /** Who: "arranjo import (maria)" or "Arranjo desktop (maria)". */
  holder: string;
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  startedAt: string;
}

export function lockPathOf(file: string): string {
  return `${realPath(file)}.lock`;
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown user';
  }
}

/** Whether a process with this pid runs on this machine (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockFile: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return {
      holder: typeof parsed.holder === 'string' ? parsed.holder : 'another program',
      pid: parsed.pid,
      host: parsed.host,
      startedAt: typeof parsed.startedAt === 'string' ? parsed.startedAt : '',
    };
  } catch {
    return null; // unreadable or half-written: treated as stale below
  }
}

export function isStale(holder: LockHolder | null, now = Date.now()): boolean {
  if (!holder) return true;
  if (holder.host === hostname() && !processAlive(holder.pid)) return true;
  const started = Date.parse(holder.startedAt);
  return !Number.isFinite(started) || now - started > STALE_AFTER_MS;
}

/**
 * Creates `lockFile` holding `content`, never overwriting one that exists. The content is written
 * to a private file first and hard-linked into place, so another process never reads a lock that
 * exists but is still empty (which it would take for a stale one). Where hard links are not
 * supported (FAT and exFAT drives), the file is created exclusively and written at once.
 */
function createLockFile(lockFile: string, content: string): 'created' | 'exists' | 'unwritable' {
  // A short name, not the lock's plus a suffix: a workspace named near the 255-byte limit still gets its lock.
  const draft = path.join(path.dirname(lockFile), `.arranjo-lock.${process.pid}.tmp`);
  try {
    writeFileSync(draft, content, { flag: 'w' });
  } catch {
    return 'unwritable';
  }
  try {
    linkSync(draft, lockFile);
    return 'created';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return 'exists';
    return createExclusively(lockFile, content);
  } finally {
    try {
      unlinkSync(draft);
    } catch {
      // already gone
    }
  }
}

function createExclusively(lockFile: string, content: string): 'created' | 'exists' | 'unwritable' {
  try {
    const fd = openSync(lockFile, 'wx');
    try {
      writeSync(fd, content);
    } finally {
      closeSync(fd);
    }
    return 'created';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'exists' : 'unwritable';
  }
}

const held = new Map<string, LockHolder>();

/**
 * True when the last writer of `file` did not close it cleanly: its lock is still there and stale
 * (the app or a CLI command was killed, the machine lost power). The file itself is then the last
 * complete save (saves are atomic), but it gets the full check anyway (DESIGN.md §2).
 */
export function closedUncleanly(file: string): boolean {
  const lockFile = lockPathOf(file);
  return !held.has(lockFile) && existsSync(lockFile) && isStale(readHolder(lockFile));
}

/**
 * Takes the lock of `file` for this process (a no-op when it already holds it). Throws
 * WORKSPACE_LOCKED naming the holder when another live writer has it.
 */
export function acquireWorkspaceLock(file: string, who: string): LockHolder {
  const lockFile = lockPathOf(file);
  const mine = held.get(lockFile);
  if (mine) return mine;
  const me: LockHolder = { holder: `${who} (${currentUser()})`, pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    const outcome = createLockFile(lockFile, JSON.stringify(me));
    if (outcome !== 'exists') {
      // 'unwritable': a read-only folder or medium, where no lock can exist and no save either;
      // let the save report the disk's refusal rather than refuse to read the file at all.
      if (outcome === 'created') held.set(lockFile, me);
      return me;
    }
    const other = readHolder(lockFile);
    if (!isStale(other)) throw lockedError(file, other as LockHolder);
    try {
      unlinkSync(lockFile);
    } catch {
      // another process removed it first; try again
    }
  }
  throw lockedError(file, readHolder(lockFile) ?? { holder: 'another program', pid: 0, host: '?', startedAt: '' });
}

/** Lets go of the lock of `file` if this process holds it (and the file is still ours). */
export function releaseWorkspaceLock(file: string): void {
  const lockFile = lockPathOf(file);
  if (!held.delete(lockFile)) return;
  const current = readHolder(lockFile);
  if (current && current.pid === process.pid && current.host === hostname()) {
    try {
      unlinkSync(lockFile);
    } catch {
      // already gone
    }
  }
}

/** Releases every lock this process holds (on exit). Synchronous so it runs in an 'exit' handler. */
export function releaseAllWorkspaceLocks(): void {
  for (const lockFile of [...held.keys()]) releaseWorkspaceLock(lockFile.slice(0, -'.lock'.length));
}

export function heldLocks(): string[] {
  return [...held.keys()];
}

function lockedError(file: string, other: LockHolder): ArranjoError {
  const since = other.startedAt ? ` since ${other.startedAt}` : '';
  return new ArranjoError(
    'WORKSPACE_LOCKED',
    `${path.basename(file)} is being written by ${other.holder} (process ${other.pid} on ${other.host})${since}. ` +
      `Wait until it finishes or close it there, then try again; nothing was written. ` +
      `If that program is no longer running, delete ${path.basename(lockPathOf(file))}.`,
    { file },
    { holder: other.holder, pid: other.pid, host: other.host, startedAt: other.startedAt },
  );
}
