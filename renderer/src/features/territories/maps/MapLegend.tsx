import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LegendClass } from './map-classes';

/** The map's classes as text beside it: colour, bounds, how many areas — readable and checkable. */
export function MapLegend({
  classes,
  missing,
  method,
  large,
}: {
  classes: readonly LegendClass[];
  missing: number;
  method: string;
  large?: boolean;
}) {
  const { t } = useTranslation('territories');
  const size = large ? 'lg' : 'xs';
  return (
    <Stack gap={large ? 8 : 4} data-testid="map-legend" data-method={method} data-classes={classes.length}>
      <Text size={size} fw={600}>
        {t('maps.legendTitle', { method: t(`maps.methods.${method as 'quantile'}`) })}
      </Text>
      {[...classes].reverse().map((c) => (
        <Group key={c.index} gap={8} wrap="nowrap" data-testid="map-legend-class" data-min={c.min} data-max={c.max} data-count={c.count}>
          <span
            aria-hidden
            style={{
              width: large ? 28 : 16,
              height: large ? 20 : 12,
              background: c.color,
              borderRadius: 2,
              flex: 'none',
              border: '1px solid rgba(0,0,0,0.15)',
            }}
          />
          <Text size={size} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {c.label}
          </Text>
          <Text size={size} c="dimmed">
            ({c.count})
          </Text>
        </Group>
      ))}
      {missing > 0 && (
        <Group gap={8} wrap="nowrap" data-testid="map-legend-missing" data-count={missing}>
          <span
            aria-hidden
            style={{
              width: large ? 28 : 16,
              height: large ? 20 : 12,
              background: 'var(--mantine-color-gray-2)',
              borderRadius: 2,
              border: '1px solid rgba(0,0,0,0.15)',
            }}
          />
          <Text size={size}>{t('maps.noDataCount', { count: missing })}</Text>
        </Group>
      )}
    </Stack>
  );
}
