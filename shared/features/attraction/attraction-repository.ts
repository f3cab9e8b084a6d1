import type { Connection } from '../../db/connection';
import type {
  AttractionPlan,
  Incentive,
  Lot,
  PlanAction,
  PlanSite,
  Prospect,
  SalesCriterion,
  SiteInventory,
  StageChange,
  TargetSector,
} from './types';
import { EmploymentRepository } from '../../repositories/employment-repository';
import { companyKey, lotKey } from './plan-keys';

type SqlValue = string | number | null;
type DbRow = Record<string, SqlValue>;

/** Field → column of each entity; `bool` fields are 0/1 in SQLite, `json` fields JSON text. Names are constants, never input. */
interface Entity {
  table: string;
  columns: Record<string, string>;
  bools?: readonly string[];
  json?: readonly string[];
}

export const PLAN: Entity = {
  table: 'attraction_plan',
  columns: {
    id: 'id',
    siteId: 'site_id',
    period: 'period',
    title: 'title',
    goalJobs: 'goal_jobs',
    goalInvestment: 'goal_investment',
    salesMethod: 'sales_method',
    weightOrigin: 'weight_origin',
    ahpMatrix: 'ahp_matrix',
    discountThreshold: 'discount_threshold',
    discountPct: 'discount_pct',
    horizonYears: 'horizon_years',
    taxPerJobYear: 'tax_per_job_year',
    illustrative: 'illustrative',
    source: 'source',
    notes: 'notes',
  },
  bools: ['illustrative'],
  json: ['ahpMatrix'],
};
export const TARGET: Entity = {
  table: 'attraction_target_sector',
  columns: {
    id: 'id',
    planId: 'plan_id',
    classification: 'classification',
    sectorCode: 'sector_code',
    sectorName: 'sector_name',
    origin: 'origin',
    state: 'state',
    rationale: 'rationale',
    lq: 'lq',
    growth: 'growth',
    density: 'density',
    jobs: 'jobs',
  },
};
export const LOT: Entity = {
  table: 'lot',
  columns: {
    id: 'id',
    siteId: 'site_id',
    code: 'code',
    areaM2: 'area_m2',
    pricePerM2: 'price_per_m2',
    status: 'status',
    zoning: 'zoning',
    pollutionClass: 'pollution_class',
    infrastructure: 'infrastructure',
    notes: 'notes',
    illustrative: 'illustrative',
  },
  bools: ['illustrative'],
};
export const PROSPECT: Entity = {
  table: 'prospect',
  columns: {
    id: 'id',
    siteId: 'site_id',
    company: 'company',
    cnpj: 'cnpj',
    cnae: 'cnae',
    investment: 'investment',
    jobs: 'jobs',
    areaNeededM2: 'area_needed_m2',
    stage: 'stage',
    nextAction: 'next_action',
    nextActionDate: 'next_action_date',
    contact: 'contact',
    notes: 'notes',
    lotId: 'lot_id',
    illustrative: 'illustrative',
  },
  bools: ['illustrative'],
};
export const STAGE_CHANGE: Entity = {
  table: 'prospect_stage_change',
  columns: { id: 'id', prospectId: 'prospect_id', fromStage: 'from_stage', toStage: 'to_stage', changedAt: 'changed_at', note: 'note' },
};
export const INCENTIVE: Entity = {
  table: 'attraction_incentive',
  columns: {
    id: 'id',
    planId: 'plan_id',
    kind: 'kind',
    name: 'name',
    discountPct: 'discount_pct',
    annualAmount: 'annual_amount',
    years: 'years',
    notes: 'notes',
  },
};
export const CRITERION: Entity = {
  table: 'attraction_criterion',
  columns: { id: 'id', planId: 'plan_id', position: 'position', name: 'name', source: 'source', direction: 'direction', weight: 'weight' },
};
export const ACTION: Entity = {
  table: 'attraction_action',
  columns: { id: 'id', planId: 'plan_id', title: 'title', owner: 'owner', dueDate: 'due_date', status: 'status', notes: 'notes' },
};

function fromRow<T>(e: Entity, row: DbRow): T {
  const out: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(e.columns)) {
    const v = row[column] ?? null;
    if (e.json?.includes(field)) out[field] = typeof v === 'string' ? (JSON.parse(v) as unknown) : null;
    else out[field] = e.bools?.includes(field) ? v === 1 : v;
  }
  return out as T;
}

