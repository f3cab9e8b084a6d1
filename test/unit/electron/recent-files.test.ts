import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentFiles, MAX_RECENT_FILES, RECENT_FILES_NAME } from '../../../electron/main/recent-files';

let userData: string;
let docs: string;
const touch = (name: string): string => {
  const file = path.join(docs, name);
  writeFileSync(file, 'x');
  return file;
};

beforeEach(() => {
  userData = mkdtempSync(path.join(tmpdir(), 'arranjo-user-'));
  docs = mkdtempSync(path.join(tmpdir(), 'arranjo-docs-'));
});
afterEach(() => {
  rmSync(userData, { recursive: true, force: true });
  rmSync(docs, { recursive: true, force: true });
});

describe('recent files', () => {
  it('lists the most recent first and moves a reopened file to the top without duplicating it', async () => {
    const recent = createRecentFiles(userData, 'linux');
    const [a, b, c] = [touch('a.arranjo'), touch('b.arranjo'), touch('c.arranjo')];
    await recent.add(a);
    await recent.add(b);
    await recent.add(c);
    expect(await recent.list()).toEqual([c, b, a]);
    await recent.add(a);
    expect(await recent.list()).toEqual([a, c, b]);
  });

  it('persists across instances in userData', async () => {
    const a = touch('a.arranjo');
    await createRecentFiles(userData, 'linux').add(a);
    expect(JSON.parse(readFileSync(path.join(userData, RECENT_FILES_NAME), 'utf8'))).toEqual({ version: 1, files: [a] });
    expect(await createRecentFiles(userData, 'linux').list()).toEqual([a]);
  });

  it('keeps at most ten', async () => {
    const recent = createRecentFiles(userData, 'linux');
    const files = Array.from({ length: 13 }, (_, i) => touch(`f${i}.arranjo`));
    for (const file of files) await recent.add(file);
    const list = await recent.list();
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list).toEqual(files.slice(3).reverse());
  });

  it('drops files that no longer exist, and saves the cleaned list', async () => {
    const recent = createRecentFiles(userData, 'linux');
    const [a, b] = [touch('a.arranjo'), touch('b.arranjo')];
    await recent.add(a);
    await recent.add(b);
    unlinkSync(a);
    expect(await recent.list()).toEqual([b]);
    expect(JSON.parse(readFileSync(path.join(userData, RECENT_FILES_NAME), 'utf8')).files).toEqual([b]);
  });

  it('treats paths differing only in case as one file on Windows and macOS', async () => {
    const recent = createRecentFiles(userData, 'win32');
    const a = touch('Plano.arranjo');
    await recent.add(a);
    await recent.add(a.toUpperCase());
    const stored = JSON.parse(readFileSync(path.join(userData, RECENT_FILES_NAME), 'utf8')).files as string[];
    expect(stored).toHaveLength(1);
  });

  it('ignores a corrupt or foreign store and starts over', async () => {
    const store = path.join(userData, RECENT_FILES_NAME);
    for (const content of ['{not json', '[1,2,3]', '{"version":2,"files":[]}', '{"version":1,"files":[42]}']) {
      writeFileSync(store, content);
      const recent = createRecentFiles(userData, 'linux');
      expect(await recent.list()).toEqual([]);
      const a = touch('a.arranjo');
      expect(await recent.add(a)).toEqual([a]);
    }
  });

  it('does not lose entries when adds overlap', async () => {
    const recent = createRecentFiles(userData, 'linux');
    const files = Array.from({ length: 5 }, (_, i) => touch(`p${i}.arranjo`));
    await Promise.all(files.map((file) => recent.add(file)));
    expect(await recent.list()).toEqual([...files].reverse());
  });

  it('removes an entry', async () => {
    const recent = createRecentFiles(userData, 'linux');
    const [a, b] = [touch('a.arranjo'), touch('b.arranjo')];
    await recent.add(a);
    await recent.add(b);
    expect(await recent.remove(a)).toEqual([b]);
  });
});
