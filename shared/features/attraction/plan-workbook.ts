import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../../export/load-exceljs';
import {
  addNotesSheet,
  addTableSheet,
  printSetup,
  sheetName,
  workbookBytes,
  type ColumnKind,
  type SheetColumn,
} from '../../export/workbook';
import { barChartPng, barColourArgb } from './bar-chart-png';
import { formatCnpj } from './cnpj';
import { planFigures } from './plan-figures';
import { planWeighting } from './plan-weighting';
import { sharedLotsNotice } from './shared-lots-notice';
import type { Incentive, Lot, PlanActionView, PlanView, ProspectView, SalesCriterion, TargetSector } from './types';
import { PROSPECT_STAGES } from './vocabulary';
import { PLAN_LABELS, type PlanLocale } from './workbook-labels';
import { planViewIn } from './plan-view-language';
import { excelDay, workbookDateFormat } from '../../export/date-format';

const MONEY = '"R$" #,##0.00';
/** Sales criteria whose values are amounts of money. */
const MONEY_SOURCES: ReadonlySet<string> = new Set(['investment', 'investment-per-m2']);

/**
 * How the ranking writes a criterion's values: money in R$; jobs per m² (0.01 to 0.1 in a district)
 * with four decimals, as the LQs (at two, 0.064 and 0.046 read "0,06" and "0,05", and two companies
 * 0.037 and 0.038 the same "0,04"); the other values as decimals.
 */
function criterionKind(source: string | undefined): 'money' | 'ratio' | 'decimal' {
  if (source !== undefined && MONEY_SOURCES.has(source)) return 'money';
  return source === 'jobs-per-m2' ? 'ratio' : 'decimal';
}
const FIGURE_FORMATS = { count: '#,##0', money: MONEY, area: '#,##0.00' } as const;

/** A plan sheet column: the kernel's kinds plus money (R$) and ISO dates written as real dates. */
interface PlanColumn<T> {
  header: string;
  kind: ColumnKind | 'money' | 'date';
  width?: number;
  value: (row: T) => string | number | null;
}

/**
 * A typed table sheet (the kernel's addTableSheet: frozen header, filter, widths, print) with money
 * in R$ (the column's own format) and ISO dates made dates after it (a date is as wide as its ISO
 * text, so the widths hold), the headers of number columns right-aligned over their numbers. Text cells are plain strings: exceljs writes them as strings, never
 * as formulas, so a company named "=HYPERLINK(…)" stays text.
 */
function addPlanSheet<T>(
  wb: ExcelJS.Workbook,
  name: string,
  columns: PlanColumn<T>[],
  rows: readonly T[],
  /** The Excel format of the date columns, in the workbook's language (workbookDateFormat). */
  dateFormat: string,
): ExcelJS.Worksheet {
  const base: SheetColumn<T>[] = columns.map((c) => ({
    header: c.header,
    kind: c.kind === 'money' ? 'decimal' : c.kind === 'date' ? 'text' : c.kind,
    ...(c.kind === 'money' ? { numFmt: MONEY } : {}),
    width: c.width,
    value: c.value,
  }));
  const sheet = addTableSheet(wb, name, base, rows);
  columns.forEach((c, j) => {
    const col = sheet.getColumn(j + 1);
    // A number column's header over its numbers, which stand at the right of the cell: left-aligned,
    // "Land discount (%)" stood over the next column's values and the 0s under it read as jobs per m².
    if (c.kind !== 'text' && c.kind !== 'date') {
      const head = sheet.getCell(1, j + 1);
      head.alignment = { ...head.alignment, horizontal: 'right' };
    }
    if (c.kind === 'date') {
      col.eachCell((cell, rowNumber) => {
        if (rowNumber === 1) return;
        const date = excelDay(cell.value);
        if (date) {
          cell.value = date;
          cell.numFmt = dateFormat;
        }
      });
    }
  });
  return sheet;
}

