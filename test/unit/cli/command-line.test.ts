import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsedCommand } from '../../../electron/cli/command';
import { analyzeCommand } from '../../../electron/cli/commands/analyze';
import { employmentCommand } from '../../../electron/cli/commands/employment';
import { importCommand } from '../../../electron/cli/commands/import';
import { initiativesCommand } from '../../../electron/cli/commands/initiatives';
import { programmeCommand } from '../../../electron/cli/commands/programme';
import { rankCommand } from '../../../electron/cli/commands/rank';
import { templatesCommand } from '../../../electron/cli/commands/templates';
import { sitesCommand, worksCommand } from '../../../electron/cli/commands/works';
import { cli } from '../../support/cli';

describe('the CLI command line', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-command-line-'));

  it('an option without its value says it needs one (it said "--site takes no value"), and how to give a negative number', async () => {
    expect(await cli('works', 'ws.arranjo', '--site', '--format', 'csv')).toEqual({
      status: 2,
      out: '',
      err: 'arranjo: arranjo works: --site needs a value. "arranjo works --help" lists its options.\n',
    });
    expect((await cli('works', 'ws.arranjo', '--site')).err).toMatch(/: --site needs a value\. /);
    const p = await cli('rank', '--matrix', 'm.csv', '--method', 'promethee2', '--p', '-1');
    expect(p.status).toBe(2);
    expect(p.err).toMatch(/: --p needs a value; to give it -1, write --p=-1\. /);
    // Written so, the parser takes it; a boolean given a value still takes none.
    expect(ParsedCommand.parse('rank', ['--p=-1'], rankCommand.options).number('p')).toBe(-1);
    expect((await cli('init', 'ws.arranjo', '--demo=yes')).err).toMatch(/: --demo takes no value\. /);
  });

  it('refuses a --format the command does not print (exit 2, nothing written), naming the ones it has', async () => {
    const created = path.join(dir, 'new.arranjo');
    for (const argv of [
      ['plan', 'ws.arranjo', '--site', 'DI'],
      ['info', 'ws.arranjo'],
      ['ahp', '--pairwise', 'p.csv'],
      ['weights', '--matrix', 'm.csv', '--method', 'entropy'],
      ['undo-import', 'ws.arranjo', '1'],
      ['import', 'ws.arranjo', 'f.csv'],
      ['export', 'ws.arranjo', '--projects', '--out', 'w.xlsx'],
      ['init', created],
    ]) {
      const r = await cli(...argv, '--format', 'csv');
      expect(r, argv.join(' ')).toEqual({
        status: 2,
        out: '',
        err: `arranjo: arranjo ${argv[0]} has no --format csv: use --format json, or leave --format out for a readable table.\n`,
      });
    }
    expect(existsSync(created)).toBe(false);
    expect((await cli('works', 'ws.arranjo', '--format', 'xml')).err).toMatch(
      /arranjo works has no --format xml: use --format csv or --format json, or leave --format out/,
    );
  });

  it('keeps every format DESIGN.md §10 and the usage lines give the commands that print rows', () => {
    const rows = [
      employmentCommand,
      analyzeCommand,
      rankCommand,
      sitesCommand,
      worksCommand,
      initiativesCommand,
      programmeCommand,
      templatesCommand,
    ];
    for (const command of rows) expect(command.formats, command.name).toEqual(['table', 'csv', 'json']);
  });

  it('init refuses a folder given for the workspace file, with or without --force (exit 2; it was exit 1 or "--force")', async () => {
    for (const force of [[], ['--force']]) {
      const r = await cli('init', dir, ...force);
      expect(r, force.join(' ')).toEqual({
        status: 2,
        out: '',
        err: `arranjo: ${dir} is a folder; give a file name in it, such as ${path.join(dir, 'workspace.arranjo')}.\n`,
      });
    }
  });

  it('init and export refuse a file under a file (exit 2, in words; it was an internal error, exit 1, ENOTDIR)', async () => {
    const file = path.join(dir, 'obras.csv');
    writeFileSync(file, 'a,b\n');
    const folderIsFile = `its folder (${file}) is a file, not a folder.`;
    const init = await cli('init', path.join(file, 'ws.arranjo'), '--demo');
    expect(init.status).toBe(2);
    expect(init.err).toContain(folderIsFile);
    const exported = await cli('export', path.join(dir, 'ws.arranjo'), '--projects', '--out', path.join(file, 'obras.xlsx'));
    expect(exported.status).toBe(2);
    expect(exported.err).toContain(folderIsFile);
    // The process entry's sizing of an import (before it runs) read the file's size the same way.
    expect(
      importCommand.longSqliteWork?.(ParsedCommand.parse('import', ['ws.arranjo', path.join(file, 'x.csv')], importCommand.options)),
    ).toBe(false);
  });

  it('undo-import refuses a batch that cannot be one in its own words (0 got "batchId: must be more than 0 (column batchId)")', async () => {
    for (const batch of ['0', '00', '1.5', 'abc', '99999999999999999999']) {
      expect(await cli('undo-import', path.join(dir, 'none.arranjo'), batch), batch).toEqual({
        status: 2,
        out: '',
        err: `arranjo: arranjo undo-import: the batch must be a batch number (1, 2…; see arranjo import's output), not "${batch}".\n`,
      });
    }
  });

  it('--status-date refuses in its own words every day the engine refuses (0001-01-01 came back as "statusDate: not a calendar date (column statusDate)")', () => {
    const date = (raw: string) => () =>
      ParsedCommand.parse('works', ['ws.arranjo', '--status-date', raw], worksCommand.options).date('status-date');
    for (const raw of ['0001-01-01', '0099-12-31', '2025-02-30', '2025-13-01', '2025-7-1'])
      expect(date(raw), raw).toThrow(`--status-date must be a calendar date as YYYY-MM-DD, not "${raw}".`);
    for (const raw of ['0100-01-01', '2024-02-29', '9999-12-31']) expect(date(raw)(), raw).toBe(raw);
  });

  it('refuses a word more than the command takes (exit 2, nothing run or written): undo-import 3 4 undid 3 alone', async () => {
    const created = path.join(dir, 'a.arranjo');
    const other = path.join(dir, 'b.arranjo');
    for (const argv of [
      ['init', created, other],
      ['info', 'ws.arranjo', 'extra'],
      ['undo-import', 'ws.arranjo', '3', '4'],
      ['import', 'ws.arranjo', 'f.csv', 'g.csv'],
      ['analyze', 'lq', 'ws.arranjo', '2020'],
      ['ahp', 'p.csv'],
      ['works', 'ws.arranjo', 'DI-BETIM'],
      ['programme', 'ws.arranjo', 'Programa', 'X'],
    ]) {
      const r = await cli(...argv);
      const extra = argv.slice(argv[0] === 'ahp' ? 1 : argv[0] === 'analyze' || argv[0] === 'import' || argv[0] === 'undo-import' ? 3 : 2);
      expect(r, argv.join(' ')).toEqual({
        status: 2,
        out: '',
        err:
          `arranjo: arranjo ${argv[0]}: too many arguments (${extra.map((a) => `"${a}"`).join(', ')} ${extra.length === 1 ? 'is' : 'are'} not expected; ` +
          `an option's value goes after its name, a name with spaces in quotes). "arranjo ${argv[0]} --help" lists its arguments.\n`,
      });
    }
    expect(existsSync(created) || existsSync(other)).toBe(false);
    // An import asked for JSON still answers with its keys.
    const json = await cli('import', 'ws.arranjo', 'f.csv', 'g.csv', '--format', 'json');
    expect(json.status).toBe(2);
    expect(JSON.parse(json.out)).toMatchObject({ batch: null, errors: [{ message: expect.stringMatching(/too many arguments/) }] });
  });

  it('an unknown command is refused in one line naming the commands (the whole usage went to stderr)', async () => {
    expect(await cli('analyse', 'ws.arranjo')).toEqual({
      status: 2,
      out: '',
      err:
        'arranjo: Unknown command "analyse". Commands: init, info, employment, import, undo-import, templates, analyze, rank, ahp, ' +
        'weights, sites, works, export, initiatives, plan, programme ("arranjo help" says what each does).\n',
    });
  });

  it('a folder given for the workspace is named as such, for reading and writing commands (it said "Not a file: …")', async () => {
    const csv = path.join(dir, 'f.csv');
    writeFileSync(csv, 'territory_code,classification,sector_code,year,jobs\n3106705,ibge-setor,1,2020,1\n');
    for (const argv of [
      ['info', dir],
      ['works', dir],
      ['import', dir, csv],
      ['undo-import', dir, '1'],
    ]) {
      expect(await cli(...argv), argv[0]).toEqual({
        status: 2,
        out: '',
        err: `arranjo: ${dir}: is a folder, not a workspace file; give the path of the .arranjo file.\n`,
      });
    }
  });

  it('rank given a matrix and a workspace, or the matrix without --matrix, says how a matrix is ranked ("--scenario is required" misled)', async () => {
    const message =
      'arranjo: arranjo rank: a matrix is ranked without a workspace (arranjo rank --matrix m.csv --method …); ' +
      'ws.arranjo is taken as a workspace, whose saved scenario --scenario <name> would be ranked.\n';
    expect(await cli('rank', 'ws.arranjo', '--matrix', 'm.csv', '--method', 'wsm')).toEqual({ status: 2, out: '', err: message });
    expect((await cli('rank', 'm.csv', '--method', 'wsm')).err).toBe(message.replace('ws.arranjo is', 'm.csv is'));
  });
});
