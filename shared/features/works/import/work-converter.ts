import type { ImportIssueCode } from '../../../domain/import-codes';
import { MAX_MONEY } from '../../../domain/schemas';
import type { Connection } from '../../../db/connection';
import type { SourceRow } from '../../../import/read/table-source';
import type { IssueParams } from '../../../import/types';
import { SiteRepository } from '../../../repositories/site-repository';
import { isBlank } from '../../../import/read/table-source';
import { readNumber, readText } from '../../../import/targets/cells';
import { refuseLongTexts } from '../../../import/targets/text-limits';
import { columnsWith, label, mappingError, type ConverterEnv, type RowConverter, type RowOutcome } from '../../../import/targets/converter';
import { dateRefusal, parseDateValue } from '../../../import/values/date';
import { SiteLookup } from '../../../import/values/site-lookup';
import { clip } from '../../../import/values/text';
import { WORK_REQUIRED_FIELDS, type WorkImportField } from '../../../import/mapping/mapping-schema';
import { WORK_TEXT_LIMITS } from '../schemas';
import { CATEGORY_NEEDS, WORK_CATEGORIES, WORK_STATUSES, FUNDING_SOURCES } from '../types';
import type { WorkFields } from '../work-repository';
import { WorkImportRepository } from '../work-import-repository';
import { workFirstDay } from '../measurement-rules';
import { parseCategory, parseFunding, parseStatus } from './vocabulary';
import type { WorkStore } from './work-records';

/** What a works import checks a row against: the workspace's sites (by code or name) and indicators. */
export interface WorkImportContext {
  sites: SiteLookup;
  indicators: ReadonlySet<string>;
  /** The district of each work already in the workspace, by its code in capitals. */
  workSites: ReadonlyMap<string, { siteId: number; siteCode: string }>;
  /** The first measurement with progress of each measured work (and its actual start), by its code in capitals. */
  firstProgress: ReadonlyMap<string, { date: string; progress: number; actualStart: string | null }>;
}

export function loadWorkImportContext(conn: Connection): WorkImportContext {
  const repo = new WorkImportRepository(conn);
  return {
    sites: new SiteLookup(new SiteRepository(conn).list()),
    indicators: repo.indicatorCodes(),
    workSites: repo.workSitesByCode(),
    firstProgress: repo.firstProgressByCode(),
  };
}

/**
 * Works (`arranjo-obras` or an agency's sheet mapped in the wizard): one per row, keyed by work
 * code, so a re-import updates the work in place. Every refusal names the row, the column and what
 * to write instead.
 */
