import type { Connection } from '../../db/connection';
import type { History } from '../../engine/history';
import { ArranjoError } from '../../errors';
import { ChangeLogRepository } from '../../repositories/change-log-repository';
import { TerritorySetRepository } from '../../repositories/territory-set-repository';
import { parseInput, refuseField } from '../../rpc/validate';
import { CollaborationRepository } from './collaboration-repository';
import { InitiativeRepository, sectorProfiles, type InitiativeRow } from './initiative-repository';
import { InitiativePopulationRepository } from './population-repository';
import { rankExchangeSuggestions, type OverlapSubject } from './overlap';
import { RegistrySnapshotRepository } from './registry-snapshot-repository';
import {
  eventInputSchema,
  exchangeInputSchema,
  initiativeFilterSchema,
  initiativeInputSchema,
  linkInputSchema,
  methodologyInputSchema,
  suggestionQuerySchema,
  type EventInput,
  type ExchangeInput,
  type InitiativeData,
  type InitiativeFilter,
  type InitiativeInput,
  type LinkInput,
  type MethodologyInput,
  type SuggestionQuery,
} from './schemas';
import { ensureInitiativeSet } from './initiative-set';
import { mergeInitiatives, type InitiativeReferences, type ReferenceMove } from './initiative-merge';
import { findExactDuplicates, findNearDuplicates, foldName } from './names';
import type {
  Exchange,
  ExchangeSuggestion,
  InitiativeMergeResult,
  InitiativeProfile,
  InitiativeSummary,
  Methodology,
  NamePair,
} from './types';

/** Keeps initiatives matching a route and a state (UF), as the CLI and the grid filter them. */
export function filterSummaries(list: readonly InitiativeSummary[], filter: InitiativeFilter): InitiativeSummary[] {
  const f = parseInput(initiativeFilterSchema, filter, 'filter');
  const route = f.route === undefined ? null : foldName(f.route);
  const state = f.state?.toUpperCase();
  return list.filter((i) => (route === null || foldName(i.route ?? '') === route) && (state === undefined || i.states.includes(state)));
}

/** The registry: every edit validated, in one transaction, logged, and undoable as one step. */
export class InitiativeService {
  private readonly repo: InitiativeRepository;
  private readonly collab: CollaborationRepository;

  constructor(
    private readonly conn: Connection,
    private readonly history: History,
    private readonly now: () => string,
    private readonly references: readonly InitiativeReferences[] = [],
  ) {
    this.repo = new InitiativeRepository(conn);
    this.collab = new CollaborationRepository(conn);
  }

  list(filter: InitiativeFilter = {}): InitiativeSummary[] {
    return filterSummaries(this.repo.summaries(), filter);
  }

  private row(code: string): InitiativeRow {
    const row = this.repo.byCode(code);
    if (!row) throw new ArranjoError('NOT_FOUND', `There is no initiative with code "${code}".`, {}, { code });
    return row;
  }

  profile(code: string): InitiativeProfile {
    const row = this.row(code);
    const summary = this.repo.summaries().find((s) => s.id === row.id);
    if (!summary) throw new ArranjoError('NOT_FOUND', `There is no initiative with code "${code}".`, {}, { code });
    const population = new InitiativePopulationRepository(this.conn);
    return {
      ...summary,
      committee: row.committee,
      members: row.members,
      contacts: row.contacts,
      startedOn: row.started_on,
      endedOn: row.ended_on,
      notes: row.notes,
      municipalityList: this.repo.memberList(row.territory_set_id),
      populationBasis: { basis: population.basisOfSet(row.territory_set_id), publisher: population.publisher() },
      methodologies: this.collab.methodologies(row.id),
      events: this.collab.events(row.id),
      links: this.collab.links(row.id),
      exchanges: this.collab.exchanges(row.id),
    };
  }

