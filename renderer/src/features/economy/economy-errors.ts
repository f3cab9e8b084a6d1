import type { TFunction } from 'i18next';
import { economyRefusal, type EconomyRefusalParams } from '../../../../shared/features/economy/types';
import { CLASSIFICATIONS, MEASURES, type Classification, type Measure } from '../../../../shared/domain/types';
import { toEngineError } from '../../lib/engine-error';
import { translateError } from '../../notifications/notify-error';

const isMeasure = (text: string): text is Measure => (MEASURES as readonly string[]).includes(text);
const isClassification = (text: string): text is Classification => (CLASSIFICATIONS as readonly string[]).includes(text);

export interface EconomyErrorText {
  title: string;
  message: string;
  /** The engine's own words, kept as a detail line (support can search for them). */
  engineMessage: string;
}

type Translate = TFunction<'economy'>;

function measureNoun(t: Translate, measure: string): string {
  return isMeasure(measure) ? t(`measureNoun.${measure}`) : measure;
}

function levelName(t: Translate, level: string): string {
  return isClassification(level) ? t(`classification.${level}`) : level;
}

/** A list the engine sends as comma-separated codes ("2019,2020"), each item shown by `show`. */
function list(text: string, show: (item: string) => string = (item) => item): string {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map(show)
    .join(', ');
}

/** The refusal in the user's language, from its reason and values. Every reason has its text. */
function refusalText(r: EconomyRefusalParams, t: Translate, territoryName?: (code: number) => string): string {
  switch (r.reason) {
    case 'unknown-state':
      return t('errors.unknownState', { state: r.abbr });
    case 'country-reference-incomplete':
      return t('errors.countryRefused', { measure: measureNoun(t, r.measure), states: r.states, year: r.year });
    case 'reference-set-missing':
      return t('errors.setMissing', { name: r.name });
    case 'reference-empty':
      return t('errors.referenceEmpty', { reference: r.reference, measure: measureNoun(t, r.measure), year: r.year });
    case 'level-missing':
      return t('errors.levelMissing', {
        measure: measureNoun(t, r.measure),
        level: levelName(t, r.level),
        year: r.year,
        available: list(r.available, (level) => levelName(t, level)),
        provider: t(`provider.${r.measure}`),
      });
    case 'mixed-levels':
      return t('errors.mixedLevels', {
        territory: territoryName?.(r.territory) ?? String(r.territory),
        measure: measureNoun(t, r.measure),
        level: levelName(t, r.level),
        year: r.year,
        levels: list(r.levels, (level) => levelName(t, level)),
      });
    case 'no-data-year':
      return t('errors.noDataYear', {
        measure: measureNoun(t, r.measure),
        level: levelName(t, r.level),
        year: r.year,
        years: list(r.years),
        provider: t(`provider.${r.measure}`),
      });
    case 'no-data-any-year':
      return t('errors.noDataAnyYear', {
        measure: measureNoun(t, r.measure),
        level: levelName(t, r.level),
        year: r.year,
        provider: t(`provider.${r.measure}`),
      });
    case 'period-order':
      return t('errors.periodOrder', { from: r.from, to: r.to });
    case 'unknown-municipality':
      return t('errors.unknownMunicipality', { code: r.code });
    case 'set-id-missing':
      return t('errors.setIdMissing');
    case 'set-empty':
      return t('errors.setEmpty', { name: r.name });
    case 'territory-no-data':
      return t('errors.territoryNoData', {
        territory: territoryName?.(r.territory) ?? String(r.territory),
        measure: measureNoun(t, r.measure),
        year: r.year,
      });
    case 'set-no-data':
      return t('errors.setNoData', { name: r.name, measure: measureNoun(t, r.measure), year: r.year, count: r.count });
    case 'no-value':
      return t('errors.noValue', { measure: measureNoun(t, r.measure), territory: r.subject, sector: r.sector, year: r.year });
    default: {
      const unknown: never = r;
      return String(unknown);
    }
  }
}

/**
 * The diagnosis's refusals in the user's language: the engine names why an analysis cannot run in
 * `params.reason` (the country as reference with one state's data, a CNAE level the data does not
 * have, a year without data…) with the values the text needs; the UI says it in words a planner
 * reads, with what to do next. Anything else falls back to the app's general error texts.
 */
export function translateEconomyError(error: unknown, t: Translate, territoryName?: (code: number) => string): EconomyErrorText {
  const e = toEngineError(error);
  const refusal = economyRefusal(e.params);
  if (refusal) return { title: t('errors.title'), message: refusalText(refusal, t, territoryName), engineMessage: e.message };
  const general = translateError(error);
  return { title: general.title, message: general.message, engineMessage: e.message };
}
