import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkspaceFile, removeStaleTemps, writeWorkspaceAtomic } from '../../electron/main/atomic-write';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Kill-during-save (issue 15 #9): the file is always the old or the new version, and scratch files are cleaned up. */
describe('SIGKILL during saves', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-kill-'));
  const loop = path.join(dir, 'save-loop.mjs');

  beforeAll(async () => {
    // The saver runs in its own Node process: bundle it (with the real atomic write) like the CLI.
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'silent',
      build: {
        ssr: path.join(ROOT, 'test/support/save-loop.ts'),
        outDir: dir,
        emptyOutDir: false,
        target: 'node20',
        rollupOptions: { output: { entryFileNames: 'save-loop.mjs', format: 'es' } },
      },
    });
  }, 120_000);

  it('every kill leaves the old or the new file, never a mix; stale scratch files go on the next open', async () => {
    const file = path.join(dir, 'ws.arranjo');
    for (let round = 0; round < 6; round++) {
      const child = spawn(process.execPath, [loop, file], { stdio: ['ignore', 'pipe', 'inherit'] });
      let saves = 0;
      // Kill after a number of completed saves that varies per round, then at once: mid-write.
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (d: Buffer) => {
          saves += d.length;
          if (saves >= 2 + round) {
            child.kill('SIGKILL');
            resolve();
          }
        });
      });
      await new Promise((resolve) => child.on('close', resolve));
      const bytes = readFileSync(file);
      expect(bytes.length).toBe(4 << 20);
      expect(bytes.every((b) => b === bytes[0])).toBe(true);
      expect([0x61, 0x62]).toContain(bytes[0]);
    }
    // A scratch file a killed save left (its pid is gone) and one of a live save (this process).
    writeFileSync(`${file}.tmp-${2 ** 22 + 4321}-abcdef012345`, 'half');
    writeFileSync(`${file}.bak.tmp-${2 ** 22 + 4322}-abcdef012345`, 'half');
    writeFileSync(path.join(dir, `.arranjo-save.tmp-${2 ** 22 + 4323}-abcdef012345`), 'half');
    writeFileSync(`${file}.tmp-${process.pid}-abcdef012345`, 'in progress');
    await readWorkspaceFile(file);
    const left = readdirSync(dir).filter((n) => n.includes('.tmp-'));
    expect(left).toEqual([`ws.arranjo.tmp-${process.pid}-abcdef012345`]);
    expect(await removeStaleTemps(file)).toEqual([]);
    await writeWorkspaceAtomic(file, new Uint8Array([1]));
    expect(existsSync(`${file}.tmp-${process.pid}-abcdef012345`)).toBe(true);
  }, 120_000);
});