/** The attraction plan workbook (issue 11): summary with chart for partners, then one sheet per part. */
export async function planWorkbook(stored: PlanView, locale: PlanLocale): Promise<Uint8Array> {
  const view = planViewIn(stored, locale);
  const L = PLAN_LABELS[locale];
  const date = workbookDateFormat(locale);
  const c = L.col;
  const wb = new (await loadExcelJs()).Workbook();
  wb.creator = 'Arranjo';
  wb.created = new Date(`${view.today}T00:00:00Z`);
  addSummary(wb, view, locale);

  addPlanSheet<TargetSector>(
    wb,
    L.sheets.targets,
    [
      { header: c.code ?? '', kind: 'text', value: (t) => t.sectorCode },
      { header: c.sector ?? '', kind: 'text', width: 36, value: (t) => t.sectorName },
      { header: c.origin ?? '', kind: 'text', width: 18, value: (t) => L.origin[t.origin] },
      { header: c.state ?? '', kind: 'text', value: (t) => L.state[t.state] },
      { header: c.lq ?? '', kind: 'ratio', value: (t) => t.lq },
      { header: c.growth ?? '', kind: 'percent', value: (t) => t.growth },
      { header: c.density ?? '', kind: 'ratio', value: (t) => t.density },
      { header: c.sectorJobs ?? '', kind: 'integer', value: (t) => t.jobs },
      // 60, wrapped: at 80 the sheet was wider than a page and printed over two, the rationale apart from its sector.
      { header: c.rationale ?? '', kind: 'text', width: 60, value: (t) => t.rationale },
    ],
    view.targets,
    date,
  );

  addPlanSheet<Lot>(
    wb,
    L.sheets.lots,
    [
      { header: c.lot ?? '', kind: 'text', value: (l) => l.code },
      { header: c.area ?? '', kind: 'decimal', value: (l) => l.areaM2 },
      { header: c.price ?? '', kind: 'money', value: (l) => l.pricePerM2 },
      { header: c.value ?? '', kind: 'money', width: 16, value: (l) => (l.pricePerM2 === null ? null : l.areaM2 * l.pricePerM2) },
      { header: c.status ?? '', kind: 'text', value: (l) => L.status[l.status] },
      { header: c.zoning ?? '', kind: 'text', value: (l) => l.zoning },
      { header: c.pollution ?? '', kind: 'text', value: (l) => l.pollutionClass },
      { header: c.infrastructure ?? '', kind: 'text', width: 30, value: (l) => l.infrastructure },
      { header: c.notes ?? '', kind: 'text', width: 40, value: (l) => l.notes },
      { header: c.illustrative ?? '', kind: 'text', value: (l) => (l.illustrative ? L.yes : L.no) },
    ],
    view.lots,
    date,
  );

  addPlanSheet<Incentive>(
    wb,
    L.sheets.incentives,
    [
      { header: c.kind ?? '', kind: 'text', width: 22, value: (i) => L.kind[i.kind] },
      { header: c.name ?? '', kind: 'text', width: 36, value: (i) => i.name },
      { header: c.discount ?? '', kind: 'decimal', value: (i) => i.discountPct },
      { header: c.annual ?? '', kind: 'money', width: 16, value: (i) => i.annualAmount },
      { header: c.years ?? '', kind: 'integer', value: (i) => i.years },
      { header: c.notes ?? '', kind: 'text', width: 50, value: (i) => i.notes },
    ],
    view.incentives,
    date,
  );

  const weightSum = view.criteria.reduce((s, x) => s + x.weight, 0);
  addPlanSheet<SalesCriterion>(
    wb,
    L.sheets.criteria,
    [
      { header: c.criterion ?? '', kind: 'text', width: 32, value: (x) => x.name },
      { header: c.source ?? '', kind: 'text', width: 26, value: (x) => L.source[x.source] },
      { header: c.direction ?? '', kind: 'text', width: 20, value: (x) => L.direction[x.direction] },
      { header: c.weight ?? '', kind: 'decimal', value: (x) => x.weight },
      { header: c.share ?? '', kind: 'percent', value: (x) => (weightSum > 0 ? x.weight / weightSum : null) },
    ],
    view.criteria,
    date,
  );
  addAhpSheet(wb, view, locale);

  const scoring = view.scoring;
  addPlanSheet(
    wb,
    L.sheets.ranking,
    [
      { header: c.rank ?? '', kind: 'integer', value: (a) => a.rank },
      { header: c.company ?? '', kind: 'text', width: 34, value: (a) => a.company },
      { header: c.score ?? '', kind: 'ratio', value: (a) => a.score },
      { header: c.points ?? '', kind: 'decimal', value: (a) => a.points },
      { header: c.landDiscount ?? '', kind: 'decimal', value: (a) => a.discountPct },
      // An investment criterion is money, in R$ as the prospects' sheet writes it (it read as a bare count).
      ...scoring.criteria.map((crit, j) => ({
        header: crit.name,
        kind: criterionKind(view.criteria.find((x) => x.id === crit.id)?.source),
        value: (a: (typeof scoring.applicants)[number]) => a.values[j] ?? null,
      })),
    ],
    scoring.applicants,
    date,
  );

  const order = new Map(PROSPECT_STAGES.map((s, i) => [s, i]));
  const byStage = [...view.prospects].sort(
    (a, b) => (order.get(a.stage) ?? 0) - (order.get(b.stage) ?? 0) || a.company.localeCompare(b.company),
  );
  addPlanSheet<ProspectView>(
    wb,
    L.sheets.prospects,
    [
      { header: c.stage ?? '', kind: 'text', value: (p) => L.stage[p.stage] },
      { header: c.company ?? '', kind: 'text', width: 34, value: (p) => p.company },
      { header: c.cnpj ?? '', kind: 'text', width: 20, value: (p) => (p.cnpj ? formatCnpj(p.cnpj) : null) },
      { header: c.cnae ?? '', kind: 'text', value: (p) => p.cnae },
      { header: c.investment ?? '', kind: 'money', width: 18, value: (p) => p.investment },
      { header: c.jobs ?? '', kind: 'integer', value: (p) => p.jobs },
      { header: c.areaNeeded ?? '', kind: 'decimal', value: (p) => p.areaNeededM2 },
      { header: c.nextAction ?? '', kind: 'text', width: 30, value: (p) => p.nextAction },
      { header: c.nextDate ?? '', kind: 'date', width: 12, value: (p) => p.nextActionDate },
      { header: c.late ?? '', kind: 'text', value: (p) => (p.overdue ? L.yes : L.no) },
      { header: c.contact ?? '', kind: 'text', width: 26, value: (p) => p.contact },
      { header: c.lotsMatching ?? '', kind: 'text', width: 20, value: (p) => p.matchingLots.join(', ') },
      { header: c.cost ?? '', kind: 'money', width: 18, value: (p) => p.costBenefit?.cost ?? null },
      { header: c.tax ?? '', kind: 'money', width: 18, value: (p) => p.costBenefit?.tax ?? null },
      { header: c.payback ?? '', kind: 'integer', value: (p) => p.costBenefit?.paybackYears ?? null },
      { header: c.illustrative ?? '', kind: 'text', value: (p) => (p.illustrative ? L.yes : L.no) },
    ],
    byStage,
    date,
  );

  addPlanSheet<PlanActionView>(
    wb,
    L.sheets.actions,
    [
      { header: c.action ?? '', kind: 'text', width: 44, value: (a) => a.title },
      { header: c.owner ?? '', kind: 'text', width: 22, value: (a) => a.owner },
      { header: c.due ?? '', kind: 'date', width: 12, value: (a) => a.dueDate },
      { header: c.status ?? '', kind: 'text', value: (a) => L.action[a.status] },
      { header: c.late ?? '', kind: 'text', value: (a) => (a.late ? L.yes : L.no) },
      { header: c.notes ?? '', kind: 'text', width: 40, value: (a) => a.notes },
    ],
    view.actions,
    date,
  );

  addNotesSheet(wb, L.sheets.notes, [
    ...L.notes,
    ...(view.plan.source ? [[c.planSource ?? '', view.plan.source] as [string, string]] : []),
    ...(view.plan.illustrative ? [[c.warning ?? '', L.illustrative] as [string, string]] : []),
    ...(sharedLotsNotice(view, locale) ? [[c.warning ?? '', sharedLotsNotice(view, locale) ?? ''] as [string, string]] : []),
  ]);
  return workbookBytes(wb);
}

