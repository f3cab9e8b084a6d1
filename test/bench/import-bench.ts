import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import initSqlJs from 'sql.js';
import { DEMO_SOURCE_FILES, type DemoSourceKey, type DemoSources } from '../../shared/demo/demo-sources';
import { createEngine, type Engine } from '../../shared/engine/engine';

/**
 * Import figures (npm run bench): a 100,000-row × 10-column xlsx and a 1,000,000-row CSV, both
 * generated here at bench time. Each measurement runs in its own process, so that its peak memory
 * (the process's maximum resident set) is its own: the bare parse of the file by exceljs or
 * papaparse, and the whole import (read, layout, mapping, values, territories, one transaction).
 */
const RESOURCES = new URL('resources/data/', `file://${process.cwd()}/`);

async function engineWithReferenceData(): Promise<Engine> {
  const entries = await Promise.all(
    (Object.entries(DEMO_SOURCE_FILES) as [DemoSourceKey, string][]).map(
      async ([k, rel]) => [k, new Uint8Array(await readFile(new URL(rel, RESOURCES)))] as const,
    ),
  );
  const engine = createEngine({ SQL: await initSqlJs(), loadSources: () => Promise.resolve(Object.fromEntries(entries) as DemoSources) });
  await engine.createWorkspace({ demo: false });
  return engine;
}

const XLSX_MAPPING = {
  target: 'indicator-values',
  columns: [
    { column: 0, role: { role: 'territory' } },
    { column: 1, role: { role: 'year' } },
    ...Array.from({ length: 8 }, (_, i) => ({ column: i + 2, role: { role: 'indicator-value', indicator: `IND_${i + 1}` } })),
  ],
};

/** One measurement, in this (child) process: prints {ms, peakMiB, deltaMiB, ...}. */
async function measure(mode: string, file: string): Promise<void> {
  const bytes = new Uint8Array(await readFile(file));
  const engine = mode.startsWith('import') ? await engineWithReferenceData() : null;
  const baseline = process.resourceUsage().maxRSS;
  const start = performance.now();
  let detail: unknown = null;
  if (mode === 'parse-xlsx') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    detail = { rows: wb.worksheets[0]?.rowCount };
  } else if (mode === 'parse-csv') {
    const text = new TextDecoder().decode(bytes);
    detail = { rows: Papa.parse<string[]>(text, { delimiter: ',' }).data.length };
  } else if (engine) {
    const options = mode.endsWith('xlsx') ? { mapping: XLSX_MAPPING } : {};
    const result = await engine.importFile(bytes, path.basename(file), { ...options, dryRun: mode.startsWith('import-dry') });
    if (result.refused) throw new Error(result.message ?? 'refused');
    detail = { template: result.template, rows: result.rows };
  }
  const ms = performance.now() - start;
  const peak = process.resourceUsage().maxRSS;
  console.log(
    JSON.stringify({ ms: Math.round(ms), peakMiB: Math.round(peak / 1024), deltaMiB: Math.round((peak - baseline) / 1024), detail }),
  );
}

async function makeFiles(dir: string): Promise<{ xlsx: string; csv: string }> {
  const engine = await engineWithReferenceData();
  const codes = engine
    .connection()
    .all<{ code: number }>('SELECT code FROM municipality ORDER BY code')
    .map((r) => r.code);
  const classes = engine
    .connection()
    .all<{ code: string }>("SELECT code FROM classification WHERE scheme = 'cnae-class' ORDER BY code")
    .map((r) => r.code);

  const xlsx = path.join(dir, 'indicadores-100k.xlsx');
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx });
  const sheet = writer.addWorksheet('Dados');
  sheet.addRow(['CODMUN7', 'ANO', ...Array.from({ length: 8 }, (_, i) => `IND_${i + 1}`)]).commit();
  let rows = 0;
  for (let year = 2001; rows < 100_000; year++) {
    for (const code of codes) {
      if (rows++ >= 100_000) break;
      sheet.addRow([code, year, ...Array.from({ length: 8 }, (_, i) => ((code % 997) * (i + 1) + year) / 7)]).commit();
    }
  }
  await writer.commit();

  const csv = path.join(dir, 'emprego-1m.csv');
  const lines = ['territory_code,classification,sector_code,year,jobs'];
  outer: for (const code of codes) {
    for (const sector of classes) {
      if (lines.length > 1_000_000) break outer;
      lines.push(`${code},cnae-class,${sector},2021,${(code + Number(sector)) % 500}`);
    }
  }
  await writeFile(csv, lines.join('\n') + '\n');
  return { xlsx, csv };
}

function child(mode: string, file: string): { ms: number; peakMiB: number; deltaMiB: number; detail: unknown } {
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), mode, file], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`${mode}: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { ms: number; peakMiB: number; deltaMiB: number; detail: unknown };
}

const [mode, file] = process.argv.slice(2);
if (mode && file) {
  await measure(mode, file);
} else {
  const dir = await mkdtemp(path.join(tmpdir(), 'arranjo-import-bench-'));
  try {
    const files = await makeFiles(dir);
    for (const [kind, name, file] of [
      ['xlsx', 'import_xlsx_100k_rows_x_10_cols', files.xlsx],
      ['csv', 'import_csv_1m_rows', files.csv],
    ] as const) {
      const parse = child(`parse-${kind}`, file);
      const dry = child(`import-dry-${kind}`, file);
      const whole = child(`import-${kind}`, file);
      console.log(
        JSON.stringify({
          bench: name,
          unit: 'ms',
          import_ms: whole.ms,
          bare_parse_ms: parse.ms,
          ratio: Number((whole.ms / parse.ms).toFixed(2)),
          target_ratio: 1.5,
          check_only_ms: dry.ms,
          check_only_ratio: Number((dry.ms / parse.ms).toFixed(2)),
          import_peak_rss_mib: whole.peakMiB,
          import_rss_growth_mib: whole.deltaMiB,
          bare_parse_peak_rss_mib: parse.peakMiB,
          bare_parse_rss_growth_mib: parse.deltaMiB,
          file_mib: Number(((await readFile(file)).length / 2 ** 20).toFixed(1)),
          imported: whole.detail,
          note: `bare parse = ${kind === 'xlsx' ? 'exceljs workbook.xlsx.load' : 'TextDecoder + papaparse'} of the same file; import = engine.importFile into a workspace with reference data (${kind === 'xlsx' ? '800,000 indicator values' : '1,000,000 employment values'}, one transaction); each in its own process; check_only = the same import with --dry-run (read, layout, values, territories, duplicate keys, counts against the workspace; no write)`,
        }),
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
