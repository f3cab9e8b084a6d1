import type { YearSource } from '../../domain/types';
import type { DiversityRow, LqRow, PotentialSectorRow, ReferenceInfo, ShiftShareRow, SubjectInfo } from './types';
import type { Explanation } from './economy-explain';
import type { EconomyExportQuery, ExplainQuery, PeriodQuery, PotentialQuery, SourcesQuery, YearQuery } from './schemas';

/**
 * Economic diagnosis (DESIGN.md §4): location quotients, shift-share, diversification, potential
 * sectors. Rows of every municipality, of the `territories` asked, or of one `subject` — a
 * municipality or a custom territory (a territory set, its members summed), reported in `subject`.
 */
export interface EconomyApi {
  analyzeLocationQuotients(query: YearQuery): Promise<{ rows: LqRow[]; reference: ReferenceInfo; subject?: SubjectInfo }>;
  analyzeShiftShare(query: PeriodQuery): Promise<{ rows: ShiftShareRow[]; reference: ReferenceInfo; subject?: SubjectInfo }>;
  analyzeDiversity(query: YearQuery): Promise<{ rows: DiversityRow[]; reference: ReferenceInfo; subject?: SubjectInfo }>;
  /** The subject's potential sectors, ranked by density on the space the municipalities define. */
  potentialSectors(query: PotentialQuery): Promise<PotentialSectorRow[]>;
  /** "Why this value": formula, inputs with their sources, reference region; a custom territory's members' parts. */
  explainLocationQuotient(query: ExplainQuery): Promise<Explanation>;
  /**
   * The files behind a measure at a level in some years (the import batches of the stored values,
   * or of the finer levels a roll-up reads), each with its year: what a chart's source line names.
   */
  activitySources(query: SourcesQuery): Promise<YearSource[]>;
  /** The diagnosis as an xlsx workbook (typed cells, potential sectors of the subject, methods sheet). */
  exportEconomyWorkbook(query: EconomyExportQuery): Promise<Uint8Array>;
}
