import { columnsFromRecords, rollUp, type ActivityColumns, type ActivityRecord } from '../../analysis/economy/activity-matrix';
import type { Connection } from '../../db/connection';
import { KeptReads } from '../../db/kept-reads';
import { CNAE_LEVELS, IBGE_SECTOR_OF_SECTION, rollsUpTo, UNCLASSIFIED_SECTOR } from '../../domain/cnae-levels';
import { CLASSIFICATIONS, type Classification, type Measure, type YearSource } from '../../domain/types';
import { ClassificationRepository } from '../../repositories/classification-repository';
import { EmploymentRepository } from '../../repositories/employment-repository';
import { economyRefusal } from './economy-refusals';

/** How many level × measure × year reads stay kept per workspace (a national year at CNAE division is ~480,000 records). */
const KEPT_READS = 4;
const RECENT_READS = new KeptReads<readonly ActivityRecord[] | ActivityColumns>(KEPT_READS);

/** A level an analysis can run at for one measure, and its years (stored there or rolled up from a finer level). */
export interface LevelYears {
  value: Classification;
  years: number[];
}

/**
 * Economic activity at any level: the values stored at that level, or rolled up along the shipped
 * CNAE 2.x hierarchy (subclass → class → group → division → section) and from sections to the IBGE
 * sectors. A roll-up never mixes levels: a municipality with values at two finer levels in the same
 * year is refused (summing both would count its activity twice).
 */
export class ActivityLevels {
  private readonly employment: EmploymentRepository;
  private readonly classifications: ClassificationRepository;

  constructor(private readonly conn: Connection) {
    this.employment = new EmploymentRepository(conn);
    this.classifications = new ClassificationRepository(conn);
  }

  /**
   * The values of one level, measure and year (see `read`), kept while the workspace is unchanged:
   * the Economy area's first open asks for the same year in five analyses at once (issue 16). The
   * arrays are frozen (callers only read them); a few are kept, the latest asked for.
   */
  records(classification: Classification, measure: Measure, year: number): ActivityRecord[] {
    const key = `records|${classification}|${measure}|${year}`;
    return this.kept(key, () => Object.freeze(this.read(classification, measure, year)) as ActivityRecord[]);
  }

  /**
   * `records` as columns (the economic analyses: no object per value on a national year), kept the
   * same way. Read-only for callers.
   */
  columns(classification: Classification, measure: Measure, year: number): ActivityColumns {
    const key = `columns|${classification}|${measure}|${year}`;
    return this.kept(key, () => {
      const sources = this.levelsToRead(classification, measure, year);
      if (sources.length === 1 && sources[0] === classification) return this.employment.activityColumns(classification, measure, year);
      return columnsFromRecords(this.rolledUp(sources, classification, measure, year));
    });
  }

  private kept<T extends readonly ActivityRecord[] | ActivityColumns>(key: string, read: () => T): T {
    return RECENT_READS.get(this.conn, key, read) as T;
  }

  /** For each level (IBGE sectors and every CNAE level), the years `measure` can be analysed in; levels without any left out. */
  available(measure: Measure): LevelYears[] {
    const stored = this.employment.storedLevels().filter((s) => s.measure === measure);
    return CLASSIFICATIONS.map((value) => {
      const years = new Set(stored.filter((s) => rollsUpTo(s.classification, value)).map((s) => s.year));
      return { value, years: [...years].sort((a, b) => a - b) };
    }).filter((l) => l.years.length > 0);
  }

  /** The values of one level, measure and year; refused (with the levels and years there are) when neither stored nor reachable. */
  private read(classification: Classification, measure: Measure, year: number): ActivityRecord[] {
    const sources = this.levelsToRead(classification, measure, year);
    if (sources.length === 1 && sources[0] === classification) return this.employment.activity(classification, measure, year);
    return this.rolledUp(sources, classification, measure, year);
  }

