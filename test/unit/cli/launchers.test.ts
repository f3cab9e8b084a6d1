import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The three ways a user starts the command line each run Node with the same V8 flags
 * (electron/cli/arranjo.mjs says why): `npx arranjo` (the npm bin's shebang), and beside an
 * installed app bin/arranjo (sh) and bin\arranjo.cmd.
 */
const ROOT = path.resolve(__dirname, '../../..');
const NPM_BIN = path.join(ROOT, 'electron/cli/arranjo.mjs');
const SH = path.join(ROOT, 'electron/cli/launcher/arranjo');
const CMD = path.join(ROOT, 'electron/cli/launcher/arranjo.cmd');

function flagsOf(file: string, pattern: RegExp): string {
  const found = pattern.exec(readFileSync(file, 'utf8'));
  if (!found?.[1]) throw new Error(`${file}: no Node command line matching ${pattern}`);
  return found[1].trim();
}

const npmFlags = flagsOf(NPM_BIN, /^#!\/usr\/bin\/env -S node((?: --[\w-]+(?:=\w+)?)*)\n/);
const shFlags = flagsOf(SH, /^exec node((?: --[\w-]+(?:=\w+)?)*) "\$cli" "\$@"$/m);
const cmdFlags = flagsOf(CMD, /^node((?: --[\w-]+(?:=\w+)?)*) "%CLI%" %\*\r$/m);

const scratch = mkdtempSync(path.join(tmpdir(), 'arranjo-launchers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A `node` first on PATH that prints the arguments it was given (and passes the sh launcher's version check). */
function fakeNodeOnPath(): NodeJS.ProcessEnv {
  const dir = path.join(scratch, 'fake-node');
  mkdirSync(dir, { recursive: true });
  const fake = path.join(dir, 'node');
  writeFileSync(fake, '#!/bin/sh\nif [ "$1" = "-e" ]; then exit 0; fi\nprintf "%s\\n" "$@"\n');
  chmodSync(fake, 0o755);
  return { ...process.env, PATH: `${dir}${path.delimiter}${process.env.PATH ?? ''}` };
}

describe('command-line launchers', () => {
  it('all pass Node the same V8 flags, allocation-site pretenuring off among them', () => {
    expect(npmFlags).toContain('--no-allocation-site-pretenuring');
    expect(shFlags).toBe(npmFlags);
    expect(cmdFlags).toBe(npmFlags);
  });

  it('this Node accepts the flags (a misspelt one is refused: "bad option")', () => {
    const run = spawnSync(process.execPath, [...npmFlags.split(' '), '-e', 'process.exit(0)'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.skipIf(process.platform === 'win32')('npx arranjo: the shebang, as the system reads it, runs node with the flags, the script and its arguments', () => {
    const run = spawnSync(NPM_BIN, ['info', 'a b.arranjo'], { encoding: 'utf8', env: fakeNodeOnPath() });
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([...npmFlags.split(' '), NPM_BIN, 'info', 'a b.arranjo']);
  });

  it.skipIf(process.platform === 'win32')('bin/arranjo beside an installed app runs its unpacked command line with the flags', () => {
    const app = path.join(scratch, 'app');
    const cli = path.join(app, 'resources/app.asar.unpacked/out/cli/cli.mjs');
    mkdirSync(path.dirname(cli), { recursive: true });
    writeFileSync(cli, '');
    mkdirSync(path.join(app, 'bin'));
    copyFileSync(SH, path.join(app, 'bin/arranjo'));
    chmodSync(path.join(app, 'bin/arranjo'), 0o755);
    const run = spawnSync(path.join(app, 'bin/arranjo'), ['info', 'a b.arranjo'], { encoding: 'utf8', env: fakeNodeOnPath() });
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([...shFlags.split(' '), `${app}/bin/../resources/app.asar.unpacked/out/cli/cli.mjs`, 'info', 'a b.arranjo']);
  });
});
