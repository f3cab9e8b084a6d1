import { cellToText, type SourceRow } from '../read/table-source';
import type { YearCandidate } from '../types';
import { parseYear } from '../values/year';
import { headerKey } from '../values/text';

const YEAR_IN_TEXT = /(?:^|[^\d])((?:19|20)\d{2})(?![\d])/g;

/**
 * The year a file states outside its columns: a footer line "Ano;igual a;2019" (RAIS's "Seleções
 * vigentes"), a title "Censo Demográfico 2022", or the file name "RAIS_…_2019.csv".
 */
export function findYearCandidates(fileName: string, titleRows: readonly SourceRow[], footerRows: readonly SourceRow[]): YearCandidate[] {
  const found: YearCandidate[] = [];
  const add = (candidate: YearCandidate): void => {
    if (!found.some((f) => f.year === candidate.year && f.source === candidate.source)) found.push(candidate);
  };
  for (const { cells } of footerRows) {
    const labelAt = cells.findIndex((c) => ['ano', 'ano base', 'year', 'periodo', 'exercicio'].includes(headerKey(cellToText(c))));
    if (labelAt < 0) continue;
    for (const cell of cells.slice(labelAt + 1)) {
      const year = parseYear(cell instanceof Date || typeof cell === 'number' || typeof cell === 'string' ? cell : null);
      if (year.kind === 'year') add({ year: year.year, source: 'footer', text: cells.map(cellToText).filter(Boolean).join(' ') });
    }
  }
  const titleYears = new Set<number>();
  for (const { cells } of titleRows) {
    for (const text of new Set(cells.map(cellToText))) for (const m of text.matchAll(YEAR_IN_TEXT)) titleYears.add(Number(m[1]));
  }
  if (titleYears.size === 1) {
    const [year] = [...titleYears];
    if (year !== undefined)
      add({
        year,
        source: 'title',
        text: titleRows
          .map((r) => cellToText(r.cells.find((c) => c !== null) ?? null))
          .join(' ')
          .slice(0, 200),
      });
  }
  for (const m of fileName.matchAll(YEAR_IN_TEXT)) add({ year: Number(m[1]), source: 'file-name', text: fileName });
  return found;
}

/** The file's year when its statements agree: footer first, then title, then a single year in the name. */
export function fileYear(candidates: readonly YearCandidate[]): { year: number | null; conflict: boolean } {
  const footer = candidates.filter((c) => c.source === 'footer');
  const title = candidates.filter((c) => c.source === 'title');
  const name = candidates.filter((c) => c.source === 'file-name');
  const pick =
    footer.length === 1
      ? footer[0]
      : footer.length === 0 && title.length === 1
        ? title[0]
        : footer.length + title.length === 0 && name.length === 1
          ? name[0]
          : undefined;
  const distinct = new Set(candidates.map((c) => c.year));
  if (!pick) return { year: null, conflict: distinct.size > 1 };
  const others = new Set([...footer, ...title, ...(name.length === 1 ? name : [])].map((c) => c.year));
  return { year: pick.year, conflict: others.size > 1 };
}
