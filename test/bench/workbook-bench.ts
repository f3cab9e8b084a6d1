import type ExcelJS from 'exceljs';
import { performance } from 'node:perf_hooks';
import { loadExcelJs } from '../../shared/export/load-exceljs';
import { buildWorksWorkbook } from '../../shared/features/works/workbook/works-workbook';
import type { PortfolioInput } from '../../shared/features/works/portfolio';
import { syntheticPortfolio, WORKS_BENCH } from '../../renderer/bench/synthetic-works';

/**
 * The works workbook at agency scale (the agency portfolio's 400 works; here the works bench's
 * synthetic ones, 24 measurements each: 9,600 rows), beside its anchor in the same run: exceljs
 * writing the same cells bare (each sheet's values as the workbook holds them, read back once; no
 * number formats, widths, filters or print setup). Runs alternate, so a busy machine weighs on both;
 * wall and CPU time (this process's), median of 5 after a warm-up. The agency audit measured the
 * export at ~5 s wall on a loaded machine (~1.2 s CPU), its writing spending a third in exceljs's
 * style lookup of every cell (shareCellStyles).
 */
const WORKS = 400;
const all = syntheticPortfolio();
const works = all.works.slice(0, WORKS);
const input: PortfolioInput = {
  works,
  measurements: new Map(works.map((w) => [w.id, all.measurements.get(w.id) ?? []])),
  schedules: new Map(works.map((w) => [w.id, all.schedules.get(w.id) ?? []])),
};
const Excel = await loadExcelJs();

/** Each sheet's name and rows of values, as our workbook holds them. */
const reference = new Excel.Workbook();
await reference.xlsx.load((await buildWorksWorkbook(input, WORKS_BENCH.statusDate, 'pt-BR')).buffer as ArrayBuffer);
const sheets = reference.worksheets.map((sheet) => {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return { name: sheet.name, rows };
});
const rows = sheets.reduce((sum, s) => sum + s.rows.length, 0);

async function bare(): Promise<Uint8Array> {
  const wb = new Excel.Workbook();
  for (const s of sheets) {
    const sheet = wb.addWorksheet(s.name);
    for (const row of s.rows) sheet.addRow(row);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function timed(work: () => Promise<Uint8Array>): Promise<{ ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000 };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ours: { ms: number; cpuMs: number }[] = [];
const anchor: { ms: number; cpuMs: number }[] = [];
await bare();
for (let i = 0; i < 5; i++) {
  ours.push(await timed(() => buildWorksWorkbook(input, WORKS_BENCH.statusDate, 'pt-BR')));
  anchor.push(await timed(bare));
}
const oursMs = median(ours.map((r) => r.ms));
const bareMs = median(anchor.map((r) => r.ms));
const oursCpu = median(ours.map((r) => r.cpuMs));
const bareCpu = median(anchor.map((r) => r.cpuMs));
console.log(
  JSON.stringify({
    bench: 'works_workbook_export',
    unit: 'ms',
    works: WORKS,
    measurements: sheets[1]!.rows.length - 1,
    rows,
    arranjo_ms: Math.round(oursMs),
    arranjo_cpu_ms: Math.round(oursCpu),
    bare_exceljs_ms: Math.round(bareMs),
    bare_exceljs_cpu_ms: Math.round(bareCpu),
    ratio_vs_bare: Number((oursMs / bareMs).toFixed(3)),
    cpu_ratio_vs_bare: Number((oursCpu / bareCpu).toFixed(3)),
    goal: 'cpu_ratio_vs_bare <= 1.25',
  }),
);
