import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Connection } from '../../shared/db/connection';
import { openWorkspaceDatabase, type IntegrityCheck } from '../../shared/db/open-workspace';
import { ArranjoError } from '../../shared/errors';
import { readWorkspaceFile, type FileStamp } from '../main/atomic-write';
import { loadSqlJs } from '../main/load-sql-js';
import { createKnownCleanRegister, sha256Hex } from '../main/known-clean';
import { acquireWorkspaceLock, closedUncleanly } from '../main/workspace-lock';

/**
 * The file side of opening a workspace in the CLI, apart from the engine: a reading command that
 * needs only the database (`analyze`, `info`) opens it here without evaluating the whole engine (every
 * area, the import templates, the demo builder: a third of its CPU on a national workspace).
 */

/** The command running, named in the lock file ("arranjo import"); set by `run`. */
let commandName = 'arranjo';
export function setCommandName(name: string): void {
  commandName = `arranjo ${name}`;
}

export function lockWorkspace(file: string): void {
  acquireWorkspaceLock(file, commandName);
}

/** A workspace file read for opening: its bytes, what it was (for a save's lost-update check), and the check its open needs. */
export interface WorkspaceImage {
  image: Buffer;
  name: string;
  stamp: FileStamp | null;
  check: IntegrityCheck;
}

/**
 * Refuses (exit 2), before any work, a workspace a writing command could not save: a file marked
 * read-only, or a folder the user may not write in (the save writes a scratch file and the backup
 * beside it). It was found at the save, after the whole import, as a failure (exit 1).
 */
export function refuseUnwritable(file: string, access: (target: string, mode: number) => void = accessSync): void {
  const folder = path.dirname(path.resolve(file));
  for (const [target, what] of [
    [file, 'the file is read-only'],
    [folder, `its folder (${folder}) is read-only for you`],
  ] as const) {
    try {
      access(target, constants.W_OK);
    } catch {
      throw new ArranjoError(
        'INVALID_INPUT',
        `${file} cannot be saved: ${what}. Make it writable, or copy the workspace to a folder you can write to and run the command on the copy; nothing was changed.`,
        { file },
      );
    }
  }
}

/**
 * Reads a workspace file; refuses (exit 2) when it is missing. With `write`, the workspace's lock
 * is taken first (exit 2 naming the holder when another writer has it). A file whose bytes are an
 * image this machine's Arranjo saved (checked in memory before it was written) opens `certified`,
 * without repeating the checks (shared/db/open-workspace.ts says why that is safe); one recorded
 * by an older register, with the quick check; any other (received) file, a file whose last writer
 * was killed (unclean close), or any file with `fullCheck` (`arranjo info --full-check`) gets the
 * full integrity check. With `write`, a workspace that could not be saved is refused first.
 */
export async function readWorkspaceImage(file: string, options: { write?: boolean; fullCheck?: boolean } = {}): Promise<WorkspaceImage> {
  if (!existsSync(file)) {
    throw new ArranjoError('INVALID_INPUT', `${file}: no such file. Create one with "arranjo init ${file}".`, { file });
  }
  // Before the read, whose refusal ("Not a file: …") did not say what was given or what to give.
  if (statSync(file).isDirectory()) {
    throw new ArranjoError('INVALID_INPUT', `${file}: is a folder, not a workspace file; give the path of the .arranjo file.`, { file });
  }
  if (options.write) refuseUnwritable(file);
  // Before taking the lock: a stale one left by a killed writer means an unclean close.
  const unclean = closedUncleanly(file);
  if (options.write) lockWorkspace(file);
  const bytes = await readWorkspaceFile(file);
  const sha256 = sha256Hex(bytes);
  const info = await stat(file).catch(() => null);
  const trusted = options.fullCheck !== true && !unclean;
  const register = createKnownCleanRegister();
  const certified = trusted && (await register.certifies(sha256));
  const known = certified || (trusted && (await register.has(sha256)));
  return {
    // As a Node Buffer (a view, no copy): sql.js's file system keeps a Buffer's memory where it
    // copies a plain Uint8Array's (40 MB, 0.2 s). Nothing reads `bytes` after this.
    image: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    name: path.basename(file),
    stamp: info && { size: info.size, mtimeMs: info.mtimeMs, sha256 },
    check: certified ? 'certified' : known ? 'quick' : 'full',
  };
}

/** The database of a workspace file for a command that only reads it (nothing is saved); `fullCheck` as for readWorkspaceImage. */
export async function openDatabaseForReading(file: string, options: { fullCheck?: boolean } = {}): Promise<Connection> {
  const [{ image, name, check }, SQL] = await Promise.all([readWorkspaceImage(file, options), loadSqlJs()]);
  return openWorkspaceDatabase(SQL, image, name, check).conn;
}
