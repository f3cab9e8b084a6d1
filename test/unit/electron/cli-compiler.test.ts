import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsedCommand, type CliCommand } from '../../../electron/cli/command';
import { importCommand, OPTIMIZE_IMPORTS_FROM_BYTES } from '../../../electron/cli/commands/import';
import { initCommand } from '../../../electron/cli/commands/init';
import { run } from '../../../electron/cli/main';

// Which CLI runs keep V8's optimizing compiler for SQLite (electron/cli/cli.ts sets the baseline
// compiler only for the others; issue 16).
const parsed = (command: CliCommand, ...argv: string[]): ParsedCommand => ParsedCommand.parse(command.name, argv, command.options);

describe('the CLI compiler choice', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-compiler-'));

  it('keeps the optimizing compiler for an import of a large file only', () => {
    const small = path.join(dir, 'small.csv');
    writeFileSync(small, 'territory_code,classification,sector_code,year,jobs\n3106200,cnae-division,25,2021,10\n');
    const large = path.join(dir, 'large.csv');
    writeFileSync(large, '');
    truncateSync(large, OPTIMIZE_IMPORTS_FROM_BYTES);
    expect(importCommand.longSqliteWork?.(parsed(importCommand, 'ws.arranjo', small))).toBe(false);
    expect(importCommand.longSqliteWork?.(parsed(importCommand, 'ws.arranjo', large, '--dry-run'))).toBe(true);
    expect(importCommand.longSqliteWork?.(parsed(importCommand, '--template', 'arranjo-long', 'ws.arranjo', large))).toBe(true);
    // A file that is not there is refused by the import itself, with its reason.
    expect(importCommand.longSqliteWork?.(parsed(importCommand, 'ws.arranjo', path.join(dir, 'none.csv')))).toBe(false);
  });

  it('keeps it for building the demo, not for an empty workspace', () => {
    expect(initCommand.longSqliteWork?.(parsed(initCommand, 'ws.arranjo', '--demo'))).toBe(true);
    expect(initCommand.longSqliteWork?.(parsed(initCommand, 'ws.arranjo'))).toBe(false);
  });

  it('is asked of the command with its parsed line before the command runs, and not for --help', async () => {
    const seen: string[] = [];
    const hook = (command: CliCommand, cmd: ParsedCommand): void => {
      seen.push(`${command.name} ${cmd.optionalPositional(0) ?? ''} ${String(command.longSqliteWork?.(cmd) ?? false)}`);
    };
    const quiet = (): void => undefined;
    const missing = path.join(dir, 'missing.arranjo');
    expect(await run(['info', missing], quiet, quiet, undefined, hook)).toBe(2);
    expect(await run(['import', missing, path.join(dir, 'none.csv')], quiet, quiet, undefined, hook)).toBe(2);
    expect(await run(['import', '--help'], quiet, quiet, undefined, hook)).toBe(0);
    expect(seen).toEqual([`info ${missing} false`, `import ${missing} false`]);
  });
});
