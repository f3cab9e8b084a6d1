import type { Connection } from '../../db/connection';
import { compareText, type CanonicalTable } from '../../export/canonical-csv';
import { ProgrammeRepository } from './programme-repository';

/** DESIGN.md §10 `arranjo-metas`, the optional `actual` included. */
export const METAS_HEADER = ['programme', 'indicator', 'period', 'baseline', 'target', 'actual'] as const;

/**
 * Every programme's targets as `arranjo-metas`: one row per programme × indicator × period, by
 * programme, indicator code and period; `actual` empty for a built-in indicator (computed from the
 * actions) and for a period without one.
 */
export function metasCsv(conn: Connection): CanonicalTable {
  const repository = new ProgrammeRepository(conn);
  const rows = repository.list().flatMap((p) => {
    const indicators = new Map(repository.indicators(p.id).map((i) => [i.id, i]));
    return repository
      .targets(p.id)
      .flatMap((t) => {
        const indicator = indicators.get(t.indicatorId);
        return indicator ? [{ t, indicator }] : [];
      })
      .sort((a, b) => compareText(a.indicator.code, b.indicator.code) || compareText(a.t.period, b.t.period))
      .map(({ t, indicator }) => [p.name, indicator.code, t.period, t.baseline, t.target, indicator.builtin ? null : t.actual]);
  });
  return { header: METAS_HEADER, rows };
}
