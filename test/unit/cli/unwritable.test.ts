import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { refuseUnwritableTarget } from '../../../electron/cli/commands/target-file';
import { refuseUnwritable } from '../../../electron/cli/workspace-file';

/** Access as the system would answer a user who may not write there (the test runs as root, who may). */
const deny = (refused: (target: string) => boolean) => (target: string) => {
  if (refused(target)) throw Object.assign(new Error(`EACCES: permission denied, access '${target}'`), { code: 'EACCES' });
};

describe('a workspace a writing command could not save is refused before any work', () => {
  it('names a read-only file and what to do', () => {
    expect(() =>
      refuseUnwritable(
        '/dados/ro.arranjo',
        deny((t) => t === '/dados/ro.arranjo'),
      ),
    ).toThrow(
      /^\/dados\/ro\.arranjo cannot be saved: the file is read-only\. Make it writable, or copy the workspace to a folder you can write to/,
    );
  });

  it('names a folder the user may not write in (the save writes a scratch file and the backup there)', () => {
    expect(() =>
      refuseUnwritable(
        '/dados/ws.arranjo',
        deny((t) => t === '/dados'),
      ),
    ).toThrow(/cannot be saved: its folder \(\/dados\) is read-only for you\..*nothing was changed\.$/);
  });

  it('lets a writable one through', () => {
    expect(() =>
      refuseUnwritable(
        '/dados/ws.arranjo',
        deny(() => false),
      ),
    ).not.toThrow();
  });
});

describe('a file init or export is to write where the user may not is refused before any work (exit 2; it was exit 1 after it)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-unwritable-'));

  it('names the folder the user may not write in, and a read-only file', () => {
    const out = path.join(dir, 'obras.xlsx');
    expect(() =>
      refuseUnwritableTarget(
        out,
        `--out ${out}`,
        deny((t) => t === dir),
      ),
    ).toThrow(
      `--out ${out} cannot be written: its folder (${dir}) is read-only for you. Make it writable, or give a file in a folder you can write to; nothing was written.`,
    );
    writeFileSync(out, 'old');
    expect(() =>
      refuseUnwritableTarget(
        out,
        `--out ${out}`,
        deny((t) => t === out),
      ),
    ).toThrow(`--out ${out} cannot be written: the file is read-only.`);
    expect(() =>
      refuseUnwritableTarget(
        out,
        `--out ${out}`,
        deny(() => false),
      ),
    ).not.toThrow();
  });

  it('names a folder that is not there, or is a file, before the work (the save said "the file or its folder does not exist" after it)', () => {
    const missing = path.join(dir, 'nope');
    expect(() =>
      refuseUnwritableTarget(
        path.join(missing, 'x.xlsx'),
        '--out x',
        deny(() => false),
      ),
    ).toThrow(
      `--out x cannot be written: its folder (${missing}) does not exist. Give a file in a folder that exists, or create the folder first; nothing was written.`,
    );
    const file = path.join(dir, 'obras.csv');
    writeFileSync(file, 'a,b\n');
    // ENOTDIR from statSync: an internal error (exit 1) before.
    expect(() =>
      refuseUnwritableTarget(
        path.join(file, 'x.xlsx'),
        '--out x',
        deny(() => false),
      ),
    ).toThrow(`--out x cannot be written: its folder (${file}) is a file, not a folder.`);
  });
});