function toSql(e: Entity, field: string, value: unknown): SqlValue {
  if (e.bools?.includes(field)) return value ? 1 : 0;
  if (e.json?.includes(field)) return value === null || value === undefined ? null : JSON.stringify(value);
  return value === undefined ? null : (value as SqlValue);
}

/** SQL of the attraction area, bound parameters only. */
export class AttractionRepository {
  constructor(private readonly conn: Connection) {}

  insert(e: Entity, data: Record<string, unknown>): number {
    const fields = Object.keys(data).filter((f) => f in e.columns && data[f] !== undefined);
    const sql = `INSERT INTO ${e.table} (${fields.map((f) => e.columns[f]).join(', ')}) VALUES (${fields.map(() => '?').join(', ')})`;
    this.conn.run(
      sql,
      fields.map((f) => toSql(e, f, data[f])),
    );
    return this.conn.lastInsertId();
  }

  update(e: Entity, id: number, patch: Record<string, unknown>): void {
    const fields = Object.keys(patch).filter((f) => f in e.columns && f !== 'id' && patch[f] !== undefined);
    if (fields.length === 0) return;
    this.conn.run(`UPDATE ${e.table} SET ${fields.map((f) => `${e.columns[f]} = ?`).join(', ')} WHERE id = ?`, [
      ...fields.map((f) => toSql(e, f, patch[f])),
      id,
    ]);
  }

  delete(e: Entity, id: number): void {
    this.conn.run(`DELETE FROM ${e.table} WHERE id = ?`, [id]);
  }

  get<T>(e: Entity, id: number): T | undefined {
    const row = this.conn.get<DbRow>(`SELECT * FROM ${e.table} WHERE id = ?`, [id]);
    return row ? fromRow<T>(e, row) : undefined;
  }

  private listBy<T>(e: Entity, column: string, value: number, order: string): T[] {
    return this.conn.all<DbRow>(`SELECT * FROM ${e.table} WHERE ${column} = ? ORDER BY ${order}`, [value]).map((r) => fromRow<T>(e, r));
  }

  plansOfSite(siteId: number): AttractionPlan[] {
    return this.listBy(PLAN, 'site_id', siteId, 'period, id');
  }

  /** Each district holding lots or companies, with how many (available lots apart). */
  inventories(): SiteInventory[] {
    return this.conn
      .all<DbRow>(
        `SELECT s.id AS siteId,
              (SELECT COUNT(*) FROM lot l WHERE l.site_id = s.id) AS lots,
              (SELECT COUNT(*) FROM lot l WHERE l.site_id = s.id AND l.status = ?) AS availableLots,
              (SELECT COUNT(*) FROM prospect p WHERE p.site_id = s.id) AS prospects
         FROM site s
        WHERE EXISTS (SELECT 1 FROM lot l WHERE l.site_id = s.id) OR EXISTS (SELECT 1 FROM prospect p WHERE p.site_id = s.id)
        ORDER BY s.id`,
        ['available'],
      )
      .map((r) => ({
        siteId: Number(r.siteId),
        lots: Number(r.lots),
        availableLots: Number(r.availableLots),
        prospects: Number(r.prospects),
      }));
  }

  allPlans(): AttractionPlan[] {
    return this.conn.all<DbRow>('SELECT * FROM attraction_plan ORDER BY site_id, period').map((r) => fromRow<AttractionPlan>(PLAN, r));
  }

  planBy(siteId: number, period: string): AttractionPlan | undefined {
    const row = this.conn.get<DbRow>('SELECT * FROM attraction_plan WHERE site_id = ? AND period = ?', [siteId, period]);
    return row ? fromRow<AttractionPlan>(PLAN, row) : undefined;
  }

  targets(planId: number): TargetSector[] {
    return this.listBy(TARGET, 'plan_id', planId, 'id');
  }

  targetBy(planId: number, classification: string, sectorCode: string): TargetSector | undefined {
    const row = this.conn.get<DbRow>(
      'SELECT * FROM attraction_target_sector WHERE plan_id = ? AND classification = ? AND sector_code = ?',
      [planId, classification, sectorCode],
    );
    return row ? fromRow<TargetSector>(TARGET, row) : undefined;
  }

  lots(siteId: number): Lot[] {
    return this.listBy(LOT, 'site_id', siteId, 'code');
  }

  /** The district's lot of that code, case aside (lotKey). */
  lotByCode(siteId: number, code: string): Lot | undefined {
    const key = lotKey(code);
    return this.lots(siteId).find((lot) => lotKey(lot.code) === key);
  }

