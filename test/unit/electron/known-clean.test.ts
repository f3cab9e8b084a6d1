import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  arranjoStateDir,
  createKnownCleanRegister,
  KNOWN_CLEAN_NAME,
  MAX_KNOWN_IMAGES,
  sha256Hex,
} from '../../../electron/main/known-clean';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'arranjo-known-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const image = (n: number) => sha256Hex(new TextEncoder().encode(`image ${n}`));

describe('the register of images this machine wrote', () => {
  it('knows an image once it is added, in a folder it creates, and across instances (CLI and app share it)', async () => {
    const folder = path.join(dir, 'not', 'yet');
    const register = createKnownCleanRegister(folder);
    expect(await register.has(image(1))).toBe(false);
    await register.add(image(1));
    expect(await register.has(image(1))).toBe(true);
    expect(await createKnownCleanRegister(folder).has(image(1))).toBe(true);
    expect(await register.has(image(2))).toBe(false);
  });

  it('keeps the newest images only, and an image added again moves to the front', async () => {
    const register = createKnownCleanRegister(dir);
    for (let n = 0; n < MAX_KNOWN_IMAGES + 5; n++) await register.add(image(n));
    await register.add(image(5));
    const stored = JSON.parse(readFileSync(path.join(dir, KNOWN_CLEAN_NAME), 'utf8')) as { images: string[] };
    expect(stored.images).toHaveLength(MAX_KNOWN_IMAGES);
    expect(stored.images[0]).toBe(image(5));
    expect(await register.has(image(0))).toBe(false);
    expect(await register.has(image(MAX_KNOWN_IMAGES + 4))).toBe(true);
  });

  it('a damaged or hand-edited register knows nothing (every file then gets the full check) and is rewritten on the next save', async () => {
    const register = createKnownCleanRegister(dir);
    writeFileSync(path.join(dir, KNOWN_CLEAN_NAME), '{"version":1,"images":["not a hash"]}');
    expect(await register.has('not a hash')).toBe(false);
    writeFileSync(path.join(dir, KNOWN_CLEAN_NAME), '{trunc');
    expect(await register.has(image(1))).toBe(false);
    await register.add(image(1));
    expect(await register.has(image(1))).toBe(true);
  });

  it("certifies only images added since saves are checked in memory; a version 1 register's images stay known, uncertified", async () => {
    writeFileSync(path.join(dir, KNOWN_CLEAN_NAME), JSON.stringify({ version: 1, images: [image(1), image(2)] }));
    const register = createKnownCleanRegister(dir);
    expect(await register.has(image(1))).toBe(true);
    expect(await register.certifies(image(1))).toBe(false);
    await register.add(image(3));
    expect(await register.certifies(image(3))).toBe(true);
    expect(await register.has(image(1))).toBe(true);
    expect(await register.certifies(image(1))).toBe(false);
    await register.add(image(1));
    expect(await register.certifies(image(1))).toBe(true);
    const stored = JSON.parse(readFileSync(path.join(dir, KNOWN_CLEAN_NAME), 'utf8')) as {
      version: number;
      images: string[];
      unchecked: string[];
    };
    expect(stored).toEqual({ version: 2, images: [image(1), image(3)], unchecked: [image(2)] });
  });

  it('concurrent saves in one process keep every image', async () => {
    const register = createKnownCleanRegister(dir);
    await Promise.all([1, 2, 3, 4].map((n) => register.add(image(n))));
    for (const n of [1, 2, 3, 4]) expect(await register.has(image(n))).toBe(true);
  });

  it('lives where Electron keeps the app settings, per system, unless ARRANJO_STATE_DIR moves it', () => {
    expect(arranjoStateDir({ ARRANJO_STATE_DIR: '/x/y' }, 'linux')).toBe('/x/y');
    expect(arranjoStateDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe(path.join('/cfg', 'Arranjo'));
    expect(arranjoStateDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(
      path.join('C:\\Users\\a\\AppData\\Roaming', 'Arranjo'),
    );
    expect(arranjoStateDir({}, 'darwin')).toMatch(/Library.Application Support.Arranjo$/);
  });
});
