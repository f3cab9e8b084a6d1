import { mkdtempSync, promises as fsp, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArranjoError } from '../../../shared/errors';
import { MAX_WORKSPACE_BYTES, readWorkspaceFile, writeFileAtomic, writeWorkspaceAtomic } from '../../../electron/main/atomic-write';
import { acquireWorkspaceLock, releaseWorkspaceLock } from '../../../electron/main/workspace-lock';

let dir: string;
const bytes = (text: string) => new TextEncoder().encode(text);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'arranjo-atomic-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('writeWorkspaceAtomic', () => {
  it('writes a new file, with no backup and no scratch file left', async () => {
    const file = path.join(dir, 'plano.arranjo');
    await writeWorkspaceAtomic(file, bytes('v1'));
    expect(readFileSync(file, 'utf8')).toBe('v1');
    expect(readdirSync(dir)).toEqual(['plano.arranjo']);
  });

  it('saves, with its backup and lock, a workspace named near the 255-byte limit of a file name', async () => {
    // 249 bytes: "São João" takes two bytes per accent; the scratch file was this name plus ".tmp-<pid>-<hex>".
    const stem = 'Plano de adensamento — São João del-Rei ';
    const name = `${stem}${'x'.repeat(249 - Buffer.byteLength(`${stem}.arranjo`))}.arranjo`;
    expect(Buffer.byteLength(name)).toBe(249);
    const file = path.join(dir, name);
    await writeWorkspaceAtomic(file, bytes('v1'));
    acquireWorkspaceLock(file, 'test');
    expect(readdirSync(dir)).toContain(`${name}.lock`);
    await writeWorkspaceAtomic(file, bytes('v2'));
    releaseWorkspaceLock(file);
    expect(readFileSync(file, 'utf8')).toBe('v2');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('v1');
    expect(readdirSync(dir).sort()).toEqual([name, `${name}.bak`]);
  });

  it('a name with no room left for its backup is refused with what to do, the saved file untouched', async () => {
    const name = `${'x'.repeat(245)}.arranjo`; // 253 bytes: "<name>.bak" would be 257
    const file = path.join(dir, name);
    await writeWorkspaceAtomic(file, bytes('v1'));
    await expect(writeWorkspaceAtomic(file, bytes('v2'))).rejects.toThrow(/too long .*save it under a shorter name/);
    expect(readFileSync(file, 'utf8')).toBe('v1');
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('keeps the previous version as .bak, and the one before is replaced', async () => {
    const file = path.join(dir, 'plano.arranjo');
    await writeWorkspaceAtomic(file, bytes('v1'));
    await writeWorkspaceAtomic(file, bytes('v2'));
    expect(readFileSync(file, 'utf8')).toBe('v2');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('v1');
    await writeWorkspaceAtomic(file, bytes('v3'));
    expect(readFileSync(file, 'utf8')).toBe('v3');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('v2');
    expect(readdirSync(dir).sort()).toEqual(['plano.arranjo', 'plano.arranjo.bak']);
  });

  it('keeps the workspace as it was before a migration at .schema-<n>.bak, which later saves leave alone', async () => {
    // An SQLite image's header: its magic, and PRAGMA user_version (the schema) at offset 60.
    const image = (schema: number, text: string) => {
      const head = new Uint8Array(100);
      head.set(new TextEncoder().encode('SQLite format 3\u0000'));
      new DataView(head.buffer).setUint32(60, schema);
      return new Uint8Array([...head, ...bytes(text)]);
    };
    const file = path.join(dir, 'plano.arranjo');
    const old = image(17, 'before the migration');
    await writeWorkspaceAtomic(file, old);
    await writeWorkspaceAtomic(file, image(17, 'same schema'));
    expect(readdirSync(dir).sort()).toEqual(['plano.arranjo', 'plano.arranjo.bak']);
    const before = readFileSync(file);
    await writeWorkspaceAtomic(file, image(18, 'migrated'));
    await writeWorkspaceAtomic(file, image(18, 'edited after'));
    await writeWorkspaceAtomic(file, image(18, 'edited again'));
    // The .bak is the last save's; the copy from before the migration stays.
    expect(readFileSync(`${file}.bak`).subarray(100).toString()).toBe('edited after');
    expect(readFileSync(`${file}.schema-17.bak`).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['plano.arranjo', 'plano.arranjo.bak', 'plano.arranjo.schema-17.bak']);
  });

  it.skipIf(process.platform === 'win32')('keeps the file private when it was: a save keeps its permissions', async () => {
    const file = path.join(dir, 'plano.arranjo');
    await writeWorkspaceAtomic(file, bytes('v1'));
    await fsp.chmod(file, 0o600);
    await writeWorkspaceAtomic(file, bytes('v2'));
    expect(readFileSync(file, 'utf8')).toBe('v2');
    expect((await fsp.stat(file)).mode & 0o777).toBe(0o600);
    await fsp.chmod(file, 0o640);
    await writeWorkspaceAtomic(file, bytes('v3'));
    expect((await fsp.stat(file)).mode & 0o777).toBe(0o640);
  });

  it('still keeps a backup where hard links are refused (FAT pen drives)', async () => {
    const file = path.join(dir, 'plano.arranjo');
    await writeWorkspaceAtomic(file, bytes('v1'));
    vi.spyOn(fsp, 'link').mockRejectedValue(Object.assign(new Error('no links here'), { code: 'EPERM' }));
    await writeWorkspaceAtomic(file, bytes('v2'));
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('v1');
    expect(readFileSync(file, 'utf8')).toBe('v2');
  });

  it('says nothing was written, not that a previous file was kept, when there was none', async () => {
    const file = path.join(dir, 'no-such-folder', 'novo.arranjo');
    const error = await writeWorkspaceAtomic(file, bytes('v1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArranjoError);
    expect((error as ArranjoError).message).toMatch(/Could not save .*novo\.arranjo: .*\. Nothing was written\.$/);
  });

  it('leaves the last good file byte for byte and no scratch file when the final rename fails', async () => {
    const file = path.join(dir, 'plano.arranjo');
    const original = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7) % 256);
    writeFileSync(file, original);
    const realRename = fsp.rename.bind(fsp);
    vi.spyOn(fsp, 'rename').mockImplementation(async (from, to) => {
      if (to === file) throw Object.assign(new Error('disk yanked'), { code: 'EIO' });
      return realRename(from, to);
    });
    const error = await writeWorkspaceAtomic(file, bytes('new content')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArranjoError);
    expect((error as ArranjoError).message).toMatch(/Could not save .*input\/output error.*left untouched/);
    expect((error as ArranjoError).params['reason']).toBe('EIO');
    expect(new Uint8Array(readFileSync(file))).toEqual(original);
    expect(readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('leaves the original untouched when writing the scratch file fails (disk full)', async () => {
    const file = path.join(dir, 'plano.arranjo');
    writeFileSync(file, 'good');
    const realOpen = fsp.open.bind(fsp);
    vi.spyOn(fsp, 'open').mockImplementation(async (target, flags) => {
      const handle = await realOpen(target, flags);
      if (String(target).includes('.tmp-')) {
        vi.spyOn(handle, 'writeFile').mockRejectedValue(Object.assign(new Error('full'), { code: 'ENOSPC' }));
      }
      return handle;
    });
    await expect(writeWorkspaceAtomic(file, bytes('new'))).rejects.toThrow(/the disk is full/);
    expect(readFileSync(file, 'utf8')).toBe('good');
    expect(readdirSync(dir)).toEqual(['plano.arranjo']);
  });

  it('reports a missing folder as NOT_FOUND', async () => {
    const error = await writeWorkspaceAtomic(path.join(dir, 'nope', 'x.arranjo'), bytes('x')).catch((e: unknown) => e);
    expect((error as ArranjoError).code).toBe('NOT_FOUND');
  });

  it('writes settings without a backup when asked', async () => {
    const file = path.join(dir, 'settings.json');
    await writeFileAtomic(file, bytes('1'), { keepBackup: false });
    await writeFileAtomic(file, bytes('2'), { keepBackup: false });
    expect(readdirSync(dir)).toEqual(['settings.json']);
    expect(readFileSync(file, 'utf8')).toBe('2');
  });
});

describe('readWorkspaceFile', () => {
  it('returns the bytes', async () => {
    const file = path.join(dir, 'a.arranjo');
    writeFileSync(file, Uint8Array.from([0, 1, 2, 255]));
    expect(await readWorkspaceFile(file)).toEqual(Uint8Array.from([0, 1, 2, 255]));
  });

  it('refuses files larger than 2 GiB without reading them', async () => {
    const file = path.join(dir, 'huge.arranjo');
    writeFileSync(file, 'x');
    const realStat = fsp.stat.bind(fsp);
    vi.spyOn(fsp, 'stat').mockImplementation(async (target) => {
      const info = await realStat(target);
      return Object.assign(info, { size: MAX_WORKSPACE_BYTES + 1 });
    });
    const readFile = vi.spyOn(fsp, 'readFile');
    await expect(readWorkspaceFile(file)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(readFile).not.toHaveBeenCalled();
  });

  it('reports a missing file as NOT_FOUND and a folder as INVALID_INPUT', async () => {
    await expect(readWorkspaceFile(path.join(dir, 'missing.arranjo'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readWorkspaceFile(dir)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('readWorkspaceFile result', () => {
  it('owns its whole buffer, so IPC sends only the file', async () => {
    const file = path.join(dir, 'small.arranjo');
    writeFileSync(file, 'tiny');
    const read = await readWorkspaceFile(file);
    expect(read.byteOffset).toBe(0);
    expect(read.buffer.byteLength).toBe(4);
  });
});

describe('compare-and-swap on save (issue 15 #2)', () => {
  it('refuses to save over a file another program changed since it was opened', async () => {
    const { stampFile } = await import('../../../electron/main/atomic-write');
    const file = path.join(dir, 'plano.arranjo');
    writeFileSync(file, 'v1');
    const opened = await stampFile(file, bytes('v1'));
    // Another program saves meanwhile (different size and time).
    writeFileSync(file, 'v1 + their change');
    const error = await writeWorkspaceAtomic(file, bytes('v2'), { expected: opened }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArranjoError);
    expect((error as ArranjoError).code).toBe('WORKSPACE_CHANGED');
    expect(readFileSync(file, 'utf8')).toBe('v1 + their change');
    // Unchanged since opened: saved, and the new stamp lets the next save through.
    writeFileSync(file, 'v1');
    const again = await stampFile(file, bytes('v1'));
    const next = await writeWorkspaceAtomic(file, bytes('v2'), { expected: again });
    await writeWorkspaceAtomic(file, bytes('v3'), { expected: next });
    expect(readFileSync(file, 'utf8')).toBe('v3');
  });
});