  prospects(siteId: number): Prospect[] {
    return this.listBy(PROSPECT, 'site_id', siteId, 'company, id');
  }

  /** The prospect an import row updates: same CNPJ, or (without one) the same company name. */
  prospectByKey(siteId: number, cnpj: string | null, company: string): Prospect | undefined {
    if (cnpj) {
      const row = this.conn.get<DbRow>('SELECT * FROM prospect WHERE site_id = ? AND cnpj = ?', [siteId, cnpj]);
      return row ? fromRow<Prospect>(PROSPECT, row) : undefined;
    }
    // The name compared in JavaScript (companyKey): SQLite's lower() folds ASCII only ("MECÂNICA" ≠ "mecânica").
    const key = companyKey(company);
    const row = this.conn
      .all<DbRow>('SELECT * FROM prospect WHERE site_id = ? AND cnpj IS NULL ORDER BY id', [siteId])
      .find((r) => companyKey(String(r.company)) === key);
    return row ? fromRow<Prospect>(PROSPECT, row) : undefined;
  }

  stageChanges(siteId: number): StageChange[] {
    return this.conn
      .all<DbRow>(
        `SELECT c.* FROM prospect_stage_change c JOIN prospect p ON p.id = c.prospect_id WHERE p.site_id = ? ORDER BY c.changed_at, c.id`,
        [siteId],
      )
      .map((r) => fromRow<StageChange>(STAGE_CHANGE, r));
  }

  /** The prospects placed on a lot (deleting the lot unlinks them). */
  prospectIdsOnLot(lotId: number): number[] {
    return this.conn.all<{ id: number }>('SELECT id FROM prospect WHERE lot_id = ?', [lotId]).map((r) => r.id);
  }

  /** The state (abbreviation) a municipality belongs to: the reference of its location quotients. */
  stateOfMunicipality(code: number): string | undefined {
    return this.conn.get<{ abbr: string }>(
      'SELECT s.abbr AS abbr FROM municipality m JOIN state s ON s.code = m.state_code WHERE m.code = ?',
      [code],
    )?.abbr;
  }

  /** Years with jobs by IBGE sector, oldest first (the diagnosis behind the proposed target sectors). */
  yearsWithSectorJobs(): number[] {
    return new EmploymentRepository(this.conn).years('ibge-setor', 'jobs');
  }

  incentives(planId: number): Incentive[] {
    return this.listBy(INCENTIVE, 'plan_id', planId, 'id');
  }

  criteria(planId: number): SalesCriterion[] {
    return this.listBy(CRITERION, 'plan_id', planId, 'position, id');
  }

  criterionValues(planId: number): { prospectId: number; criterionId: number; value: number }[] {
    return this.conn.all<{ prospectId: number; criterionId: number; value: number }>(
      `SELECT v.prospect_id AS prospectId, v.criterion_id AS criterionId, v.value AS value
         FROM prospect_criterion_value v JOIN attraction_criterion c ON c.id = v.criterion_id WHERE c.plan_id = ?`,
      [planId],
    );
  }

  setCriterionValue(prospectId: number, criterionId: number, value: number | null): void {
    if (value === null)
      this.conn.run('DELETE FROM prospect_criterion_value WHERE prospect_id = ? AND criterion_id = ?', [prospectId, criterionId]);
    else
      this.conn.run(
        `INSERT INTO prospect_criterion_value (prospect_id, criterion_id, value) VALUES (?, ?, ?)
         ON CONFLICT (prospect_id, criterion_id) DO UPDATE SET value = excluded.value`,
        [prospectId, criterionId, value],
      );
  }

  deleteIncentive(planId: number, incentiveId: number): void {
    this.conn.run('DELETE FROM attraction_incentive WHERE id = ? AND plan_id = ?', [incentiveId, planId]);
  }

  actions(planId: number): PlanAction[] {
    return this.listBy(ACTION, 'plan_id', planId, 'due_date IS NULL, due_date, id');
  }

  site(id: number): PlanSite | undefined {
    return this.conn.get<PlanSite>(
      `SELECT s.id, s.code, s.name, s.municipality_code AS municipalityCode, m.name AS municipalityName,
              COALESCE(s.lat, m.lat) AS lat, COALESCE(s.lon, m.lon) AS lon
         FROM site s LEFT JOIN municipality m ON m.code = s.municipality_code
        WHERE s.id = ?`,
      [id],
    );
  }
}
