import { describe, expect, it } from 'vitest';
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