export function workConverter(env: ConverterEnv, store: WorkStore, ctx: WorkImportContext): RowConverter {
  const byField = new Map(columnsWith(env.mapping, 'work-field').map((c) => [c.role.field, c.column]));
  const missing = WORK_REQUIRED_FIELDS.filter((f) => !byField.has(f));
  if (missing.length > 0)
    throw mappingError(
      env,
      `map the column(s) with ${missing.join(', ')} (arranjo-obras: site_code, work_code, title, category, budget_planned, planned_start, planned_end).`,
    );
  const source = env.mapping.source ?? env.file;

  return {
    valueColumns: [],
    convert(row: SourceRow): RowOutcome {
      let failed = false;
      const fail = (code: ImportIssueCode, field: WorkImportField, message: string, value?: string, params?: IssueParams): void => {
        env.issues.error(code, row.row, label(env, byField.get(field) ?? 0), message, value, params);
        failed = true;
      };
      if (refuseLongTexts(env, row, byField, WORK_TEXT_LIMITS)) failed = true;
      const text = (field: WorkImportField): string => {
        const column = byField.get(field);
        return column === undefined ? '' : readText(row.cells[column]);
      };
      const money = (field: WorkImportField): number | null => {
        const column = byField.get(field);
        if (column === undefined) return null;
        const n = readNumber(row.cells[column], env.decimal(column), false);
        // "12%" read as R$ 12: a percentage is no amount (a budget's execution, in the wrong column).
        if (n.kind === 'number' && n.percent) {
          const shown = readText(row.cells[column]);
          fail(
            'not-a-number',
            field,
            `"${clip(shown, 40)}" is a percentage, not an amount; write the amount in R$ like 1.234.567,89 or 1234567.89.`,
            shown,
          );
          return null;
        }
        if (n.kind === 'number') {
          if (n.value < 0) fail('negative-money', field, `${n.value} is negative; write the amount in R$ (0 or more).`);
          else if (n.value > MAX_MONEY)
            fail(
              'above-max',
              field,
              `${n.value} is above ${MAX_MONEY}, more than any district's budget: check the column and its units.`,
              undefined,
              {
                max: MAX_MONEY,
              },
            );
          return n.value;
        }
        if (n.kind === 'invalid' || n.kind === 'missing') {
          const shown = n.kind === 'invalid' ? n.text : n.symbol;
          fail('not-a-number', field, `"${clip(shown, 40)}" is not an amount; write it in R$ like 1.234.567,89 or 1234567.89.`, shown);
        }
        return null;
      };
      const date = (field: WorkImportField): string | null => {
        const column = byField.get(field);
        if (column === undefined) return null;
        const cell = row.cells[column] ?? null;
        if (cell === null || isBlank(cell)) return null;
        const parsed =
          typeof cell === 'string' || typeof cell === 'number' || cell instanceof Date
            ? parseDateValue(cell)
            : { kind: 'invalid' as const, text: readText(cell) };
        if (parsed.kind === 'date') return parsed.iso;
        if (parsed.kind === 'invalid') {
          const refusal = dateRefusal(parsed);
          fail(refusal.code, field, refusal.message, parsed.text);
        }
        return null;
      };

      const siteCode = text('siteCode');
      if (siteCode === '')
        fail(
          'missing-site',
          'siteCode',
          'the district is empty; write the code or the name of a site of this workspace (arranjo sites lists them).',
        );
      const siteId =
        siteCode === ''
          ? undefined
          : ctx.sites.read(siteCode, (code, message, value, params) => fail(code, 'siteCode', message, value, params))?.id;
      const code = text('code');
      if (code === '') fail('missing-work-code', 'code', 'the work code is empty; every work needs its own code.');
      const title = text('title');
      if (title === '') fail('missing-title', 'title', 'the title is empty; write what the work is.');
      const categoryText = text('category');
      const category = parseCategory(categoryText);
      if (!category)
        fail(
          'bad-category',
          'category',
          `"${clip(categoryText, 40)}" is not a category; use one of ${WORK_CATEGORIES.join(', ')}.`,
          categoryText,
        );
      const statusText = text('status');
      const status = statusText === '' ? 'planned' : parseStatus(statusText);
      if (!status)
        fail('bad-status', 'status', `"${clip(statusText, 40)}" is not a status; use one of ${WORK_STATUSES.join(', ')}.`, statusText);
      const fundingText = text('fundingSource');
      const funding = fundingText === '' ? null : parseFunding(fundingText);
      if (fundingText !== '' && !funding)
        fail(
          'bad-funding',
          'fundingSource',
          `"${clip(fundingText, 40)}" is not a funding source; use one of ${FUNDING_SOURCES.join(', ')}.`,
          fundingText,
        );
      const budget = money('budgetPlanned');
      if (budget === null && !failed) fail('missing-budget', 'budgetPlanned', 'the planned budget is empty; write it in R$.');
      const contractValue = money('contractValue');
      const plannedStart = date('plannedStart');
      const plannedEnd = date('plannedEnd');
      const actualStart = date('actualStart');
      const actualEnd = date('actualEnd');
      if (!plannedStart && byField.has('plannedStart') && !failed)
        fail('missing-date', 'plannedStart', 'the planned start is empty; write a date.');
      if (!plannedEnd && !failed) fail('missing-date', 'plannedEnd', 'the planned end is empty; write a date.');
      if (plannedStart && plannedEnd && plannedEnd < plannedStart)
        fail(
          'end-before-start',
          'plannedEnd',
          `the planned end ${plannedEnd} is before the planned start ${plannedStart}; correct one of them.`,
        );
      if (actualStart && actualEnd && actualEnd < actualStart)
        fail(
          'end-before-start',
          'actualEnd',
          `the actual end ${actualEnd} is before the actual start ${actualStart}; correct one of them.`,
        );
      const needsText = text('needs');
      let needs: string[] | null = null;
      if (needsText !== '') {
        needs = needsText
          .split(/[|;,]/)
          .map((s) => s.trim().toUpperCase())
          .filter((s) => s !== '');
        const unknown = needs.filter((n) => !ctx.indicators.has(n));
        if (unknown.length > 0)
          fail(
            'unknown-need',
            'needs',
            `${unknown.join(', ')}: not an indicator of this workspace; write survey codes such as INFRA_WATER separated by "|".`,
          );
      } else if (category && CATEGORY_NEEDS[category] && ctx.indicators.has(CATEGORY_NEEDS[category])) {
        needs = [CATEGORY_NEEDS[category]];
      }
      // A work already measured may not start after its first progress: those months would be "before the work began".
      const measured = ctx.firstProgress.get(code.toUpperCase());
      if (measured && plannedStart) {
        const keptActual = byField.has('actualStart') ? actualStart : measured.actualStart;
        const start = workFirstDay({ plannedStart, actualStart: keptActual });
        if (measured.date < start)
          fail(
            'start-after-measured',
            keptActual === start ? 'actualStart' : 'plannedStart',
            `work ${code} has ${measured.progress}% measured on ${measured.date}, before this start (${start}); correct the measurements first, or give a start that includes them.`,
            start,
            { progress: measured.progress, date: measured.date },
          );
      }
      if (failed || siteId === undefined || !category || !status || budget === null || !plannedStart || !plannedEnd) return 'failed';
      // A work of another district under this code: the row moves it, its measurements with it. Said, not silent.
      const was = ctx.workSites.get(code.toUpperCase());
      if (was && was.siteId !== siteId)
        env.issues.warning(
          'work-moves-site',
          row.row,
          label(env, byField.get('siteCode') ?? 0),
          `work ${code} is in the district ${was.siteCode}; this row moves it, with its measurements, to ${siteCode}. If the code is another work's, give this one a code of its own.`,
          was.siteCode,
        );
      const fields: WorkFields = {
        siteId,
        code,
        title,
        category,
        fundingSource: funding,
        agency: text('agency') || null,
        contractor: text('contractor') || null,
        contractNumber: text('contractNumber') || null,
        contractValue,
        budgetPlanned: budget,
        plannedStart,
        plannedEnd,
        actualStart,
        actualEnd,
        status,
        paralysisReason: null,
        paralysisDate: null,
        restartDate: null,
        notes: text('notes') || null,
        source,
        illustrative: false,
      };
      const present: (keyof WorkFields)[] = ['source'];
      // A schedule's month and planned % belong to a schedule file (schedule-converter), not to a work's fields.
      for (const f of byField.keys())
        if (f !== 'needs' && f !== 'scheduleMonth' && f !== 'plannedProgress') present.push(f === 'siteCode' ? 'siteId' : f);
      const first = store.add(code.toUpperCase(), { fields, needs, present, sourceRow: row.row }, row.row);
      if (first !== null) {
        fail('duplicate-key', 'code', `work ${code} was already given in row ${first}; one row per work.`, undefined, { first });
        return 'failed';
      }
      return 'imported';
    },
  };
}
