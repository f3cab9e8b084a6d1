import { createHash, randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { imageSchemaVersion } from '../../shared/db/sqlite-header';
import { ArranjoError } from '../../shared/errors';
import { processAlive } from './workspace-lock';

/**
 * Workspace file I/O that never loses the last good save: a crash, a full disk or a yanked pen
 * drive during a write leaves either the previous file or the new one, never half of each.
 */

/** Larger files would not fit an ArrayBuffer in the renderer anyway; refuse them with a clear message. */
export const MAX_WORKSPACE_BYTES = 2 * 1024 ** 3;

export interface AtomicWriteOptions {
  /** Keep the replaced version as `<path>.bak` (workspaces yes; small settings files no). */
  keepBackup: boolean;
}

/** What a workspace file was when it was opened or last saved: a save compares it first. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  sha256: string;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The stamp of a file whose bytes were just read or written; null when it does not exist. */
export async function stampFile(file: string, bytes: Uint8Array): Promise<FileStamp | null> {
  try {
    const info = await fs.stat(file);
    return { size: info.size, mtimeMs: info.mtimeMs, sha256: sha256(bytes) };
  } catch {
    return null;
  }
}

/**
 * Compare-and-swap: refuses (WORKSPACE_CHANGED) when the file on disk is no longer the one that was
 * opened — another program saved it meanwhile, and writing now would silently drop its changes.
 * Size and time equal: unchanged. Otherwise the content decides (a copy that only touched the time
 * is not a change).
 */
export async function checkUnchanged(file: string, expected: FileStamp | null): Promise<void> {
  let current: FileStamp | null = null;
  try {
    const info = await fs.stat(file);
    current = { size: info.size, mtimeMs: info.mtimeMs, sha256: '' };
    if (expected && info.size === expected.size && info.mtimeMs === expected.mtimeMs) return;
    if (expected && info.size === expected.size && sha256(await fs.readFile(file)) === expected.sha256) return;
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw fileError('write', file, error);
  }
  if (current === null && expected === null) return;
  throw new ArranjoError(
    'WORKSPACE_CHANGED',
    current === null
      ? `${path.basename(file)} was deleted or moved since it was opened; nothing was written. Save it under a new name.`
      : `${path.basename(file)} was changed by another program since it was opened; saving now would lose those changes, so nothing was written. Save under a new name, or open the file again.`,
    { file },
    { path: file },
  );
}

export async function writeWorkspaceAtomic(
  target: string,
  bytes: Uint8Array,
  options: { expected?: FileStamp | null } = {},
): Promise<FileStamp | null> {
  if (bytes.byteLength > MAX_WORKSPACE_BYTES) {
    throw new ArranjoError(
      'INVALID_INPUT',
      `The workspace is larger than 2 GiB and cannot be saved: ${target}`,
      { file: target },
      { path: target, size: bytes.byteLength },
    );
  }
  if (options.expected !== undefined) await checkUnchanged(target, options.expected);
  await removeStaleTemps(target);
  await keepPreMigrationCopy(target, bytes);
  await writeFileAtomic(target, bytes, { keepBackup: true });
  return stampFile(target, bytes);
}

/**
 * The first save of a workspace opened from an older schema (migrated in memory) keeps the file as
 * it was at `<file>.schema-<n>.bak`, never replaced afterwards: the `.bak` alone held the old
 * version only until the next save (an autosave two seconds after the next edit), so a migration
 * that went wrong left nothing to go back to. Best effort: when the copy cannot be made (no room
 * for the longer name), this save's `.bak` still holds the old version.
 */
async function keepPreMigrationCopy(target: string, bytes: Uint8Array): Promise<void> {
  const real = await fs.realpath(target).catch(() => path.resolve(target));
  const head = new Uint8Array(100);
  try {
    const handle = await fs.open(real, 'r');
    try {
      if ((await handle.read(head, 0, head.length, 0)).bytesRead < head.length) return;
    } finally {
      await handle.close();
    }
  } catch {
    return; // first save: nothing to keep
  }
  const before = imageSchemaVersion(head);
  const after = imageSchemaVersion(bytes.subarray(0, 100));
  if (before === null || after === null || before >= after) return;
  const copy = `${real}.schema-${before}.bak`;
  try {
    // A hard link keeps the old bytes (saves replace the file by rename, never write into it).
    await fs.link(real, copy).catch(async (error: unknown) => {
      if (errnoCode(error) === 'EEXIST') return;
      await fs.copyFile(real, copy, fsConstants.COPYFILE_EXCL);
    });
  } catch {
    // Kept already (EEXIST), or no room for the name: the .bak of this save holds the old version.
  }
}

export async function writeFileAtomic(target: string, bytes: Uint8Array, options: AtomicWriteOptions): Promise<void> {
  // Write through a symlink to the real file rather than replacing the link with a regular file.
  const real = await fs.realpath(target).catch(() => path.resolve(target));
  const temp = scratchName(real);
  let existed = true;
  try {
    const mode = await permissionsOf(real);
    existed = mode !== null;
    const handle = await fs.open(temp, 'wx');
    try {
      // The new file keeps the old one's permissions: a workspace kept private (prospects'
      // contacts, CNPJs) must not become readable by everyone on the next save.
      if (mode !== null) await handle.chmod(mode);
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.keepBackup) await backupCurrent(real);
    await renameWithRetry(temp, real);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw fileError('write', real, error, existed);
  }
  await syncDirectory(path.dirname(real));
}

/** The permission bits of an existing file; null when there is none yet (a new file takes the defaults). */
async function permissionsOf(file: string): Promise<number | null> {
  try {
    return (await fs.stat(file)).mode & 0o7777;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Removes scratch files a killed save left beside the workspace (`.arranjo-save.tmp-<pid>-<hex>`, or
 * `<file>.tmp-<pid>-<hex>` and the backup's from earlier versions), only when their process is gone:
 * a live pid may be another save in progress.
 */
export async function removeStaleTemps(file: string): Promise<string[]> {
  const real = await fs.realpath(file).catch(() => path.resolve(file));
  const dir = path.dirname(real);
  const base = path.basename(real);
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    // Scratch files are named as SCRATCH_PREFIX says; earlier versions named them after the workspace.
    for (const owner of [SCRATCH_PREFIX.slice(0, -'.tmp-'.length), base, `${base}.bak`]) {
      if (!name.startsWith(`${owner}.tmp-`)) continue;
      const match = /^(\d+)-[0-9a-f]+$/.exec(name.slice(owner.length + 5));
      if (!match || processAlive(Number(match[1]))) continue;
      await fs.rm(path.join(dir, name), { force: true }).catch(() => undefined);
      removed.push(name);
    }
  }
  return removed;
}

export async function readWorkspaceFile(file: string): Promise<Uint8Array> {
  await removeStaleTemps(file);
  let size: number;
  try {
    const info = await fs.stat(file);
    if (!info.isFile()) throw new ArranjoError('INVALID_INPUT', `Not a file: ${file}`, { file }, { path: file });
    size = info.size;
  } catch (error) {
    throw fileError('read', file, error);
  }
  if (size > MAX_WORKSPACE_BYTES) {
    throw new ArranjoError('INVALID_INPUT', `The file is larger than 2 GiB and cannot be opened: ${file}`, { file }, { path: file, size });
  }
  try {
    const buffer = await fs.readFile(file);
    // IPC clones a view together with its whole ArrayBuffer: a small file may sit in Node's shared
    // buffer pool, so copy it out rather than hand the renderer unrelated bytes around it.
    const exact = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
    return exact ? new Uint8Array(buffer.buffer, 0, buffer.byteLength) : Uint8Array.from(buffer);
  } catch (error) {
    throw fileError('read', file, error);
  }
}

/**
 * Scratch files beside a save take a short name of their own, not the workspace's name plus a suffix:
 * a workspace named near the system's limit (255 bytes; a long name with accents gets there) would
 * open, then fail every save with "the path is too long".
 */
const SCRATCH_PREFIX = '.arranjo-save.tmp-';

function scratchName(file: string): string {
  return path.join(path.dirname(file), `${SCRATCH_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`);
}

/**
 * Puts the current file at `<file>.bak` without a moment where neither exists: the copy (a hard
 * link when the file system allows, else a real copy) goes to a scratch name that then replaces
 * the old backup in one rename. The target itself is never moved.
 */
async function backupCurrent(file: string): Promise<void> {
  try {
    await fs.access(file);
  } catch {
    return; // first save: nothing to keep
  }
  const scratch = scratchName(`${file}.bak`);
  try {
    try {
      await fs.link(file, scratch);
    } catch {
      // FAT pen drives and some network shares have no hard links.
      await fs.copyFile(file, scratch);
      const handle = await fs.open(scratch, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    await renameWithRetry(scratch, `${file}.bak`);
  } catch (error) {
    await fs.rm(scratch, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Windows reports EPERM/EBUSY while an antivirus or indexer briefly holds the target open. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  const transient = new Set(['EPERM', 'EACCES', 'EBUSY']);
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      if (process.platform !== 'win32' || attempt >= 8 || !transient.has(errnoCode(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** Math.min(attempt, 4)));
    }
  }
}

/** Makes the rename itself durable; Windows cannot open directories and flushes metadata itself. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems (network shares, FUSE) refuse fsync on a directory; the data is already synced.
  }
}

function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const REASONS: Record<string, string> = {
  ENOENT: 'the file or its folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted (is the file open in another program, or read-only?)',
  EBUSY: 'the file is in use by another program',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  EROFS: 'the disk is read-only',
  EISDIR: 'the path is a folder',
  ENOTEMPTY: 'the path is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  // A name within the system's limit may leave no room for the '.bak' beside it (at most 250 bytes do).
  ENAMETOOLONG: 'the file name or its folder path is too long for the workspace and its backup (.bak); save it under a shorter name',
  EIO: 'the disk reported an input/output error',
};

/** `existed`: a write failed over a file that was there (kept as it was), or where there was none (nothing written). */
function fileError(operation: 'read' | 'write', file: string, error: unknown, existed = true): ArranjoError {
  if (error instanceof ArranjoError) return error;
  const code = errnoCode(error) ?? 'UNKNOWN';
  // Node's own text ("EXDEV: cross-device link not permitted, rename '…' -> '…'") is not for users.
  const reason = REASONS[code] ?? `the system refused it (${code})`;
  const verb = operation === 'read' ? 'Could not open' : 'Could not save';
  const suffix = operation === 'read' ? '' : existed ? ' The previously saved file was left untouched.' : ' Nothing was written.';
  return new ArranjoError(
    code === 'ENOENT' ? 'NOT_FOUND' : 'FILE_ACCESS',
    `${verb} ${file}: ${reason}.${suffix}`,
    { file },
    { path: file, operation, reason: code },
  );
}
