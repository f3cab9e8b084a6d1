import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportLayout, ImportMapping } from '../../../../shared/import/api';
import { useLocale } from '../../i18n';
import { periodLabel } from '../../i18n/period-label';
import { periodGroups } from './period-groups';

/** The preview's one line on the period columns of a wide sheet: how many, from when to when, holding what. */
export function PeriodsSummary({ mapping, layout }: { mapping: ImportMapping | null; layout: ImportLayout | null }) {
  const { t } = useTranslation('importer');
  const { locale, t: common } = useLocale();
  if (!mapping || !layout) return null;
  const groups = periodGroups(mapping, layout);
  if (groups.length === 0) return null;
  const periods = [...new Set(groups.flatMap((g) => g.periods).filter((p): p is string => p !== null))].sort();
  const fields = [...new Set(groups.map((g) => g.field))].map((f) => t(`periodFields.${f}`)).join('; ');
  const count = groups.reduce((n, g) => n + g.columns.length, 0);
  return (
    <Text size="sm" data-testid="preview-periods" data-columns={count} data-periods={periods.length}>
      {t('preview.periods', {
        count,
        first: periodLabel(periods[0] ?? null, locale, common),
        last: periodLabel(periods.at(-1) ?? null, locale, common),
        fields,
      })}
    </Text>
  );
}
