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
    // A folder that does not exist is left to the write, which says so.
    expect(() =>
      refuseUnwritableTarget(
        path.join(dir, 'nope', 'x.xlsx'),
        'x',
        deny(() => true),
      ),
    ).not.toThrow();
  });
});
