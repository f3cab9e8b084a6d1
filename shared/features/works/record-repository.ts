import type { Connection } from '../../db/connection';
import type { Milestone, Risk, WorkDocument } from './types';

/** Milestones, risks and document references of a work: small lists edited one item at a time. */
export class WorkRecordRepository {
  constructor(private readonly conn: Connection) {}

  milestones(workId?: number): Milestone[] {
    const rows =
      workId === undefined
        ? this.conn.all('SELECT * FROM work_milestone ORDER BY work_id, planned_date')
        : this.conn.all('SELECT * FROM work_milestone WHERE work_id = ? ORDER BY planned_date', [workId]);
    return rows.map((r) => ({
      id: Number(r.id),
      workId: Number(r.work_id),
      name: String(r.name),
      plannedDate: String(r.planned_date),
      actualDate: (r.actual_date as string | null) ?? null,
    }));
  }

  insertMilestone(m: Omit<Milestone, 'id'>, id?: number): number {
    this.conn.run('INSERT INTO work_milestone (id, work_id, name, planned_date, actual_date) VALUES (?, ?, ?, ?, ?)', [
      id ?? null,
      m.workId,
      m.name,
      m.plannedDate,
      m.actualDate,
    ]);
    return id ?? this.conn.lastInsertId();
  }

  deleteMilestone(id: number): void {
    this.conn.run('DELETE FROM work_milestone WHERE id = ?', [id]);
  }

  risks(workId: number): Risk[] {
    return this.conn.all('SELECT * FROM work_risk WHERE work_id = ? ORDER BY id', [workId]).map((r) => ({
      id: Number(r.id),
      workId: Number(r.work_id),
      description: String(r.description),
      probability: r.probability as Risk['probability'],
      impact: r.impact as Risk['impact'],
      mitigation: (r.mitigation as string | null) ?? null,
      status: r.status as Risk['status'],
    }));
  }

  insertRisk(r: Omit<Risk, 'id'>, id?: number): number {
    this.conn.run(
      'INSERT INTO work_risk (id, work_id, description, probability, impact, mitigation, status) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [id ?? null, r.workId, r.description, r.probability, r.impact, r.mitigation, r.status],
    );
    return id ?? this.conn.lastInsertId();
  }

  deleteRisk(id: number): void {
    this.conn.run('DELETE FROM work_risk WHERE id = ?', [id]);
  }

  documents(workId: number): WorkDocument[] {
    return this.conn.all('SELECT * FROM work_document WHERE work_id = ? ORDER BY id', [workId]).map((r) => ({
      id: Number(r.id),
      workId: Number(r.work_id),
      title: String(r.title),
      reference: String(r.reference),
      dated: (r.dated as string | null) ?? null,
    }));
  }

  insertDocument(d: Omit<WorkDocument, 'id'>, id?: number): number {
    this.conn.run('INSERT INTO work_document (id, work_id, title, reference, dated) VALUES (?, ?, ?, ?, ?)', [
      id ?? null,
      d.workId,
      d.title,
      d.reference,
      d.dated,
    ]);
    return id ?? this.conn.lastInsertId();
  }

  deleteDocument(id: number): void {
    this.conn.run('DELETE FROM work_document WHERE id = ?', [id]);
  }
}
