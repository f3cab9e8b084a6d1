import { Box, Group, Text, useComputedColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { LQ_CLASSES, NO_VALUE_COLOR, lqBound, lqClassLabel } from './lq-classes';

/** The colour key of the LQ classes above the heat map (the map and the treemap draw theirs in the chart). */
export function LqLegend({ testId }: { testId?: string }) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  const bound = lqBound(locale);
  const swatch = (color: string, label: string) => (
    <Group key={label} gap={4} wrap="nowrap">
      <Box w={14} h={10} bg={color} style={{ borderRadius: 2, border: '1px solid rgba(0,0,0,0.15)' }} aria-hidden />
      <Text size="xs">{label}</Text>
    </Group>
  );
  return (
    <Group gap="sm" data-testid={testId} aria-label={t('legend.title')}>
      <Text size="xs" fw={600}>
        {t('legend.title')}:
      </Text>
      {LQ_CLASSES.map((c) => swatch(c.color, lqClassLabel(c, bound)))}
      {swatch(NO_VALUE_COLOR[dark ? 'dark' : 'light'], t('legend.noValue'))}
      <Text size="xs" c="dimmed">
        {t('legend.hint')}
      </Text>
    </Group>
  );
}
