import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../../export/load-exceljs';
import type { Connection } from '../../db/connection';
import { History } from '../../engine/history';
import { addNotesSheet, addTableSheet, workbookBytes } from '../../export/workbook';
import { excelDay, workbookDateFormat } from '../../export/date-format';
import { parseInput } from '../../rpc/validate';
import { ProgrammeService } from './programme-service';
import { workbookQuerySchema, type WorkbookQuery } from './schemas';
import { BUILTIN_UNITS, isBuiltin, type Action, type ActualPart, type MonitorRow, type Rag } from './types';
import { WORKBOOK_LABELS, type WorkbookLabels } from './workbook-labels';
import { actionIn, customIndicatorNameIn, frameworkIn, programmeIn, programmeSourceIn } from './demo-text';
import { reachOf, type Reach } from './reach';

/** Light fills of the red/amber/green status, readable in print. */
const RAG_FILL: Record<Rag, string> = { red: 'FFF4B6B6', amber: 'FFFFE08A', green: 'FFB9E4B0' };

/**
 * The monitoring workbook: results framework, indicators by period (target, actual, achievement
 * coloured red/amber/green), actions, participants by territory and sex, notes. Typed cells.
 */
export async function programmeWorkbook(conn: Connection, query: WorkbookQuery): Promise<Uint8Array> {
  const q = parseInput(workbookQuerySchema, query, 'workbook');
  const L = WORKBOOK_LABELS[q.language];
  // Read-only: a throwaway history, nothing is recorded.
  const service = new ProgrammeService(conn, new History(), () => new Date().toISOString());
  const fw = frameworkIn(service.framework(q.programmeId), q.language);
  const monitor = service.monitor({ programmeId: q.programmeId });
  const actions = service.actions(q.programmeId).map((a) => actionIn(a, q.language));
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Arranjo';

  const resultOf = new Map(fw.results.map((r) => [r.id, r]));
  const objectiveOf = new Map(fw.objectives.map((o) => [o.id, o]));
  addTableSheet(
    workbook,
    L.sheets.framework,
    [
      {
        header: L.objective,
        kind: 'text',
        width: 36,
        value: (i) => {
          const r = i.resultId === null ? undefined : resultOf.get(i.resultId);
          const o = r ? objectiveOf.get(r.objectiveId) : undefined;
          return o ? `${o.code} ${o.title}` : null;
        },
      },
      {
        header: L.result,
        kind: 'text',
        width: 36,
        value: (i) => {
          const r = i.resultId === null ? undefined : resultOf.get(i.resultId);
          return r ? `${r.code} ${r.title}` : null;
        },
      },
      { header: L.indicator, kind: 'text', width: 22, value: (i) => i.code },
      // As the indicators sheet and the monitor name them (it read "Participantes das ações" here, "Participants" there).
      {
        header: L.name,
        kind: 'text',
        width: 36,
        value: (i) => (isBuiltin(i.code) ? L.builtins[i.code] : customIndicatorNameIn(i.name, q.language)),
      },
      { header: L.unit, kind: 'text', value: (i) => (isBuiltin(i.code) ? L.units[BUILTIN_UNITS[i.code]] : i.unit) },
      { header: L.baseline, kind: 'decimal', value: (i) => i.baseline },
      { header: L.periodKind, kind: 'text', value: (i) => L.periodKinds[i.periodKind] },
      { header: L.cumulative, kind: 'text', value: (i) => (i.cumulative ? L.yes : L.no) },
    ],
    fw.indicators,
  );

  const sheet = addTableSheet<MonitorRow>(
    workbook,
    L.sheets.indicators,
    [
      { header: L.indicator, kind: 'text', width: 22, value: (r) => r.indicator },
      // As the monitor names them: a built-in indicator by the language's word, not its stored name.
      {
        header: L.name,
        kind: 'text',
        width: 36,
        value: (r) => (isBuiltin(r.indicator) ? L.builtins[r.indicator] : customIndicatorNameIn(r.name, q.language)),
      },
      { header: L.period, kind: 'text', value: (r) => periodText(r.period, L) },
      { header: L.baseline, kind: 'decimal', value: (r) => r.baseline },
      { header: L.target, kind: 'decimal', value: (r) => r.target },
      { header: L.actual, kind: 'decimal', value: (r) => r.actual },
      // One decimal, as the monitor's badges show it (the sheet read 84,17 % where the screen read 84,2 %); the cell keeps the full ratio.
      { header: L.achievement, kind: 'percent', numFmt: '0.0%', width: 14, value: (r) => r.achievement },
      { header: L.status, kind: 'text', value: (r) => (r.rag ? L.rag[r.rag] : null) },
    ],
    monitor,
  );
  monitor.forEach((r, i) => {
    if (!r.rag) return;
    const fill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: RAG_FILL[r.rag] } };
    sheet.getRow(i + 2).getCell(7).fill = fill;
    sheet.getRow(i + 2).getCell(8).fill = fill;
  });

  // Custom indicators' actuals by part (only when some were entered).
  if (fw.parts.length > 0) {
    const codeOf = new Map(fw.indicators.map((i) => [i.id, i]));
    const partName = (p: ActualPart): string =>
      p.dimension === 'territory' ? (p.name ?? p.part) : p.part === 'other' ? L.otherAges : L[p.part as 'women' | 'men' | 'youth'];
    addTableSheet<ActualPart>(
      workbook,
      L.sheets.parts,
      [
        { header: L.indicator, kind: 'text', width: 22, value: (p) => codeOf.get(p.indicatorId)?.code ?? null },
        {
          header: L.name,
          kind: 'text',
          width: 36,
          value: (p) => {
            const name = codeOf.get(p.indicatorId)?.name;
            return name === undefined ? null : customIndicatorNameIn(name, q.language);
          },
        },
        { header: L.period, kind: 'text', value: (p) => periodText(p.period, L) },
        { header: L.dimension, kind: 'text', value: (p) => L.dimensions[p.dimension] },
        { header: L.territoryCode, kind: 'text', value: (p) => (p.dimension === 'territory' ? p.part : null) },
        { header: L.part, kind: 'text', width: 24, value: partName },
        { header: L.value, kind: 'decimal', value: (p) => p.value },
      ],
      fw.parts,
    );
  }

  addTableSheet<Action>(
    workbook,
    L.sheets.actions,
    [
      { header: L.code, kind: 'text', value: (a) => a.code },
      { header: L.type, kind: 'text', width: 28, value: (a) => L.types[a.type] },
      { header: L.territoryCode, kind: 'text', value: (a) => String(a.municipalityCode) },
      { header: L.territory, kind: 'text', width: 24, value: (a) => a.municipalityName },
      { header: L.start, kind: 'text', value: (a) => a.startDate },
      { header: L.end, kind: 'text', value: (a) => a.endDate },
      { header: L.partner, kind: 'text', width: 24, value: (a) => a.partner },
      { header: L.participants, kind: 'integer', value: (a) => a.participants },
      { header: L.women, kind: 'integer', value: (a) => a.women },
      { header: L.youth, kind: 'integer', value: (a) => a.youth },
      { header: L.formed, kind: 'integer', value: (a) => a.enterprisesFormed },
      { header: L.legalized, kind: 'integer', value: (a) => a.enterprisesLegalized },
      { header: L.notes, kind: 'text', width: 40, value: (a) => a.notes },
    ],
    actions,
  );
  // Dates as real dates: the ISO text becomes an Excel date cell.
  const actionSheet = workbook.getWorksheet(L.sheets.actions.slice(0, 31));
  actionSheet?.eachRow((row, n) => {
    if (n === 1) return;
    for (const c of [5, 6]) {
      const cell = row.getCell(c);
      const day = excelDay(cell.value);
      if (day) {
        cell.value = day;
        cell.numFmt = workbookDateFormat(q.language);
      }
    }
  });

  addTableSheet<Reach>(
    workbook,
    L.sheets.territory,
    [
      { header: L.territoryCode, kind: 'text', value: (r) => String(r.code) },
      { header: L.territory, kind: 'text', width: 24, value: (r) => r.name ?? '' },
      { header: L.actions, kind: 'integer', value: (r) => r.actions },
      { header: L.participants, kind: 'integer', value: (r) => r.participants },
      { header: L.women, kind: 'integer', value: (r) => r.women },
      { header: L.men, kind: 'integer', value: (r) => r.participants - r.women },
      { header: L.youth, kind: 'integer', value: (r) => r.youth },
    ],
    reachOf(actions),
  );

  addNotesSheet(
    workbook,
    L.sheets.notes,
    L.notesLines({
      name: programmeIn(fw.programme, q.language).name,
      illustrative: fw.programme.illustrative,
      source: programmeSourceIn(fw.programme.source, q.language),
      green: fw.programme.ragGreen,
      amber: fw.programme.ragAmber,
    }),
  );
  return workbookBytes(workbook);
}

/**
 * A period key as the workbook's language types it (the programmes' period fields and imports read
 * both letters): "2025-T1" in pt-BR and es, "2025-Q1" in en; years and months as stored.
 */
function periodText(key: string, L: WorkbookLabels): string {
  return L.quarterLetter === 'Q' ? key : key.replace(/^(\d{4})-Q([1-4])$/, '$1-T$2');
}