  /** The stored levels the values of a level, measure and year are read from (itself, or finer ones to roll up); refused when none. */
  private levelsToRead(classification: Classification, measure: Measure, year: number): Classification[] {
    const stored = this.employment.classificationsWith(measure, year);
    const sources = CLASSIFICATIONS.filter((level) => stored.includes(level) && rollsUpTo(level, classification));
    if (sources.length > 0) return sources;
    if (stored.length > 0) {
      throw economyRefusal(
        'level-missing',
        { measure, level: classification, year, available: stored.join(',') },
        `No ${measure} data at level ${classification} for ${year}, and none finer to roll up from (the data has: ${stored.join(', ')}).`,
      );
    }
    const years = this.available(measure).find((l) => l.value === classification)?.years ?? [];
    if (years.length === 0) {
      throw economyRefusal(
        'no-data-any-year',
        { measure, level: classification, year },
        `No ${measure} data at level ${classification} for ${year}, nor any other year (import data first).`,
      );
    }
    throw economyRefusal(
      'no-data-year',
      { measure, level: classification, year, years: years.join(',') },
      `No ${measure} data for ${year}. Years with ${measure}: ${years.join(', ')}.`,
    );
  }

  /**
   * Where the values of a level, measure and year came from: the files of the import batches behind
   * it — the level's own values, or the finer stored levels a roll-up reads — each file once.
   */
  sources(classification: Classification, measure: Measure, year: number): { file: string; importedAt: string }[] {
    const stored = this.employment.classificationsWith(measure, year).filter((level) => rollsUpTo(level, classification));
    const byFile = new Map<string, { file: string; importedAt: string }>();
    for (const level of stored) for (const s of this.employment.sources(level, measure, year)) byFile.set(s.file, byFile.get(s.file) ?? s);
    return [...byFile.values()].sort((a, b) => a.file.localeCompare(b.file));
  }

  /** `sources` of each year asked (each year once), with its year. */
  sourcesOfYears(classification: Classification, measure: Measure, years: readonly number[]): YearSource[] {
    return [...new Set(years)].flatMap((year) => this.sources(classification, measure, year).map((s) => ({ year, ...s })));
  }

  /** Each source level rolled up to `target`; a territory may come from one level only. */
  private rolledUp(sources: Classification[], target: Classification, measure: Measure, year: number): ActivityRecord[] {
    const levelOf = new Map<number, Classification>();
    const result: ActivityRecord[] = [];
    for (const level of sources) {
      const rows = this.employment.activity(level, measure, year);
      for (const r of rows) {
        const other = levelOf.get(r.territoryCode);
        if (other !== undefined && other !== level) {
          throw economyRefusal(
            'mixed-levels',
            { measure, level: target, year, territory: r.territoryCode, levels: `${other},${level}` },
            `Territory ${r.territoryCode} has ${measure} for ${year} at two levels (${other} and ${level}): rolling both up to ${target} would count its activity twice. Analyse at one of those levels, or undo one of the imports.`,
          );
        }
        levelOf.set(r.territoryCode, level);
      }
      if (level === target) {
        result.push(...rows);
        continue;
      }
      const ancestor = this.ancestorLookup(level, target);
      result.push(...rollUp(rows, (code) => ancestor.get(code)));
    }
    return result;
  }

  /**
   * Each code of `from` → its ancestor at `to` (a coarser CNAE level, or the IBGE sector of its
   * section); "não classificado" stays itself at every level (UNCLASSIFIED_SECTOR).
   */
  ancestorLookup(from: Classification, to: Classification): Map<string, string> {
    const cnaeTarget: Classification = to === 'ibge-setor' ? 'cnae-section' : to;
    const path = CNAE_LEVELS.slice(CNAE_LEVELS.indexOf(from), CNAE_LEVELS.indexOf(cnaeTarget) + 1);
    const parents = path.slice(0, -1).map((level) => new Map(this.classifications.list(level).map((s) => [s.code, s.parentCode ?? ''])));
    const result = new Map<string, string>();
    for (const sector of this.classifications.list(from)) {
      let code: string | undefined = sector.code;
      for (const parent of parents) code = code === undefined ? undefined : parent.get(code);
      if (code && to === 'ibge-setor') code = IBGE_SECTOR_OF_SECTION[code];
      if (sector.code === UNCLASSIFIED_SECTOR) code = UNCLASSIFIED_SECTOR;
      if (code) result.set(sector.code, code);
    }
    return result;
  }
}
