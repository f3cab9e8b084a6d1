import type { Connection } from '../../db/connection';
import type { TerritorySet, TerritorySetInput } from './types';
import { ArranjoError } from '../../errors';
import { ChangeLogRepository } from '../../repositories/change-log-repository';
import { TerritorySetRepository } from '../../repositories/territory-set-repository';
import { territorySetInputSchema } from './schemas';
import { parseInput, refuseField } from '../../rpc/validate';
import type { History } from '../../engine/history';

/** Custom territories (named sets of municipalities): validated, change-logged, undoable. */
export class TerritorySetService {
  private readonly repo: TerritorySetRepository;
  private readonly log: ChangeLogRepository;

  constructor(
    private readonly conn: Connection,
    private readonly history: History,
    private readonly now: () => string,
  ) {
    this.repo = new TerritorySetRepository(conn);
    this.log = new ChangeLogRepository(conn);
  }

  list(): TerritorySet[] {
    return this.repo.list();
  }

  save(input: TerritorySetInput): TerritorySet {
    const data = parseInput(territorySetInputSchema, input, 'set');
    const members = [...new Set(data.members)].sort((a, b) => a - b);
    const unknown = this.repo.unknownMunicipalities(members);
    if (unknown.length > 0) {
      throw refuseField(
        'members',
        'not-a-municipality',
        { value: unknown.slice(0, 5).join(','), count: unknown.length },
        `${unknown.slice(0, 5).join(', ')} ${unknown.length > 1 ? 'are not IBGE municipality codes' : 'is not an IBGE municipality code'}.`,
        { location: {} },
      );
    }
    const clash = this.repo.byName(data.name);
    if (clash && clash.id !== data.id) {
      throw refuseField('name', 'duplicate', { value: data.name }, `"${data.name}" is already used by another territory.`, {
        code: 'CONSTRAINT',
      });
    }
    const at = this.now();
    const before = data.id !== undefined ? this.repo.get(data.id) : undefined;
    if (data.id !== undefined && !before) throw new ArranjoError('NOT_FOUND', `Territory set ${data.id} does not exist.`);
    const fields = { name: data.name, description: data.description ?? before?.description ?? '', members, updatedAt: at };
    const id = this.conn.transaction(() => {
      const written = before ? (this.repo.update({ ...fields, id: before.id }), before.id) : this.repo.insert(fields, at);
      this.log.append({
        at,
        entity: 'territory_set',
        entityId: String(written),
        action: before ? 'update' : 'insert',
        before: before ?? null,
        after: fields,
      });
      return written;
    });
    const after = this.repo.get(id) as TerritorySet;
    this.history.record({
      label: before ? 'territorySet.update' : 'territorySet.create',
      undo: () => (before ? this.repo.update(before) : this.repo.delete(id)),
      redo: () => (before ? this.repo.update(after) : this.repo.insert(after, at)),
    });
    return after;
  }

  delete(id: number): void {
    const before = this.repo.get(id);
    if (!before) throw new ArranjoError('NOT_FOUND', `Territory set ${id} does not exist.`);
    if (before.initiative) {
      const { name } = before.initiative;
      // No field to point at: the whole set is refused, so the UI shows the reason alone.
      throw new ArranjoError(
        'CONSTRAINT',
        `"${before.name}" holds the municipalities of the initiative "${name}"; delete or merge the initiative instead.`,
        {},
        { reason: 'initiative-owned', value: name },
      );
    }
    this.conn.transaction(() => {
      this.repo.delete(id);
      this.log.append({ at: this.now(), entity: 'territory_set', entityId: String(id), action: 'delete', before, after: null });
    });
    this.history.record({
      label: 'territorySet.delete',
      undo: () => this.repo.insert(before, before.updatedAt),
      redo: () => this.repo.delete(id),
    });
  }
}
