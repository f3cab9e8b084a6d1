import type { Connection } from '../../db/connection';

/** A survey score below this ("3 adequado" on the 0–4 scale) names an infrastructure need. */
export const NEED_BELOW_SCORE = 3;

export interface SiteNeeds {
  /** Needs named by the survey (latest score below NEED_BELOW_SCORE) or by a work planned for them. */
  needs: number;
  /** Of those, the ones no completed work answers. */
  open: number;
}

/**
 * The infrastructure needs of the districts: an item of the district survey is a need when its
 * latest score is below "adequado", and any item a (not cancelled) work of the district answers
 * is one too; it is open until a completed work of the district answers it.
 */
export class NeedsRepository {
  constructor(private readonly conn: Connection) {}

  /** Per district that has a survey score or a work (the others are unknown, not free of needs). */
  bySite(): Map<number, SiteNeeds> {
    const rows = this.conn.all<{ site_id: number; needs: number; open: number }>(
      `WITH latest AS (
         SELECT CAST(v.subject_code AS INTEGER) AS site_id, v.indicator_code AS code, v.value
           FROM indicator_value v JOIN indicator i ON i.code = v.indicator_code AND i.category = 'infrastructure'
          WHERE v.subject_kind = 'site' AND v.value IS NOT NULL
            AND v.period = (SELECT max(w.period) FROM indicator_value w
                             WHERE w.indicator_code = v.indicator_code AND w.subject_kind = 'site'
                               AND w.subject_code = v.subject_code AND w.value IS NOT NULL)
       ),
       named AS (
         SELECT site_id, code FROM latest WHERE value < ?
         UNION
         SELECT p.site_id, n.indicator_code FROM work_need n JOIN project p ON p.id = n.work_id WHERE p.status <> 'cancelled'
       ),
       answered AS (
         SELECT DISTINCT p.site_id, n.indicator_code AS code FROM work_need n JOIN project p ON p.id = n.work_id WHERE p.status = 'completed'
       ),
       known AS (
         SELECT site_id FROM latest UNION SELECT site_id FROM project
       )
       SELECT k.site_id,
              (SELECT count(*) FROM named m WHERE m.site_id = k.site_id) AS needs,
              (SELECT count(*) FROM named m WHERE m.site_id = k.site_id
                  AND NOT EXISTS (SELECT 1 FROM answered a WHERE a.site_id = m.site_id AND a.code = m.code)) AS open
         FROM known k`,
      [NEED_BELOW_SCORE],
    );
    return new Map(rows.map((r) => [r.site_id, { needs: r.needs, open: r.open }]));
  }
}
