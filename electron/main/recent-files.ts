import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isBackupFile } from '../../shared/domain/workspace-backups';
import { readJsonFile, writeJsonFile } from './json-file';

/**
 * The "Open recent" list: most recent first, no duplicates, at most ten, only files that still exist,
 * and workspaces only (a backup opened is a copy to restore from; lists kept before may hold one).
 */

export const MAX_RECENT_FILES = 10;
export const RECENT_FILES_NAME = 'recent-files.json';

const stored = z.object({ version: z.literal(1), files: z.array(z.string().min(1).max(4096)) });

export interface RecentFiles {
  /** The list, without files that were moved or deleted since (the cleaned list is saved back). */
  list(): Promise<string[]>;
  /** Puts `file` on top and returns the new list. */
  add(file: string): Promise<string[]>;
  remove(file: string): Promise<string[]>;
}

export function createRecentFiles(userDataDir: string, platform: NodeJS.Platform = process.platform): RecentFiles {
  const storeFile = path.join(userDataDir, RECENT_FILES_NAME);
  // Windows and macOS file systems are case-insensitive by default: C:\A.arranjo and c:\a.arranjo are one file.
  const key = (file: string): string => (platform === 'win32' || platform === 'darwin' ? file.toLowerCase() : file);
  // Calls run one after another so that two quick saves cannot drop each other's entry.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  const load = async (): Promise<string[]> => (await readJsonFile(storeFile, stored))?.files ?? [];
  const save = async (files: string[]): Promise<void> => {
    await writeJsonFile(storeFile, { version: 1, files }).catch((error: unknown) => {
      // Losing the recent list is an inconvenience, not a reason to fail the save that triggered it.
      console.warn(`[recent-files] could not write ${storeFile}:`, error);
    });
  };
  const normalize = (files: string[]): string[] => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const file of files) {
      const absolute = path.resolve(file);
      if (seen.has(key(absolute)) || isBackupFile(absolute)) continue;
      seen.add(key(absolute));
      out.push(absolute);
    }
    return out.slice(0, MAX_RECENT_FILES);
  };

  return {
    list: () =>
      serial(async () => {
        const files = normalize(await load());
        const present = (await Promise.all(files.map(async (file) => ((await isFile(file)) ? file : null)))).filter(
          (file): file is string => file !== null,
        );
        if (present.length !== files.length) await save(present);
        return present;
      }),
    add: (file) =>
      serial(async () => {
        const files = normalize([file, ...(await load())]);
        await save(files);
        return files;
      }),
    remove: (file) =>
      serial(async () => {
        const gone = key(path.resolve(file));
        const files = normalize(await load()).filter((entry) => key(entry) !== gone);
        await save(files);
        return files;
      }),
  };
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}
