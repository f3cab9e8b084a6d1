import type { ImportIssueCode } from '../../../domain/import-codes';
import type { SourceRow } from '../../../import/read/table-source';
import { readNumber, readText } from '../../../import/targets/cells';
import { refuseLongTexts } from '../../../import/targets/text-limits';
import { columnsWith, label, mappingError, type ConverterEnv, type RowConverter, type RowOutcome } from '../../../import/targets/converter';
import type { IssueParams } from '../../../import/types';
import { dateRefusal, parseDateValue } from '../../../import/values/date';
import { readCnae } from '../../../import/values/cnae-code';
import type { SiteLookup } from '../../../import/values/site-lookup';
import { clip } from '../../../import/values/text';
import { checkCnpjCell } from '../cnpj';
import { companyKey, lotKey } from '../plan-keys';
import { MAX_AREA_M2, MAX_JOBS, MAX_MONEY, PLAN_TEXT_LIMITS } from '../schemas';
import { LOT_STATUSES, PROSPECT_STAGES, parseLotStatus, parseStage, type LotStatus, type ProspectStage } from '../vocabulary';
import { LOT_REQUIRED_FIELDS, PROSPECT_REQUIRED_FIELDS, type PlanField } from '../../../import/mapping/plan-fields';

export interface LotRecord {
  siteId: number;
  siteCode: string;
  code: string;
  areaM2: number;
  pricePerM2: number | null;
  status: LotStatus;
  zoning: string | null;
  pollutionClass: string | null;
  infrastructure: string | null;
  notes: string | null;
  sourceRow: number;
}

export interface ProspectRecord {
  siteId: number;
  siteCode: string;
  company: string;
  cnpj: string | null;
  cnae: string | null;
  investment: number | null;
  jobs: number | null;
  areaNeededM2: number | null;
  stage: ProspectStage;
  nextAction: string | null;
  nextActionDate: string | null;
  contact: string | null;
  notes: string | null;
  sourceRow: number;
}

/** The records of one import of lots or prospects (few: plain objects), keyed so a file cannot give one twice. */
export class PlanRecordStore<T extends { sourceRow: number }> {
  readonly records: T[] = [];
  private readonly rows = new Map<string, T>();

  add(key: string, record: T): T | null {
    const first = this.rows.get(key);
    if (first) return first;
    this.rows.set(key, record);
    this.records.push(record);
    return null;
  }

  get length(): number {
    return this.records.length;
  }
}

/** Reads the mapped plan fields of a row; problems go to the issue log with row and column. */
class FieldReader {
  private readonly byField: Map<string, number>;
  failed = false;

  constructor(
    private readonly env: ConverterEnv,
    private readonly row: SourceRow,
    byField: Map<string, number>,
  ) {
    this.byField = byField;
  }

  col(field: PlanField): string {
    const c = this.byField.get(field);
    return c === undefined ? field : label(this.env, c);
  }

  error(code: ImportIssueCode, field: PlanField, message: string, value?: string, params?: IssueParams): void {
    this.env.issues.error(code, this.row.row, this.col(field), message, value, params);
    this.failed = true;
  }

  text(field: PlanField): string | null {
    const c = this.byField.get(field);
    if (c === undefined) return null;
    const t = readText(this.row.cells[c]);
    return t === '' ? null : t;
  }

  number(field: PlanField, required: boolean): number | null {
    const c = this.byField.get(field);
    if (c === undefined) return null;
    const n = readNumber(this.row.cells[c], this.env.decimal(c), false);
    // "12%" read as 12 m², R$ 12 or 12 jobs: a percentage is none of them.
    if (n.kind === 'number' && n.percent) {
      const shown = readText(this.row.cells[c]);
      this.error(
        'not-a-number',
        field,
        `"${clip(shown, 40)}" is a percentage, not ${field === 'jobs' ? 'a number of jobs' : field === 'areaM2' || field === 'areaNeededM2' ? 'an area' : 'an amount'}: correct the value.`,
        shown,
      );
      return null;
    }
    if (n.kind === 'number') {
      if (n.value < 0) {
        this.error(
          'negative',
          field,
          `${n.value} is negative; ${field === 'areaM2' || field === 'areaNeededM2' ? 'an area' : 'a price or amount'} cannot be: correct the value.`,
        );
        return null;
      }
      // The forms' bounds: 1e20 jobs stopped the import on SQLite's integer column as an internal error.
      const max = field === 'jobs' ? MAX_JOBS : field === 'areaM2' || field === 'areaNeededM2' ? MAX_AREA_M2 : MAX_MONEY;
      if (n.value > max) {
        this.error(
          'above-max',
          field,
          `${n.value} is above ${max}, more than any district holds: check the column and its units.`,
          undefined,
          { max },
        );
        return null;
      }
      return n.value;
    }
    if (n.kind === 'empty' || n.kind === 'missing') {
      if (required) this.error('required', field, 'is empty: give a number.');
      return null;
    }
    this.error('not-a-number', field, `"${clip(n.text, 40)}" is not a number.`);
    return null;
  }

