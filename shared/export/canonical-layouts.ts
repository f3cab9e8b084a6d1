import type { Connection } from '../db/connection';
import type { CanonicalTable } from './canonical-csv';

/**
 * The canonical layouts Arranjo writes (DESIGN.md §10), in the order they are offered: the works and
 * their measurements, the lots and companies of attraction plans, the registry's polos, the
 * programmes' actions and targets. Each imports back as it is (`arranjo import`, the wizard).
 */
export const CANONICAL_LAYOUTS = [
  'arranjo-obras',
  'arranjo-medicoes',
  'arranjo-lotes',
  'arranjo-empresas',
  'arranjo-polos',
  'arranjo-acoes',
  'arranjo-metas',
] as const;
export type CanonicalLayoutName = (typeof CANONICAL_LAYOUTS)[number];

/** The layouts with a site column (`site_code`, or a work's code for measurements): written for one district or all. */
export const SITE_KEYED_LAYOUTS: readonly CanonicalLayoutName[] = [
  'arranjo-obras',
  'arranjo-medicoes',
  'arranjo-lotes',
  'arranjo-empresas',
];

export function isSiteKeyed(name: CanonicalLayoutName): boolean {
  return SITE_KEYED_LAYOUTS.includes(name);
}

/** How a feature writes one of its layouts: all records, or (site-keyed layouts) one district's. */
export type CanonicalWriter = (conn: Connection, siteId?: number) => CanonicalTable;

const writers = new Map<CanonicalLayoutName, CanonicalWriter>();

/**
 * Registers a feature's writers. The kernel never imports a feature: each hands its layouts to the
 * composition root (shared/engine/engine.ts), which registers them here, as it does the import targets.
 */
export function registerCanonicalLayouts(features: Partial<Record<CanonicalLayoutName, CanonicalWriter>>): void {
  for (const name of CANONICAL_LAYOUTS) {
    const writer = features[name];
    if (writer) writers.set(name, writer);
  }
}

export function isCanonicalLayout(name: string): name is CanonicalLayoutName {
  return (CANONICAL_LAYOUTS as readonly string[]).includes(name);
}

/** The writer of a layout; one no feature registered is a bug in the composition root. */
export function canonicalWriter(name: CanonicalLayoutName): CanonicalWriter {
  const writer = writers.get(name);
  if (!writer) throw new Error(`No feature registered the canonical layout "${name}".`);
  return writer;
}
