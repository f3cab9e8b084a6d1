import { writeWorkspaceAtomic } from '../../electron/main/atomic-write';

/**
 * Saves a file in a loop with the real atomic write, alternating two contents of 4 MB, until
 * killed: the kill-during-save test (issue 15 #9) SIGKILLs it at arbitrary moments.
 */
const target = process.argv[2];
if (!target) throw new Error('usage: save-loop <file>');
const versions = [new Uint8Array(4 << 20).fill(0x61), new Uint8Array(4 << 20).fill(0x62)];
for (let i = 0; ; i++) {
  await writeWorkspaceAtomic(target, versions[i % 2]!);
  process.stdout.write('.');
}
