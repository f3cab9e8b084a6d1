import { performance } from 'node:perf_hooks';
import initSqlJs from 'sql.js';
import { referenceFromRows } from '../../shared/analysis/economy/activity-matrix';
import { diversity } from '../../shared/analysis/economy/diversity';
import { locationQuotients } from '../../shared/analysis/economy/location-quotient';
import { relatedness } from '../../shared/analysis/economy/relatedness';
import { shiftShare } from '../../shared/analysis/economy/shift-share';
import type { ActivityMatrix } from '../../shared/analysis/economy/types';
import { mulberry32 } from '../../shared/analysis/mcda/prng';

/**
 * Economic diagnosis at national scale: LQ + shift-share + diversity for 5,571 territories × 87
 * CNAE divisions × 2 years, and relatedness for 853 × 87 — each beside the same computation done
 * the plain way in the same run (one SQL query over a long table; a naive loop over objects).
 * Synthetic data shaped like RAIS: most territory × division cells are zero, the rest skewed.
 */
const T = 5570;
const S = 87;

function synthetic(territories: number, seed: number, base?: ActivityMatrix): ActivityMatrix {
  const random = mulberry32(seed);
  const values = new Float64Array(territories * S);
  for (let i = 0; i < values.length; i++) {
    if (base) values[i] = Math.max(0, Math.round((base.values[i] ?? 0) * (0.85 + 0.3 * random())));
    else values[i] = random() < 0.35 ? Math.round(Math.exp(7 * random())) : 0;
  }
  return {
    territories: Array.from({ length: territories }, (_, i) => 1_000_000 + i),
    sectors: Array.from({ length: S }, (_, i) => String(i + 1).padStart(2, '0')),
    values,
  };
}

function peakRss<T>(work: () => T): { result: T; ms: number; rssMb: number } {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t = performance.now();
  const result = work();
  const ms = performance.now() - t;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { result, ms, rssMb: (peak - before) / 2 ** 20 };
}

const line = (o: object): void => console.log(JSON.stringify(o));
const y0 = synthetic(T, 11);
const y1 = synthetic(T, 12, y0);

// Arranjo: dense typed matrices, one pass per measure.
const ours = peakRss(() => {
  const r0 = referenceFromRows(y0);
  const r1 = referenceFromRows(y1);
  const lq = locationQuotients(y1, r1);
  const ss = shiftShare(y0, y1, r0, r1);
  const div = diversity(y1, r1);
  return lq.length + ss.length + div.length;
});

// Plain SQL: the long table and one query per measure (window functions for the totals).
const SQL = await initSqlJs();
const db = new SQL.Database();
db.exec('CREATE TABLE e (t INTEGER, s TEXT, y INTEGER, v REAL, PRIMARY KEY (t, s, y)) WITHOUT ROWID');
db.exec('BEGIN');
const insert = db.prepare('INSERT INTO e VALUES (?, ?, ?, ?)');
for (const [year, m] of [
  [0, y0],
  [1, y1],
] as const) {
  for (let t = 0; t < T; t++) for (let s = 0; s < S; s++) insert.run([t, m.sectors[s] ?? '', year, m.values[t * S + s] ?? 0]);
}
insert.free();
db.exec('COMMIT');
const plain = peakRss(() => {
  const lq =
    db.exec(`
    WITH cur AS (SELECT t, s, v FROM e WHERE y = 1),
         tt AS (SELECT t, sum(v) AS ej FROM cur GROUP BY t),
         st AS (SELECT s, sum(v) AS ei FROM cur GROUP BY s),
         g AS (SELECT sum(v) AS e FROM cur)
    SELECT cur.t, cur.s, CASE WHEN tt.ej > 0 AND st.ei > 0 THEN (cur.v / tt.ej) / (st.ei / g.e) END
      FROM cur JOIN tt USING (t) JOIN st USING (s), g`)[0]?.values.length ?? 0;
  const ss =
    db.exec(`
    WITH a AS (SELECT t, s, v AS e0 FROM e WHERE y = 0), b AS (SELECT t, s, v AS e1 FROM e WHERE y = 1),
         si AS (SELECT a.s, sum(e0) AS i0, sum(e1) AS i1 FROM a JOIN b USING (t, s) GROUP BY a.s),
         g AS (SELECT sum(i1) / sum(i0) - 1 AS gr FROM si)
    SELECT a.t, a.s, e0 * gr, e0 * (i1 / i0 - 1 - gr), e1 - e0 - e0 * (i1 / i0 - 1)
      FROM a JOIN b USING (t, s) JOIN si ON si.s = a.s, g`)[0]?.values.length ?? 0;
  const div =
    db.exec(`
    WITH cur AS (SELECT t, s, v FROM e WHERE y = 1), tt AS (SELECT t, sum(v) AS ej FROM cur GROUP BY t)
    SELECT t, sum((v / ej) * (v / ej)) FROM cur JOIN tt USING (t) WHERE ej > 0 GROUP BY t`)[0]?.values.length ?? 0;
  return lq + ss + div;
});
db.close();
line({
  bench: 'economy_lq_shiftshare_diversity',
  unit: 'ms',
  territories: T,
  sectors: S,
  years: 2,
  arranjo_ms: Math.round(ours.ms),
  arranjo_peak_rss_mb: Math.round(ours.rssMb),
  plain_sql_ms: Math.round(plain.ms),
  plain_sql_peak_rss_mb: Math.round(plain.rssMb),
  ratio_vs_sql: Number((ours.ms / plain.ms).toFixed(3)),
});

// Relatedness for MG's 853 municipalities × 87 divisions, beside a naive loop over sets.
const mg = synthetic(853, 21);
const lqMg = locationQuotients(mg, referenceFromRows(mg));
const fast = peakRss(() => relatedness(mg, lqMg).density.length);
const naive = peakRss(() => {
  const specialized = mg.territories.map((_, t) => new Set(mg.sectors.filter((_, s) => (lqMg[t * S + s]?.value ?? 0) >= 1)));
  const ubiquity = new Map(mg.sectors.map((p) => [p, specialized.filter((set) => set.has(p)).length]));
  const phi = (p: string, q: string): number => {
    const both = specialized.filter((set) => set.has(p) && set.has(q)).length;
    const k = Math.max(ubiquity.get(p) ?? 0, ubiquity.get(q) ?? 0);
    return k > 0 ? both / k : 0;
  };
  const proximity = new Map<string, number>();
  for (const p of mg.sectors) for (const q of mg.sectors) if (p !== q) proximity.set(`${p}|${q}`, phi(p, q));
  let cells = 0;
  for (const set of specialized) {
    for (const p of mg.sectors) {
      let num = 0;
      let den = 0;
      for (const q of mg.sectors) {
        if (p === q) continue;
        const f = proximity.get(`${p}|${q}`) ?? 0;
        den += f;
        if (set.has(q)) num += f;
      }
      if (den > 0) cells += num / den >= 0 ? 1 : 0;
    }
  }
  return cells;
});
line({
  bench: 'economy_relatedness',
  unit: 'ms',
  territories: 853,
  sectors: S,
  arranjo_ms: Math.round(fast.ms),
  arranjo_peak_rss_mb: Math.round(fast.rssMb),
  naive_loop_ms: Math.round(naive.ms),
  naive_peak_rss_mb: Math.round(naive.rssMb),
  ratio_vs_naive: Number((fast.ms / naive.ms).toFixed(3)),
});