  /**
   * Runs an edit as one transaction and one undo step (the registry put back whole, and `moves` — what
   * the edit moved in other areas, filled by `work` — taken back with it).
   */
  private edit<T>(
    label: string,
    entityId: string,
    work: () => T,
    { moves = [], target }: { moves?: readonly ReferenceMove[]; target?: string } = {},
  ): T {
    const snapshots = new RegistrySnapshotRepository(this.conn);
    const before = snapshots.capture();
    const result = this.conn.transaction(() => {
      const out = work();
      new ChangeLogRepository(this.conn).append({
        at: this.now(),
        entity: 'initiative',
        entityId,
        action: 'update',
        before: null,
        after: label,
      });
      return out;
    });
    const after = snapshots.capture();
    this.history.record({
      label,
      // What the undo message names ("Polo Apícola do Norte de Minas (Polos e iniciativas)"), not only the area.
      ...(target ? { subject: { area: 'initiatives', target } } : {}),
      undo: () =>
        this.conn.transaction(() => {
          snapshots.restore(before);
          for (const m of [...moves].reverse()) m.undo();
        }),
      redo: () =>
        this.conn.transaction(() => {
          snapshots.restore(after);
          for (const m of moves) m.redo();
        }),
    });
    return result;
  }

  private checkMunicipalities(codes: readonly number[]): void {
    const unknown = new TerritorySetRepository(this.conn).unknownMunicipalities(codes);
    if (unknown.length > 0) {
      throw new ArranjoError(
        'INVALID_INPUT',
        `Unknown municipality code(s): ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? '…' : ''}.`,
        {},
        { field: 'municipalities', value: unknown.join(',') },
      );
    }
  }

  /** Creates the initiative, or updates the one with that code (its members replaced). */
  save(input: InitiativeInput): InitiativeProfile {
    const data: InitiativeData = parseInput(initiativeInputSchema, input, 'initiative');
    this.checkMunicipalities(data.municipalities);
    this.edit(
      'initiative.save',
      data.code,
      () => {
        const existing = this.repo.byCode(data.code);
        const { municipalities, ...fields } = data;
        const now = this.now();
        const setId = ensureInitiativeSet(this.conn, existing?.territory_set_id ?? null, data.name, data.code, municipalities, now);
        if (existing) this.repo.update(existing.id, fields, now);
        else this.repo.insert(fields, setId, null, now);
      },
      { target: data.name },
    );
    return this.profile(data.code);
  }

  /**
   * Deletes the initiative, its members, events, exchanges and links (one undo step). Refused while
   * another area points at it (a programme's actions): they would point at nothing; merge it into
   * another initiative instead, or change them first.
   */
  delete(code: string): void {
    const row = this.row(code);
    const count = this.references.reduce((n, r) => n + r.count(this.conn, row.code), 0);
    if (count > 0)
      throw refuseField(
        'code',
        'initiative-in-use',
        { count },
        `${row.code} is the initiative of ${count} programme action(s): change them or merge it into another initiative first.`,
        { code: 'CONSTRAINT', location: {} },
      );
    this.edit(
      'initiative.delete',
      row.code,
      () => {
        this.repo.delete(row.id);
        new TerritorySetRepository(this.conn).delete(row.territory_set_id);
      },
      { target: row.name },
    );
  }

  /**
   * Merges `merged` into `kept` (two spellings of one polo, as "Polo dp Mel…"): see mergeInitiatives.
   * Only on the planner's request: the import shows near-duplicates, it never merges them itself. One
   * undo step puts both back, with the programme actions that followed and without the alias.
   */
  merge(keptCode: string, mergedCode: string): InitiativeMergeResult {
    const kept = this.row(keptCode);
    const merged = this.row(mergedCode);
    if (kept.id === merged.id) throw new ArranjoError('INVALID_INPUT', 'An initiative cannot be merged into itself.');
    const moves: ReferenceMove[] = [];
    const outcome = this.edit(
      'initiative.merge',
      kept.code,
      () => {
        const done = mergeInitiatives(this.conn, kept, merged, this.references, this.now());
        moves.push(...done.moves);
        return done;
      },
      { moves, target: `${kept.name} ← ${merged.name}` },
    );
    return {
      kept: this.profile(kept.code),
      merged: { code: merged.code, name: merged.name },
      notKept: outcome.notKept,
      actionsMoved: outcome.moves.reduce((n, m) => n + m.moved, 0),
    };
  }

  /**
   * Pairs of initiatives whose names are the same (`exact`, any route) or look alike (one route), for
   * the planner to merge or not: the same name first.
   */
  nearDuplicates(): NamePair[] {
    const rows = this.repo.rows().map((r) => ({ code: r.code, name: r.name, route: r.route }));
    const pair =
      (exact: boolean) =>
      ([x, y]: [(typeof rows)[number], (typeof rows)[number]]): NamePair => ({
        a: x.code,
        aName: x.name,
        b: y.code,
        bName: y.name,
        exact,
      });
    return [...findExactDuplicates(rows).map(pair(true)), ...findNearDuplicates(rows).map(pair(false))];
  }

