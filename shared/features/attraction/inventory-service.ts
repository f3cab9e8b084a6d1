import type { Connection } from '../../db/connection';
import { ArranjoError } from '../../errors';
import type { History } from '../../engine/history';
import { readCnae } from '../../import/values/cnae-code';
import { ClassificationRepository } from '../../repositories/classification-repository';
import { parseInput, refuseField } from '../../rpc/validate';
import { AttractionEdits, prospectScopes } from './attraction-edits';
import { AttractionRepository, LOT, PROSPECT, STAGE_CHANGE } from './attraction-repository';
import {
  idSchema,
  lotInputSchema,
  lotPatchSchema,
  prospectInputSchema,
  prospectPatchSchema,
  stageSchema,
  type LotInput,
  type LotPatch,
  type ProspectInput,
  type ProspectPatch,
} from './schemas';
import type { Scope } from './snapshot-repository';
import type { Lot, Prospect } from './types';
import type { ProspectStage } from './vocabulary';

/**
 * A district's inventory (issue 11): its lots and its prospects pipeline, shared by every plan of the
 * site. Each edit is validated with zod, refuses duplicates (lot code, CNPJ), a lot sold twice and a
 * lot given to a second company, and is undoable through the session History like the plan's own edits.
 */
export class InventoryService {
  private readonly repo: AttractionRepository;
  private readonly edits: AttractionEdits;

  constructor(
    private readonly conn: Connection,
    history: History,
    private readonly now: () => string,
  ) {
    this.repo = new AttractionRepository(conn);
    this.edits = new AttractionEdits(conn, history);
  }

  private site(siteId: number): void {
    if (!this.repo.site(parseInput(idSchema, siteId, 'siteId'))) throw new ArranjoError('NOT_FOUND', `Site ${siteId} does not exist.`);
  }

  private checkLotCode(siteId: number, code: string, exceptId?: number): void {
    const other = this.repo.lotByCode(siteId, code);
    if (other && other.id !== exceptId)
      throw new ArranjoError(
        'CONSTRAINT',
        `code: lot "${code}" already exists in this district.`,
        { column: 'code' },
        { field: 'code', reason: 'duplicate', value: code },
      );
  }

  createLot(siteId: number, input: LotInput): Lot {
    this.site(siteId);
    const data = parseInput(lotInputSchema, input, 'lot');
    this.checkLotCode(siteId, data.code);
    const id = this.edits.run(
      'createLot',
      [],
      () => {
        const lotId = this.repo.insert(LOT, { ...data, siteId });
        return { result: lotId, created: [{ table: 'lot', column: 'id', value: lotId }] };
      },
      data.code,
    );
    return this.repo.get<Lot>(LOT, id) as Lot;
  }

  private lot(id: number): Lot {
    const lot = this.repo.get<Lot>(LOT, parseInput(idSchema, id, 'lotId'));
    if (!lot) throw new ArranjoError('NOT_FOUND', `Lot ${id} does not exist.`);
    return lot;
  }

  updateLot(id: number, patch: LotPatch): Lot {
    const lot = this.lot(id);
    const changes = parseInput(lotPatchSchema, patch, 'lot');
    if (changes.code !== undefined) this.checkLotCode(lot.siteId, changes.code, lot.id);
    if (changes.status === 'sold' && lot.status === 'sold')
      throw refuseField('status', 'sold-twice', {}, `lot "${lot.code}" is already sold; it cannot be sold twice.`, { code: 'CONSTRAINT' });
    this.edits.run(
      'updateLot',
      [{ table: 'lot', column: 'id', value: lot.id }],
      () => {
        this.repo.update(LOT, lot.id, changes);
        return { result: null };
      },
      lot.code,
    );
    return this.lot(lot.id);
  }

  deleteLot(id: number): void {
    const lot = this.lot(id);
    const linked = this.repo.prospectIdsOnLot(lot.id);
    const scopes: Scope[] = [
      { table: 'lot', column: 'id', value: lot.id },
      ...linked.map((p) => ({ table: 'prospect' as const, column: 'id', value: p })),
    ];
    this.edits.run(
      'deleteLot',
      scopes,
      () => {
        this.repo.delete(LOT, lot.id);
        return { result: null };
      },
      lot.code,
    );
  }

  private prospect(id: number): Prospect {
    const p = this.repo.get<Prospect>(PROSPECT, parseInput(idSchema, id, 'prospectId'));
    if (!p) throw new ArranjoError('NOT_FOUND', `Prospect ${id} does not exist.`);
    return p;
  }

  private checkCnpj(siteId: number, cnpj: string | null | undefined, exceptId?: number): void {
    if (!cnpj) return;
    const other = this.repo.prospectByKey(siteId, cnpj, '');
    if (other && other.id !== exceptId)
      throw refuseField(
        'cnpj',
        'prospect-exists',
        { value: other.company },
        `${cnpj} is already the prospect "${other.company}" of this district.`,
        {
          code: 'CONSTRAINT',
        },
      );
  }

  /**
   * A company without CNPJ is known by its name in the district, as the import keys it: "Alfa" added
   * twice counted twice in the pipeline and its planned investment, and a re-import then updated one.
   */
  private checkName(siteId: number, company: string, cnpj: string | null | undefined, exceptId?: number): void {
    if (cnpj) return;
    const other = this.repo.prospectByKey(siteId, null, company);
    if (other && other.id !== exceptId)
      throw refuseField(
        'company',
        'prospect-exists',
        { value: other.company },
        `"${company}" is already the prospect "${other.company}" of this district: give its CNPJ if it is another company.`,
        { code: 'CONSTRAINT' },
      );
  }

