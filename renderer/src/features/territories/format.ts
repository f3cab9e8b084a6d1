import type { TFunction } from 'i18next';
import type { Trilingual } from '../../../../shared/features/territories/types';
import { formatNumber, formatCurrencyBRL, formatPercentPoints } from '../../i18n/format';
import { labelKey, type Locale } from '../../i18n/locales';
import { numberFormat } from '../../../../shared/text/locale-format';

/** Units as stored (Portuguese) → key of the compare namespace; anything else shows as stored. */
const UNIT_KEYS: Record<
  string,
  `units.${'jobs' | 'inhabitants' | 'people' | 'establishments' | 'firms' | 'lots' | 'units' | 'score' | 'perThousand' | 'index' | 'years' | 'days' | 'families' | 'thousandBrl' | 'millionBrl' | 'brlPerInhabitant'}`
> = {
  empregos: 'units.jobs',
  'hab.': 'units.inhabitants',
  habitantes: 'units.inhabitants',
  pessoas: 'units.people',
  estabelecimentos: 'units.establishments',
  empresas: 'units.firms',
  lotes: 'units.lots',
  unidades: 'units.units',
  'escala 0–4': 'units.score',
  'por mil hab.': 'units.perThousand',
  índice: 'units.index',
  anos: 'units.years',
  dias: 'units.days',
  famílias: 'units.families',
  'R$ mil': 'units.thousandBrl',
  'R$ milhões': 'units.millionBrl',
  'R$/hab.': 'units.brlPerInhabitant',
};

export function unitLabel(t: TFunction<'territories'>, unit: string): string {
  const key = UNIT_KEYS[unit];
  return key ? t(key) : unit;
}

export function trilingual(label: Trilingual, locale: Locale): string {
  return label[labelKey(locale)];
}

/** A fact's value with its unit in the user's locale: "1.234 empregos", "12,5 %", "R$ 1.234,00", "3 / 4". */
export function formatFact(
  value: number | null | undefined,
  unit: string,
  locale: Locale,
  t: TFunction<'territories'>,
  missing = '–',
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return missing;
  if (unit === 'R$' || unit === 'BRL') return formatCurrencyBRL(value, locale);
  // One decimal always, as the economic diagnosis writes shares: a column of a comparison read
  // "37,6 %", "12,6 %" and then "15 %" for 15,0 %.
  if (unit === '%') return formatPercentPoints(value, locale, 1, 1);
  if (unit === 'escala 0–4') return `${formatNumber(value, locale, 1)} / 4`;
  const digits = Number.isInteger(value) ? 0 : Math.abs(value) >= 100 ? 0 : 2;
  const text = formatNumber(value, locale, digits);
  const shown = unitLabel(t, unit);
  return shown ? `${text} ${shown}` : text;
}

/**
 * A signed difference: "+1.234", "-12,5%" (relative differences are fractions), with the sign Intl
 * writes for every other number on screen: the comparison's differences wrote "−" (U+2212) beside its
 * values' "-0,9%" and the economy's "-1.003". A difference that rounds to zero has no sign.
 */
export function formatSigned(value: number | null, locale: Locale, percent = false): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return percent
    ? numberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value * 100)
    : numberFormat(locale, { maximumFractionDigits: Math.abs(value) >= 100 ? 0 : 2, signDisplay: 'exceptZero' }).format(value);
}

/**
 * Names for chart labels and column headers: the words every compared name starts with are dropped
 * ("Distrito Industrial de Betim", "… de Uberlândia" → "Betim", "Uberlândia"), as long as the names
 * stay distinct and none becomes empty. Full names stay in tooltips and exports' notes.
 */
export function shortNames(names: readonly string[]): string[] {
  if (names.length < 2) return [...names];
  const words = names.map((n) => n.split(/\s+/));
  let common = 0;
  const shortest = Math.min(...words.map((w) => w.length));
  while (common < shortest - 1 && words.every((w) => w[common] === words[0]?.[common])) common += 1;
  const short = words.map((w) => w.slice(common).join(' '));
  return new Set(short).size === names.length && short.every((s) => s.trim() !== '') ? short : [...names];
}