  suggestions(query: SuggestionQuery): { year: number | null; subject: string; suggestions: ExchangeSuggestion[] } {
    const q = parseInput(suggestionQuerySchema, query, 'query');
    const subject = this.row(q.code);
    const { year, profiles } = sectorProfiles(this.conn, q.year);
    const members = this.repo.allMembers();
    const subjects: OverlapSubject[] = this.repo.summaries().map((s) => ({
      code: s.code,
      name: s.name,
      route: s.route,
      country: s.country,
      states: s.states,
      sectors: s.sectors,
      members: members.get(s.id) ?? [],
      profile: profiles.get(s.id) ?? new Map(),
    }));
    const me = subjects.find((s) => s.code === subject.code);
    if (!me) throw new ArranjoError('NOT_FOUND', `There is no initiative with code "${q.code}".`);
    return { year, subject: subject.code, suggestions: rankExchangeSuggestions(me, subjects, q.limit) };
  }

  methodologies(): Methodology[] {
    return this.collab.methodologies();
  }

  saveMethodology(input: MethodologyInput): Methodology[] {
    const m = parseInput(methodologyInputSchema, input, 'methodology');
    const users = m.usedBy.map((code) => this.row(code).id);
    const fields = {
      title: m.title,
      theme: m.theme,
      source: m.source,
      link: m.link ?? null,
      fileRef: m.fileRef ?? null,
      notes: m.notes ?? null,
    };
    this.edit(
      'methodology.save',
      m.title,
      () => {
        if (m.id !== undefined) this.collab.updateMethodology(m.id, fields, users);
        else this.collab.insertMethodology(fields, users);
      },
      { target: m.title },
    );
    return this.methodologies();
  }

  deleteMethodology(id: number): void {
    this.edit('methodology.delete', String(id), () => this.collab.deleteMethodology(id));
  }

  exchanges(code?: string): Exchange[] {
    return this.collab.exchanges(code === undefined ? undefined : this.row(code).id);
  }

  saveExchange(input: ExchangeInput): Exchange[] {
    const e = parseInput(exchangeInputSchema, input, 'exchange');
    const from = this.row(e.from);
    const to = this.row(e.to);
    if (from.id === to.id) throw new ArranjoError('INVALID_INPUT', 'An exchange needs two different initiatives.', {}, { field: 'to' });
    this.edit(
      'exchange.save',
      `${e.from}>${e.to}`,
      () =>
        this.collab.saveExchange(e.id, {
          fromId: from.id,
          toId: to.id,
          kind: e.kind,
          what: e.what,
          startedOn: e.startedOn ?? null,
          status: e.status,
          notes: e.notes ?? null,
        }),
      { target: `${from.name} ↔ ${to.name}` },
    );
    return this.exchanges();
  }

  deleteExchange(id: number): void {
    this.edit('exchange.delete', String(id), () => this.collab.deleteExchange(id));
  }

  addEvent(input: EventInput): void {
    const e = parseInput(eventInputSchema, input, 'event');
    const row = this.row(e.initiative);
    this.edit(
      'initiative.event',
      e.initiative,
      () => this.collab.insertEvent(row.id, { date: e.date, title: e.title, notes: e.notes ?? null }),
      { target: `${row.name}: ${e.title}` },
    );
  }

  deleteEvent(id: number): void {
    this.edit('initiative.event.delete', String(id), () => this.collab.deleteEvent(id));
  }

  saveLink(input: LinkInput): void {
    const l = parseInput(linkInputSchema, input, 'link');
    const from = this.row(l.from);
    const to = this.row(l.to);
    if (from.id === to.id) throw new ArranjoError('INVALID_INPUT', 'A link needs two different initiatives.', {}, { field: 'to' });
    this.edit('initiative.link', `${l.from}>${l.to}`, () => this.collab.saveLink(from.id, to.id, l.relation), {
      target: `${from.name} ↔ ${to.name}`,
    });
  }

  deleteLink(from: string, to: string): void {
    const a = this.row(from).id;
    const b = this.row(to).id;
    this.edit('initiative.link.delete', `${from}>${to}`, () => this.collab.deleteLink(a, b));
  }
}
