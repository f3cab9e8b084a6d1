import type { ImportLayout, LayoutColumn } from '../types';
import { parsePeriodHeader } from '../values/period-header';
import { headerKey } from '../values/text';
import type { ColumnRole, ImportMapping, ImportTarget, PeriodValueField } from './mapping-schema';

/** A block of adjacent columns whose headers are mostly months, quarters or years. */
export interface PeriodBlock {
  /** The columns whose header is a period (the others of the block are left out). */
  columns: LayoutColumn[];
  /** The group label before the periods ("avanco fisico"), as headerKey writes it, or ''. */
  label: string;
}

/** A column whose header names a period (empty ones too: the months not yet measured). */
const isPeriod = (c: LayoutColumn): boolean => parsePeriodHeader(c.header) !== null;

/** Splits columns where a period comes again: two blocks without group labels side by side ("jan fev | jan fev"). */
function splitAtRepeat(columns: readonly LayoutColumn[]): LayoutColumn[][] {
  const chunks: LayoutColumn[][] = [];
  let seen = new Set<string>();
  for (const c of columns) {
    const key = parsePeriodHeader(c.header)?.key ?? '';
    if (seen.has(key) || chunks.length === 0) {
      chunks.push([]);
      seen = new Set();
    }
    seen.add(key);
    chunks.at(-1)?.push(c);
  }
  return chunks;
}

/**
 * The blocks of period columns of a sheet: runs of adjacent columns where at least two headers and
 * more than half of them name a period (a stray column between two periods, such as a subtotal,
 * stays in the run but out of the block). A new group label starts a new block.
 */
export function periodBlocks(layout: ImportLayout): PeriodBlock[] {
  const blocks: PeriodBlock[] = [];
  let run: LayoutColumn[] = [];
  let strays = 0;
  const close = (): void => {
    const periods = run.filter(isPeriod);
    if (periods.length >= 2 && periods.length > strays) {
      const byLabel = new Map<string, LayoutColumn[]>();
      for (const c of periods) {
        const label = parsePeriodHeader(c.header)?.label ?? '';
        byLabel.set(label, [...(byLabel.get(label) ?? []), c]);
      }
      for (const [label, columns] of byLabel)
        for (const chunk of splitAtRepeat(columns)) if (chunk.length >= 2) blocks.push({ columns: chunk, label });
    }
    run = [];
    strays = 0;
  };
  const columns = layout.columns;
  columns.forEach((c, i) => {
    if (isPeriod(c)) run.push(c);
    else {
      const next = columns[i + 1];
      // One column that is not a period between two that are stays inside the block.
      if (run.length > 0 && next && isPeriod(next) && c.kind !== 'empty') {
        run.push(c);
        strays++;
      } else close();
    }
  });
  close();
  return blocks;
}

/** What a block holds, from its group label, or from its numbers when it has none (percentages stay ≤ 100). */
function blockField(target: 'measurements' | 'programme-targets', block: PeriodBlock): PeriodValueField {
  const label = block.label;
  if (target === 'programme-targets') return /realiz|execut|actual|alcanc|logrado|achieved/.test(label) ? 'actual' : 'target';
  if (/fisic|physical|avanco|progress|percent/.test(label)) return 'physicalProgress';
  if (/empenh|committed|comprometido/.test(label)) return 'committed';
  if (/pago|desembols|medido|financ|disburs|liquidad|valor|pagado/.test(label)) return 'disbursed';
  const numbers = block.columns.flatMap((c) =>
    c.samples.map((s) => Number(s.replace(/\./g, '').replace(',', '.'))).filter(Number.isFinite),
  );
  return numbers.some((n) => n > 100) ? 'disbursed' : 'physicalProgress';
}

/** Amounts of the period itself ("Valor medido no mês") rather than cumulative ones. */
const PER_PERIOD = /(^| )(no mes|do mes|mensal|monthly|del mes|no periodo|per period|mes a mes)( |$)/;

/** The target a sheet with period blocks is, when its other headers say so (a work column, an indicator column). */
export function guessPeriodTarget(layout: ImportLayout): 'measurements' | 'programme-targets' | null {
  if (periodBlocks(layout).length === 0) return null;
  const keys = layout.columns.map((c) => headerKey(c.header));
  if (keys.some((k) => /^(work code|obra|cod(igo)? (da )?obra|n(umero)? (da )?obra|id obra)$/.test(k))) return 'measurements';
  if (keys.some((k) => /^(indicator|indicador)$/.test(k))) return 'programme-targets';
  return null;
}

/** Fields a long layout gives in one column that the period columns give instead. */
const LONG_FIELDS: ReadonlySet<string> = new Set(['date', 'physicalProgress', 'committed', 'disbursed', 'period', 'target', 'actual']);

/**
 * The mapping with each period block's columns as `period-value` (the field from the block's label
 * or numbers); the columns of the long layout they replace (date, period, target…) are dropped.
 * Other targets, and sheets without blocks, come back as they were.
 */
export function withPeriodBlocks(mapping: ImportMapping, layout: ImportLayout): ImportMapping {
  const target: ImportTarget = mapping.target;
  if (target !== 'measurements' && target !== 'programme-targets') return mapping;
  const blocks = periodBlocks(layout);
  if (blocks.length === 0) return mapping;
  const inBlocks = new Set(blocks.flatMap((b) => b.columns.map((c) => c.index)));
  const kept = mapping.columns.filter((c) => !inBlocks.has(c.column) && !('field' in c.role && LONG_FIELDS.has(c.role.field)));
  const added = blocks.flatMap((b) => {
    const field = blockField(target, b);
    const perPeriod = target === 'measurements' && PER_PERIOD.test(b.label);
    return b.columns.map((c) => ({
      column: c.index,
      role: (perPeriod ? { role: 'period-value', field, perPeriod } : { role: 'period-value', field }) satisfies ColumnRole,
    }));
  });
  return { ...mapping, columns: [...kept, ...added].sort((a, b) => a.column - b.column) };
}
