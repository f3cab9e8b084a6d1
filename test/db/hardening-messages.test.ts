import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../electron/cli/main';
import type { Engine } from '../../shared/engine/engine';
import { toErrorPayload } from '../../shared/errors';
import { hostileImportFiles, hostileWorkspaceFiles, type HostileFile } from '../support/hostile-files';
import { newEngine } from '../support/node-engine';

/**
 * Issue 15: messages never leak library internals. The hostile corpus goes through every entry
 * point — the CLI (import, opening a workspace, arguments, mappings and templates, exports) and
 * the engine the desktop app calls (the wizard's steps, opening a received file) — and no message
 * a user can see may match what a stack, a parser or a library says.
 */
const LEAKS: readonly RegExp[] = [
  /\bat (?:async )?[\w.<>]+ \(/, // a stack frame
  /\n\s+at /,
  /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|AssertionError)\b/,
  /Cannot (?:read|set) propert/,
  /\bundefined\b|\bnull is not\b|\bNaN\b|\[object Object\]/,
  /sheetNo|Bug :|uncompressed data size mismatch/,
  /SQLITE_|sql\.js|sqlite3_|database disk image/i,
  /Unexpected (?:token|end of (?:JSON|input))|JSON at position|Expected [\w -]+ in JSON/,
  /\bline:? ?\d+,? column:? ?\d+|Unclosed root tag|Invalid character in entity|saxes|sax\b/i,
  /\bE(?:NOENT|ACCES|ISDIR|NOTDIR|PERM)\b|errno/,
  /arranjo: internal error/i, // the CLI met something it did not expect: a bug, not a message
  /zod|ZodError|invalid_type|Expected \w+, received \w+|expected \w+, received/i,
  /To specify a positional argument|argument missing/, // node:util's parser explaining itself
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/, // a file's control bytes echoed to the terminal
  /[^\n]{1500}/, // a whole file echoed on one line
];

function leaksIn(message: string): string[] {
  return LEAKS.filter((re) => re.test(message)).map((re) => `${re}: ${message.slice(0, 300)}`);
}

/** The words a JSON result carries (its messages), or the text itself. */
function wordsOf(out: string): string {
  try {
    const words: string[] = [];
    JSON.stringify(JSON.parse(out), (key, value: unknown) => {
      if (key === 'message' && typeof value === 'string') words.push(value);
      return value;
    });
    return words.join('\n');
  } catch {
    return out;
  }
}

