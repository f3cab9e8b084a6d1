import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readJsonFile, writeJsonFile, type JsonShape } from './json-file';

/**
 * Which workspace images this machine's Arranjo wrote itself (issue 15 §7, issue 16 "opening").
 *
 * Every save records the SHA-256 of the image it wrote. An open whose bytes hash to a recorded
 * image is of a file Arranjo made and nothing touched since (any byte changed by another program,
 * a bad copy or a failing disk changes the hash), so SQLite's quick check is enough. Anything
 * else — a file received by e-mail or pen drive, one edited by another program, one saved by
 * Arranjo on another machine — is "received" and gets the full `integrity_check`. A lost or
 * damaged register only costs time: every file then counts as received.
 *
 * Since issue 16 every image passes SQLite's quick check in memory before it is exported (the
 * engine's `exportWorkspace`; the CLI's `writeWorkspace`), so an image in the register (version 2,
 * `images`) is a checked one: its open may skip even the quick check (`certifies`, the engine's
 * `certified` open). Images a version 1 register recorded were not checked at save; they stay known
 * (`has`: the quick check) under `unchecked` until they age out.
 *
 * The register lives beside the desktop app's settings so the CLI and the app share it
 * (`ARRANJO_STATE_DIR` moves it, e.g. for tests); it keeps the newest {@link MAX_KNOWN_IMAGES}.
 */

export const KNOWN_CLEAN_NAME = 'known-clean.json';
export const MAX_KNOWN_IMAGES = 64;

interface Stored {
  version: 2;
  images: string[];
  unchecked: string[];
}

/** At most 1,000 SHA-256 hashes in hex, or undefined. */
function hashes(value: unknown): string[] | undefined {
  const ok = Array.isArray(value) && value.length <= 1000 && value.every((h) => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h));
  return ok ? (value as string[]) : undefined;
}

/**
 * The register as stored (version 2), or a version 1 register read as version 2 with its images
 * unchecked; anything else is no register. Checked by hand: every CLI command reads the register,
 * and loading zod for it cost a reading command a tenth of a second of CPU (issue 16).
 */
const stored: JsonShape<Stored> = {
  safeParse(value) {
    const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    const images = hashes(v.images);
    const unchecked = hashes(v.unchecked);
    if (v.version === 2 && images && unchecked) return { success: true, data: { version: 2, images, unchecked } };
    if (v.version === 1 && images) return { success: true, data: { version: 2, images: [], unchecked: images } };
    return { success: false };
  },
};

export interface KnownCleanRegister {
  /** True when `sha256` is an image this machine's Arranjo wrote. */
  has(sha256: string): Promise<boolean>;
  /** True when `sha256` is an image this machine's Arranjo wrote after it passed the quick check in memory. */
  certifies(sha256: string): Promise<boolean>;
  /** Records an image just written. Never fails the save that wrote it. */
  add(sha256: string): Promise<void>;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Where Electron keeps the app's settings (`app.getPath('appData')/Arranjo`), computed without
 * Electron so the CLI finds the same register.
 */
export function arranjoStateDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.ARRANJO_STATE_DIR) return env.ARRANJO_STATE_DIR;
  const home = os.homedir();
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(appData, 'Arranjo');
}

export function createKnownCleanRegister(dir: string = arranjoStateDir()): KnownCleanRegister {
  const file = path.join(dir, KNOWN_CLEAN_NAME);
  const load = async (): Promise<Stored> => (await readJsonFile(file, stored)) ?? { version: 2, images: [], unchecked: [] };
  // Saves in one process run one after another; another process may interleave, and the worst
  // that does is drop an entry (that file is then fully checked on its next open).
  let queue: Promise<unknown> = Promise.resolve();
  return {
    has: async (sha256) => {
      const known = await load();
      return known.images.includes(sha256) || known.unchecked.includes(sha256);
    },
    certifies: async (sha256) => (await load()).images.includes(sha256),
    add: (sha256) => {
      const job = async (): Promise<void> => {
        const known = await load();
        const images = [sha256, ...known.images.filter((image) => image !== sha256)].slice(0, MAX_KNOWN_IMAGES);
        const unchecked = known.unchecked.filter((image) => image !== sha256).slice(0, MAX_KNOWN_IMAGES - images.length);
        const next: Stored = { version: 2, images, unchecked };
        await fs
          .mkdir(dir, { recursive: true })
          .then(() => writeJsonFile(file, next))
          .catch((error: unknown) => {
            console.warn(`[known-clean] could not write ${file}:`, error);
          });
      };
      const next = queue.then(job, job);
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