  /**
   * The lot a prospect is given: one of its own district's. Another district's lot was taken (its
   * price then costed the prospect's incentives), and a lot that does not exist failed on SQLite's
   * foreign key with no word of which field.
   */
  private checkLot(siteId: number, lotId: number | null | undefined, exceptId?: number): void {
    if (lotId === null || lotId === undefined) return;
    const lot = this.repo.get<Lot>(LOT, lotId);
    if (!lot || lot.siteId !== siteId)
      throw refuseField(
        'lotId',
        'not-found',
        { value: lot ? lot.code : String(lotId) },
        `lot ${lot ? `"${lot.code}"` : lotId} is not a lot of this district.`,
      );
    // One lot, one company: a second one given the same lot had its price counted in both companies'
    // incentives, and the district's plan showed two companies installed on the same ground.
    const holderId = this.repo.prospectIdsOnLot(lot.id).find((id) => id !== exceptId);
    const holder = holderId === undefined ? undefined : this.prospect(holderId);
    if (holder)
      throw refuseField(
        'lotId',
        'lot-taken',
        { value: holder.company },
        `lot "${lot.code}" is already held by "${holder.company}": take it off that company first.`,
        { code: 'CONSTRAINT' },
      );
  }

  /** A CNAE typed in a form, read as an import reads it: as IBGE writes it, or refused in words. */
  private cnae<T extends { cnae?: string | null }>(data: T): T {
    if (!data.cnae) return data;
    const read = readCnae(data.cnae, new ClassificationRepository(this.conn).cnaeCodes());
    if (!read.ok) throw refuseField('cnae', 'not-cnae', { value: data.cnae }, read.message);
    return { ...data, cnae: read.code };
  }

  createProspect(siteId: number, input: ProspectInput): Prospect {
    this.site(siteId);
    const data = this.cnae(parseInput(prospectInputSchema, input, 'prospect'));
    this.checkCnpj(siteId, data.cnpj);
    this.checkName(siteId, data.company, data.cnpj);
    this.checkLot(siteId, data.lotId);
    const id = this.edits.run(
      'createProspect',
      [],
      () => {
        const pid = this.repo.insert(PROSPECT, { ...data, siteId });
        this.repo.insert(STAGE_CHANGE, { prospectId: pid, fromStage: null, toStage: data.stage ?? 'lead', changedAt: this.now() });
        return { result: pid, created: prospectScopes(pid) };
      },
      data.company,
    );
    return this.prospect(id);
  }

  updateProspect(id: number, patch: ProspectPatch): Prospect {
    const p = this.prospect(id);
    const changes = this.cnae(parseInput(prospectPatchSchema, patch, 'prospect'));
    this.checkCnpj(p.siteId, changes.cnpj, p.id);
    if (changes.company !== undefined || changes.cnpj !== undefined)
      this.checkName(p.siteId, changes.company ?? p.company, changes.cnpj === undefined ? p.cnpj : changes.cnpj, p.id);
    this.checkLot(p.siteId, changes.lotId, p.id);
    this.edits.run(
      'updateProspect',
      prospectScopes(p.id),
      () => {
        this.repo.update(PROSPECT, p.id, changes);
        if (changes.stage !== undefined && changes.stage !== p.stage)
          this.repo.insert(STAGE_CHANGE, { prospectId: p.id, fromStage: p.stage, toStage: changes.stage, changedAt: this.now() });
        return { result: null };
      },
      p.company,
    );
    return this.prospect(p.id);
  }

  /** Moves a prospect to another stage (the board's drag), recording the change in its history. */
  moveProspect(id: number, stage: ProspectStage, note?: string): Prospect {
    const p = this.prospect(id);
    const to = parseInput(stageSchema, stage, 'stage');
    if (to === p.stage) return p;
    this.edits.run(
      'moveProspect',
      prospectScopes(p.id),
      () => {
        this.repo.update(PROSPECT, p.id, { stage: to });
        this.repo.insert(STAGE_CHANGE, { prospectId: p.id, fromStage: p.stage, toStage: to, changedAt: this.now(), note: note ?? null });
        return { result: null };
      },
      p.company,
    );
    return this.prospect(p.id);
  }

  deleteProspect(id: number): void {
    const p = this.prospect(id);
    this.edits.run(
      'deleteProspect',
      prospectScopes(p.id),
      () => {
        this.repo.delete(PROSPECT, p.id);
        return { result: null };
      },
      p.company,
    );
  }

  /** A prospect's value on a `manual` sales criterion (local suppliers, technology…); null clears it. */
  setCriterionValue(prospectId: number, criterionId: number, value: number | null): void {
    const p = this.prospect(prospectId);
    const cid = parseInput(idSchema, criterionId, 'criterionId');
    if (value !== null && !Number.isFinite(value)) throw new ArranjoError('INVALID_INPUT', 'value: a number.', { column: 'value' });
    this.edits.run(
      'setCriterionValue',
      [{ table: 'prospect_criterion_value', column: 'prospect_id', value: p.id }],
      () => {
        this.repo.setCriterionValue(p.id, cid, value);
        return { result: null };
      },
      p.company,
    );
  }
}
