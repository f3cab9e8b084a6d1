import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../../../export/load-exceljs';
import { excelDay, workbookDateFormat } from '../../../export/date-format';
import { fitColumnWidths, printSetup, sheetName, workbookBytes } from '../../../export/workbook';
import { districtSummaries, portfolioRows, portfolioSCurve, type PortfolioInput } from '../portfolio';
import type { Measurement, PortfolioRow } from '../types';
import { monthLabel } from '../../../text/month-label';
import { WORKBOOK_LABELS } from './labels';
import type { Locale } from '../../../domain/locales';
import { worksSourceIn } from '../demo-text';

type Kind = 'text' | 'money' | 'percent' | 'ratio' | 'date' | 'integer';
interface Column<T> {
  header: string;
  kind: Kind;
  width?: number;
  value: (row: T) => string | number | null;
}

const FORMATS: Record<Exclude<Kind, 'date'>, string | undefined> = {
  text: undefined,
  money: '"R$" #,##0.00',
  percent: '0.0%',
  ratio: '0.000',
  integer: '#,##0',
};

/**
 * A typed sheet: money in R$, progress as real percentages (a fraction with a % format), dates as
 * dates, header frozen and filterable — what the grid shows, not its text — the columns as wide as
 * their contents, printed one page wide.
 */
