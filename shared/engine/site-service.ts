import type { Connection } from '../db/connection';
import type { Site } from '../domain/types';
import { ArranjoError } from '../errors';
import { ChangeLogRepository } from '../repositories/change-log-repository';
import { SiteRepository } from '../repositories/site-repository';
import { idSchema, siteInputSchema, sitePatchSchema, type SiteInput, type SitePatch } from '../rpc/schemas';
import { parseInput } from '../rpc/validate';
import type { History } from './history';

/** Site edits: validated, written in one transaction, logged, and undoable. */
export class SiteService {
  private readonly repo: SiteRepository;
  private readonly log: ChangeLogRepository;

  constructor(
    private readonly conn: Connection,
    private readonly history: History,
    private readonly now: () => string,
  ) {
    this.repo = new SiteRepository(conn);
    this.log = new ChangeLogRepository(conn);
  }

  list(): Site[] {
    return this.repo.list();
  }

  private existing(id: number): Site {
    const site = this.repo.get(idSchema.parse(id));
    if (!site) throw new ArranjoError('NOT_FOUND', `Site ${id} does not exist.`);
    return site;
  }

  private checkCode(code: string | undefined, exceptId?: number): void {
    if (code !== undefined && this.repo.codeTaken(code, exceptId)) {
      throw new ArranjoError('CONSTRAINT', `code: "${code}" is already used by another site.`, { column: 'code' }, { field: 'code' });
    }
  }

  private checkMunicipality(code: number | null | undefined): void {
    if (code === null || code === undefined) return;
    if (!this.conn.get('SELECT 1 AS x FROM municipality WHERE code = ?', [code])) {
      throw new ArranjoError(
        'INVALID_INPUT',
        `municipalityCode: ${code} is not an IBGE municipality code.`,
        { column: 'municipalityCode' },
        { field: 'municipalityCode' },
      );
    }
  }

  create(input: SiteInput): Site {
    const data = parseInput(siteInputSchema, input, 'site');
    this.checkCode(data.code);
    this.checkMunicipality(data.municipalityCode);
    const id = this.conn.transaction(() => {
      const newId = this.repo.insert(data);
      this.log.append({ at: this.now(), entity: 'site', entityId: String(newId), action: 'insert', before: null, after: data });
      return newId;
    });
    const created = this.existing(id);
    this.history.record({
      label: 'site.create',
      undo: () => this.repo.delete(id),
      redo: () => this.repo.insert(snapshotInput(created), null, id),
    });
    return created;
  }

  update(id: number, patch: SitePatch): Site {
    const before = this.existing(id);
    const changes = parseInput(sitePatchSchema, patch, 'site');
    this.checkCode(changes.code, id);
    this.checkMunicipality(changes.municipalityCode);
    const previous = Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof Site]])) as SitePatch;
    this.conn.transaction(() => {
      this.repo.update(id, changes);
      this.log.append({ at: this.now(), entity: 'site', entityId: String(id), action: 'update', before: previous, after: changes });
    });
    this.history.record({
      label: 'site.update',
      undo: () => this.repo.update(id, previous),
      redo: () => this.repo.update(id, changes),
    });
    return this.existing(id);
  }

  delete(id: number): void {
    const before = this.existing(id);
    this.conn.transaction(() => {
      this.repo.delete(id);
      this.log.append({ at: this.now(), entity: 'site', entityId: String(id), action: 'delete', before, after: null });
    });
    this.history.record({
      label: 'site.delete',
      undo: () => this.repo.insert(snapshotInput(before), null, id),
      redo: () => this.repo.delete(id),
    });
  }
}

function snapshotInput(site: Site): SiteInput {
  const { id: _id, municipalityName: _name, ...input } = site;
  return input;
}
