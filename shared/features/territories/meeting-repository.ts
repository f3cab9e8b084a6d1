import type { Connection } from '../../db/connection';
import type { MeetingSequence, MeetingView, MeetingViewKind } from './types';

/** Meeting-mode sequences: named, ordered lists of views. */
export class MeetingRepository {
  constructor(private readonly conn: Connection) {}

  private views(id: number): MeetingView[] {
    return this.conn
      .all<{ kind: MeetingViewKind; title: string; spec: string }>(
        'SELECT kind, title, spec FROM meeting_view WHERE sequence_id = ? ORDER BY position',
        [id],
      )
      .map((r) => ({ kind: r.kind, title: r.title, spec: JSON.parse(r.spec) as Record<string, unknown> }));
  }

  list(): MeetingSequence[] {
    return this.conn
      .all<{ id: number; name: string; updated_at: string }>('SELECT id, name, updated_at FROM meeting_sequence ORDER BY name')
      .map((r) => ({ id: r.id, name: r.name, updatedAt: r.updated_at, views: this.views(r.id) }));
  }

  get(id: number): MeetingSequence | undefined {
    return this.list().find((s) => s.id === id);
  }

  byName(name: string): MeetingSequence | undefined {
    return this.list().find((s) => s.name === name);
  }

  /** Writes a sequence and its views; `id` keeps (or restores) its id. */
  put(sequence: Omit<MeetingSequence, 'id'> & { id?: number }): number {
    this.conn.run(
      `INSERT INTO meeting_sequence (id, name, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at`,
      [sequence.id ?? null, sequence.name, sequence.updatedAt],
    );
    const id = sequence.id ?? this.conn.lastInsertId();
    this.conn.run('DELETE FROM meeting_view WHERE sequence_id = ?', [id]);
    this.conn.runMany(
      'INSERT INTO meeting_view (sequence_id, position, kind, title, spec) VALUES (?, ?, ?, ?, ?)',
      sequence.views.map((v, i) => [id, i, v.kind, v.title, JSON.stringify(v.spec)]),
    );
    return id;
  }

  delete(id: number): void {
    this.conn.run('DELETE FROM meeting_sequence WHERE id = ?', [id]);
  }
}