  date(field: PlanField): string | null {
    const c = this.byField.get(field);
    const cell = c === undefined ? null : this.row.cells[c];
    if (cell === null || cell === undefined || cell === '') return null;
    const d = cell instanceof Date || typeof cell === 'number' || typeof cell === 'string' ? parseDateValue(cell) : null;
    if (d?.kind === 'date') return d.iso;
    if (d?.kind === 'empty') return null;
    const refusal = dateRefusal(d?.kind === 'invalid' ? d : { text: readText(cell) });
    this.error(refusal.code, field, refusal.message, d?.kind === 'invalid' ? d.text : readText(cell));
    return null;
  }

  site(sites: SiteLookup): { id: number; code: string } | null {
    const text = this.text('siteCode');
    if (!text) {
      this.error('required', 'siteCode', 'is empty: give the district\'s code or name (see "arranjo sites").');
      return null;
    }
    return sites.read(text, (code, message, value, params) => this.error(code, 'siteCode', message, value, params));
  }
}

function fieldColumns(env: ConverterEnv, required: readonly PlanField[]): Map<string, number> {
  const byField = new Map(columnsWith(env.mapping, 'plan-field').map((c) => [c.role.field, c.column]));
  const missing = required.filter((f) => !byField.has(f));
  if (missing.length > 0) throw mappingError(env, `map the column(s) ${missing.join(', ')}.`);
  return byField;
}

/** `arranjo-lotes`: one lot per row, keyed by district and lot code; re-imports update in place. */
export function lotConverter(env: ConverterEnv, store: PlanRecordStore<LotRecord>, sites: SiteLookup): RowConverter {
  const byField = fieldColumns(env, LOT_REQUIRED_FIELDS);
  return {
    valueColumns: [],
    convert(row: SourceRow): RowOutcome {
      const r = new FieldReader(env, row, byField);
      if (refuseLongTexts(env, row, byField, PLAN_TEXT_LIMITS)) r.failed = true;
      const site = r.site(sites);
      const code = r.text('lotCode');
      if (!code) r.error('required', 'lotCode', 'is empty: give the lot code.');
      const areaM2 = r.number('areaM2', true);
      // A lot of 0 m² counted as an available lot, of no area, that no company's need matched.
      if (areaM2 === 0) r.error('zero-area', 'areaM2', "is 0: give the lot's area in m².");
      const pricePerM2 = r.number('pricePerM2', false);
      const statusText = r.text('status') ?? '';
      const status = statusText === '' ? 'available' : parseLotStatus(statusText);
      if (!status)
        r.error(
          'bad-status',
          'status',
          `"${clip(statusText, 40)}" is not a lot status: use ${LOT_STATUSES.join(', ')} (or disponível, reservado, vendido, ocupado).`,
        );
      if (r.failed || !site || !code || areaM2 === null || !status) return 'failed';
      const record: LotRecord = {
        siteId: site.id,
        siteCode: site.code,
        code,
        areaM2,
        pricePerM2,
        status,
        zoning: r.text('zoning'),
        pollutionClass: r.text('pollutionClass'),
        infrastructure: r.text('infrastructure'),
        notes: r.text('notes'),
        sourceRow: row.row,
      };
      const first = store.add(`${site.id}|${lotKey(code)}`, record);
      if (first) {
        const twiceSold = first.status === 'sold' && status === 'sold';
        r.error(
          twiceSold ? 'sold-twice' : 'duplicate-key',
          'lotCode',
          twiceSold
            ? `lot ${code} of ${site.code} is sold in row ${first.sourceRow} and again here: a lot is sold once; keep one row.`
            : `lot ${code} of ${site.code} was already given in row ${first.sourceRow}: keep one row per lot.`,
          undefined,
          { first: first.sourceRow },
        );
        return 'failed';
      }
      return 'imported';
    },
  };
}