async function cli(...argv: string[]): Promise<{ status: number; text: string }> {
  let out = '';
  let err = '';
  const status = await run(
    argv,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { status, text: `${wordsOf(out)}\n${err}` };
}

describe('no message leaks library internals, at any entry point (issue 15)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-messages-'));
  const ws = path.join(dir, 'ws.arranjo');
  let imports: HostileFile[];
  const found: string[] = [];
  const seen = (where: string, message: string): void => {
    for (const leak of leaksIn(message)) found.push(`${where} → ${leak}`);
  };

  beforeAll(async () => {
    expect((await cli('init', ws)).status).toBe(0);
    imports = await hostileImportFiles();
    for (const f of imports) writeFileSync(path.join(dir, f.name), f.bytes);
  }, 120_000);

  it('arranjo import: every corpus file is refused or imported with words, exit 0 or 2, the workspace unchanged by a refusal', async () => {
    const before = readFileSync(ws);
    for (const f of imports) {
      const r = await cli('import', ws, path.join(dir, f.name), '--format', 'json');
      seen(`import ${f.name}`, r.text);
      expect([0, 2], `${f.name}: ${r.text.slice(0, 300)}`).toContain(r.status);
      if (r.status === 2) expect(Buffer.compare(readFileSync(ws), before), f.name).toBe(0);
      else writeFileSync(ws, before); // the next file starts from the same workspace
    }
    expect(found).toEqual([]);
  }, 300_000);

  it('the wizard: open, layout, suggestion and preview of every corpus file', async () => {
    const engine: Engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    for (const f of imports) {
      try {
        const opened = await engine.importOpen(f.bytes, f.name);
        for (const sheet of opened.sheets) {
          const layout = await engine.importLayout(opened.sessionId, sheet.name);
          const suggestion = await engine.importSuggest(opened.sessionId, sheet.name);
          const preview = await engine.importPreview(opened.sessionId, {
            sheet: sheet.name,
            layout: {},
            mapping: suggestion.mapping,
            resolutions: [],
          });
          for (const issue of (await engine.importIssues(opened.sessionId, { limit: 5000 })).issues)
            seen(`wizard ${f.name} issue`, issue.message);
          void layout;
          void preview;
        }
        await engine.importClose(opened.sessionId);
      } catch (error) {
        seen(`wizard ${f.name}`, toErrorPayload(error).message);
      }
    }
    expect(found).toEqual([]);
  }, 300_000);

  it('opening damaged or foreign workspaces: in the app and with the CLI', async () => {
    const engine = await newEngine();
    for (const f of hostileWorkspaceFiles(readFileSync(ws))) {
      const file = path.join(dir, f.name);
      writeFileSync(file, f.bytes);
      const r = await cli('info', file);
      seen(`info ${f.name}`, r.text);
      if (r.status !== 2) found.push(`info ${f.name} → exit ${r.status}`);
      const error = await engine.openWorkspace(f.bytes, f.name).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, f.name).not.toBeNull();
      seen(`open ${f.name}`, toErrorPayload(error).message);
    }
    expect(found).toEqual([]);
  }, 120_000);

  it('command lines that are wrong: unknown commands and options, missing or bad values, missing files', async () => {
    const csv = path.join(dir, 'so-cabecalho.csv');
    const mapping = (name: string, text: string): string => {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      return file;
    };
    const lines: string[][] = [
      ['nada'],
      ['info'],
      ['info', path.join(dir, 'nao-existe.arranjo')],
      ['info', dir],
      ['info', ws, '--formato', 'json'],
      ['info', ws, '--format', 'xml'],
      ['employment', ws, '--year', 'dois mil'],
      ['employment', ws, '--year'],
      ['import', ws],
      ['import', ws, path.join(dir, 'nao-existe.csv')],
      ['import', ws, csv, '--encoding', 'ebcdic'],
      ['import', ws, csv, '--decimal', 'virgula'],
      ['import', ws, csv, '--template', 'nao-existe'],
      ['import', ws, path.join(dir, 'enormes.csv'), '--sheet', 'Nenhuma'],
      ['import', ws, path.join(dir, 'invertido.xlsx'), '--sheet', 'Nenhuma', '--template', 'arranjo-long'],
      ['import', ws, csv, '--mapping', mapping('quebrado.json', '{"target": "employment",')],
      ['import', ws, csv, '--mapping', mapping('vazio.json', '')],
      ['import', ws, csv, '--mapping', mapping('lista.json', '[1, 2, 3]')],
      ['import', ws, csv, '--mapping', mapping('alvo.json', '{"target": "foguetes", "columns": []}')],
      [
        'import',
        ws,
        csv,
        '--mapping',
        mapping('papel.json', '{"target": "employment", "columns": [{"column": 0, "role": {"role": "voar"}}]}'),
      ],
      [
        'import',
        ws,
        csv,
        '--mapping',
        mapping('padrao.json', '{"target": "employment", "columns": [{"match": "([", "role": "territory"}]}'),
      ],
      [
        'import',
        ws,
        csv,
        '--mapping',
        mapping('catastrofico.json', '{"target": "employment", "columns": [{"match": "^(a+)+$", "role": "territory"}]}'),
      ],
      ['undo-import', ws, 'tres'],
      ['undo-import', ws, '999'],
      ['rank', ws, '--scenario', 'nao-existe'],
      ['rank', '--matrix', mapping('matriz.csv', 'a,b\nx,=1+1\n'), '--method', 'wsm'],
      ['rank', '--matrix', path.join(dir, 'binario.csv'), '--method', 'topsis'],
      ['ahp', '--pairwise', mapping('par.csv', '1,2\n3\n')],
      ['weights', '--matrix', mapping('pesos.csv', ''), '--method', 'entropy'],
      ['export', ws, '--projects', '--out', path.join(dir, 'nao', 'existe', 'obras.xlsx')],
      ['export', ws, '--projects', '--out', dir],
      ['export', ws, '--plan', 'nao-existe', '--out', path.join(dir, 'plano.xlsx')],
      ['export', ws, '--projects', '--out', path.join(dir, 'obras.xlsx'), '--lang', 'klingon'],
      ['programme', ws, '--name', 'nao-existe'],
      ['plan', ws, '--site', 'nao-existe'],
      ['init', ws],
      ['init', path.join(dir, 'nao', 'existe', 'novo.arranjo')],
      ['init', dir, '--force'],
      ['works', ws, '--site', '--format', 'csv'],
      ['rank', '--matrix', path.join(dir, 'matriz.csv'), '--method', 'promethee2', '--p', '-1'],
      ['initiatives', ws, '--state', 'XX', '--format', 'csv'],
      ['plan', ws, '--site', 'nao-existe', '--format', 'csv'],
    ];
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    const statuses: string[] = [];
    for (const argv of lines) {
      const r = await cli(...argv);
      seen(argv.join(' '), r.text);
      if (process.env.ARRANJO_SHOW_MESSAGES) console.log(`$ arranjo ${argv.join(' ')}\n${r.text}`);
      if (r.status !== 2) statuses.push(`${argv.join(' ')} → exit ${r.status}: ${r.text.slice(0, 200)}`);
    }
    expect(found).toEqual([]);
    expect(statuses).toEqual([]);
  }, 300_000);

  it('workbook exports: sheet names Excel refuses (quotes at the ends, a name equal to the notes sheet once cut to 31) are made valid', async () => {
    const engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    const table = (sheetName: string, notesSheet: string) => ({
      sheetName,
      title: 't',
      columns: [{ header: 'a', kind: 'text' as const }],
      rows: [['x']],
      notes: [],
      notesSheet,
    });
    for (const [sheet, notes] of [
      ["'Distritos'", 'Notas'],
      [`${'N'.repeat(31)} e mais`, 'N'.repeat(31)],
      ['[]:*?/\\', "'"],
    ] as const) {
      const result = await engine.exportTable(table(sheet, notes)).then(
        (bytes) => (bytes.length > 0 ? 'written' : 'empty'),
        (e: unknown) => toErrorPayload(e).message,
      );
      expect(result, `${sheet} / ${notes}`).toBe('written');
    }
  }, 60_000);
});
