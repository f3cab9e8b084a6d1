import type { Connection } from '../../db/connection';
import type { Site } from '../../domain/types';
import { ArranjoError } from '../../errors';
import { ChangeLogRepository } from '../../repositories/change-log-repository';
import { SiteRepository } from '../../repositories/site-repository';
import { TerritoryRepository } from '../../repositories/territory-repository';
import { FactsRepository } from './facts-repository';
import { idSchema, siteInputSchema, sitePatchSchema, type SiteInput, type SitePatch } from '../../domain/schemas';
import { parseInput, refuseField } from '../../rpc/validate';
import type { History } from '../../engine/history';

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
    const site = this.repo.get(parseInput(idSchema, id, 'id'));
    if (!site) throw new ArranjoError('NOT_FOUND', `Site ${id} does not exist.`);
    return site;
  }

  private checkCode(code: string | undefined, exceptId?: number): void {
    if (code !== undefined && this.repo.codeTaken(code, exceptId)) {
      throw duplicateCode(code);
    }
  }

  private checkMunicipality(code: number | null | undefined): void {
    if (code === null || code === undefined) return;
    if (!new TerritoryRepository(this.conn).isMunicipality(code)) {
      throw refuseField(
        'municipalityCode',
        'not-a-municipality',
        { value: String(code), count: 1 },
        `${code} is not an IBGE municipality code.`,
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
      subject: { area: 'territories', target: created.name },
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
      subject: { area: 'territories', target: before.name, fields: Object.keys(changes) },
      undo: () => this.repo.update(id, previous),
      redo: () => this.repo.update(id, changes),
    });
    return this.existing(id);
  }

  /**
   * Several sites at once (a paste from a spreadsheet): every patch is validated before anything is
   * written, then all are written in one transaction and undone as one step. A refusal names the
   * site (`params.siteId`) and the field, so the grid marks the very cell.
   */
  updateMany(edits: readonly { id: number; patch: SitePatch }[]): Site[] {
    const codes = new Map<string, number>();
    const planned = edits.map(({ id, patch }) =>
      atSite(id, () => {
        const before = this.existing(id);
        const changes = parseInput(sitePatchSchema, patch, 'site');
        this.checkCode(changes.code, id);
        if (changes.code !== undefined) {
          const other = codes.get(changes.code);
          if (other !== undefined && other !== id) {
            throw duplicateCode(changes.code);
          }
          codes.set(changes.code, id);
        }
        this.checkMunicipality(changes.municipalityCode);
        const previous = Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof Site]])) as SitePatch;
        return { id, changes, previous };
      }),
    );
    if (planned.length === 0) return [];
    this.conn.transaction(() => {
      for (const p of planned) {
        this.repo.update(p.id, p.changes);
        this.log.append({ at: this.now(), entity: 'site', entityId: String(p.id), action: 'update', before: p.previous, after: p.changes });
      }
    });
    this.history.record({
      label: 'site.updateMany',
      subject: {
        area: 'territories',
        target: [...new Set(planned.map((p) => this.existing(p.id).name))].join(', '),
        fields: [...new Set(planned.flatMap((p) => Object.keys(p.changes)))],
      },
      undo: () => [...planned].reverse().forEach((p) => this.repo.update(p.id, p.previous)),
      redo: () => planned.forEach((p) => this.repo.update(p.id, p.changes)),
    });
    return planned.map((p) => this.existing(p.id));
  }

  delete(id: number): void {
    const before = this.existing(id);
    const held = new FactsRepository(this.conn).siteDependents(id);
    // Refused here, in words, rather than by the database: works would fail on their foreign key, and
    // lots, prospects and plans would go silently with the district (and an undo would not bring them back).
    const listed = Object.entries(held).filter(([, n]) => n > 0);
    if (listed.length > 0)
      throw new ArranjoError(
        'CONSTRAINT',
        `Site ${id} still has ${listed.map(([k, n]) => `${n} ${k}`).join(', ')}; delete them or move them to another district first.`,
        {},
        { reason: 'site-in-use', ...held },
      );
    this.conn.transaction(() => {
      this.repo.delete(id);
      this.log.append({ at: this.now(), entity: 'site', entityId: String(id), action: 'delete', before, after: null });
    });
    this.history.record({
      label: 'site.delete',
      subject: { area: 'territories', target: before.name },
      undo: () => this.repo.insert(snapshotInput(before), null, id),
      redo: () => this.repo.delete(id),
    });
  }
}

/** Runs a check for one site of a batch; a refusal carries the site's id. */
function atSite<T>(id: number, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof ArranjoError)
      throw new ArranjoError(error.code, `site ${id}, ${error.message}`, error.location, { ...error.params, siteId: id });
    throw error;
  }
}

function duplicateCode(code: string): ArranjoError {
  return refuseField('code', 'duplicate', { value: code }, `"${code}" is already used by another site.`, { code: 'CONSTRAINT' });
}

function snapshotInput(site: Site): SiteInput {
  const { id: _id, municipalityName: _name, ...input } = site;
  return input;
}