function addSheet<T>(wb: ExcelJS.Workbook, name: string, columns: Column<T>[], rows: readonly T[], dateFormat: string): ExcelJS.Worksheet {
  const sheet = wb.addWorksheet(sheetName(wb, name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    key: String(i),
    header: c.header,
    width: c.width ?? Math.max(12, Math.min(40, c.header.length + 2)),
    style: c.kind === 'date' ? { numFmt: dateFormat } : FORMATS[c.kind] ? { numFmt: FORMATS[c.kind] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      columns.map((c) => {
        const v = c.value(row);
        if (c.kind === 'date') return excelDay(v);
        if (c.kind === 'percent' && typeof v === 'number') return v / 100;
        return v;
      }),
    );
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  fitColumnWidths(sheet);
  printSetup(sheet);
  return sheet;
}

/**
 * The works portfolio workbook (`arranjo export --projects`): the portfolio with the grid's figures,
 * the measurements, the S-curve by month, a per-district summary and the methods with the formulas.
 */
export async function buildWorksWorkbook(input: PortfolioInput, statusDate: string, locale: 'pt-BR' | 'en' | 'es'): Promise<Uint8Array> {
  const L = WORKBOOK_LABELS[locale];
  const wb = new (await loadExcelJs()).Workbook();
  wb.creator = 'Arranjo';
  const rows = portfolioRows(input, statusDate);
  const df = workbookDateFormat(locale);
  addSheet<PortfolioRow>(
    wb,
    L.portfolio,
    [
      { header: L.siteCode, kind: 'text', value: (r) => r.siteCode },
      { header: L.site, kind: 'text', width: 30, value: (r) => r.siteName },
      { header: L.workCode, kind: 'text', value: (r) => r.workCode },
      { header: L.title, kind: 'text', width: 40, value: (r) => r.title },
      { header: L.category, kind: 'text', value: (r) => L.words.category[r.category] },
      { header: L.funding, kind: 'text', value: (r) => (r.fundingSource === null ? null : L.words.funding[r.fundingSource]) },
      { header: L.status, kind: 'text', value: (r) => L.words.status[r.status] },
      { header: L.health, kind: 'text', value: (r) => L.words.health[r.health] },
      { header: L.budget, kind: 'money', width: 20, value: (r) => r.budgetPlanned },
      { header: L.committed, kind: 'money', width: 18, value: (r) => r.committed },
      { header: L.disbursed, kind: 'money', width: 18, value: (r) => r.disbursed },
      { header: L.physical, kind: 'percent', value: (r) => r.physicalProgress },
      { header: L.planned, kind: 'percent', value: (r) => r.plannedProgress },
      { header: L.ev, kind: 'money', width: 20, value: (r) => r.ev },
      { header: L.pv, kind: 'money', width: 20, value: (r) => r.pv },
      { header: L.ac, kind: 'money', width: 20, value: (r) => r.ac },
      { header: L.spi, kind: 'ratio', value: (r) => r.spi },
      { header: L.cpi, kind: 'ratio', value: (r) => r.cpi },
      { header: L.plannedStart, kind: 'date', value: (r) => r.plannedStart },
      { header: L.plannedEnd, kind: 'date', value: (r) => r.plannedEnd },
      { header: L.actualStart, kind: 'date', value: (r) => r.actualStart },
      { header: L.actualEnd, kind: 'date', value: (r) => r.actualEnd },
      { header: L.forecastEnd, kind: 'date', value: (r) => r.forecastEnd },
      { header: L.illustrative, kind: 'text', value: (r) => (r.illustrative ? L.yes : null) },
    ],
    rows,
    df,
  );
  const codes = new Map(input.works.map((w) => [w.id, w]));
  const measurements = [...input.measurements.values()].flat().sort((a, b) => a.workId - b.workId || (a.date < b.date ? -1 : 1));
  addSheet<Measurement>(
    wb,
    L.measurements,
    [
      { header: L.workCode, kind: 'text', value: (m) => codes.get(m.workId)?.code ?? null },
      { header: L.title, kind: 'text', width: 40, value: (m) => codes.get(m.workId)?.title ?? null },
      { header: L.date, kind: 'date', value: (m) => m.date },
      { header: L.physical, kind: 'percent', value: (m) => m.physicalProgress },
      { header: L.committed, kind: 'money', width: 18, value: (m) => m.committed },
      { header: L.disbursed, kind: 'money', width: 18, value: (m) => m.disbursed },
      { header: L.correction, kind: 'text', value: (m) => (m.correction ? L.yes : null) },
    ],
    measurements,
    df,
  );
  addSheet(
    wb,
    L.sCurve,
    [
      { header: L.month, kind: 'text', value: (p) => monthLabel(p.month, locale) },
      { header: L.date, kind: 'date', value: (p) => p.date },
      { header: L.plannedCurve, kind: 'percent', value: (p) => p.planned },
      { header: L.physicalCurve, kind: 'percent', value: (p) => p.physical },
      { header: L.financialCurve, kind: 'percent', value: (p) => p.financial },
      { header: L.pv, kind: 'money', width: 20, value: (p) => p.pv },
      { header: L.ev, kind: 'money', width: 20, value: (p) => p.ev },
      { header: L.ac, kind: 'money', width: 20, value: (p) => p.ac },
    ],
    portfolioSCurve(input, statusDate),
    df,
  );
  addSheet(
    wb,
    L.districts,
    [
      { header: L.siteCode, kind: 'text', value: (s) => s.siteCode },
      { header: L.site, kind: 'text', width: 30, value: (s) => s.siteName },
      { header: L.works, kind: 'integer', value: (s) => s.works },
      { header: L.late, kind: 'integer', value: (s) => s.late },
      { header: L.paralysed, kind: 'integer', value: (s) => s.paralysed },
      { header: L.completed, kind: 'integer', value: (s) => s.completed },
      { header: L.budget, kind: 'money', width: 20, value: (s) => s.budgetPlanned },
      { header: L.committed, kind: 'money', width: 18, value: (s) => s.committed },
      { header: L.disbursed, kind: 'money', width: 18, value: (s) => s.disbursed },
      { header: L.physical, kind: 'percent', value: (s) => s.physicalProgress },
      { header: L.spi, kind: 'ratio', value: (s) => s.spi },
      { header: L.cpi, kind: 'ratio', value: (s) => s.cpi },
    ],
    districtSummaries(rows),
    df,
  );
  const methods = wb.addWorksheet(sheetName(wb, L.methods));
  methods.columns = [
    { key: 'k', width: 30 },
    { key: 'v', width: 110, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  const dateRow = methods.addRow([L.statusDate, excelDay(statusDate)]);
  dateRow.getCell(2).numFmt = df;
  for (const [k, v] of L.formulas) methods.addRow([k, v]);
  if (rows.some((r) => r.illustrative)) methods.addRow([L.illustrative, sourceNote(input, locale)]);
  methods.getColumn(1).font = { bold: true };
  printSetup(methods, '');
  return workbookBytes(wb);
}

/** Where the illustrative works come from; the demo's own note (stored in Portuguese) in the workbook's language. */
function sourceNote(input: PortfolioInput, locale: Locale): string {
  const sources = input.works.filter((w) => w.illustrative).map((w) => worksSourceIn(w.source, locale));
  return [...new Set(sources)].join(' | ');
}