/** The cover sheet for partners: district, period, goals, key figures, accepted targets, chart. */
function addSummary(wb: ExcelJS.Workbook, view: PlanView, locale: PlanLocale): void {
  const L = PLAN_LABELS[locale];
  const c = L.col;
  const sheet = wb.addWorksheet(sheetName(wb, L.sheets.summary));
  sheet.columns = [{ width: 38 }, { width: 48 }, { width: 4 }, { width: 22 }, { width: 10 }];
  sheet.getCell('A1').value = `${L.title} — ${view.site.name}`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  let r = 2;
  if (view.plan.illustrative) {
    sheet.getCell(`A${r}`).value = L.illustrative;
    sheet.getCell(`A${r}`).font = { bold: true, color: { argb: 'FFC92A2A' } };
    r++;
  }
  // A lot two companies hold, as the plan's screen says it (the partners read the file, not the screen).
  const shared = sharedLotsNotice(view, locale);
  if (shared) {
    sheet.mergeCells(`A${r}:E${r}`);
    const cell = sheet.getCell(`A${r}`);
    cell.value = shared;
    cell.font = { bold: true, color: { argb: 'FFC92A2A' } };
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(r).height = 15 * Math.ceil(shared.length / 110);
    r++;
  }
  r++;
  const p = view.prospectTotals;
  const first = r;
  for (const figure of planFigures(view, locale)) {
    sheet.getCell(`A${r}`).value = figure.label;
    sheet.getCell(`A${r}`).font = { bold: true };
    const cell = sheet.getCell(`B${r}`);
    cell.value = figure.value;
    if (figure.kind !== 'text') cell.numFmt = FIGURE_FORMATS[figure.kind];
    r++;
  }
  r++;
  sheet.getCell(`A${r}`).value = c.targetsAccepted ?? '';
  sheet.getCell(`A${r}`).font = { bold: true };
  r++;
  for (const target of view.targets.filter((x) => x.state === 'accepted')) {
    sheet.getCell(`A${r}`).value = `${target.sectorCode} — ${target.sectorName}`;
    sheet.getCell(`B${r}`).value = target.rationale;
    r++;
  }
  // The chart: prospects by stage, its numbers in the cells beside it (the image carries no text),
  // each stage keyed by its bar's colour in the narrow column before it: the bars alone did not say
  // which was which.
  sheet.getCell(`D${first}`).value = L.chart;
  sheet.getCell(`D${first}`).font = { bold: true };
  PROSPECT_STAGES.forEach((s, i) => {
    sheet.getCell(`C${first + 1 + i}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: barColourArgb(i) } };
    sheet.getCell(`D${first + 1 + i}`).value = L.stage[s];
    sheet.getCell(`E${first + 1 + i}`).value = p.byStage[s];
  });
  const image = wb.addImage({
    buffer: barChartPng(PROSPECT_STAGES.map((s) => p.byStage[s])) as unknown as ExcelJS.Buffer,
    extension: 'png',
  });
  sheet.addImage(image, { tl: { col: 5.2, row: first - 1 }, ext: { width: 480, height: 240 } });
  printSetup(sheet, '');
}

/** The AHP judgements behind the sales-criteria weights, with λmax, CI and CR (only when AHP set them). */
function addAhpSheet(wb: ExcelJS.Workbook, view: PlanView, locale: PlanLocale): void {
  const L = PLAN_LABELS[locale];
  const { matrix, result, text } = planWeighting(view, locale);
  if (!matrix || !result) return;
  const names = view.criteria.map((x) => x.name);
  const rows = matrix.map((values, i) => ({ name: names[i] ?? '', values, weight: result.weights[i] ?? null }));
  const sheet = addPlanSheet<(typeof rows)[number]>(
    wb,
    L.sheets.ahp,
    [
      { header: L.col.criterion ?? '', kind: 'text', width: 32, value: (r) => r.name },
      ...names.map((n, j) => ({ header: n, kind: 'ratio' as const, width: 16, value: (r: (typeof rows)[number]) => r.values[j] ?? null })),
      { header: L.weighting.weight, kind: 'percent', width: 14, value: (r) => r.weight },
    ],
    rows,
    workbookDateFormat(locale),
  );
  sheet.addRow([]);
  for (const [label, value] of [
    [L.weighting.lambdaMax, result.lambdaMax],
    [L.weighting.ci, result.ci],
    [L.weighting.crLong, result.cr],
  ] as const) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).numFmt = '0.0000';
  }
  sheet.addRow([L.weighting.title, text]).getCell(1).font = { bold: true };
}
