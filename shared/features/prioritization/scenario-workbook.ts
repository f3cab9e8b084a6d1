import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../../export/load-exceljs';
import type { AhpResult } from '../../analysis/mcda/ahp';
import { CRITERION_SOURCE_FORMS } from '../../domain/metric-id';
import type { Scenario, ScenarioRun, ScenarioSensitivity, ScenarioStakeholders } from './types';
import { SCENARIO_LABELS, type ExportLocale } from './scenario-workbook-labels';
import {
  CRITERION_SOURCE_NOTE,
  FORMULAS,
  METHOD_NAMES,
  MISSING_POLICY_NAMES,
  NORMALIZATION_NAMES,
  REFERENCES,
  SENSITIVITY_WORDS,
  WEIGHT_ORIGIN_NAMES,
  imputedWorkbookText,
  reasonWorkbookText,
  warningWorkbookText,
} from './scenario-workbook-methods';
import { formatDateTime } from '../../export/locale-date';
import { inputWordsIn } from '../metrics';
import { numberFormat } from '../../text/locale-format';
import { addNotesSheet, addTableSheet, workbookBytes, type SheetColumn } from '../../export/workbook';

/** The consensus methods by their authors' names, as the screen says them. */
const CONSENSUS_NAMES = { borda: 'Borda', copeland: 'Copeland' } as const;

export interface ScenarioExport {
  locale: ExportLocale;
  scenario: Scenario;
  run: ScenarioRun;
  sensitivity: ScenarioSensitivity;
  stakeholders: ScenarioStakeholders | null;
  ahp: AhpResult | null;
  generatedAt: string;
}

type Cell = string | number | null;
const finite = (x: number | null | undefined): number | null => (x === null || x === undefined || !Number.isFinite(x) ? null : x);

/**
 * A scenario as an xlsx workbook: what the screen shows, with typed cells — the inputs with their
 * sources and periods, the normalized matrix, the weights (and the AHP matrix with its consistency),
 * the results with contributions, exclusions and imputations, sensitivity, stakeholders, and a
 * methods sheet with the formulas and references.
 */
