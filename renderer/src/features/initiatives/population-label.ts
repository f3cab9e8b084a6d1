import type { TFunction } from 'i18next';
import { populationLabel, type PopulationBasis } from '../../../../shared/features/initiatives/population-basis';
import { formatInteger } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

/**
 * What the registry's population figures are, in the UI's language: the column's header
 * ("População (IBGE, estimativa 2024)") and the sources behind it, each with its period and how many
 * municipalities take it (`short`: the sources alone, for a footnote). They are the workspace's
 * population indicator, not the Rotas file's 2022.
 */
export function populationWords(
  t: TFunction<'initiatives'>,
  locale: Locale,
  basis: readonly PopulationBasis[] | undefined,
  publisher: string | null | undefined,
): { header: string; sources: string; short: string } {
  const label = populationLabel(basis ?? [], publisher ?? null);
  if (!label) return { header: t('population.plain'), sources: t('population.none'), short: t('population.none') };
  const header = t(`population.${label.kind}`, { periods: label.periods, publisher: label.publisher ? `${label.publisher}, ` : '' });
  const sources = (basis ?? [])
    .map((b) =>
      t('population.sourceLine', {
        source: b.source,
        period: b.period,
        count: b.municipalities,
        n: formatInteger(b.municipalities, locale),
      }),
    )
    .join('; ');
  const short = t('population.short', { sources: [...new Set((basis ?? []).map((b) => b.source))].join('; ') });
  return { header, sources: t('population.sources', { sources }), short };
}