/** `arranjo-empresas`: one prospect per row, keyed by district and CNPJ (or company name without one). */
export function prospectConverter(
  env: ConverterEnv,
  store: PlanRecordStore<ProspectRecord>,
  sites: SiteLookup,
  /** The workspace's CNAE codes, every level, digits only. */
  cnaeCodes: ReadonlySet<string>,
): RowConverter {
  const byField = fieldColumns(env, PROSPECT_REQUIRED_FIELDS);
  return {
    valueColumns: [],
    convert(row: SourceRow): RowOutcome {
      const r = new FieldReader(env, row, byField);
      if (refuseLongTexts(env, row, byField, PLAN_TEXT_LIMITS)) r.failed = true;
      const site = r.site(sites);
      const company = r.text('company');
      if (!company) r.error('required', 'company', 'is empty: give the company name.');
      const cnpjText = r.text('cnpj');
      let cnpj: string | null = null;
      if (cnpjText) {
        // An agency sheet's CNPJ typed bare is a number in Excel: "01234567000195" came as 1234567000195
        // and was refused for not having 14 digits (the alphanumeric CNPJ, never a number cell, is read as typed).
        const check = checkCnpjCell(cnpjText);
        if (check.ok) cnpj = check.digits;
        else
          r.error(
            'bad-cnpj',
            'cnpj',
            check.reason === 'check-digits'
              ? `CNPJ "${clip(cnpjText, 30)}" has wrong check digits (they would be ${check.expected ?? '?'}): check the number with the company.`
              : check.reason === 'repeated'
                ? `CNPJ "${clip(cnpjText, 30)}" repeats one digit: it is not a real CNPJ; correct it or leave the cell empty.`
                : `CNPJ "${clip(cnpjText, 30)}" is not 12 digits or capital letters and 2 check digits: correct it or leave the cell empty.`,
          );
      }
      const cnaeText = r.text('cnae');
      const cnae = cnaeText === null ? null : readCnae(cnaeText, cnaeCodes);
      if (cnae && !cnae.ok) r.error('bad-sector', 'cnae', cnae.message, cnaeText ?? undefined);
      const stageText = r.text('stage') ?? '';
      const stage = stageText === '' ? 'lead' : parseStage(stageText);
      if (!stage)
        r.error(
          'bad-stage',
          'stage',
          `"${clip(stageText, 40)}" is not a pipeline stage: use ${PROSPECT_STAGES.join(', ')} (or prospecção, contato, visita, proposta, negociação, instalada, perdida).`,
        );
      const jobs = r.number('jobs', false);
      if (jobs !== null && !Number.isInteger(jobs)) r.error('whole-number', 'jobs', `${jobs} is not a whole number of jobs.`);
      const record = {
        siteId: site?.id ?? 0,
        siteCode: site?.code ?? '',
        company: company ?? '',
        cnpj,
        cnae: cnae?.ok ? cnae.code : null,
        investment: r.number('investment', false),
        jobs,
        areaNeededM2: r.number('areaNeededM2', false),
        stage: stage ?? 'lead',
        nextAction: r.text('nextAction'),
        nextActionDate: r.date('nextActionDate'),
        contact: r.text('contact'),
        notes: r.text('notes'),
        sourceRow: row.row,
      } satisfies ProspectRecord;
      if (r.failed || !site || !company || !stage) return 'failed';
      const first = store.add(`${site.id}|${cnpj ?? `name:${companyKey(company)}`}`, record);
      if (first) {
        r.error(
          'duplicate-key',
          cnpj ? 'cnpj' : 'company',
          `this company of ${site.code} was already given in row ${first.sourceRow}: keep one row per company.`,
          undefined,
          { first: first.sourceRow },
        );
        return 'failed';
      }
      return 'imported';
    },
  };
}