export async function exportScenario(x: ScenarioExport): Promise<Uint8Array> {
  const L = SCENARIO_LABELS[x.locale];
  const { run, scenario } = x;
  const wb = new (await loadExcelJs()).Workbook();
  wb.creator = 'Arranjo';
  wb.created = new Date(x.generatedAt);
  const crit = run.criteria;
  const label = new Map(run.inputs.map((a) => [a.key, a.label]));
  const rankedKeys = new Set(run.ranked.map((r) => r.key));

  // Inputs: one row per alternative × criterion, with provenance.
  type InputRow = {
    alt: string;
    kind: string;
    code: string;
    c: number;
    value: number | null;
    source: string;
    period: string;
    via: string | null;
    missing: string | null;
    status: string;
  };
  const inputRows: InputRow[] = run.inputs.flatMap((a) => {
    const [kind = '', code = ''] = a.key.split(':');
    return a.cells.map((cell, j) => ({
      alt: a.label,
      kind: kind === 'site' ? L.words.site : L.words.municipality,
      code,
      c: j,
      value: finite(cell.value),
      source: inputWordsIn(cell.source, x.locale),
      period: cell.period,
      via: cell.via,
      missing: cell.missingReason === null ? null : inputWordsIn(cell.missingReason, x.locale),
      status: rankedKeys.has(a.key) ? L.words.ranked : L.words.excludedStatus,
    }));
  });
  addTableSheet<InputRow>(
    wb,
    L.sheets.inputs,
    [
      { header: L.col.alternative, kind: 'text', width: 44, value: (r) => r.alt },
      { header: L.col.kind, kind: 'text', value: (r) => r.kind },
      { header: L.col.code, kind: 'text', value: (r) => r.code },
      { header: L.col.criterion, kind: 'text', width: 36, value: (r) => crit[r.c]?.label ?? '' },
      { header: L.col.sourceSyntax, kind: 'text', width: 22, value: (r) => crit[r.c]?.source ?? '' },
      { header: L.col.value, kind: 'decimal', width: 16, value: (r) => r.value },
      { header: L.col.unit, kind: 'text', value: (r) => crit[r.c]?.unit ?? '' },
      { header: L.col.period, kind: 'text', value: (r) => r.period },
      { header: L.col.source, kind: 'text', width: 50, value: (r) => r.source },
      { header: L.col.via, kind: 'text', width: 30, value: (r) => r.via },
      { header: L.col.missing, kind: 'text', width: 30, value: (r) => r.missing },
      { header: L.col.status, kind: 'text', value: (r) => r.status },
    ],
    inputRows,
  );

  addTableSheet(
    wb,
    L.sheets.normalized,
    [
      { header: L.col.alternative, kind: 'text', width: 44, value: (r: ScenarioRun['ranked'][number]) => r.label },
      ...crit.map((c, j): SheetColumn<ScenarioRun['ranked'][number]> => ({
        header: c.label,
        kind: 'ratio',
        width: 18,
        value: (r) => finite(r.normalized[j]),
      })),
    ],
    run.ranked,
  );

  const weightRows = scenario.criteria.map((c, j) => ({ c, j }));
  addTableSheet(
    wb,
    L.sheets.weights,
    [
      { header: L.col.criterion, kind: 'text', width: 36, value: (r: (typeof weightRows)[number]) => r.c.label },
      { header: L.col.sourceSyntax, kind: 'text', width: 22, value: (r) => r.c.source },
      { header: L.col.direction, kind: 'text', width: 26, value: (r) => (r.c.direction === 'cost' ? L.words.cost : L.words.benefit) },
      { header: L.col.weightTyped, kind: 'decimal', width: 16, value: (r) => finite(r.c.weight) },
      { header: L.col.weightShare, kind: 'percent', width: 16, value: (r) => finite(crit[r.j]?.weight) },
      ...scenario.weightSets.map((w, k): SheetColumn<(typeof weightRows)[number]> => ({
        header: w.name,
        kind: 'percent',
        width: 16,
        value: (r) => finite(x.stakeholders?.weights[k]?.[r.j] ?? null),
      })),
    ],
    weightRows,
  );

  if (x.ahp && scenario.ahpMatrix) addAhpSheet(wb, L, scenario, x.ahp);

  const rankColumns: SheetColumn<ScenarioRun['ranked'][number]>[] = [
    { header: L.col.rank, kind: 'integer', width: 9, value: (r) => r.rank },
    { header: L.col.alternative, kind: 'text', width: 44, value: (r) => r.label },
    { header: L.col.municipality, kind: 'text', width: 24, value: (r) => r.municipality },
    { header: `${L.col.score} (${METHOD_NAMES[run.method][x.locale]})`, kind: 'ratio', width: 18, value: (r) => finite(r.score) },
    { header: `${L.col.inTop} (N = ${run.topN})`, kind: 'text', width: 20, value: (r) => (r.inTop ? L.words.yes : L.words.no) },
    // What each criterion's number is, by method: TOPSIS's are shares of the distances to the ideal (what
    // keeps the alternative from the top) and to the anti-ideal; VIKOR's are regrets (lower is better).
    // "Contribution" on a TOPSIS share read as the criterion lifting the alternative, the opposite.
    ...crit.map((c, j): SheetColumn<ScenarioRun['ranked'][number]> => ({
      header: `${run.method === 'topsis' ? L.col.shareToIdeal : run.method === 'vikor' ? L.col.regret : L.col.contribution}: ${c.label}`,
      kind: 'ratio',
      width: 20,
      value: (r) => finite(r.contributions[j]),
    })),
    ...(run.method === 'topsis' ? crit : []).map((c, j): SheetColumn<ScenarioRun['ranked'][number]> => ({
      header: `${L.col.shareToAnti}: ${c.label}`,
      kind: 'ratio',
      width: 20,
      value: (r) => finite(r.secondary?.[j] ?? null),
    })),
  ];
  addTableSheet(wb, L.sheets.results, rankColumns, run.ranked);

  const notes: { alt: string; what: string; criterion: string; detail: string; value: number | null }[] = [
    ...run.excluded.map((e) => ({
      alt: e.label,
      what: L.words.excluded,
      criterion: '',
      detail: e.reasons
        .map((r) =>
          reasonWorkbookText(
            r,
            crit.map((c) => c.label),
            x.locale,
          ),
        )
        .join('; '),
      value: null,
    })),
    ...run.imputed.map((i) => ({
      alt: i.label,
      what: L.words.imputed,
      criterion: crit[i.criterion]?.label ?? '',
      detail: imputedWorkbookText(i, x.locale),
      value: finite(i.value),
    })),
  ];
  addTableSheet<(typeof notes)[number]>(
    wb,
    L.sheets.excluded,
    [
      { header: L.col.alternative, kind: 'text', width: 44, value: (r) => r.alt },
      { header: L.col.what, kind: 'text', width: 14, value: (r) => r.what },
      { header: L.col.criterion, kind: 'text', width: 30, value: (r) => r.criterion },
      { header: L.col.value, kind: 'decimal', width: 16, value: (r) => r.value },
      { header: L.col.detail, kind: 'text', width: 80, value: (r) => r.detail },
    ],
    notes,
  );

  const name = (key: string) => label.get(key) ?? key;
  const change = (c: { enters: string; leaves: string } | null): Cell => (c ? `${name(c.enters)} / ${name(c.leaves)}` : null);
  addTableSheet<ScenarioSensitivity['stability'][number]>(
    wb,
    `${L.sheets.stability} (N = ${x.sensitivity.topN})`,
    [
      { header: L.col.criterion, kind: 'text', width: 36, value: (r) => crit[r.criterion]?.label ?? '' },
      { header: L.col.weightShare, kind: 'percent', width: 16, value: (r) => finite(r.weight) },
      { header: L.col.lower, kind: 'percent', width: 16, value: (r) => finite(r.lower) },
      { header: L.col.upper, kind: 'percent', width: 16, value: (r) => finite(r.upper) },
      { header: L.col.exact, kind: 'text', value: (r) => (r.exact ? L.words.yes : L.words.no) },
      { header: L.col.belowLower, kind: 'text', width: 50, value: (r) => change(r.belowLower) },
      { header: L.col.aboveUpper, kind: 'text', width: 50, value: (r) => change(r.aboveUpper) },
    ],
    x.sensitivity.stability,
  );
  addTableSheet<ScenarioSensitivity['acceptability'][number]>(
    wb,
    L.sheets.acceptability,
    [
      { header: L.col.alternative, kind: 'text', width: 44, value: (r) => r.label },
      { header: L.col.rank, kind: 'integer', width: 9, value: (r) => r.rank },
      { header: `${L.col.topShare} (N = ${x.sensitivity.topN})`, kind: 'percent', width: 22, value: (r) => finite(r.topNShare) },
      { header: L.col.firstShare, kind: 'percent', width: 16, value: (r) => finite(r.firstShare) },
      { header: L.col.meanRank, kind: 'decimal', width: 14, value: (r) => finite(r.meanRank) },
      { header: L.col.bestRank, kind: 'integer', width: 14, value: (r) => finite(r.bestRank) },
      { header: L.col.worstRank, kind: 'integer', width: 14, value: (r) => finite(r.worstRank) },
    ],
    x.sensitivity.acceptability,
  );

  if (x.stakeholders) addStakeholderSheets(wb, L, x.stakeholders);

  const o = x.sensitivity.options;
  addNotesSheet(wb, L.sheets.methods, [
    [L.notes.scenario, scenario.name],
    ...(scenario.description ? [[L.notes.description, scenario.description] as [string, string]] : []),
    [
      L.notes.method,
      `${METHOD_NAMES[run.method][x.locale]}${run.method === 'vikor' ? ` (v = ${numberFormat(x.locale).format(scenario.vikorV)})` : ''}`,
    ],
    [L.notes.normalization, NORMALIZATION_NAMES[run.normalization][x.locale]],
    [L.notes.topN, String(run.topN)],
    [L.notes.missing, MISSING_POLICY_NAMES[scenario.missingPolicy][x.locale]],
    [L.notes.weights, WEIGHT_ORIGIN_NAMES[scenario.weightOrigin][x.locale]],
    [L.notes.frozen, scenario.frozenAt ? formatDateTime(scenario.frozenAt, x.locale) : L.notes.notFrozen],
    [
      L.notes.sensitivity,
      `${SENSITIVITY_WORDS[x.locale].draws} = ${o.draws}, ${SENSITIVITY_WORDS[x.locale].seed} = ${o.seed}, ${o.sampling === 'dirichlet' ? 'Dirichlet(1,…,1)' : `${SENSITIVITY_WORDS[x.locale].spread} = ±${Math.round(o.spread * 100)}%`}`,
    ],
    [L.notes.generated, formatDateTime(x.generatedAt, x.locale)],
    [L.notes.districts, L.notes.districtsNote],
    [
      L.notes.warnings,
      run.warnings
        .map((w) =>
          warningWorkbookText(
            w,
            run.criteria.map((c) => c.label),
            x.locale,
          ),
        )
        .join('\n') || '—',
    ],
    [L.notes.sources, `${CRITERION_SOURCE_FORMS.join(', ')} ${CRITERION_SOURCE_NOTE[x.locale]}`],
    [L.notes.formulas, ''],
    ...FORMULAS[x.locale],
    [L.notes.references, REFERENCES],
  ]);
  return workbookBytes(wb);
}

