import { writeWorkspaceAtomic } from '../../electron/main/atomic-write';

/**
 * Saves a file in a loop with the real atomic write, alternating two contents of 4 MB, until
 * killed: the kill-during-save test (issue 15 #9) SIGKILLs it at arbitrary moments. Each save
 * waits, before it replaces the file, for a check that answers later (as the CLI waits for the
 * quick check of its image), so kills also land while a written scratch file waits for it.
 */
const target = process.argv[2];
if (!target) throw new Error('usage: save-loop <file>');
const versions = [new Uint8Array(4 << 20).fill(0x61), new Uint8Array(4 << 20).fill(0x62)];
const checked = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
for (let i = 0; ; i++) {
  await writeWorkspaceAtomic(target, versions[i % 2]!, { beforeReplace: checked });
  process.stdout.write('.');
}
