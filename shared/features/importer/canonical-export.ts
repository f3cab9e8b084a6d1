import { z } from 'zod';
import type { Connection } from '../../db/connection';
import { ArranjoError } from '../../errors';
import { canonicalCsv } from '../../export/canonical-csv';
import { CANONICAL_LAYOUTS, canonicalWriter, isSiteKeyed, type CanonicalLayoutName } from '../../export/canonical-layouts';
import { SiteRepository } from '../../repositories/site-repository';
import { parseInput } from '../../rpc/validate';

/** A canonical CSV as written: the file's text (UTF-8, comma, LF) and how many records it holds. */
export interface CanonicalExport {
  layout: CanonicalLayoutName;
  csv: string;
  rows: number;
}

const request = z.object({ layout: z.enum(CANONICAL_LAYOUTS), siteId: z.number().int().positive().optional() });

/**
 * One of §10's canonical layouts written from the workspace, all of it or (works, measurements, lots,
 * companies) one district's, for a spreadsheet and back: the file imports again as it is.
 */
export function exportCanonicalCsv(conn: Connection, layout: CanonicalLayoutName, siteId?: number): CanonicalExport {
  const input = parseInput(request, { layout, siteId }, 'layout');
  if (input.siteId !== undefined) {
    if (!isSiteKeyed(input.layout)) {
      throw new ArranjoError('INVALID_INPUT', `${input.layout} has no site column: it is written for the whole workspace.`);
    }
    if (!new SiteRepository(conn).get(input.siteId)) {
      throw new ArranjoError('NOT_FOUND', `Site ${input.siteId} does not exist.`);
    }
  }
  const table = canonicalWriter(input.layout)(conn, input.siteId);
  return { layout: input.layout, csv: canonicalCsv(table), rows: table.rows.length };
}
