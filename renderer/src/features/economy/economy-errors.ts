import type { TFunction } from 'i18next';
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

/**
 * The diagnosis's refusals in the user's language: the engine explains in English why an analysis
 * cannot run (the country as reference with one state's data, a CNAE level the data does not have,
 * a year without data); the UI says the same in words a planner reads, with what to do next.
 * Anything else falls back to the app's general error texts.
 */
export function translateEconomyError(error: unknown, t: Translate, territoryName?: (code: number) => string): EconomyErrorText {
  const e = toEngineError(error);
  const text = e.message;
  const title = t('errors.title');
  const say = (message: string): EconomyErrorText => ({ title, message, engineMessage: text });
  let m: RegExpExecArray | null;
  if ((m = /^The country cannot be the reference: this workspace has (\w+) for (\d+) of the 27 states in (\d+)/.exec(text))) {
    return say(t('errors.countryRefused', { measure: measureNoun(t, m[1] ?? ''), states: m[2] ?? '', year: m[3] ?? '' }));
  }
  if ((m = /^No (\w+) data at level ([\w-]+) for (\d+), and none finer to roll up from \(the data has: (.+)\)\.$/.exec(text))) {
    const available = (m[4] ?? '')
      .split(', ')
      .map((level) => levelName(t, level))
      .join(', ');
    return say(
      t('errors.levelMissing', { measure: measureNoun(t, m[1] ?? ''), level: levelName(t, m[2] ?? ''), year: m[3] ?? '', available }),
    );
  }
  if ((m = /^No (\w+) data for (\d+)\. Years with \w+: (.+)\.$/.exec(text))) {
    const measure = measureNoun(t, m[1] ?? '');
    const years = m[3] ?? '';
    return say(
      years.startsWith('none') ? t('errors.noDataAnyYear', { measure }) : t('errors.noDataYear', { measure, year: m[2] ?? '', years }),
    );
  }
  if ((m = /^Territory (\d+) has no (\w+) data for (\d+)\./.exec(text))) {
    const code = Number(m[1]);
    return say(
      t('errors.territoryNoData', {
        territory: territoryName?.(code) ?? String(code),
        measure: measureNoun(t, m[2] ?? ''),
        year: m[3] ?? '',
      }),
    );
  }
  if ((m = /^The reference region \((.+)\) has no (\w+) data for (\d+)\./.exec(text))) {
    return say(t('errors.referenceEmpty', { reference: m[1] ?? '', measure: measureNoun(t, m[2] ?? ''), year: m[3] ?? '' }));
  }
  if ((m = /^No territory set named "(.+?)" in this workspace/.exec(text))) {
    return say(t('errors.setMissing', { name: m[1] ?? '' }));
  }
  if ((m = /^Unknown municipality code (\d+)\./.exec(text))) {
    return say(t('errors.unknownMunicipality', { code: m[1] ?? '' }));
  }
  if (/^No territory set with id \d+ in this workspace/.test(text)) {
    return say(t('errors.setIdMissing'));
  }
  if ((m = /^The custom territory "(.+)" has no municipalities/.exec(text))) {
    return say(t('errors.setEmpty', { name: m[1] ?? '' }));
  }
  if ((m = /^The custom territory "(.+)" has no (\w+) data for (\d+): none of its (\d+) municipalities/.exec(text))) {
    return say(t('errors.setNoData', { name: m[1] ?? '', measure: measureNoun(t, m[2] ?? ''), year: m[3] ?? '', count: Number(m[4]) }));
  }
  if ((m = /^--from \((\d+)\) must be earlier than --to \((\d+)\)\./.exec(text))) {
    return say(t('errors.periodOrder', { from: m[1] ?? '', to: m[2] ?? '' }));
  }
  const general = translateError(error);
  return { title: general.title, message: general.message, engineMessage: text };
}
