import type { Connection } from '../../db/connection';
import type { ImportTarget } from '../mapping/mapping-schema';
import type { ConverterEnv, RowConverter } from './converter';

/** The targets the kernel writes itself; every other target belongs to a feature (works, lots…). */
export const KERNEL_TARGETS = ['employment', 'indicator-values', 'population', 'sites'] as const;
export type KernelTarget = (typeof KERNEL_TARGETS)[number];
export type FeatureTarget = Exclude<ImportTarget, KernelTarget>;

/** A feature's records of one pass; only the feature that made them reads the store beyond its size. */
export interface FeatureRecords {
  readonly target: FeatureTarget;
  readonly store: { readonly length: number };
}

/**
 * How the import pipeline converts, previews, writes and undoes a feature's targets. The kernel never
 * imports a feature: each feature hands its handler to the composition root (shared/engine/engine.ts),
 * which registers it here before any import runs.
 */
export interface FeatureTargetHandler {
  readonly targets: readonly FeatureTarget[];
  makeConverter(target: FeatureTarget, env: ConverterEnv, conn: Connection): { converter: RowConverter; records: FeatureRecords };
  /** How many of the records already exist (they will be updated). */
  countExisting(conn: Connection, records: FeatureRecords): number;
  /** Writes a batch's records (new or re-applied, inside the commit's transaction): [written, replaced]. */
  write(conn: Connection, batchId: number, records: FeatureRecords, source: string, now: string): [number, number];
  /** What the batch wrote, to write it again (History redo); `source` is the batch's provenance text. */
  snapshot(conn: Connection, batchId: number, target: FeatureTarget, source: string): { records: FeatureRecords; source: string };
  /** Throws (with what to do) when the batch cannot be undone; a batch of another target passes. */
  checkUndoable(conn: Connection, batchId: number, sourceFile: string): void;
  /** Undoes what this feature's tables hold of the batch (nothing for a batch of another target). */
  undo(conn: Connection, batchId: number): { removed: number; restored: number };
}

const handlers = new Map<FeatureTarget, FeatureTargetHandler>();
/** Where the features' handlers are loaded from, until they are (see `registerFeatureTargetLoader`). */
let pendingLoad: (() => Promise<readonly FeatureTargetHandler[]>) | null = null;

/** Registers the features' handlers for their targets (idempotent: the same handlers may come again). */
export function registerFeatureTargets(features: readonly FeatureTargetHandler[]): void {
  for (const handler of features) for (const target of handler.targets) handlers.set(target, handler);
  pendingLoad = null;
}

/**
 * Registers where the features' handlers are loaded from, for a composition root that loads them
 * only when a file of a feature's target is imported or a batch undone (the CLI's import,
 * shared/engine/import-engine.ts: an employment CSV then never evaluates the features' modules).
 * `loadFeatureTargets` loads them; until then the handler getters below refuse, never skip them.
 */
export function registerFeatureTargetLoader(load: () => Promise<readonly FeatureTargetHandler[]>): void {
  if (handlers.size === 0) pendingLoad = load;
}

/** Loads the handlers `registerFeatureTargetLoader` said where to find, once. */
export async function loadFeatureTargets(): Promise<void> {
  const load = pendingLoad;
  if (load) registerFeatureTargets(await load());
}

/** A getter called before `loadFeatureTargets`: a bug of the caller, never a user's input. */
function notLoaded(): Error {
  return new Error("The features' import targets are not loaded yet (await loadFeatureTargets first).");
}

export function isFeatureTarget(target: string): target is FeatureTarget {
  return !(KERNEL_TARGETS as readonly string[]).includes(target);
}

/** The handler of a feature target; a target no feature registered is a bug in the composition root. */
export function featureTargetHandler(target: FeatureTarget): FeatureTargetHandler {
  const handler = handlers.get(target);
  if (!handler && pendingLoad) throw notLoaded();
  if (!handler) throw new Error(`No feature registered the import target "${target}".`);
  return handler;
}

/** Every registered handler once, for the checks and undo that look at all of a batch's tables. */
export function featureTargetHandlers(): FeatureTargetHandler[] {
  // A handler left out would leave its feature's rows of a batch behind: refused, never skipped.
  if (pendingLoad) throw notLoaded();
  return [...new Set(handlers.values())];
}

/** Whether a pass's records belong to a feature (narrows the pipeline's record union). */
export function isFeatureRecords(records: { readonly target: string }): records is FeatureRecords {
  return isFeatureTarget(records.target);
}
