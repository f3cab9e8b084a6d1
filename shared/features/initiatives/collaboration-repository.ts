import type { Connection } from '../../db/connection';
import type { ExchangeKind, ExchangeStatus, MethodologyTheme } from './schemas';
import type { Exchange, InitiativeEvent, InitiativeLink, Methodology } from './types';

type Row = Record<string, string | number | null>;

/** Methodologies, exchanges, links and events between initiatives. */
export class CollaborationRepository {
  constructor(private readonly conn: Connection) {}

  methodologies(initiativeId?: number): Methodology[] {
    const rows = this.conn.all<{
      id: number;
      title: string;
      theme: string;
      source: string;
      link: string | null;
      file_ref: string | null;
      notes: string | null;
    }>(
      initiativeId === undefined
        ? 'SELECT id, title, theme, source, link, file_ref, notes FROM methodology ORDER BY title'
        : `SELECT m.id, m.title, m.theme, m.source, m.link, m.file_ref, m.notes FROM methodology m
           JOIN initiative_methodology im ON im.methodology_id = m.id WHERE im.initiative_id = ? ORDER BY m.title`,
      initiativeId === undefined ? [] : [initiativeId],
    );
    const users = new Map<number, string[]>();
    for (const u of this.conn.all<{ mid: number; code: string }>(
      'SELECT im.methodology_id AS mid, i.code AS code FROM initiative_methodology im JOIN initiative i ON i.id = im.initiative_id ORDER BY i.code',
    )) {
      users.set(u.mid, [...(users.get(u.mid) ?? []), u.code]);
    }
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      theme: r.theme as MethodologyTheme,
      source: r.source,
      link: r.link,
      fileRef: r.file_ref,
      notes: r.notes,
      usedBy: users.get(r.id) ?? [],
    }));
  }

  insertMethodology(m: Omit<Methodology, 'id' | 'usedBy'>, usedBy: readonly number[]): number {
    this.conn.run('INSERT INTO methodology (title, theme, source, link, file_ref, notes) VALUES (?, ?, ?, ?, ?, ?)', [
      m.title,
      m.theme,
      m.source,
      m.link,
      m.fileRef,
      m.notes,
    ]);
    const id = this.conn.lastInsertId();
    this.setUsers(id, usedBy);
    return id;
  }

  updateMethodology(id: number, m: Omit<Methodology, 'id' | 'usedBy'>, usedBy: readonly number[]): void {
    this.conn.run('UPDATE methodology SET title = ?, theme = ?, source = ?, link = ?, file_ref = ?, notes = ? WHERE id = ?', [
      m.title,
      m.theme,
      m.source,
      m.link,
      m.fileRef,
      m.notes,
      id,
    ]);
    this.setUsers(id, usedBy);
  }

  private setUsers(id: number, usedBy: readonly number[]): void {
    this.conn.run('DELETE FROM initiative_methodology WHERE methodology_id = ?', [id]);
    this.conn.runMany(
      'INSERT OR IGNORE INTO initiative_methodology (initiative_id, methodology_id) VALUES (?, ?)',
      usedBy.map((i) => [i, id]),
    );
  }

  deleteMethodology(id: number): void {
    this.conn.run('DELETE FROM methodology WHERE id = ?', [id]);
  }

  exchanges(initiativeId?: number): Exchange[] {
    return this.conn
      .all<Row & { id: number; from_code: string; from_name: string; to_code: string; to_name: string; kind: string; what: string; status: string }>(
        `SELECT e.id, a.code AS from_code, a.name AS from_name, b.code AS to_code, b.name AS to_name, e.kind, e.what, e.started_on, e.status, e.notes
         FROM initiative_exchange e JOIN initiative a ON a.id = e.from_id JOIN initiative b ON b.id = e.to_id
         WHERE ? IS NULL OR e.from_id = ? OR e.to_id = ? ORDER BY e.started_on DESC, e.id DESC`,
        [initiativeId ?? null, initiativeId ?? null, initiativeId ?? null],
      )
      .map((r) => ({
        id: r.id,
        from: r.from_code,
        fromName: r.from_name,
        to: r.to_code,
        toName: r.to_name,
        kind: r.kind as ExchangeKind,
        what: r.what,
        startedOn: (r.started_on as string | null) ?? null,
        status: r.status as ExchangeStatus,
        notes: (r.notes as string | null) ?? null,
      }));
  }

  saveExchange(
    id: number | undefined,
    e: { fromId: number; toId: number; kind: ExchangeKind; what: string; startedOn: string | null; status: ExchangeStatus; notes: string | null },
  ): number {
    const params = [e.fromId, e.toId, e.kind, e.what, e.startedOn, e.status, e.notes];
    if (id !== undefined) {
      this.conn.run('UPDATE initiative_exchange SET from_id = ?, to_id = ?, kind = ?, what = ?, started_on = ?, status = ?, notes = ? WHERE id = ?', [
        ...params,
        id,
      ]);
      return id;
    }
    this.conn.run('INSERT INTO initiative_exchange (from_id, to_id, kind, what, started_on, status, notes) VALUES (?, ?, ?, ?, ?, ?, ?)', params);
    return this.conn.lastInsertId();
  }

  deleteExchange(id: number): void {
    this.conn.run('DELETE FROM initiative_exchange WHERE id = ?', [id]);
  }

  events(initiativeId: number): InitiativeEvent[] {
    return this.conn.all<{ id: number; date: string; title: string; notes: string | null }>(
      'SELECT id, date, title, notes FROM initiative_event WHERE initiative_id = ? ORDER BY date DESC, id DESC',
      [initiativeId],
    );
  }

  insertEvent(initiativeId: number, e: { date: string; title: string; notes: string | null }): number {
    this.conn.run('INSERT INTO initiative_event (initiative_id, date, title, notes) VALUES (?, ?, ?, ?)', [initiativeId, e.date, e.title, e.notes]);
    return this.conn.lastInsertId();
  }

  deleteEvent(id: number): void {
    this.conn.run('DELETE FROM initiative_event WHERE id = ?', [id]);
  }

  links(initiativeId: number): InitiativeLink[] {
    return this.conn.all<{ code: string; name: string; relation: string }>(
      `SELECT i.code, i.name, l.relation FROM initiative_link l JOIN initiative i ON i.id = CASE WHEN l.from_id = ? THEN l.to_id ELSE l.from_id END
       WHERE l.from_id = ? OR l.to_id = ? ORDER BY i.name`,
      [initiativeId, initiativeId, initiativeId],
    );
  }

  saveLink(fromId: number, toId: number, relation: string): void {
    this.conn.run(
      'INSERT INTO initiative_link (from_id, to_id, relation) VALUES (?, ?, ?) ON CONFLICT (from_id, to_id) DO UPDATE SET relation = excluded.relation',
      [fromId, toId, relation],
    );
  }

  deleteLink(fromId: number, toId: number): void {
    this.conn.run('DELETE FROM initiative_link WHERE (from_id = ? AND to_id = ?) OR (from_id = ? AND to_id = ?)', [fromId, toId, toId, fromId]);
  }

  /** Moves everything of `fromId` onto `intoId` (merging two spellings of one initiative). */
  reassign(fromId: number, intoId: number): void {
    this.conn.run('INSERT OR IGNORE INTO initiative_methodology (initiative_id, methodology_id) SELECT ?, methodology_id FROM initiative_methodology WHERE initiative_id = ?', [intoId, fromId]);
    this.conn.run('UPDATE initiative_event SET initiative_id = ? WHERE initiative_id = ?', [intoId, fromId]);
    this.conn.run('DELETE FROM initiative_exchange WHERE (from_id = ? AND to_id = ?) OR (from_id = ? AND to_id = ?)', [fromId, intoId, intoId, fromId]);
    this.conn.run('UPDATE initiative_exchange SET from_id = ? WHERE from_id = ?', [intoId, fromId]);
    this.conn.run('UPDATE initiative_exchange SET to_id = ? WHERE to_id = ?', [intoId, fromId]);
    this.conn.run('DELETE FROM initiative_link WHERE (from_id = ? AND to_id = ?) OR (from_id = ? AND to_id = ?)', [fromId, intoId, intoId, fromId]);
    this.conn.run('INSERT OR IGNORE INTO initiative_link (from_id, to_id, relation) SELECT ?, to_id, relation FROM initiative_link WHERE from_id = ?', [intoId, fromId]);
    this.conn.run('INSERT OR IGNORE INTO initiative_link (from_id, to_id, relation) SELECT from_id, ?, relation FROM initiative_link WHERE to_id = ?', [intoId, fromId]);
  }
}