type Labels = (typeof SCENARIO_LABELS)['en'];

function addAhpSheet(wb: ExcelJS.Workbook, L: Labels, scenario: Scenario, result: AhpResult): void {
  const matrix = scenario.ahpMatrix ?? [];
  const names = scenario.criteria.map((c) => c.label);
  const sheet = addTableSheet<number[]>(
    wb,
    L.sheets.ahp,
    [
      { header: L.col.criterion, kind: 'text', width: 36, value: (row) => names[matrix.indexOf(row)] ?? '' },
      ...names.map((n, j): SheetColumn<number[]> => ({ header: n, kind: 'ratio', width: 16, value: (row) => finite(row[j]) })),
      { header: L.col.weightShare, kind: 'percent', width: 16, value: (row) => finite(result.weights[matrix.indexOf(row)]) },
    ],
    matrix,
  );
  sheet.addRow([]);
  for (const [k, v] of [
    [L.words.lambdaMax, result.lambdaMax],
    [L.words.ci, result.ci],
    [L.words.cr, result.cr],
  ] as const) {
    const row = sheet.addRow([k, v]);
    row.getCell(2).numFmt = '0.0000';
  }
  sheet.addRow([L.words.consistent, result.consistent ? L.words.yes : L.words.no]);
  sheet.addRow([]);
  sheet.addRow([L.col.judgement, L.col.given, L.col.implied, L.col.deviation]).font = { bold: true };
  for (const j of result.judgements) {
    const row = sheet.addRow([`${names[j.row] ?? ''} × ${names[j.column] ?? ''}`, j.given, j.implied, j.deviation]);
    for (const c of [2, 3, 4]) row.getCell(c).numFmt = '0.000';
  }
}

function addStakeholderSheets(wb: ExcelJS.Workbook, L: Labels, s: ScenarioStakeholders): void {
  type Row = ScenarioStakeholders['rows'][number];
  addTableSheet<Row>(
    wb,
    L.sheets.stakeholders,
    [
      { header: L.col.alternative, kind: 'text', width: 44, value: (r) => r.label },
      ...s.names.map((n, k): SheetColumn<Row> => ({ header: n, kind: 'integer', width: 16, value: (r) => r.ranks[k] ?? null })),
      { header: `${L.col.consensus} (${CONSENSUS_NAMES[s.consensusMethod]})`, kind: 'integer', width: 18, value: (r) => r.consensusRank },
      { header: L.col.meanRankAll, kind: 'decimal', width: 18, value: (r) => finite(r.meanRank) },
    ],
    s.rows,
  );
  const rows = [
    ...s.names.map((n, k) => ({ measure: L.words.spearman, set: n, values: s.spearman[k] ?? [] })),
    ...s.names.map((n, k) => ({ measure: L.words.kendall, set: n, values: s.kendall[k] ?? [] })),
    { measure: `${L.words.kendall} — ${L.col.consensus}`, set: '', values: s.agreementWithConsensus },
  ];
  addTableSheet<(typeof rows)[number]>(
    wb,
    L.sheets.correlations,
    [
      { header: L.col.measure, kind: 'text', width: 26, value: (r) => r.measure },
      { header: L.col.set, kind: 'text', width: 22, value: (r) => r.set },
      ...s.names.map((n, k): SheetColumn<(typeof rows)[number]> => ({
        header: n,
        kind: 'ratio',
        width: 16,
        value: (r) => finite(r.values[k]),
      })),
    ],
    rows,
  );
}
